"""Change over time: a question's shares per round, and whether each change is more than chance.

The shares per round are `summarize(..., by="wave")` (rounds in time order, filters and weights
as everywhere). Between consecutive rounds that asked the question, and between the first and the
last of them, each option's change is tested: McNemar's test on the firms that answered both
rounds when the survey is a panel and such firms are in the selection, otherwise a two-proportion
test (core/stats/change.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from explorer.core.errors import InputError
from explorer.core.stats.change import ChangeTest, mcnemar_test, two_proportion_test
from explorer.core.survey.filters import FilterSpec, filter_mask
from explorer.core.survey.summary import GroupResult, Summary, summarize

WAVE = "wave"


@dataclass(frozen=True)
class Change:
    option: str
    first: str            # the earlier round
    second: str           # the later round
    share_first: float
    share_second: float
    test: ChangeTest | None

    @property
    def significant(self) -> bool:
        return self.test is not None and self.test.significant

    def to_json(self) -> dict:
        data = {"option": self.option, "from": self.first, "to": self.second,
                "share_from": _clean(self.share_first), "share_to": _clean(self.share_second)}
        data.update(self.test.to_json() if self.test is not None else {"test": None})
        return data


@dataclass(frozen=True)
class Trend:
    """Shares per round (`summary.groups`, in time order) and the tested changes between rounds."""

    summary: Summary
    rounds: tuple[str, ...]           # the rounds that asked the question, in time order
    changes: tuple[Change, ...]
    panel: bool                       # firms could be followed across rounds

    def changes_json(self) -> list[dict]:
        return [change.to_json() for change in self.changes]


def _clean(value: float) -> float | None:
    return None if value is None or math.isnan(value) else float(value)


def round_pairs(rounds: tuple[str, ...]) -> list[tuple[int, int]]:
    """Consecutive rounds, then the first against the last when there are three or more."""
    pairs = [(i, i + 1) for i in range(len(rounds) - 1)]
    if len(rounds) >= 3:
        pairs.append((0, len(rounds) - 1))
    return pairs


def trend(survey, key: str, scheme: str = "eu", filters: FilterSpec | None = None, weighted: bool = False,
          question=None, summary: Summary | None = None) -> Trend:
    """The trend of one question over the survey's rounds (a survey without rounds is refused)."""
    if survey.panel is None:
        raise InputError("error.survey.no_wave")
    question = question or survey.question(key)
    filters = filters or FilterSpec()
    summary = summary or summarize(survey, key, by=WAVE, scheme=scheme, filters=filters, weighted=weighted,
                                   question=question)
    asked = [g for g in summary.groups if g.n > 0]
    rounds = tuple(g.group for g in asked)
    changes: list[Change] = []
    if question.kind != "numeric" and len(asked) >= 2:
        selected = filter_mask(survey, filters, scheme)
        chosen = _chosen_matrix(survey.answers(question))
        for a, b in round_pairs(rounds):
            changes.extend(_changes(survey, summary, asked[a], asked[b], chosen, selected))
    return Trend(summary=summary, rounds=rounds, changes=tuple(changes), panel=bool(survey.panel.is_panel))


def _chosen_matrix(answers) -> tuple[np.ndarray, np.ndarray]:
    """(gave option: rows × options, answered: rows) from a question's answer arrays."""
    if answers.question.kind == "multi":
        return np.asarray(answers.ticked, dtype=bool), np.asarray(answers.answered, dtype=bool)
    codes = answers.codes
    options = len(answers.question.options)
    chosen = codes[:, None] == np.arange(options)[None, :]
    return chosen, codes >= 0


def _changes(survey, summary: Summary, first: GroupResult, second: GroupResult, chosen, selected) -> list[Change]:
    panel = survey.panel
    index = {label: i for i, label in enumerate(panel.rounds)}
    gave, answered = chosen
    rows_a, rows_b = (np.empty(0, dtype=np.int64),) * 2
    if panel.is_panel:
        rows_a, rows_b = panel.paired_rows(index[first.group], index[second.group], selected)
        both = answered[rows_a] & answered[rows_b]
        rows_a, rows_b = rows_a[both], rows_b[both]
    changes = []
    for column, option in enumerate(summary.options):
        if rows_a.size:
            test = mcnemar_test(gave[rows_a, column], gave[rows_b, column])
        else:
            test = _independent_test(summary, first, second, option)
        changes.append(Change(option, first.group, second.group, first.shares[option], second.shares[option], test))
    return changes


def _independent_test(summary: Summary, first: GroupResult, second: GroupResult, option: str) -> ChangeTest | None:
    if summary.weighted:
        successes = (first.shares[option] * first.n_eff, second.shares[option] * second.n_eff)
        return two_proportion_test(successes, (first.n_eff, second.n_eff), weighted=True, firms=first.n + second.n)
    return two_proportion_test((first.counts[option], second.counts[option]), (first.n, second.n))
