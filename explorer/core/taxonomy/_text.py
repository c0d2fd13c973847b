"""Text folding shared by the taxonomy parsers.

Labels arrive typed by hand in four languages, so every parser compares a folded form:
lower case, accents removed (`à` → `a`, `ß` → `ss`), every dash written as `-`, one space.
"""

from __future__ import annotations

import math
import numbers
import re
import unicodedata

_DASHES = re.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower case, no accents, ASCII dashes, single spaces, trimmed."""
    text = unicodedata.normalize("NFKC", text)
    text = _DASHES.sub("-", text).replace("ß", "ss").replace("ẞ", "ss")
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACES.sub(" ", text).strip()


def finite_number(value: object) -> float | None:
    """The value as a float when it is a real, finite number (not a bool); else None.

    Accepts numpy scalars and Decimal without importing numpy; pandas' NA and strings give None.
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        return None
    if type(value).__name__ == "bool_":  # numpy.bool_ is not registered as a bool
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None
