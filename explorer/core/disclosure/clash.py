"""When two releases of one lineage may not both leave the app.

Subtracting the figures of two groups gives the figures of the firms in one and not the other:
50 % of 6 and 57 % of 7 say that the seventh firm answered yes. So the cell that tells two
releases apart is a released cell of its own, judged question by question:

1. it must not hold 1 to threshold−1 firms (R1's size; the threshold is the release's minimum, never
   below the default 5): `few`;
2. when it is larger, its answers must pass what any released cell must pass, asked of the release
   module (R4 against the colluding peers, R2 for amounts): `answers` (difference.py). Five firms
   apart of which two collude and three gave the same answer give those three away.

The benchmarked firms of the two releases do not count: each briefing states its own firm's
answers, so its readers know them already. That is why the briefings of one benchmark club (peers
of A = club minus A, peers of B = club minus B) both go through, while a second briefing of A with
one firm more does not. Groups are compared per question because item non-response makes the
firms behind a figure differ from the peer group; questions on which the two groups share no firm
cannot be subtracted and are not compared.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, Sequence

import numpy as np

from explorer.core.disclosure.ledger_rows import NO_SUBJECT, Coded

FEW = "few"          # the cell between the groups is 1..threshold-1 firms
ANSWERS = "answers"  # the cell is larger, but its answers would give firms away


@dataclass(frozen=True)
class Clash:
    """Why two releases clash: on which question, how many firms tell them apart, and the cause."""

    question: str
    differing: int
    cause: str


class CellJudge(Protocol):
    def first_failing(self, new: Coded, old: Coded, union: np.ndarray, cells: "PairCells",
                      order: Sequence[tuple[int, str]]) -> str | None:
        """The first question of `order` ((row in `cells`, key) pairs) whose cell gives firms away."""


@dataclass(frozen=True)
class PairCells:
    """Two releases laid over the firms of both (`union`), one row per shared question.

    `mine`/`theirs`: the firms behind each release's figure of the question; `only_new`/`only_old`:
    the cell between them, the benchmarked firms of both left out; `in_new`/`in_old`: where each
    shared question sits among the questions of either release.
    """

    mine: np.ndarray
    theirs: np.ndarray
    only_new: np.ndarray
    only_old: np.ndarray
    in_new: np.ndarray
    in_old: np.ndarray

    @property
    def differing(self) -> np.ndarray:
        return self.only_new.sum(axis=1) + self.only_old.sum(axis=1)

    @property
    def subtractable(self) -> np.ndarray:
        return (self.mine & self.theirs).any(axis=1)


def clash(new: Coded, old: Coded, keys: Sequence[str], judge: CellJudge | None = None) -> Clash | None:
    """The first clash of `new` with `old` in question-key order, or None.

    `keys` names the lineage's question numbers; `judge` weighs the answers of a cell of five or
    more firms (without one, only the cell's size is judged).
    """
    shared, in_new, in_old = np.intersect1d(new.questions, old.questions, assume_unique=True, return_indices=True)
    if not shared.size:
        return None
    union = np.union1d(new.members, old.members)
    cells = _lay_over(new, old, union, in_new, in_old)
    differing = cells.differing
    compared = cells.subtractable & (differing > 0)
    order = sorted(np.flatnonzero(compared).tolist(), key=lambda at: keys[int(shared[at])])
    threshold = new.threshold
    for at in order:
        if differing[at] < threshold:
            return Clash(keys[int(shared[at])], int(differing[at]), FEW)
    if judge is not None and order:
        named = [(at, keys[int(shared[at])]) for at in order]
        failing = judge.first_failing(new, old, union, cells, named)
        if failing is not None:
            at = next(at for at, key in named if key == failing)
            return Clash(failing, int(differing[at]), ANSWERS)
    return None


def _lay_over(new: Coded, old: Coded, union: np.ndarray, in_new: np.ndarray, in_old: np.ndarray) -> PairCells:
    mine = np.zeros((in_new.size, union.size), dtype=bool)
    theirs = np.zeros_like(mine)
    mine[:, np.searchsorted(union, new.members)] = new.answered[in_new]
    theirs[:, np.searchsorted(union, old.members)] = old.answered[in_old]
    known = np.isin(union, [s for s in (new.subject, old.subject) if s != NO_SUBJECT])
    return PairCells(mine, theirs, mine & ~theirs & ~known, theirs & ~mine & ~known, in_new, in_old)
