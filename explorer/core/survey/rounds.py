"""The order of a survey's rounds: labels such as "juni 2020", "2021-Q3" or "golf 2" read as a time.

Rounds are put in time order when every label reads as a moment (a date, a month, a quarter, a
half-year, a year) or every label reads as a numbered round ("golf 2", "wave 3", "T1"); a mix of
the two, or any label that reads as neither, leaves the rounds in the order they first appear in
the file, which is how survey tools append them.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Iterable, Sequence

from explorer.core.labels import fold

TIME, NUMBER, FILE = "time", "number", "file"

MONTHS = {
    # Dutch, English, French and German month names and their usual abbreviations.
    "januari": 1, "january": 1, "janvier": 1, "januar": 1, "jan": 1, "janv": 1,
    "februari": 2, "february": 2, "fevrier": 2, "februar": 2, "feb": 2, "febr": 2, "fev": 2, "fevr": 2,
    "maart": 3, "march": 3, "mars": 3, "marz": 3, "mrt": 3, "mar": 3, "maa": 3,
    "april": 4, "avril": 4, "apr": 4, "avr": 4,
    "mei": 5, "may": 5, "mai": 5,
    "juni": 6, "june": 6, "juin": 6, "jun": 6,
    "juli": 7, "july": 7, "juillet": 7, "jul": 7, "juil": 7,
    "augustus": 8, "august": 8, "aout": 8, "aug": 8,
    "september": 9, "septembre": 9, "sep": 9, "sept": 9,
    "oktober": 10, "october": 10, "octobre": 10, "okt": 10, "oct": 10,
    "november": 11, "novembre": 11, "nov": 11,
    "december": 12, "decembre": 12, "dezember": 12, "dec": 12, "dez": 12,
}
ROUND_WORDS = ("golf", "wave", "ronde", "round", "meting", "peiling", "bevraging", "editie", "edition", "vague",
               "welle", "survey", "enquete", "deel", "fase", "phase")

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WORD = "|".join(ROUND_WORDS)
_YEAR = r"((?:19|20)\d\d)"
_PATTERNS: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(rf"^{_YEAR}[-/.](\d{{1,2}})[-/.](\d{{1,2}})(?:[ t].*)?$"), "ymd"),
    (re.compile(rf"^(\d{{1,2}})[-/.](\d{{1,2}})[-/.]{_YEAR}(?: .*)?$"), "dmy"),
    (re.compile(rf"^{_YEAR}[-/.](\d{{1,2}})$"), "ym"),
    (re.compile(rf"^(\d{{1,2}})[-/.]{_YEAR}$"), "my"),
    (re.compile(rf"^(?:(\d{{1,2}})\.? )?({_MONTH})\.?[ -]?{_YEAR}$"), "d_month_y"),
    (re.compile(rf"^{_YEAR}[ -]({_MONTH})\.?$"), "y_month"),
    (re.compile(rf"^{_YEAR} ?[-/ ]? ?[qk](?:wartaal ?)?([1-4])$"), "yq"),
    (re.compile(rf"^[qk](?:wartaal ?)?([1-4]) ?[-/ ]? ?{_YEAR}$"), "qy"),
    (re.compile(rf"^([1-4])(?:e|de|ste|st|nd|rd|th)? (?:kwartaal|quarter|trimestre) ?{_YEAR}$"), "qy"),
    (re.compile(rf"^{_YEAR} ?[-/ ]? ?[hs]([12])$"), "yh"),
    (re.compile(rf"^[hs]([12]) ?[-/ ]? ?{_YEAR}$"), "hy"),
    (re.compile(rf"^(?:{_WORD}|jaar|year) ?{_YEAR}$"), "y"),
    (re.compile(rf"^{_YEAR}$"), "y"),
)
_NUMBERED = (
    re.compile(rf"^(?:{_WORD}) ?(?:nr\.? ?|no\.? ?|#)?(\d{{1,3}})$"),
    re.compile(rf"^(\d{{1,3}})(?:e|de|ste|st|nd|rd|th|er|re|eme)? ?(?:{_WORD})$"),
    re.compile(r"^[wtr](\d{1,3})$"),
    re.compile(r"^(\d{1,3})$"),  # rounds numbered 1, 2, 3
)


def moment(value: object) -> tuple[int, int, int] | None:
    """(year, month, day) of a round label that names a time (the first day of a month or quarter)."""
    if isinstance(value, _dt.datetime):
        return (value.year, value.month, value.day)
    if isinstance(value, _dt.date):
        return (value.year, value.month, value.day)
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        stamp = value.to_pydatetime()
        return (stamp.year, stamp.month, stamp.day)
    text = fold(value)
    for pattern, shape in _PATTERNS:
        match = pattern.match(text)
        if match:
            return _from_match(match.groups(), shape)
    return None


def _from_match(groups: tuple, shape: str) -> tuple[int, int, int] | None:
    if shape == "ymd":
        year, month, day = int(groups[0]), int(groups[1]), int(groups[2])
    elif shape == "dmy":
        day, month, year = int(groups[0]), int(groups[1]), int(groups[2])
    elif shape == "ym":
        year, month, day = int(groups[0]), int(groups[1]), 1
    elif shape == "my":
        month, year, day = int(groups[0]), int(groups[1]), 1
    elif shape == "d_month_y":
        day, month, year = int(groups[0] or 1), MONTHS[groups[1]], int(groups[2])
    elif shape == "y_month":
        year, month, day = int(groups[0]), MONTHS[groups[1]], 1
    elif shape == "yq":
        year, month, day = int(groups[0]), 3 * int(groups[1]) - 2, 1
    elif shape == "qy":
        year, month, day = int(groups[1]), 3 * int(groups[0]) - 2, 1
    elif shape == "yh":
        year, month, day = int(groups[0]), 6 * int(groups[1]) - 5, 1
    elif shape == "hy":
        year, month, day = int(groups[1]), 6 * int(groups[0]) - 5, 1
    else:
        year, month, day = int(groups[0]), 1, 1
    try:
        _dt.date(year, month, day)
    except ValueError:
        return None
    return (year, month, day)


def round_number(value: object) -> int | None:
    """The number of a numbered round ("golf 2", "wave 3", "3e meting", "T1"), else None."""
    text = fold(value)
    for pattern in _NUMBERED:
        match = pattern.match(text)
        if match:
            return int(match.group(1))
    return None


def order_rounds(labels: Sequence[str], values: Iterable[object] | None = None) -> tuple[tuple[int, ...], str]:
    """The positions of `labels` (given in file order) in time order, and how the order was found.

    `values` are the cells behind the labels (a date cell reads better than its text); the sort is
    stable, so rounds that name the same moment keep their file order.
    """
    raw = list(values) if values is not None else list(labels)
    positions = tuple(range(len(labels)))
    moments = [moment(v) for v in raw]
    if labels and all(m is not None for m in moments):
        return tuple(sorted(positions, key=lambda i: moments[i])), TIME
    numbers = [round_number(label) for label in labels]
    if labels and all(n is not None for n in numbers):
        return tuple(sorted(positions, key=lambda i: numbers[i])), NUMBER
    return positions, FILE
