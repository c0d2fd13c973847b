"""A grid of statements answered on one scale, summarised together: per statement the shares of
each scale point, the top-box share (the two most agreeing points; the top one on a scale of three
points or fewer) with its interval, and the mean score with its standard deviation.

The grid comes from detection (`Question.grid`, set when the statements' columns share a question
or a stem and one scale, core/survey/grids.py). Each statement's shares are `summarize` of that
statement for the selection, so filters, weights and the base (who answered that statement) are
as everywhere; answers outside the scale ("weet niet") are not in the base. The mean scores the
scale points 1, 2, … in scale order.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explorer.core.errors import InputError
from explorer.core.labels import fold
from explorer.core.stats import numeric_summary, wilson_interval
from explorer.core.survey.filters import FilterSpec, filter_mask
from explorer.core.survey.model import Question
from explorer.core.survey.summary import Summary, summarize

GRID_KINDS = ("likert",)
MIN_STATEMENTS = 2
SMALL_SCALE = 3          # up to this many points the top box is the top point alone


@dataclass(frozen=True)
class Grid:
    key: str                         # the question over the statements, as detected
    options: tuple[str, ...]         # the scale, from disagreement to agreement
    items: tuple[Question, ...]

    @property
    def label(self) -> str:
        return self.key

    @property
    def top_options(self) -> tuple[str, ...]:
        return self.options[-2:] if len(self.options) > SMALL_SCALE else self.options[-1:]

    def statement(self, question: Question) -> str:
        """The statement's own words: its label without the grid's question."""
        label = question.label
        if label.startswith(self.key) and len(label) > len(self.key):
            rest = label[len(self.key):].lstrip(" -–:")
            return rest or label
        return label

    def to_json(self) -> dict:
        return {"key": self.key, "label": self.label, "options": list(self.options),
                "statements": [{"key": q.key, "statement": self.statement(q)} for q in self.items]}


def find_grids(survey) -> tuple[Grid, ...]:
    """The survey's grids: two or more Likert statements with one grid title and one scale."""
    found: dict[tuple[str, tuple[str, ...]], list[Question]] = {}
    for question in survey.questions:
        if question.grid and question.kind in GRID_KINDS and len(question.columns) == 1:
            found.setdefault((question.grid, question.options), []).append(question)
    grids = [Grid(key, options, tuple(items)) for (key, options), items in found.items()
             if len(items) >= MIN_STATEMENTS]
    return tuple(grids)


def find_grid(survey, key: str) -> Grid | None:
    """The grid called `key` (its title, or the title folded), or None."""
    grids = find_grids(survey)
    exact = [g for g in grids if g.key == key]
    if exact:
        return exact[0]
    folded = [g for g in grids if fold(g.key) == fold(key)]
    return folded[0] if len(folded) == 1 else None


@dataclass(frozen=True)
class Statement:
    question: Question
    text: str
    summary: Summary                     # the statement's shares for the selection
    top: float                           # the top-box share (weighted when weighted)
    top_ci: tuple[float, float]
    mean: float                          # mean score, scale points counted 1, 2, …
    sd: float

    @property
    def n(self) -> int:
        return self.summary.total.n

    @property
    def n_eff(self) -> float:
        return self.summary.total.n_eff

    def to_json(self, top_options: tuple[str, ...]) -> dict:
        total = self.summary.total.to_json()
        return {"key": self.question.key, "statement": self.text, "n": total["n"], "n_eff": total["n_eff"],
                "shares": total["shares"], "ci": total["ci"], "top_box": _clean(self.top),
                "top_box_ci": [_clean(self.top_ci[0]), _clean(self.top_ci[1])], "mean": _clean(self.mean),
                "sd": _clean(self.sd)}


@dataclass(frozen=True)
class GridSummary:
    grid: Grid
    statements: tuple[Statement, ...]
    filters: FilterSpec
    scheme: str
    weighted: bool
    firms_selected: int
    firms_total: int

    @property
    def options(self) -> tuple[str, ...]:
        return self.grid.options

    def by_agreement(self) -> tuple[Statement, ...]:
        """The statements, most agreed first: by top-box share, then by mean score (no answers last)."""
        def key(statement: Statement):
            top = statement.top if np.isfinite(statement.top) else -1.0
            mean = statement.mean if np.isfinite(statement.mean) else -1.0
            return (-top, -mean)

        return tuple(sorted(self.statements, key=key))

    def to_json(self) -> dict:
        top = self.grid.top_options
        return {"grid": self.grid.key, "kind": "grid", "options": list(self.options), "top_box": list(top),
                "weighted": self.weighted, "filters": self.filters.to_texts(), "size_scheme": self.scheme,
                "firms_selected": self.firms_selected, "firms_total": self.firms_total,
                "statements": [s.to_json(top) for s in self.statements],
                "by_agreement": [s.question.key for s in self.by_agreement()]}


def grid_summary(survey, key: str, scheme: str = "eu", filters: FilterSpec | None = None,
                 weighted: bool = False) -> GridSummary:
    """Every statement of the grid `key` for the filtered firms."""
    grid = find_grid(survey, key)
    if grid is None:
        raise InputError("error.grid.unknown", grid=key)
    filters = filters or FilterSpec()
    selected = filter_mask(survey, filters, scheme)
    weights = survey.weights() if weighted else None
    statements = []
    for question in grid.items:
        summary = summarize(survey, question.key, scheme=scheme, filters=filters, weighted=weighted,
                            question=question)
        statements.append(_statement(survey, grid, question, summary, selected, weights))
    return GridSummary(grid=grid, statements=tuple(statements), filters=filters, scheme=scheme,
                       weighted=weighted, firms_selected=int(selected.sum()), firms_total=survey.size)


def _statement(survey, grid: Grid, question: Question, summary: Summary, selected: np.ndarray,
               weights: np.ndarray | None) -> Statement:
    total = summary.total
    top_options = grid.top_options
    top = float(sum(total.shares.get(o, np.nan) for o in top_options)) if total.n else float("nan")
    top_ci = wilson_interval(top * total.n_eff, total.n_eff) if total.n else (float("nan"), float("nan"))
    codes = survey.answers(question).codes
    answered = selected & (codes >= 0)
    scores = numeric_summary((codes[answered] + 1).astype(float), weights[answered] if weights is not None else None)
    return Statement(question=question, text=grid.statement(question), summary=summary, top=top,
                     top_ci=top_ci, mean=scores.mean, sd=scores.sd)


def _clean(value: float) -> float | None:
    return None if value is None or not np.isfinite(value) else float(value)
