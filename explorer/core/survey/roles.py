"""Which column holds the firm's id, name, sector, size, technology class, region, wave and weight.

Headers are matched in Dutch, English, French and German; values must agree (NACE codes parse,
sizes are counts or bands, weights are positive and average near 1). A role found from values
alone gets a lower confidence, so the window can ask the user to confirm it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from explorer.core.reading.table import ColumnInfo, LoadedTable
from explorer.core.survey.kinds import value_counts
from explorer.core.survey.model import ROLES
from explorer.core.survey.vocabulary import ROLE_HEADERS
from explorer.core.taxonomy import parse_nace, parse_size_band, parse_tech_label


@dataclass(frozen=True)
class RoleGuess:
    column: str
    confidence: float


def _header_match(role: str, info: ColumnInfo) -> bool:
    pattern = ROLE_HEADERS[role]
    texts = {info.name, info.question_text, info.export_tag}
    return any(text and pattern.search(text.strip()) for text in texts)


# Sector, size and technology columns hold a few hundred distinct values at most; judging a
# column of names or amounts on its most frequent values is enough to turn it down.
MAX_DISTINCT_JUDGED = 2000


def _share_parsing(series: pd.Series, parse) -> float:
    """Share of answered rows whose value the parser understands (judged per distinct value)."""
    counts = value_counts(series, limit=MAX_DISTINCT_JUDGED)
    total = sum(counts.values())
    if not total:
        return 0.0
    if pd.api.types.is_numeric_dtype(series.dtype):
        understood = sum(n for value, n in counts.items() if parse(float(value)) is not None)
    else:
        understood = sum(n for value, n in counts.items() if parse(value) is not None)
    return understood / total


def _unique_share(series: pd.Series) -> float:
    present = series.dropna()
    return present.nunique() / len(present) if len(present) else 0.0


def _is_counts(series: pd.Series) -> bool:
    if not pd.api.types.is_numeric_dtype(series.dtype) or pd.api.types.is_bool_dtype(series.dtype):
        return False
    values = series.dropna().to_numpy(dtype=float)
    return values.size > 0 and bool(np.all(values >= 0)) and float(np.mean(values == np.round(values))) > 0.95


def _looks_like_weights(series: pd.Series) -> bool:
    if not pd.api.types.is_float_dtype(series.dtype):
        return False
    values = series.dropna().to_numpy(dtype=float)
    if values.size < 5 or np.any(values <= 0):
        return False
    fractional = float(np.mean(values != np.round(values)))
    return fractional > 0.5 and 0.8 <= float(values.mean()) <= 1.25 and float(values.std()) > 0


def _score(role: str, info: ColumnInfo, series: pd.Series, rows: int) -> float:
    """Confidence 0..1 that the column plays the role; 0 when it cannot."""
    header = _header_match(role, info)
    present = series.notna().sum()
    if present == 0:
        return 0.0
    if role == "id":
        if not header:
            return 0.0
        # Mostly unique: a few repeated ids are a fault to warn about, not a reason to look elsewhere.
        # Firms answering several waves repeat their id, so a panel's ids are unique only per wave.
        unique = _unique_share(series)
        # A firm identifier beats the survey tool's respondent number.
        return (0.95 if not info.is_metadata else 0.8) * (1.0 if unique >= 0.3 else 0.0)
    if info.is_metadata:
        return 0.0
    if role == "name":
        is_text = not pd.api.types.is_numeric_dtype(series.dtype)
        return 0.9 if header and is_text and _unique_share(series) >= 0.5 else 0.0
    if role == "sector":
        numeric = pd.api.types.is_numeric_dtype(series.dtype)
        if numeric and not header:
            return 0.0  # bare numbers are NACE codes only when the header says so
        parsed = _share_parsing(series, parse_nace)
        if header and parsed >= 0.6:
            return 0.95
        if header and not pd.api.types.is_numeric_dtype(series.dtype) and series.nunique() <= 120:
            return 0.6  # sector labels of the survey's own (no NACE codes)
        textual = not pd.api.types.is_numeric_dtype(series.dtype)
        return 0.6 if textual and parsed >= 0.9 else 0.0
    if role == "size":
        if header and _is_counts(series):
            return 0.95
        bands = 0.0 if pd.api.types.is_numeric_dtype(series.dtype) else _share_parsing(series, parse_size_band)
        if bands >= 0.6:
            return 0.95 if header else 0.6
        return 0.0
    if role == "tech":
        parsed = 0.0 if pd.api.types.is_numeric_dtype(series.dtype) else _share_parsing(series, parse_tech_label)
        if parsed >= 0.6:
            return 0.95 if header else (0.6 if parsed >= 0.9 else 0.0)
        return 0.0
    if role == "region":
        few = series.nunique() <= max(60, 0.3 * present)
        return 0.9 if header and few and not pd.api.types.is_float_dtype(series.dtype) else 0.0
    if role == "wave":
        return 0.9 if header and series.nunique() <= 30 else 0.0
    if role == "weight":
        if header and pd.api.types.is_numeric_dtype(series.dtype):
            values = series.dropna().to_numpy(dtype=float)
            return 0.95 if values.size and np.all(values > 0) else 0.0
        return 0.6 if _looks_like_weights(series) else 0.0
    return 0.0


def detect_roles(table: LoadedTable) -> dict[str, RoleGuess]:
    """The best column for each role; a column plays at most one role."""
    frame = table.frame
    taken: set[str] = set()
    found: dict[str, RoleGuess] = {}
    # Strong, specific roles first so a weight column is not taken for a size, etc.
    for role in ("id", "weight", "sector", "size", "tech", "wave", "name", "region"):
        best: RoleGuess | None = None
        for info in table.columns:
            if info.name in taken:
                continue
            score = _score(role, info, frame[info.name], len(frame))
            if score > 0 and (best is None or score > best.confidence):
                best = RoleGuess(info.name, score)
        if best is not None:
            found[role] = best
            taken.add(best.column)
    return {role: found[role] for role in ROLES if role in found}
