"""What kind of question one column is, judged from its distinct values."""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pandas as pd

from explorer.core.labels import answer_text, fold
from explorer.core.survey.joined import JOIN_SEPARATORS, cell_options, joined_options
from explorer.core.survey.model import EMPTY_MEANS_NO, ZERO_ONE
from explorer.core.survey.scales import ColumnKind, coded_range, scale_of_labels
from explorer.core.survey.vocabulary import DONT_KNOW, TICKED, UNTICKED

MAX_SINGLE_OPTIONS = 40


def value_counts(series: pd.Series, limit: int | None = None) -> Counter:
    """Counts of each non-missing value, as text (only the `limit` most frequent if given)."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        codes = series.cat.codes.to_numpy()
        counts = np.bincount(codes[codes >= 0], minlength=len(series.cat.categories))
        return Counter({str(c): int(n) for c, n in zip(series.cat.categories, counts) if n})
    counts = series.value_counts(dropna=True, sort=limit is not None)
    if limit is not None:
        counts = counts.head(limit)
    return Counter({answer_text(value): int(n) for value, n in counts.items()})


def distinct_count(series: pd.Series) -> int:
    if isinstance(series.dtype, pd.CategoricalDtype):
        return int((np.bincount(series.cat.codes.to_numpy() + 1, minlength=1)[1:] > 0).sum())
    return int(series.nunique(dropna=True))


def checkbox_coding(series: pd.Series) -> str | None:
    """ZERO_ONE, EMPTY_MEANS_NO, or None when the column does not behave like one checkbox."""
    present = series.dropna()
    if present.empty:
        return EMPTY_MEANS_NO
    if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
        values = set(np.unique(present.to_numpy(dtype=float)).tolist())
        if values <= {0.0, 1.0}:
            return ZERO_ONE if 0.0 in values else EMPTY_MEANS_NO
        return None
    if pd.api.types.is_bool_dtype(series.dtype):
        return ZERO_ONE
    labels = {fold(v) for v in value_counts(series)}
    if len(labels) == 1:
        return EMPTY_MEANS_NO          # the option's label (or Y, X, 1) when ticked, empty when not
    if len(labels) == 2 and len(labels & TICKED) == 1 and len(labels & UNTICKED) == 1:
        return ZERO_ONE                # labelled 0/1, as SPSS writes "aangeduid" / "niet aangeduid"
    return None


def is_ticked(series: pd.Series) -> np.ndarray:
    """True where the checkbox column is ticked (missing is never ticked)."""
    if pd.api.types.is_numeric_dtype(series.dtype) or pd.api.types.is_bool_dtype(series.dtype):
        values = pd.to_numeric(series, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        return values == 1.0
    text = series.astype("object")
    folded = np.array([fold(v) if v is not None and v == v else "" for v in text], dtype=object)
    return (folded != "") & ~np.isin(folded, list(UNTICKED))


def _joined(counts: Counter, header: str = "") -> ColumnKind | None:
    """One cell holding several ticked labels: "Automatisering;Kwaliteit;", "['a' ;  'b']", "A, B".

    The evidence is one of: the cells are written as lists (ODK); they end in ";" (Forms); many
    cells hold the separator and there are more distinct cells than options; or enough cells
    combine options that are also answered on their own (fewer are needed when the question says
    "select all that apply"). Labels of a single choice may contain commas ("Ja, terug naar
    Nederland") and fail all four.
    """
    total = sum(counts.values())
    listed = sum(n for value, n in counts.items() if value.strip().startswith("[") and value.strip().endswith("]"))
    as_lists = listed >= 0.9 * total
    for separator in JOIN_SEPARATORS:
        with_separator = sum(n for value, n in counts.items() if separator in value)
        if with_separator < (1 if as_lists else 2):
            continue
        atoms = joined_options(counts, separator)
        if atoms is None or any(_unbalanced(atom) for atom in atoms):
            continue  # a separator that cuts labels in half ("Mood Disorder (Depression")
        recurring = sum(n for n in atoms.values() if n >= 3) >= 0.8 * sum(atoms.values())
        trailing = separator == ";" and any(value.rstrip().endswith(";") for value in counts)
        many = with_separator >= 0.1 * total and (trailing or len(counts) > len(atoms))
        combined = _combined_answers(counts, separator, atoms)
        enough = 2 if MULTI_HINT.search(header) else max(2, 0.01 * total)
        if as_lists or (recurring and (many or combined >= enough)):
            options = tuple(sorted(atoms, key=lambda a: (-atoms[a], a)))
            return ColumnKind("multi", options=options, separator=separator, confidence=0.8)
    return None


def _combined_answers(counts: Counter, separator: str, atoms: Counter) -> int:
    """Answers that tick two or more options each of which is also someone's only answer."""
    held = {value: cell_options(value, separator, atoms) for value in counts}
    alone = {options[0] for options in held.values() if len(options) == 1}
    return sum(counts[value] for value, options in held.items() if len(options) >= 2 and set(options) <= alone)


def _unbalanced(text: str) -> bool:
    return text.count("(") != text.count(")") or text.count("[") != text.count("]")


CODE_LABEL = re.compile(r"^[A-Za-z]{0,3}\d{1,3}$")


def _order_by_frequency(counts: Counter) -> tuple[str, ...]:
    """Most frequent first; "don't know" and "other" answers last; answer codes (A1, A2) in code order."""
    if all(CODE_LABEL.match(label) for label in counts):
        return tuple(sorted(counts, key=lambda v: (re.sub(r"\d", "", v), int(re.sub(r"\D", "", v)))))
    def last(label: str) -> bool:
        folded = fold(label)
        return folded in DONT_KNOW or folded.startswith(("anders", "other", "overig", "autre", "andere"))

    return tuple(sorted(counts, key=lambda v: (last(v), -counts[v], v)))


MULTI_HINT = re.compile(
    r"all that apply|select all|check all|tick all|mark all|choose all|more than one|multiple answers|"
    r"meerdere antwoorden|meer antwoorden mogelijk|alle(s)? wat van toepassing|kruis aan wat van toepassing|"
    r"plusieurs r[eé]ponses|mehrfachnennung|mehrere antworten",
    re.IGNORECASE,
)
FREE_TEXT_HEADER = re.compile(
    r"comment|opmerking|toelichting|anything else|remark|explain|\bwhy\b|waarom|namelijk|please specify|"
    r"suggesti|feedback|anders, |other, |commentaire|bemerkung|wat wilt u nog kwijt|overige opmerkingen",
    re.IGNORECASE,
)
LONG_ANSWER = 60


AMOUNT_HEADER = re.compile(
    r"how many|how much|hoeveel|aantal|number of|percentage|procent|\bpct\b|%|amount|bedrag|omzet|turnover|"
    r"revenue|euro|€|in which year|welk jaar|sinds|since|\bage\b|leeftijd|how old|score|rating|cijfer|\bfte\b|"
    r"employees|werknemers|duration|duur",
    re.IGNORECASE,
)


def _looks_coded(values: set[float], header: str) -> bool:
    whole = all(float(v).is_integer() for v in values)
    return whole and 2 <= len(values) <= 7 and min(values) >= 0 and max(values) <= 10 \
        and not AMOUNT_HEADER.search(header)


def _mean_length(labels: list[str]) -> float:
    return sum(len(label) for label in labels) / len(labels) if labels else 0.0


def classify_column(series: pd.Series, header: str = "", open_ended: bool = False) -> ColumnKind | None:
    """The kind of a single-column question; None for a column with no answers."""
    present = series.dropna()
    if present.empty:
        return None
    dtype = series.dtype
    if pd.api.types.is_datetime64_any_dtype(dtype) or pd.api.types.is_timedelta64_dtype(dtype):
        return None
    if pd.api.types.is_bool_dtype(dtype):
        return ColumnKind("yesno", options=("True", "False"), confidence=0.9)
    if pd.api.types.is_numeric_dtype(dtype):
        values = set(np.unique(present.to_numpy(dtype=float)).tolist())
        if values <= {0.0, 1.0} and len(values) == 2:
            return ColumnKind("yesno", options=("1", "0"), confidence=0.7)
        if _looks_coded(values, header):
            # Answer codes without labels (Qualtrics "numeric values" export): unsure, so the
            # mapping dialog asks the user to confirm.
            return coded_range(values)
        return ColumnKind("numeric", confidence=0.9)
    counts = value_counts(series)
    labels = list(counts)
    if isinstance(dtype, pd.CategoricalDtype) and series.cat.ordered:
        return ColumnKind("single", options=tuple(str(c) for c in series.cat.categories if str(c) in counts))
    found = scale_of_labels(labels)
    if found:
        return found
    # "Why ...? (several answers possible)" lists reasons to tick, not free text.
    joined = _joined(counts, header) if not open_ended else None
    if joined and (MULTI_HINT.search(header) or not FREE_TEXT_HEADER.search(header)):
        return joined
    if open_ended or FREE_TEXT_HEADER.search(header):
        return ColumnKind("text", confidence=0.9)
    if _mean_length(labels) > LONG_ANSWER:
        return ColumnKind("text", confidence=0.9)
    answered = sum(counts.values())
    if len(labels) <= MAX_SINGLE_OPTIONS and (len(labels) <= 12 or len(labels) <= 0.5 * answered):
        return ColumnKind("single", options=_order_by_frequency(counts), confidence=0.8 if len(labels) <= 12 else 0.6)
    return ColumnKind("text", confidence=0.9)
