"""Dates written as text: ISO, Dutch/Flemish day-first and US month-first, with or without time,
and English month names as ODK and Excel write them ("03 June 2017", "3-Jun-2017")."""

from __future__ import annotations

import re

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

_DATE_LIKE = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|^\d{1,2}[ -][A-Za-z]{3,9}[ -]\d{4}")
ISO = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d")
DAY_FIRST = ("%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y", "%d-%m-%Y %H:%M:%S", "%d-%m-%Y %H:%M", "%d-%m-%Y",
             "%d.%m.%Y %H:%M", "%d.%m.%Y")
MONTH_FIRST = ("%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %I:%M %p", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y")
MONTH_NAMES = ("%d %B %Y", "%d %b %Y", "%d-%b-%Y", "%d-%B-%Y")


def parse_dates(values: pa.Array, day_first: bool) -> np.ndarray | None:
    """datetime64 values for text that is entirely dates in one format (nulls stay NaT), else None.

    Where a value settles the order (13/09/2021 can only be day-first) that format wins; dates
    that fit both orders follow the file's convention (Dutch files write the day first).
    """
    present = pc.drop_null(values)
    if len(present) == 0 or not all(_DATE_LIKE.match(v) for v in present.slice(0, 20).to_pylist()):
        return None
    orders = ISO + (DAY_FIRST + MONTH_FIRST if day_first else MONTH_FIRST + DAY_FIRST) + MONTH_NAMES
    for fmt in orders:
        parsed = pc.strptime(values, format=fmt, unit="s", error_is_null=True)
        if parsed.null_count == values.null_count:
            return parsed.to_numpy(zero_copy_only=False).astype("datetime64[ms]")
    return None
