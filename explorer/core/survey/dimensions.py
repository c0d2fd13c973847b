"""Firm characteristics derived once per survey: NACE division and section, size class, tech class.

Each is a categorical Series aligned with the frame, computed on the distinct values of the
role column (a few hundred), never per row in Python.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from explorer.core.labels import answer_text as value_text
from explorer.core.survey.kinds import value_counts
from explorer.core.taxonomy import (
    SIZE_ORDER,
    SIZE_RANGES,
    TECH_ORDER,
    parse_sector_code,
    parse_tech_label,
    size_class_from_band,
    tech_class,
    unknown_detail,
)


def _map_distinct(series: pd.Series, convert, categories: list[str] | None = None) -> pd.Series:
    """Apply `convert` to each distinct value and spread the result over the rows."""
    if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
        values = series.to_numpy(dtype=float, na_value=np.nan)
        distinct = np.unique(values[~np.isnan(values)])
        lookup = {v: convert(float(v)) for v in distinct}
        mapped = [lookup.get(v) if v == v else None for v in values]
    else:
        labels = list(value_counts(series))
        lookup = {label: convert(label) for label in labels}
        text = series.astype("object")
        mapped = [lookup.get(str(v)) if v is not None and v == v else None for v in text]
    found = sorted({m for m in mapped if m is not None})
    return pd.Series(pd.Categorical(mapped, categories=categories if categories is not None else found),
                     index=series.index)


def nace_division(series: pd.Series) -> pd.Series:
    def convert(value):
        code = parse_sector_code(value)
        return code.division if code else None

    return _map_distinct(series, convert)


def nace_section(series: pd.Series) -> pd.Series:
    def convert(value):
        code = parse_sector_code(value)
        return code.section if code else None

    return _map_distinct(series, convert)


def unknown_sector_codes(series: pd.Series) -> list[str]:
    """Values of a sector column read as their division because NACE lacks their group or class."""
    if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
        values = series.to_numpy(dtype=float, na_value=np.nan)
        distinct = [float(v) for v in np.unique(values[~np.isnan(values)])]
        return [value_text(v) for v in distinct if unknown_detail(v)]
    return sorted(label for label in value_counts(series) if unknown_detail(label))


def tech_from_sector(series: pd.Series) -> pd.Series:
    def convert(value):
        code = parse_sector_code(value)
        return tech_class(code) if code else None

    return _map_distinct(series, convert, categories=list(TECH_ORDER))


def tech_from_labels(series: pd.Series) -> pd.Series:
    return _map_distinct(series, parse_tech_label, categories=list(TECH_ORDER))


def size_classes(series: pd.Series, scheme: str) -> pd.Series:
    order = list(SIZE_ORDER[scheme])
    if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
        values = series.to_numpy(dtype=float, na_value=np.nan)
        # A class runs from its lower bound up to the next class's, so 9.5 employees is micro.
        lows = np.array([SIZE_RANGES[scheme][code][0] for code in order], dtype=float)
        codes = np.searchsorted(lows, values, side="right") - 1
        codes = np.where(np.isnan(values) | (values < 0), -1, codes).astype(np.int8)
        return pd.Series(pd.Categorical.from_codes(codes, categories=order), index=series.index)
    return _map_distinct(series, lambda label: size_class_from_band(label, scheme), categories=order)
