"""Which column holds the firm's id, name, sector, size, technology class, region, wave and weight.

Headers are matched in Dutch, English, French and German (the column name, the question text
of the header rows, an SPSS variable label, a tool's export tag), and the values must agree,
both ways: a size column holds employee counts or size bands, never ages, years, participant
codes, scale points or yes/no answers; a sector column holds NACE/SBI codes or short sector
labels, never dates, scale points or sentences. A header that names something else ("How old
are you?", "Are you self-employed?") rules the column out. A role found from values alone gets
a low confidence: it is proposed, not applied, until the user confirms it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from explorer.core.labels import fold
from explorer.core.reading.table import ColumnInfo, LoadedTable
from explorer.core.survey.kinds import value_counts
from explorer.core.survey.model import ROLES
from explorer.core.survey.scales import scale_of_labels
from explorer.core.survey.vocabulary import ROLE_AGAINST, ROLE_HEADERS
from explorer.core.taxonomy import parse_sector_code, parse_size_band, parse_tech_label


@dataclass(frozen=True)
class RoleGuess:
    column: str
    confidence: float


# Sector, size and technology columns hold a few hundred distinct values at most; judging a
# column of names or amounts on its most frequent values is enough to turn it down.
MAX_DISTINCT_JUDGED = 2000
# Sector labels of a survey's own: short, and a few dozen cover almost every answer.
MAX_SECTOR_LABELS = 120
MAX_SECTOR_LABEL_LENGTH = 40
# Roles that only a header can give: their values look like anybody's.
HEADER_ONLY_ROLES = ("id", "name", "region", "wave")
# Confidence of a role found from its values without a header that names it.
FROM_VALUES_ONLY = 0.6
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SENTENCE_START = re.compile(r"^(i|i'm|i've|ik|we|my|mijn|wij)\b", re.IGNORECASE)


def _header_texts(info: ColumnInfo) -> list[str]:
    """The texts that name a column, as words: `OrgSize` → `Org Size`, `n_emp` → `n emp`; text in
    quotes is left out (a statement quoted in a question is not what the column holds)."""
    texts = []
    for text in dict.fromkeys((info.name, info.question_text, info.export_tag)):
        if text:
            words = _CAMEL.sub(" ", _QUOTED.sub(" ", text)).replace("_", " ").replace(".", " ")
            texts.append(" ".join(words.split()))
    return texts


def header_match(role: str, info: ColumnInfo) -> bool:
    pattern = ROLE_HEADERS[role]
    return any(pattern.search(text) for text in _header_texts(info))


def _header_against(role: str, info: ColumnInfo) -> bool:
    pattern = ROLE_AGAINST.get(role)
    return pattern is not None and any(pattern.search(text) for text in _header_texts(info))


def _share_parsing(series: pd.Series, parse, needed: float = 0.0) -> tuple[float, int]:
    """Share of answered rows whose value the parser understands, and how many distinct values it
    understands (judged per distinct value, most frequent first). Judging stops once the share
    cannot reach `needed`: a column of free text is turned down on its first few values."""
    counts = value_counts(series, limit=MAX_DISTINCT_JUDGED)
    total = sum(counts.values())
    if not total:
        return 0.0, 0
    numeric = pd.api.types.is_numeric_dtype(series.dtype)
    understood, distinct, remaining = 0, 0, total
    for value, n in counts.most_common():
        if understood + remaining < needed * total:
            break
        remaining -= n
        if parse(float(value) if numeric else value) is not None:
            understood += n
            distinct += 1
    return understood / total, distinct


def _unique_share(series: pd.Series) -> float:
    present = series.dropna()
    return present.nunique() / len(present) if len(present) else 0.0


def _is_scale(series: pd.Series) -> bool:
    """Yes/no answers, scale points, or a few small whole numbers: answers to a question, not a
    firm's size or sector."""
    if pd.api.types.is_bool_dtype(series.dtype):
        return True
    if pd.api.types.is_numeric_dtype(series.dtype):
        values = np.unique(series.dropna().to_numpy(dtype=float))
        return values.size > 0 and bool(np.all(values == np.round(values))) and values.min() >= 0 \
            and values.max() <= 10 and values.size <= 11
    labels = list(value_counts(series, limit=60))
    return scale_of_labels(labels) is not None


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


def _sector_labels(series: pd.Series) -> bool:
    """Short labels, not sentences, of which the most frequent cover nearly every answer."""
    counts = value_counts(series)
    total = sum(counts.values())
    if not total:
        return False
    top = counts.most_common(MAX_SECTOR_LABELS)
    labels = [label for label, _ in top]
    mean_length = sum(len(label) for label in labels) / len(labels)
    sentences = sum(1 for label in labels if _SENTENCE_START.match(fold(label)))
    return sum(n for _, n in top) >= 0.9 * total and mean_length <= MAX_SECTOR_LABEL_LENGTH \
        and sentences < 0.5 * len(labels)


def score(role: str, info: ColumnInfo, series: pd.Series, present: int) -> float:
    """Confidence 0..1 that the column plays the role; 0 when it cannot (`present`: answered rows)."""
    if present == 0 or _header_against(role, info):
        return 0.0
    header = header_match(role, info)
    if not header and role in HEADER_ONLY_ROLES:
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
    numeric = pd.api.types.is_numeric_dtype(series.dtype)
    if role == "name":
        return 0.9 if header and not numeric and _unique_share(series) >= 0.5 else 0.0
    if role == "sector":
        return _sector_score(series, header, numeric)
    if role == "size":
        return _size_score(series, header, numeric)
    if role == "tech":
        parsed = 0.0 if numeric else _share_parsing(series, parse_tech_label, 0.6)[0]
        if parsed >= 0.6:
            return 0.95 if header else (FROM_VALUES_ONLY if parsed >= 0.9 else 0.0)
        return 0.0
    if role == "region":
        few = series.nunique() <= max(60, 0.3 * present)
        return 0.9 if header and few and not pd.api.types.is_float_dtype(series.dtype) else 0.0
    if role == "wave":
        return 0.9 if header and series.nunique() <= 30 else 0.0
    if role == "weight":
        if header and numeric and not pd.api.types.is_bool_dtype(series.dtype):
            values = series.dropna().to_numpy(dtype=float)
            # Expansion weights average far above 1; they are normalised when used.
            return 0.95 if values.size and np.all(values >= 0) and np.any(values > 0) else 0.0
        return FROM_VALUES_ONLY if _looks_like_weights(series) else 0.0
    return 0.0


def _sector_score(series: pd.Series, header: bool, numeric: bool) -> float:
    if pd.api.types.is_datetime64_any_dtype(series.dtype) or (numeric and not header):
        return 0.0  # bare numbers are NACE codes only when the header says so
    parsed, _ = _share_parsing(series, parse_sector_code, 0.6 if header else 0.9)
    if not numeric and _is_scale(series):
        return 0.0  # "1 - strongly disagree" starts like a NACE code
    if header and parsed >= 0.6:
        return 0.95
    if header and not numeric and _sector_labels(series):
        return 0.8  # sector labels of the survey's own (no NACE codes)
    return FROM_VALUES_ONLY if not numeric and parsed >= 0.9 else 0.0


def _size_score(series: pd.Series, header: bool, numeric: bool) -> float:
    if numeric:
        return 0.95 if header and _is_counts(series) and not _is_scale(series) else 0.0
    bands, distinct = _share_parsing(series, parse_size_band, 0.6)
    if bands < 0.6 or distinct < 2 or _is_scale(series):
        return 0.0
    if header:
        return 0.95
    # Without a header, lone numbers (codes, postcodes) are no evidence; real bands are.
    ranges, distinct = _share_parsing(series, _range_band, 0.9)
    return FROM_VALUES_ONLY if ranges >= 0.9 and distinct >= 3 else 0.0


def _range_band(label: object):
    band = parse_size_band(label)
    return band if band is not None and band[0] != band[1] else None


def weight_rank(column: str) -> int:
    """Which of several weight columns to use: a plain "weight" first, then final or calibrated
    weights, then the others in file order."""
    words = fold(column)
    if re.fullmatch(r"weights?|weging|gewicht|wgt|wt|pweight|w", words):
        return 0
    if re.search(r"final|fin\b|cal|post|trim|eind", words):
        return 1
    return 2


def detect_roles(table: LoadedTable) -> dict[str, RoleGuess]:
    """The best column for each role; a column plays at most one role."""
    frame = table.frame
    present = frame.notna().sum().to_dict()
    taken: set[str] = set()
    found: dict[str, RoleGuess] = {}
    # Strong, specific roles first so a weight column is not taken for a size, etc.
    for role in ("id", "weight", "sector", "size", "tech", "wave", "name", "region"):
        best: RoleGuess | None = None
        best_key = None
        for position, info in enumerate(table.columns):
            if info.name in taken:
                continue
            confidence = score(role, info, frame[info.name], int(present[info.name]))
            key = (confidence, -weight_rank(info.name) if role == "weight" else 0, -position)
            if confidence > 0 and (best_key is None or key > best_key):
                best, best_key = RoleGuess(info.name, confidence), key
        if best is not None:
            found[role] = best
            taken.add(best.column)
    return {role: found[role] for role in ROLES if role in found}
