"""The one number formatter: counts, numbers, shares and dates as a Dutch or English reader writes them.

Used by charts, tables, the clipboard, slides and the PDF alike, so one share reads the same
everywhere. The conventions (decimal mark, thousands separator, the percent pattern, month names)
are babel's CLDR data, looked up once per language; the digits are produced here with Decimal,
because a chart redraw formats a few hundred numbers and babel costs tens of microseconds a call.

Rounding is half up on a number's shortest decimal form (0.125 → 13%, as a reader rounds; Python's
`format` rounds the binary value half to even and prints 12%). Precision, one rule for every output:

- a share is first rounded by the release module's rule (`core.disclosure.round_share`,
  a tenth of a percentage point), then shown in whole percent from 10 % up and with one decimal
  below 10 % (0 is "0%"); an interval takes the decimals of its share;
- a count is whole; a measured value has three significant figures (at most six decimals).

The formatter only formats: what may be shown is the release module's decision.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import NamedTuple

# Flemish and Dutch conventions agree on numbers; en_GB is the English a Benelux reader expects.
# Any other language is written as English, the catalogue's fallback (the formatter sits below the
# catalogue: its sentences are filled with these numbers).
BABEL_LOCALES = {"nl": "nl_NL", "en": "en_GB"}
DASH = "–"  # a figure that does not exist (no answers), never a suppressed one (that is `c`)


def babel_locale(lang: str) -> str:
    return BABEL_LOCALES.get(lang, BABEL_LOCALES["en"])


class Conventions(NamedTuple):
    decimal: str
    group: str
    percent_prefix: str
    percent_suffix: str


@lru_cache(maxsize=None)
def conventions(lang: str) -> Conventions:
    """The language's number symbols, taken from babel once (babel is imported here, not at start-up)."""
    from babel.numbers import format_percent, get_decimal_symbol, get_group_symbol

    locale = babel_locale(lang)
    sample = format_percent(0.5, locale=locale)  # "50%" (nl, en); other locales put a space or sign first
    prefix, _, suffix = sample.partition("50")
    return Conventions(get_decimal_symbol(locale), get_group_symbol(locale), prefix, suffix)


def decimal_separator(lang: str) -> str:
    return conventions(lang).decimal


def _rounded(value: float | Decimal, decimals: int) -> Decimal:
    number = value if isinstance(value, Decimal) else Decimal(repr(float(value)))
    return number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def _digits(number: Decimal, lang: str, strip_zeros: bool = False) -> str:
    """A rounded Decimal with the language's separators; -0 prints without its sign."""
    symbols = conventions(lang)
    whole, _, fraction = f"{abs(number):f}".partition(".")
    if strip_zeros:
        fraction = fraction.rstrip("0")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    body = symbols.group.join(groups) + (symbols.decimal + fraction if fraction else "")
    return "-" + body if number < 0 and any(ch in "123456789" for ch in body) else body


def format_count(count: int | float, lang: str) -> str:
    """A whole number with thousands separators: 12.345 (nl), 12,345 (en)."""
    if count is None or not math.isfinite(float(count)):
        return DASH
    return _digits(_rounded(count, 0), lang)


def format_number(value: float | None, lang: str, decimals: int | None = None) -> str:
    """A measured value: with `decimals` fixed, else three significant figures (42.25 → 42,3;
    1234.567 → 1.235; 0.016 → 0,016); whole numbers print without decimals."""
    if value is None or not math.isfinite(float(value)):
        return DASH
    value = float(value)
    if decimals is None:
        if value == int(value) and abs(value) < 1e15:
            return _digits(Decimal(int(value)), lang)
        magnitude = math.floor(math.log10(abs(value)))
        return _digits(_rounded(value, min(6, max(0, 2 - magnitude))), lang, strip_zeros=True)
    return _digits(_rounded(value, decimals), lang)


def _tenths(share: float) -> int:
    """A share in tenths of a percentage point, rounded by the release module's rule
    (`round_share`). Integer arithmetic where the float is clearly off a tie (a chart formats
    hundreds of labels per redraw); at a tie the rule itself decides."""
    scaled = float(share) * 1000
    whole = math.floor(scaled)
    if abs(scaled - whole - 0.5) > 1e-6:
        return whole + (scaled - whole > 0.5)
    from explorer.core.disclosure import (
        round_share,  # imported late: the package loads numpy
    )

    return int(Decimal(repr(round_share(share))).scaleb(3))


def percent_decimals(share: float) -> int:
    """The precision rule: one decimal below 10 % (but not for 0), whole percent from 10 % up."""
    return 1 if 0 < abs(_tenths(share)) < 100 else 0


def _percent_digits(tenths: int, places: int, lang: str) -> str:
    if 0 <= tenths < 10000 and places in (0, 1):  # every share: no grouping needed, plain integers
        if places == 0:
            return str((tenths + 5) // 10)
        return f"{tenths // 10}{conventions(lang).decimal}{tenths % 10}"
    number = Decimal(tenths).scaleb(-1)
    return _digits(number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP), lang)


def _percent_text(number: str, lang: str) -> str:
    symbols = conventions(lang)
    return f"{symbols.percent_prefix}{number}{symbols.percent_suffix}"


def _finite(value: float | None) -> bool:
    return value is not None and math.isfinite(float(value))


def format_percent(share: float | None, lang: str, decimals: int | None = None) -> str:
    """A share 0–1 as a percentage: 0.043 → 4,3% (nl), 4.3% (en); 0.125 → 13%."""
    if not _finite(share):
        return DASH
    tenths = _tenths(share)
    places = (1 if 0 < abs(tenths) < 100 else 0) if decimals is None else decimals
    return _percent_text(_percent_digits(tenths, places, lang), lang)


def format_percent_range(low: float, high: float, lang: str, decimals: int = 0) -> str:
    """An interval of shares: 8–36% (give the decimals of the share it belongs to)."""
    lo = _percent_digits(_tenths(low), decimals, lang)
    hi = _percent_digits(_tenths(high), decimals, lang)
    return _percent_text(f"{lo}–{hi}", lang)


def format_share_interval(share: float | None, low: float | None, high: float | None, lang: str) -> str:
    """A share with its interval in the share's precision: 18% (12–25), 4,3% (2,9–6,1)."""
    if not _finite(share):
        return DASH
    places = percent_decimals(share)
    text = format_percent(share, lang, places)
    if not (_finite(low) and _finite(high)):
        return text
    lo = _percent_digits(_tenths(low), places, lang)
    hi = _percent_digits(_tenths(high), places, lang)
    return f"{text} ({lo}–{hi})"


def format_with_unit(value: float, unit: str, lang: str) -> str:
    """A value with its unit: 42% (a percentage value, not a share), € 1.200 / €1,200, 12 FTE."""
    number = format_number(value, lang)
    if not unit:
        return number
    if unit == "%":
        return _percent_text(number, lang)
    if unit in ("€", "$", "£"):
        return f"{unit} {number}" if lang == "nl" else f"{unit}{number}"
    return f"{number} {unit}"


def format_date(day: dt.date, lang: str) -> str:
    """4 maart 2025 (nl), 4 March 2025 (en)."""
    from babel.dates import format_date as babel_date

    return babel_date(day, format="long", locale=babel_locale(lang))
