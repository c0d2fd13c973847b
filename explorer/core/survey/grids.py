"""Items of one grid get one kind and the whole scale.

A grid (matrix) question writes one column per statement, all answered on the same scale:
`NOTATION01[SQ001]` ... `[SQ010]`, `op1` ... `op6`, SurveyMonkey's question text over statement
labels. Judged one by one, an item where nobody chose "5 - strongly agree" would lose that point,
and an item answered only "agree" and "strongly agree" would not be recognised as a Likert item
at all. Judged together, they share the kind and every point of the scale.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from explorer.core.labels import answer_text
from explorer.core.reading.table import ColumnInfo
from explorer.core.survey.blocks import grid_key
from explorer.core.survey.kinds import value_counts
from explorer.core.survey.model import Question
from explorer.core.survey.scales import (
    MAX_SCALE_POINT,
    ColumnKind,
    coded_range,
    likert_order,
    scale_of_labels,
)

GRID_KINDS = ("single", "likert", "yesno")
# Items that share less than this part of their answers are not one grid.
MIN_OVERLAP = 0.5


def harmonise_grids(questions: list[Question], infos: dict[str, ColumnInfo], frame: pd.DataFrame) -> list[Question]:
    """The questions, with the items of each grid given the grid's kind and options, and the grid's
    title (the question over its statements) as their `grid`."""
    result = list(questions)
    for run, key in _grid_runs(result, infos):
        labels = [_answers(frame[result[i].columns[0]]) for i in run]
        scale = _grid_scale(labels, [result[i].kind for i in run])
        if scale is None:
            continue
        for i in run:
            result[i] = result[i].with_changes(kind=scale.kind, options=scale.options, dont_know=scale.dont_know,
                                               confidence=scale.confidence, grid=key[1])
    return result


def _grid_runs(questions: list[Question], infos: dict[str, ColumnInfo]) -> list[tuple[list[int], tuple]]:
    """Positions of consecutive one-column questions that share a grid key, with that key."""
    runs: list[tuple[list[int], tuple]] = []
    current: list[int] = []
    current_key = None
    for position, question in enumerate(questions):
        key = None
        if len(question.columns) == 1 and (question.kind in GRID_KINDS or _is_whole_number_item(question)):
            key = grid_key(infos[question.columns[0]])
        if key is not None and key == current_key:
            current.append(position)
            continue
        if len(current) >= 2:
            runs.append((current, current_key))
        current, current_key = ([position], key) if key is not None else ([], None)
    if len(current) >= 2:
        runs.append((current, current_key))
    return runs


def _is_whole_number_item(question: Question) -> bool:
    # A numbered-scale item answered only with bare numbers ("2", "3", "4") was typed as numbers.
    return question.kind == "numeric"


def _answers(series: pd.Series) -> list[str]:
    if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
        values = series.to_numpy(dtype=float, na_value=np.nan)
        return [answer_text(float(v)) for v in np.unique(values[~np.isnan(values)])]
    if isinstance(series.dtype, pd.CategoricalDtype):
        return [str(c) for c in series.cat.categories]  # labelled scales keep their unchosen points
    return list(value_counts(series))


def _grid_scale(labels: list[list[str]], kinds: list[str]) -> ColumnKind | None:
    """The scale of the whole grid, or None when the items do not share one."""
    union = list(dict.fromkeys(label for item in labels for label in item))
    if not union:
        return None
    for i, first in enumerate(labels):
        for second in labels[i + 1:]:
            if first and second and len(set(first) & set(second)) < MIN_OVERLAP * min(len(first), len(second)):
                return None
    found = scale_of_labels(union)
    if found is not None:
        return found
    if all(re.fullmatch(r"\d{1,2}", label) for label in union):
        numbers = {float(label) for label in union}
        return coded_range(numbers) if max(numbers) <= MAX_SCALE_POINT and len(numbers) >= 2 else None
    if all(kind == "single" for kind in kinds):
        return ColumnKind("single", options=likert_order(union), confidence=0.8)
    return None
