"""Numbers as a Dutch or English reader expects them (`1.234` / `1,234`, `4,3%` / `4.3%`).

babel is imported inside the functions: this module sits on the window's start-up path and
babel's import (about 13 ms) is better paid when the first number is shown.
"""

from __future__ import annotations

from explorer.core.i18n import FALLBACK_LANGUAGE

# Flemish and Dutch conventions agree on numbers; en_GB is the English a Benelux reader expects.
BABEL_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def babel_locale(lang: str) -> str:
    return BABEL_LOCALES.get(lang, BABEL_LOCALES[FALLBACK_LANGUAGE])


def format_count(count: int, lang: str) -> str:
    """A whole number with thousands separators: 12.345 (nl) or 12,345 (en)."""
    from babel.numbers import format_decimal

    return format_decimal(int(count), format="#,##0", locale=babel_locale(lang))


def format_number(value: float, lang: str, decimals: int = 1) -> str:
    """A number with a fixed number of decimals and thousands separators."""
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return format_decimal(value, format=pattern, locale=babel_locale(lang))


def format_share(fraction: float, lang: str, decimals: int = 1) -> str:
    """A fraction 0..1 as a percentage: 0.043 → 4,3% (nl) or 4.3% (en)."""
    from babel.numbers import format_percent

    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "") + "%"
    return format_percent(fraction, format=pattern, locale=babel_locale(lang))


def decimal_separator(lang: str) -> str:
    """The decimal mark, for places that format many cells without babel's per-call cost."""
    return "," if lang == "nl" else "."
