"""Eurostat's technology-intensity classes of manufacturing (high-tech aggregation of NACE Rev. 2).

The 2-digit aggregation classifies whole divisions. Where a file gives the 3-digit group,
Eurostat's 3-digit aggregation is used instead: it moves a few groups out of their division's
class (weapons 25.4 and medical instruments 32.5 up, aircraft 30.3 up, ships 30.1 and
reproduction of media 18.2 down), so it is the more accurate of the two.
"""

from __future__ import annotations

from explorer.core.taxonomy.nace import NaceCode, parse_nace

HIGH = "high"
MEDIUM_HIGH = "medium-high"
MEDIUM_LOW = "medium-low"
LOW = "low"

TECH_ORDER: tuple[str, ...] = (LOW, MEDIUM_LOW, MEDIUM_HIGH, HIGH)


def _divisions(*spans: tuple[int, int]) -> list[str]:
    return [f"{number:02d}" for first, last in spans for number in range(first, last + 1)]


_BY_DIVISION: dict[str, str] = {
    **{division: HIGH for division in _divisions((21, 21), (26, 26))},
    **{division: MEDIUM_HIGH for division in _divisions((20, 20), (27, 30))},
    **{division: MEDIUM_LOW for division in _divisions((19, 19), (22, 25), (33, 33))},
    **{division: LOW for division in _divisions((10, 18), (31, 32))},
}

# Groups whose 3-digit class differs from their division's 2-digit class.
_BY_GROUP: dict[str, str] = {
    "18.2": MEDIUM_LOW,
    "25.4": MEDIUM_HIGH,
    "30.1": MEDIUM_LOW,
    "30.3": HIGH,
    "32.5": MEDIUM_HIGH,
}


def tech_class(code: NaceCode | object) -> str | None:
    """The technology class of a manufacturing code, or None outside manufacturing.

    Takes a NaceCode, or anything `parse_nace` reads; an unreadable value gives None.
    """
    parsed = parse_nace(code)
    if parsed is None:
        return None
    if parsed.group is not None and parsed.group in _BY_GROUP:
        return _BY_GROUP[parsed.group]
    return _BY_DIVISION.get(parsed.division)
