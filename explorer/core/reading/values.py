"""Turn raw columns (Arrow arrays from calamine or the CSV parser) into typed pandas columns.

Work is done on the distinct values of a column, not on every cell, so typing 100,000 rows of
coded answers costs little: text with few distinct values becomes a categorical, text that is
all numbers becomes numbers, whole floats become integers, Excel error texts become missing.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from explorer.core.reading.dates import parse_dates
from explorer.core.reading.numbers import EXCEL_ERRORS, parse_numbers

ERROR_SET = pa.array(sorted(EXCEL_ERRORS))
# How exports spell "no answer" in text cells (compared in upper case). "None" is left alone: it is
# a real answer to many questions ("How often do you exercise? None").
MISSING_WORDS = ("NA", "N/A", "NULL", "-", ".", "(BLANK)", "NAN", "N.A.")
MISSING_SET = pa.array(MISSING_WORDS)

# Free text (names, comments) stays text; coded answers become categoricals.
MAX_CATEGORIES = 2000
DATE_HEADER = re.compile(r"date|datum|time\b|tijd|timestamp|tijdstempel|submitted|ingediend", re.IGNORECASE)
# Codes look like numbers ("25.60", "0123.456.789") but lose meaning as numbers.
CODE_HEADER = re.compile(
    r"nace|sbi|\bcode|[-_ ]code\b|nummer|number|\bnr\b|\bid\b|postcode|zip|kvk|btw|vat|telefoon|phone",
    re.IGNORECASE,
)
EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass
class ColumnNote:
    errors: int = 0
    serial_dates: bool = False
    missing_words: Counter = field(default_factory=Counter)  # spelling of "no answer" -> cells
    said_no_answer: np.ndarray | None = None  # rows whose cell said "no answer" (they are not blank lines)


def _whole(values: np.ndarray) -> bool:
    finite = values[~np.isnan(values)]
    return finite.size > 0 and bool(np.all(finite == np.round(finite))) and bool(np.all(np.abs(finite) < 2**53))


def _numeric_series(values: np.ndarray) -> pd.Series:
    if _whole(values):
        return pd.Series(pd.array(np.where(np.isnan(values), 0, values).astype(np.int64), dtype="Int64")).mask(
            np.isnan(values)
        )
    return pd.Series(values, dtype="float64")


def _text_column(array: pa.ChunkedArray | pa.Array, prefer_comma: bool, keep_text: bool, note: ColumnNote) -> pd.Series:
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    encoded = pc.dictionary_encode(array)
    codes = encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
    # Clean the distinct values once: trim, and treat blanks and Excel error texts as missing.
    trimmed = pc.utf8_trim_whitespace(encoded.dictionary)
    is_error = pc.is_in(pc.utf8_upper(trimmed), value_set=ERROR_SET)
    is_blank = pc.equal(trimmed, "")
    is_missing = _missing_words(trimmed, pc.or_(is_error, is_blank))
    cleaned = pc.if_else(pc.or_(pc.or_(is_error, is_blank), is_missing), pa.scalar(None, pa.string()), trimmed)
    error_ids = np.flatnonzero(is_error.to_numpy(zero_copy_only=False))
    if error_ids.size:
        note.errors += int(np.isin(codes, error_ids).sum())
    missing_ids = np.flatnonzero(is_missing.to_numpy(zero_copy_only=False))
    if missing_ids.size:
        per_id = np.bincount(codes[codes >= 0], minlength=len(trimmed))
        for index in missing_ids:
            note.missing_words[trimmed[int(index)].as_py()] += int(per_id[index])
        note.said_no_answer = np.isin(codes, missing_ids)
    if pc.all(pc.is_null(cleaned)).as_py() if len(cleaned) else True:
        return pd.Series(np.full(len(codes), np.nan))
    numbers = None if keep_text else parse_numbers(cleaned, prefer_comma)
    if numbers is not None:
        return _numeric_series(np.append(numbers, np.nan)[codes])
    dates = parse_dates(cleaned, day_first=prefer_comma)
    if dates is not None:
        return pd.Series(np.append(dates, np.datetime64("NaT", "ms"))[codes])
    # Several raw spellings ("Ja", "Ja ") may clean to one label: remap codes to distinct labels.
    label_codes = pc.dictionary_encode(cleaned)
    remap = np.append(label_codes.indices.fill_null(-1).to_numpy(zero_copy_only=False), -1)
    new_codes = remap[codes]
    labels = label_codes.dictionary.to_pylist()
    if len(labels) > MAX_CATEGORIES and len(labels) > 0.5 * np.count_nonzero(new_codes >= 0):
        values = np.array(labels + [None], dtype=object)[new_codes]
        return pd.Series(values, dtype="str")
    return pd.Series(pd.Categorical.from_codes(new_codes, categories=labels))


def _missing_words(trimmed: pa.Array, empty: pa.Array) -> pa.Array:
    """True for distinct values that spell "no answer", when the column also holds real answers."""
    is_missing = pc.fill_null(pc.is_in(pc.utf8_upper(trimmed), value_set=MISSING_SET), False)
    answers = pc.and_not(pc.invert(pc.fill_null(empty, False)), is_missing)
    if not pc.any(answers).as_py():
        return pa.array(np.zeros(len(trimmed), dtype=bool))
    return is_missing


def missing_words_warning(counts: Counter) -> str | None:
    """One sentence naming the spellings of "no answer" that were read as missing, or None."""
    if not counts:
        return None
    spelled = ", ".join(f"'{word}' ({n:,})" for word, n in counts.most_common())
    return f"{sum(counts.values()):,} cells said there was no answer ({spelled}); they were read as missing."


def _serial_dates(values: np.ndarray) -> pd.Series | None:
    finite = values[~np.isnan(values)]
    if finite.size == 0 or finite.min() < 20000 or finite.max() > 80000:
        return None  # outside 1954-2119: not a plausible survey date
    return pd.Series(EXCEL_EPOCH + pd.to_timedelta(values, unit="D")).dt.round("s")


def to_series(array: pa.ChunkedArray | pa.Array, header: str, prefer_comma: bool) -> tuple[pd.Series, ColumnNote]:
    """One typed pandas column from one raw Arrow column."""
    note = ColumnNote()
    kind = array.type
    if pa.types.is_null(kind):
        return pd.Series(np.full(len(array), np.nan)), note
    if pa.types.is_dictionary(kind):
        array = pc.cast(array, pa.string())
        kind = array.type
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        return _text_column(array, prefer_comma, bool(CODE_HEADER.search(header)), note), note
    if pa.types.is_boolean(kind):
        return pd.Series(array.to_pandas()).astype("boolean"), note
    if pa.types.is_integer(kind) or pa.types.is_floating(kind) or pa.types.is_decimal(kind):
        values = pc.cast(array, pa.float64()).to_numpy(zero_copy_only=False)
        if DATE_HEADER.search(header):
            dates = _serial_dates(values)
            if dates is not None:
                note.serial_dates = True
                return dates, note
        return _numeric_series(values), note
    if pa.types.is_timestamp(kind) or pa.types.is_date(kind):
        return pd.Series(array.to_pandas()), note
    if pa.types.is_duration(kind):
        return pd.Series(array.to_pandas()), note
    return pd.Series(array.to_pandas(), dtype="str"), note
