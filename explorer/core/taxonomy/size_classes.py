"""Firm size classes by number of employees, in the two schemes the surveys use.

`eu` is the EU's SME size classes (micro/small/medium/large); `ems` is the European
Manufacturing Survey's banding. Each class is an inclusive range of whole employees; the
lowest class starts at 0 so that every non-negative headcount has exactly one class.
"""

from __future__ import annotations

from types import MappingProxyType

from explorer.core.taxonomy._text import finite_number

EU = "eu"
EMS = "ems"
DEFAULT_SIZE_SCHEME = EU

# Scheme -> class code -> (lowest, highest or None for open-ended), inclusive, in size order.
SIZE_RANGES: MappingProxyType[str, MappingProxyType[str, tuple[int, int | None]]] = MappingProxyType(
    {
        EU: MappingProxyType({"micro": (0, 9), "small": (10, 49), "medium": (50, 249), "large": (250, None)}),
        EMS: MappingProxyType(
            {"1-49": (0, 49), "50-249": (50, 249), "250-999": (250, 999), "1000+": (1000, None)}
        ),
    }
)
SIZE_SCHEMES: tuple[str, ...] = tuple(SIZE_RANGES)
SIZE_ORDER: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(
    {scheme: tuple(ranges) for scheme, ranges in SIZE_RANGES.items()}
)

_DISPLAY: dict[str, dict[str, dict[str, str]]] = {
    EU: {
        "nl": {
            "micro": "Micro (<10)",
            "small": "Klein (10–49)",
            "medium": "Middelgroot (50–249)",
            "large": "Groot (250+)",
        },
        "en": {
            "micro": "Micro (<10)",
            "small": "Small (10–49)",
            "medium": "Medium (50–249)",
            "large": "Large (250+)",
        },
    },
    EMS: {
        "nl": {
            "1-49": "1–49 werknemers",
            "50-249": "50–249 werknemers",
            "250-999": "250–999 werknemers",
            "1000+": "1000+ werknemers",
        },
        "en": {
            "1-49": "1–49 employees",
            "50-249": "50–249 employees",
            "250-999": "250–999 employees",
            "1000+": "1000+ employees",
        },
    },
}


def scheme_ranges(scheme: str) -> MappingProxyType[str, tuple[int, int | None]]:
    """The classes of a scheme with their ranges; ValueError for an unknown scheme."""
    try:
        return SIZE_RANGES[scheme]
    except (KeyError, TypeError):
        raise ValueError(f"unknown size scheme {scheme!r}; use one of {SIZE_SCHEMES}") from None


def size_class(employees: object, scheme: str = DEFAULT_SIZE_SCHEME) -> str | None:
    """The size class of a headcount, or None when it is missing, negative or not a number.

    Fractional headcounts (FTE) fall in the class below the next threshold: 9.5 is micro.
    A string of digits only ("12") is read as a number; other text is not a headcount.
    """
    ranges = scheme_ranges(scheme)
    if isinstance(employees, str):
        text = employees.strip()
        employees = int(text) if text.isascii() and text.isdigit() else None
    number = finite_number(employees)
    if number is None or number < 0:
        return None
    found = None
    for code, (lowest, _highest) in ranges.items():
        if number >= lowest:
            found = code
    return found


def size_label(code: str, scheme: str = DEFAULT_SIZE_SCHEME, lang: str = "nl") -> str:
    """The display label of a size class, e.g. `Klein (10–49)` / `Small (10–49)`."""
    scheme_ranges(scheme)
    labels = _DISPLAY[scheme].get(lang.lower() if isinstance(lang, str) else lang)
    if labels is None:
        raise ValueError(f"unsupported language {lang!r}; use one of {tuple(_DISPLAY[scheme])}")
    if code not in labels:
        raise ValueError(f"unknown size class {code!r} in scheme {scheme!r}; use one of {SIZE_ORDER[scheme]}")
    return labels[code]
