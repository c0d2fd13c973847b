"""SPSS .sav files: value labels become the answers, user-missing codes become missing.

Besides the codes a file declares missing, surveys label their "no answer" codes without
declaring them: -9 "Don't know", -8 "Refused", 99 "Not applicable", 999 "Missing". A code is
taken for such a code when its label says so and the code stands apart from the answer codes
(negative, or a run of 9s and 8s above them). Where a variable has real answer labels too, the
reader keeps those answers and the survey model treats them as no answer (the mapping can count
them again); where those are its only labels (an age with 999 "Missing"), they are masked here.
A "Weet niet" that is simply the next code after the scale stays an answer.

Scales labelled only at their ends (1 "Not at all" ... 7 "Completely") read as numbered scales:
"1 - Not at all", "2", ..., "7 - Completely".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from explorer.core.errors import InputError
from explorer.core.reading.values import to_series

MISSING_LABEL = re.compile(
    r"don'?t know|do not know|\bdk\b|refus|does not apply|doesn'?t apply|not applicable|\bn/?a\b|missing|"
    r"no answer|not asked|not answered|prefer not to (say|answer)|weet (ik )?niet|geen antwoord|weiger|"
    r"wil (ik )?niet zeggen|niet van toepassing|n\.?v\.?t\.?|ontbre|onbekend|sait pas|sans r[eé]ponse|"
    r"weiss nicht|weiß nicht|keine angabe|verweigert|system.?missing|sysmis",
    re.IGNORECASE,
)
# A scale labelled only at its ends has at most this many points (0-10).
MAX_SCALE_POINTS = 11


def read_sav(path: Path, label: str | None = None) -> tuple[pd.DataFrame, object, list[str]]:
    """The raw frame (codes), pyreadstat's metadata and warnings."""
    import pyreadstat  # only needed for .sav files

    try:
        frame, meta = pyreadstat.read_sav(str(path), user_missing=True, apply_value_formats=False)
    except Exception:
        raise InputError("error.file.spss_damaged", file=label or path.name) from None
    return frame, meta, []


def user_missing_mask(series: pd.Series, ranges: list[dict]) -> np.ndarray:
    mask = np.zeros(len(series), dtype=bool)
    numeric = pd.to_numeric(series, errors="coerce")
    for declared in ranges:
        low, high = declared.get("lo"), declared.get("hi")
        if isinstance(low, str) or isinstance(high, str):
            mask |= series.astype("str").isin({low, high}).to_numpy()
        else:
            mask |= ((numeric >= low) & (numeric <= high)).fillna(False).to_numpy()
    return mask


@dataclass
class TypedVariable:
    """One variable ready for the survey model, and what reading it found."""

    column: pd.Series
    declared_missing: int = 0          # answers with a code the file declares missing
    masked_codes: dict = field(default_factory=dict)  # "no answer" codes that were its only labels
    missing_words: Counter = field(default_factory=Counter)  # "NA", "NULL" ... in a string variable


def typed_variable(series: pd.Series, labels: dict, ranges: list[dict], name: str) -> TypedVariable:
    declared = 0
    if ranges:
        mask = user_missing_mask(series, ranges)
        declared = int(mask.sum())
        series = series.mask(mask)
        # Declared missing codes are no answer option: their labels do not become categories.
        labels = {c: v for c, v in labels.items() if not user_missing_mask(pd.Series([c]), ranges)[0]}
    masked: dict = {}
    if labels:
        column, masked = labelled_column(series, labels)
        if isinstance(column.dtype, pd.CategoricalDtype):
            return TypedVariable(column, declared, masked)
        series = column
    typed, note = to_series(pa.array(series.to_numpy(), from_pandas=True), name, False)
    return TypedVariable(typed, declared, masked, note.missing_words)


def masked_codes_warning(masked: dict[str, dict]) -> str | None:
    """One sentence naming the "no answer" codes that were read as missing, per variable."""
    if not masked:
        return None
    parts = [f"{name} ({', '.join(f'{code_text(c)} {label!r}' for c, label in codes.items())})"
             for name, codes in masked.items()]
    return "Codes labelled as no answer were read as missing: " + "; ".join(parts) + "."


def code_text(code: object) -> str:
    """A code as it is shown: 2.0 reads "2"."""
    if isinstance(code, float) and code.is_integer():
        return str(int(code))
    return str(code)


def missing_codes(labels: dict) -> dict:
    """code → label for the labelled codes that stand for "no answer" without being declared so."""
    numeric = [c for c in labels if isinstance(c, (int, float)) and not isinstance(c, bool)]
    found = {}
    for code in numeric:
        if not MISSING_LABEL.search(str(labels[code])):
            continue
        others = [c for c in numeric if c != code and not MISSING_LABEL.search(str(labels[c]))]
        top = max(others, default=0)
        digits = code_text(abs(code))
        sentinel = code < 0 or (set(digits) <= {"7", "8", "9"} and (code >= 96 or code > top + 1))
        if sentinel:
            found[code] = labels[code]
    return found


def labelled_column(series: pd.Series, labels: dict) -> tuple[pd.Series, dict]:
    """The variable as the survey model reads it, and the "no answer" codes masked here (code → label).

    Values become their labels; codes without a label keep their number. A variable whose only
    labels are "no answer" codes stays numeric with those codes masked.
    """
    missing = missing_codes(labels)
    answers = {c: v for c, v in labels.items() if c not in missing}
    if not answers and pd.api.types.is_numeric_dtype(series.dtype):
        present = series.isin(list(missing))
        return series.mask(present), {c: v for c, v in missing.items() if bool((series == c).any())}
    order = sorted(labels, key=lambda k: (isinstance(k, str), k))
    texts = {code: str(labels[code]) for code in order}
    if _ends_only(series, answers):
        low, high = int(min(answers)), int(max(answers))
        codes = [float(n) for n in range(low, high + 1)]
        texts = {**{c: code_text(c) for c in codes},
                 **{c: f"{code_text(c)} - {answers[c]}" for c in answers}, **{c: str(v) for c, v in missing.items()}}
        order = sorted(set(codes) | set(labels))
    mapped = series.map(lambda v: texts.get(v, code_text(v)) if v == v and v is not None else None)
    categories = list(dict.fromkeys([texts[c] for c in order] + [v for v in mapped.dropna().unique()]))
    return pd.Series(pd.Categorical(mapped.where(mapped.notna(), None), categories=categories)), {}


def _ends_only(series: pd.Series, answers: dict) -> bool:
    """A whole-number scale labelled only at (some of) its points, its ends among them."""
    if not pd.api.types.is_numeric_dtype(series.dtype) or len(answers) < 2:
        return False
    codes = [c for c in answers if isinstance(c, (int, float))]
    if len(codes) != len(answers) or not all(float(c).is_integer() for c in codes):
        return False
    values = series.dropna().to_numpy(dtype=float)
    low, high = min(codes), max(codes)
    points = high - low + 1
    inside = bool(np.all((values >= low) & (values <= high) & (values == np.round(values)))) if values.size else True
    return inside and 3 <= points <= MAX_SCALE_POINTS and len(codes) < points and low >= 0
