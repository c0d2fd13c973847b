"""Taxonomies of the survey model: NACE sectors, technology intensity and size classes.

Everything here is pure Python: reading codes and labels the way survey files write them,
and naming the canonical codes (see DESIGN.md, "The survey model") in Dutch and English.
The NACE tables are read from `resources/taxonomy/` on first use, not on import.
"""

from explorer.core.taxonomy import nace
from explorer.core.taxonomy.nace import (
    LANGUAGES,
    NaceCode,
    division_title,
    divisions_in_section,
    is_manufacturing,
    parse_nace,
    parse_sector_code,
    section_of,
    section_title,
    unknown_detail,
)
from explorer.core.taxonomy.nace_short import division_short_title
from explorer.core.taxonomy.size_bands import Band, parse_size_band, size_class_from_band
from explorer.core.taxonomy.size_classes import (
    DEFAULT_SIZE_SCHEME,
    SIZE_ORDER,
    SIZE_RANGES,
    SIZE_SCHEMES,
    size_class,
    size_label,
)
from explorer.core.taxonomy.tech_intensity import TECH_ORDER, tech_class
from explorer.core.taxonomy.tech_labels import parse_tech_label, tech_label

__all__ = [
    "DEFAULT_SIZE_SCHEME",
    "DIVISION_CODES",
    "LANGUAGES",
    "SECTION_LETTERS",
    "SIZE_ORDER",
    "SIZE_RANGES",
    "SIZE_SCHEMES",
    "TECH_ORDER",
    "Band",
    "NaceCode",
    "division_short_title",
    "division_title",
    "divisions_in_section",
    "is_manufacturing",
    "parse_nace",
    "parse_sector_code",
    "parse_size_band",
    "parse_tech_label",
    "section_of",
    "section_title",
    "size_class",
    "size_class_from_band",
    "size_label",
    "tech_class",
    "tech_label",
    "unknown_detail",
]


def __getattr__(name: str) -> tuple[str, ...]:
    """`SECTION_LETTERS` and `DIVISION_CODES` come from the NACE table, read on first use."""
    if name in {"SECTION_LETTERS", "DIVISION_CODES"}:
        return getattr(nace, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
