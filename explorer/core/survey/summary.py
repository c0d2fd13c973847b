"""Shares per option, per group, with the base, intervals and weights that make them honest."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from explorer.core.errors import InputError
from explorer.core.stats import NumericSummary, choice_shares, multi_shares, numeric_summary
from explorer.core.survey.filters import FilterSpec, filter_mask
from explorer.core.survey.model import Question
from explorer.core.survey.panel import PanelCounts

TOTAL = "total"


@dataclass(frozen=True)
class GroupResult:
    group: str
    n: int                      # respondents in the base (answered the question)
    n_eff: float
    firms: int                  # firms in the group after filtering, answered or not
    shares: dict[str, float] = field(default_factory=dict)
    ci: dict[str, tuple[float, float]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    numeric: NumericSummary | None = None
    top_weight_share: float = 0.0  # the largest respondent's share of the group's weight

    def to_json(self) -> dict:
        data = {"group": self.group, "n": self.n, "n_eff": _clean(self.n_eff),
                "shares": {k: _clean(v) for k, v in self.shares.items()},
                "ci": {k: [_clean(lo), _clean(hi)] for k, (lo, hi) in self.ci.items()}}
        if self.numeric is not None:
            data["summary"] = {"n": self.numeric.n, "mean": _clean(self.numeric.mean),
                               "sd": _clean(self.numeric.sd), "median": _clean(self.numeric.median),
                               "q1": _clean(self.numeric.q1), "q3": _clean(self.numeric.q3)}
        return data


@dataclass(frozen=True)
class Summary:
    question: Question
    by: str | None
    weighted: bool
    scheme: str
    filters: FilterSpec
    options: tuple[str, ...]
    groups: tuple[GroupResult, ...]
    total: GroupResult
    firms_selected: int            # answers (rows) selected: one per firm unless the survey has rounds
    firms_total: int
    rounds: PanelCounts | None = None  # the selection's answers, firms and rounds (surveys asked in rounds)
    # Answers in the base given by a firm that already answered in another round of the selection:
    # the groups then hold answers of one firm more than once, which the crosstab's tests cannot take.
    repeated_firms: int = 0
    # A split by a multi-select question: a firm that ticked several options is in several groups.
    overlapping_groups: bool = False

    @cached_property
    def tests(self):
        """Which groups differ (core/survey/significance.py), computed on first use. What of it may
        leave the app is `release_summary(...).tests`."""
        from explorer.core.survey.significance import crosstab_tests

        return crosstab_tests(self)

    def to_json(self) -> dict:
        data = {"question": self.question.key, "kind": self.question.kind, "by": self.by, "weighted": self.weighted,
                "groups": [g.to_json() for g in self.groups], "total": self.total.to_json(),
                "filters": self.filters.to_texts(), "size_scheme": self.scheme,
                "firms_selected": self.firms_selected, "firms_total": self.firms_total}
        if self.rounds is not None:
            data["selected"] = {"answers": self.rounds.answers, "firms": self.rounds.firms,
                                "rounds": self.rounds.rounds}
        if self.overlapping_groups:
            data["overlapping_groups"] = True
        data["tests"] = self.tests.to_json(self) if self.by else None
        return data


def _clean(value: float) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)


def _share_group(name: str, question: Question, result, firms: int) -> GroupResult:
    options = question.options
    return GroupResult(
        group=name, n=int(result.n), n_eff=float(result.n_eff), firms=firms,
        shares={o: float(result.shares[i]) for i, o in enumerate(options)},
        ci={o: (float(result.ci_low[i]), float(result.ci_high[i])) for i, o in enumerate(options)},
        counts={o: int(result.counts[i]) for i, o in enumerate(options)},
        top_weight_share=float(result.top_weight_share),
    )


class Answers:
    """The question's answers in array form, computed once and sliced per group."""

    def __init__(self, survey, question: Question) -> None:
        self.question = question
        if question.kind == "multi":
            self.ticked, self.answered = survey.ticks(question)
        elif question.kind == "numeric":
            self.values = survey.numeric_values(question)
        elif question.kind == "text":
            raise InputError("error.survey.free_text", key=question.key)
        else:
            self.codes = survey.choice_codes(question)

    def group(self, name: str, mask: np.ndarray, weights: np.ndarray | None) -> GroupResult:
        firms = int(mask.sum())
        w = weights[mask] if weights is not None else None
        if self.question.kind == "multi":
            result = multi_shares(self.ticked[mask], self.answered[mask], w)
            return _share_group(name, self.question, result, firms)
        if self.question.kind == "numeric":
            summary = numeric_summary(self.values[mask], w)
            return GroupResult(group=name, n=int(summary.n), n_eff=float(summary.n_eff), firms=firms, numeric=summary,
                               top_weight_share=float(summary.top_weight_share))
        result = choice_shares(self.codes[mask], len(self.question.options), w)
        return _share_group(name, self.question, result, firms)

    def answered_mask(self) -> np.ndarray:
        """Rows that answered the question (the base of its shares, before weights)."""
        if self.question.kind == "multi":
            return np.asarray(self.answered, dtype=bool)
        if self.question.kind == "numeric":
            return np.isfinite(self.values)
        return self.codes >= 0


def summarize(survey, key: str, by: str | None = None, scheme: str = "eu", filters: FilterSpec | None = None,
              weighted: bool = False, question: Question | None = None) -> Summary:
    """Shares of one question for the filtered firms, overall and per group of `by`."""
    question = question or survey.question(key)
    filters = filters or FilterSpec()
    selected = filter_mask(survey, filters, scheme)
    weights = survey.weights() if weighted else None
    answers = survey.answers(question)
    groups, overlapping = _groups_of(survey, selected, by, scheme)
    groups = tuple(answers.group(name, mask, weights) for name, mask in groups)
    total = answers.group(TOTAL, selected, weights)
    return Summary(question=question, by=by, weighted=weighted, scheme=scheme, filters=filters,
                   options=question.options, groups=groups, total=total,
                   firms_selected=int(selected.sum()), firms_total=survey.size,
                   rounds=survey.selection_counts((filters, scheme), selected),
                   repeated_firms=_repeated_firms(survey, answers, selected), overlapping_groups=overlapping)


def _repeated_firms(survey, answers: Answers, selected: np.ndarray) -> int:
    """Answers in the base beyond the first of each firm (0 unless the survey follows firms across rounds)."""
    panel = survey.panel
    if panel is None or not panel.is_panel:
        return 0
    firms = panel.firm_of_row[selected & answers.answered_mask()]
    return int(firms.size - np.count_nonzero(np.bincount(firms, minlength=1)))


def _groups_of(survey, selected: np.ndarray, by: str | None, scheme: str) -> tuple[list[tuple[str, np.ndarray]], bool]:
    """The non-empty groups of `by` within the selected firms, as (name, mask) in the split's order, and
    whether a firm can be in more than one of them (a split by the options of a multi-select)."""
    if not by:
        return [], False
    split = survey.split_groups(by, scheme)
    found = [(label, selected & group) for label, group in zip(split.labels, split.masks)]
    return [(label, mask) for label, mask in found if mask.any()], split.overlapping


def split_masks(survey, selected: np.ndarray, by: str | None, scheme: str = "eu") -> list[tuple[str, np.ndarray]]:
    """The non-empty groups of `by` within the selected firms, as (name, mask), in the split's order."""
    return _groups_of(survey, selected, by, scheme)[0]


def summary_masks(survey, summary: Summary) -> list[tuple[str, np.ndarray]]:
    """The firms behind each column of a summary, as (name, mask): its groups, then the total."""
    selected = filter_mask(survey, summary.filters, summary.scheme)
    return [*split_masks(survey, selected, summary.by, summary.scheme), (TOTAL, selected)]
