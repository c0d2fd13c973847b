"""Numbers, percentages and dates as printed in a briefing, Dutch or English.

Hand-rolled rather than babel: the few patterns needed are fixed, and this is faster and gives
exactly the forms the briefing promises ("18 %", "4,3 %" in Dutch; "18%", "4.3%" in English).
Rounding is half-up on the shortest decimal form of the float (0.145 → "15 %", as a reader
rounds), not the binary half-even of `format`. Content code that writes sentences with figures
(key points) should use these functions so the sentences match the charts.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import ROUND_HALF_UP, Decimal

_SEPARATORS = {"nl": (".", ","), "en": (",", ".")}  # (thousands, decimal)

_MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}


def _rounded(value: float, decimals: int) -> Decimal:
    return Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def _grouped(number: Decimal, lang: str, strip_zeros: bool) -> str:
    thousands, point = _SEPARATORS[lang]
    text = f"{abs(number):f}"
    whole, _, fraction = text.partition(".")
    if strip_zeros:
        fraction = fraction.rstrip("0")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    body = thousands.join(groups) + (point + fraction if fraction else "")
    shows_zero = all(ch in "0.," for ch in body)  # -0.001 rounded to "0" gets no sign
    return "-" + body if number < 0 and not shows_zero else body


def format_count(value: int, lang: str) -> str:
    """A whole number with thousands separators: 2.450 (nl), 2,450 (en)."""
    return _grouped(Decimal(int(value)), lang, strip_zeros=True)


def format_number(value: float, lang: str) -> str:
    """A measured value with about three significant figures and at most six decimals.

    42.25 → "42,3"; 1234.567 → "1.235"; 0.016 → "0,016"; whole numbers print without decimals.
    """
    value = float(value)
    if not math.isfinite(value):
        return "–"
    if value == int(value) and abs(value) < 1e15:
        return format_count(int(value), lang)
    magnitude = math.floor(math.log10(abs(value)))
    decimals = min(6, max(0, 2 - magnitude))
    return _grouped(_rounded(value, decimals), lang, strip_zeros=True)


def _percent_number(share: float, lang: str, decimals: int) -> str:
    scaled = Decimal(repr(float(share))) * 100
    number = scaled.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return _grouped(number, lang, strip_zeros=decimals > 0)


def format_percent(share: float, lang: str, decimals: int = 0) -> str:
    """A share 0–1 as a percentage: "18 %" / "4,3 %" (nl), "18%" / "4.3%" (en).

    With decimals > 0 trailing zeros are dropped ("60 %", not "60,0 %").
    """
    if share is None or not math.isfinite(float(share)):
        return "–"
    number = _percent_number(share, lang, decimals)
    return f"{number} %" if lang == "nl" else f"{number}%"


def format_percent_range(low: float, high: float, lang: str, decimals: int = 0) -> str:
    """An interval of shares: "8–35 %" (nl), "8–35%" (en)."""
    lo = _percent_number(low, lang, decimals)
    hi = _percent_number(high, lang, decimals)
    return f"{lo}–{hi} %" if lang == "nl" else f"{lo}–{hi}%"


def format_date(day: dt.date, lang: str) -> str:
    """3 maart 2025 (nl), 3 March 2025 (en)."""
    return f"{day.day} {_MONTHS[lang][day.month - 1]} {day.year}"
