"""Repeated surveys: rounds in time order, answers and firms told apart, who answered which round.

A row is one answer. When the survey has a round column (role `wave`), the answers fall into
rounds, ordered in time where the labels allow it (rounds.py). When it also has an id column, a
firm is an id: the survey is a panel when some firm answered in more than one round. A firm that
answered twice within one round stays two answers (the survey's duplicate-id warning says so);
it is never paired with itself across rounds by a test of change. Rows without an id are firms
of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from explorer.core.labels import answer_text
from explorer.core.survey.rounds import order_rounds


@dataclass(frozen=True)
class RoundCount:
    label: str
    answers: int
    firms: int


@dataclass(frozen=True)
class PanelCounts:
    """Answers, firms and rounds of a selection (or of the whole survey)."""

    answers: int
    firms: int
    rounds: int
    per_round: tuple[RoundCount, ...]
    has_ids: bool

    def to_json(self) -> dict:
        return {"answers": self.answers, "firms": self.firms, "rounds": self.rounds,
                "per_round": [{"round": r.label, "answers": r.answers, "firms": r.firms} for r in self.per_round]}


@dataclass(frozen=True, eq=False)
class Panel:
    """The rounds of a survey and the firm behind each answer. Built once per survey, never changed.

    `round_of_row`: the round of each row as an index into `rounds` (-1 where the round is empty);
    `firm_of_row`: the firm of each row (0..firms-1).
    """

    rounds: tuple[str, ...]
    ordered_by: str
    round_of_row: np.ndarray
    firm_of_row: np.ndarray
    has_ids: bool

    @property
    def answers(self) -> int:
        return int(self.round_of_row.size)

    @cached_property
    def firms(self) -> int:
        return int(self.firm_of_row.max()) + 1 if self.firm_of_row.size else 0

    @cached_property
    def _answer_pairs(self) -> np.ndarray:
        """(firm, round) codes of every row with a round, as firm * R + round."""
        in_round = self.round_of_row >= 0
        return self.firm_of_row[in_round].astype(np.int64) * len(self.rounds) + self.round_of_row[in_round]

    @cached_property
    def is_panel(self) -> bool:
        """Some firm answered in two or more rounds."""
        if not self.has_ids or len(self.rounds) < 2:
            return False
        firms = np.unique(self._answer_pairs) // len(self.rounds)
        return bool(firms.size and np.unique(firms).size < firms.size)

    @cached_property
    def firm_rounds(self) -> tuple[tuple[int, ...], ...]:
        """The rounds each firm answered in (indices into `rounds`, in time order)."""
        per_firm: list[list[int]] = [[] for _ in range(self.firms)]
        for code in np.unique(self._answer_pairs).tolist():
            per_firm[code // len(self.rounds)].append(code % len(self.rounds))
        return tuple(tuple(r) for r in per_firm)

    @cached_property
    def firms_in_every_round(self) -> int:
        every = len(self.rounds)
        return sum(1 for rounds in self.firm_rounds if len(rounds) == every) if every else 0

    def rounds_of_row(self, row: int) -> tuple[str, ...]:
        """The labels of the rounds in which the firm of `row` answered."""
        return tuple(self.rounds[r] for r in self.firm_rounds[int(self.firm_of_row[row])])

    def counts(self, mask: np.ndarray | None = None) -> PanelCounts:
        """Answers, firms and rounds among the rows in `mask` (all rows when None)."""
        return self._all_counts if mask is None else self._counts(mask)

    @cached_property
    def _all_counts(self) -> PanelCounts:
        return self._counts(None)

    def _counts(self, mask: np.ndarray | None) -> PanelCounts:
        firm, rnd = self.firm_of_row, self.round_of_row
        if mask is not None:
            firm, rnd = firm[mask], rnd[mask]
        n_rounds = len(self.rounds)
        in_round = rnd >= 0
        answers = np.bincount(rnd[in_round], minlength=n_rounds)
        # Presence of each (firm, round) as a firms × rounds table: counting, not sorting (filter clicks).
        present = np.bincount(firm[in_round] * n_rounds + rnd[in_round], minlength=self.firms * n_rounds) > 0
        firms = np.bincount(np.flatnonzero(present) % n_rounds, minlength=n_rounds) if n_rounds else answers
        per_round = tuple(RoundCount(label, int(a), int(f)) for label, a, f in zip(self.rounds, answers, firms))
        return PanelCounts(answers=int(firm.size), firms=int(np.count_nonzero(np.bincount(firm, minlength=1))),
                           rounds=int(np.count_nonzero(answers)), per_round=per_round, has_ids=self.has_ids)

    def paired_rows(self, first: int, second: int, mask: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Rows of the firms that answered once in round `first` and once in round `second`, in the
        same firm order (rows outside `mask` do not count as answers)."""
        rows = np.arange(self.answers)
        if mask is not None:
            rows = rows[mask]
        found = []
        for round_index in (first, second):
            in_round = rows[self.round_of_row[rows] == round_index]
            firms = self.firm_of_row[in_round]
            unique, counts = np.unique(firms, return_counts=True)
            once = unique[counts == 1]  # a firm with two answers in one round is not paired
            keep = np.isin(firms, once)
            found.append(pd.Series(in_round[keep], index=firms[keep]))
        common = found[0].index.intersection(found[1].index)
        return found[0].loc[common].to_numpy(), found[1].loc[common].to_numpy()


def build_panel(frame: pd.DataFrame, id_column: str | None, wave_column: str | None) -> Panel | None:
    """The survey's rounds and firms, or None when it has no round column."""
    if wave_column is None or wave_column not in frame.columns:
        return None
    round_codes, labels, values = _round_codes(frame[wave_column])
    order, ordered_by = order_rounds(labels, values)
    position = np.empty(len(order) + 1, dtype=np.int64)
    position[list(order)] = np.arange(len(order))
    position[-1] = -1  # code -1 (no round) stays -1
    round_of_row = position[round_codes]
    has_ids = id_column is not None and id_column in frame.columns
    if has_ids:
        firm_of_row = _firm_codes(frame[id_column])
        missing = firm_of_row < 0
        firm_of_row[missing] = firm_of_row.max(initial=-1) + 1 + np.arange(int(missing.sum()))
    else:
        firm_of_row = np.arange(len(frame))
    return Panel(rounds=tuple(labels[i] for i in order), ordered_by=ordered_by, round_of_row=round_of_row,
                 firm_of_row=firm_of_row.astype(np.int64), has_ids=has_ids)


def _firm_codes(ids: pd.Series) -> np.ndarray:
    """One code per distinct id as text (3 and 3.0 and " 3" are one firm), -1 where there is none."""
    codes, uniques = pd.factorize(ids.astype("object"), sort=False)
    texts = [answer_text(v).strip() for v in uniques]
    text_codes, _ = pd.factorize(pd.Series([t or None for t in texts], dtype="object"), sort=False)
    return np.where(codes >= 0, text_codes[np.maximum(codes, 0)] if len(texts) else -1, -1)


def _round_codes(series: pd.Series) -> tuple[np.ndarray, list[str], list[object]]:
    """Per row the index of its round label (in order of first appearance, -1 for none), the
    labels as the survey shows them, and one cell value per label."""
    codes, uniques = pd.factorize(series.astype("object"), sort=False)
    labels: list[str] = []
    values: list[object] = []
    index_of: dict[str, int] = {}
    remap = np.empty(len(uniques), dtype=np.int64)
    for i, value in enumerate(uniques):
        label = answer_text(value)
        if label not in index_of:  # 3 and 3.0 are one round
            index_of[label] = len(labels)
            labels.append(label)
            values.append(value)
        remap[i] = index_of[label]
    return np.where(codes >= 0, remap[np.maximum(codes, 0)] if len(remap) else -1, -1), labels, values
