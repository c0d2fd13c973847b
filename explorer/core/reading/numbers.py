"""Numbers written as text, the way Dutch, Flemish and English spreadsheets write them.

Works on Arrow string arrays (the distinct values of a column), so the regular expressions run
in Arrow's C++ kernels rather than once per cell in Python.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

# Excel's error values in English, Dutch, German and French installations.
EXCEL_ERRORS = frozenset({
    "#N/A", "#N/B", "#NV", "#DIV/0!", "#DEEL/0!", "#VALUE!", "#WAARDE!", "#WERT!", "#REF!", "#VERW!", "#BEZUG!",
    "#NAME?", "#NAAM?", "#NUM!", "#GETAL!", "#ZAHL!", "#NULL!", "#LEEG!", "#SPILL!", "#CALC!", "#GETTING_DATA",
    "#NOMBRE!", "#VALEUR!", "#NOM?", "#N/D",
})

_UNITS = r"^(?:€|(?i:eur|euro)|\$|£)\s*|\s*(?:%|€|(?i:eur|euro))$"
_PLAIN = r"^[-+]?(?:\d+|\d*\.?\d+[eE][-+]?\d+)$"
_AMBIGUOUS = r"^[-+]?\d{1,3}[.,]\d{3}$"  # "1.234" is 1234 in Dutch but 1.234 in English
_DUTCH = r"^[-+]?(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d*,\d+)$"
_ENGLISH = r"^[-+]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.\d+)$"
_SPACED_THOUSANDS = r"^([-+]?\d{1,3}(?: \d{3})+(?:[.,]\d+)?)$"


def strip_units(values: pa.Array) -> pa.Array:
    """Remove currency signs, percent signs, non-breaking and thousands spaces."""
    values = pc.replace_substring(values, "\u00a0", " ")
    values = pc.replace_substring(values, "\u2212", "-")
    values = pc.utf8_trim_whitespace(pc.replace_substring_regex(values, _UNITS, ""))
    spaced = pc.match_substring_regex(values, _SPACED_THOUSANDS)
    return pc.if_else(spaced, pc.replace_substring(values, " ", ""), values)


def parse_numbers(values: pa.Array, prefer_comma: bool) -> np.ndarray | None:
    """Float values for text that is entirely numbers (nulls stay NaN), else None.

    The decimal mark is decided per column: values that can only be Dutch (`1.234,5`, `0,75`)
    or only English (`1,234.5`, `0.75`) settle it; a column mixing both stays text; a column of
    only ambiguous values (`1.234`) follows the file's convention (`;`-separated files are Dutch).
    """
    present = pc.drop_null(values)
    if len(present) == 0:
        return None
    stripped = strip_units(values)
    plain = pc.match_substring_regex(stripped, _PLAIN)
    ambiguous = pc.match_substring_regex(stripped, _AMBIGUOUS)
    dutch = pc.match_substring_regex(stripped, _DUTCH)
    english = pc.match_substring_regex(stripped, _ENGLISH)
    numeric = pc.or_(pc.or_(plain, ambiguous), pc.or_(dutch, english))
    if not pc.all(pc.or_kleene(numeric, pc.is_null(values))).as_py():
        return None
    has_dutch = pc.any(pc.and_not(dutch, ambiguous)).as_py()
    has_english = pc.any(pc.and_not(english, ambiguous)).as_py()
    if has_dutch and has_english:
        return None
    decimal_comma = has_dutch or (prefer_comma and not has_english)
    if decimal_comma:
        normal = pc.replace_substring(pc.replace_substring(stripped, ".", ""), ",", ".")
    else:
        normal = pc.replace_substring(stripped, ",", "")
    return pc.cast(normal, pa.float64()).to_numpy(zero_copy_only=False)
