"""The cell between two releases, judged as a released cell of its own (clash.py, cause `answers`).

When the group of one release contains the other's, the figures of both give the counts of the
firms between them exactly (shares × n of each, subtracted). Those counts are judged by the release
module like any released cell: R4 against the colluding peers for categorical answers (per option
for a multi-select), R2 for amounts, and for the percentile ranks of two briefings of one firm
the peers' positions below, at or above its value (R4 again). A cell is only judged where both
releases showed the figure: a figure hidden by R4 in either release cannot be subtracted.

When each group has firms the other lacks, the subtraction gives the difference of two cells'
counts. Both cells are judged, each on its own: if each could be released outright, their
difference tells no more. This errs on the safe side when one of them is small.

Answers come from the survey of the new release. A firm of the earlier release that this survey
lacks (or that has no answer in it) is an unknown: it is assumed to side with the largest answer
of its cell, and the earlier figure is assumed to have been shown.

Counts are taken for all questions of a pair at once; the release module's verdict on a count
vector is remembered, as the same small vectors come back again and again.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Callable, Sequence

import numpy as np

from explorer.core.disclosure.amounts import amount_sensitive
from explorer.core.disclosure.categorical import categorical_verdicts
from explorer.core.disclosure.answer_sheet import CHOICE_KINDS, AnswerSheet
from explorer.core.disclosure.clash import PairCells
from explorer.core.disclosure.ledger_rows import NO_SUBJECT, Coded

ABSENT = -1
POSITIONS = 3  # below, at, above the benchmarked firm's value
VERDICTS_KEPT = 100_000
SHOWN_KEPT = 8192  # earlier releases whose shown figures are kept
_VERDICTS: dict[tuple, tuple[bool, ...]] = {}  # (counts, n, multi) -> shown per option; R4 is a pure function


class DifferenceJudge:
    """Judges the cells between a new release (made from `sheet`'s survey) and earlier ones.

    `keys` names the lineage's question numbers; `shown` keeps, per earlier release (by its row in
    the register), which of its categorical figures were shown: an earlier release is judged
    against many new ones, and its figures do not change while the survey stays the same.
    """

    def __init__(self, sheet: AnswerSheet, rows_of: Callable[[np.ndarray], np.ndarray], keys: Sequence[str],
                 shown: "OrderedDict[int, np.ndarray]") -> None:
        self.sheet = sheet
        self.rows_of = rows_of  # firm numbers of the lineage -> rows of this survey (ABSENT if none)
        self.keys = keys
        self._shown = shown
        self._new_shown: np.ndarray | None = None

    def first_failing(self, new: Coded, old: Coded, union: np.ndarray, cells: PairCells,
                      order: Sequence[tuple[int, str]]) -> str | None:
        """The first question of `order` ((row in `cells`, key) pairs) whose cell would give firms away."""
        rows = self.rows_of(union)
        kinds = self.sheet.questions
        choice = [(at, key) for at, key in order if key in kinds and kinds[key].kind in CHOICE_KINDS]
        failing = set(self._choices_failing(new, old, rows, cells, choice))
        for at, key in order:
            if key in failing:
                return key
            question = kinds.get(key)
            if question is None or question.kind in CHOICE_KINDS:
                continue
            groups = (rows[cells.mine[at]], rows[cells.theirs[at]])
            sides = [rows[side[at]] for side in (cells.only_new, cells.only_old) if side[at].any()]
            answers = self.sheet.answers(key)
            if question.kind == "multi" and _multi_fails(answers, groups, sides):
                return key
            if question.kind == "numeric" and self._numeric_fails(answers.values, new, old, groups, sides):
                return key
        return None

    def _figures_shown(self, coded: Coded) -> np.ndarray:
        """Per question of `coded`: did it show a categorical figure (R4 on its own group)? Figures
        with firms this survey lacks, and questions of other kinds, count as shown."""
        if coded.record < 0 and self._new_shown is not None:
            return self._new_shown
        found = self._shown.get(coded.record) if coded.record >= 0 else None
        if found is None:
            kinds = self.sheet.questions
            keys = [self.keys[q] for q in coded.questions.tolist()]
            choice = [i for i, key in enumerate(keys) if key in kinds and kinds[key].kind in CHOICE_KINDS]
            found = np.ones(len(keys), dtype=bool)
            if choice:
                codes, options = self.sheet.choice_codes([keys[i] for i in choice], self.rows_of(coded.members))
                counts, unknown = _tally(codes, options, coded.answered[choice])
                found[choice] = _distributions_shown(counts, np.zeros_like(unknown), options) | (unknown > 0)
            if coded.record < 0:
                self._new_shown = found
            else:
                self._shown[coded.record] = found
                if len(self._shown) > SHOWN_KEPT:
                    self._shown.popitem(last=False)
        elif coded.record >= 0:
            self._shown.move_to_end(coded.record)
        return found

    # Categorical answers, all questions of a pair at once -----------------------------------------

    def _choices_failing(self, new: Coded, old: Coded, rows: np.ndarray, cells: PairCells,
                         choice: list[tuple[int, str]]) -> list[str]:
        """The categorical questions of `choice` shown by both releases whose cells would give firms away."""
        ats = np.array([at for at, _key in choice], dtype=np.int64)
        if ats.size:
            ats = ats[self._figures_shown(new)[cells.in_new[ats]] & self._figures_shown(old)[cells.in_old[ats]]]
        if not ats.size:
            return []
        involved = np.flatnonzero((cells.only_new[ats] | cells.only_old[ats]).any(axis=0))  # firms between
        named = dict(choice)
        keys = [named[at] for at in ats.tolist()]
        codes, options = self.sheet.choice_codes(keys, rows[involved])
        blocked = np.zeros(ats.size, dtype=bool)
        for side in (cells.only_new, cells.only_old):
            counts, unknown = _tally(codes, options, side[np.ix_(ats, involved)])
            blocked |= ~_distributions_shown(counts, unknown, options)
        return [key for key, fails in zip(keys, blocked) if fails]

    # Numbers --------------------------------------------------------------------------------

    def _numeric_fails(self, values: np.ndarray, new: Coded, old: Coded, groups, sides) -> bool:
        if "export" in (new.kind, old.kind) and _amounts_fail(values, groups, sides):
            return True  # a table or chart may show a mean: n × mean is a sum
        if new.kind == old.kind == "briefing" and new.subject == old.subject != NO_SUBJECT:
            subject_row = int(self.rows_of(np.array([new.subject]))[0])
            reference = values[subject_row] if subject_row != ABSENT else np.nan
            if not np.isnan(reference):  # two percentile ranks of one firm: the peers' positions
                positions = np.where(np.isnan(values), -1, np.sign(values - reference) + 1).astype(np.int64)
                for side in sides:
                    found = positions[side[side != ABSENT]]
                    found = found[found >= 0]
                    counts = tuple(np.bincount(found, minlength=POSITIONS).tolist())
                    if not all(_shown(*_worst_case(counts, int(found.size), int(side.size - found.size)))):
                        return True
        return False  # ranks of different firms, and quartiles, cannot be subtracted into anyone's value


# The release module, asked once per count vector -------------------------------------------------

def _shown(counts: tuple[int, ...], n: int, multi: bool = False) -> tuple[bool, ...]:
    """Per option: may it be shown (R4 against the colluding peers)? An empty cell gives nothing away.
    The verdict is remembered: it depends on the counts alone, and small vectors come back often."""
    if n == 0:
        return (True,) * len(counts)
    key = (counts, n, multi)
    found = _VERDICTS.get(key)
    if found is None:
        verdicts = categorical_verdicts(np.array(counts, dtype=np.int64), n, multi=multi)
        found = tuple(v.shown for v in verdicts)
        if len(_VERDICTS) > VERDICTS_KEPT:
            _VERDICTS.clear()
        _VERDICTS[key] = found
    return found


def _worst_case(counts: tuple[int, ...], n: int, unknown: int, multi: bool = False) -> tuple[tuple[int, ...], int]:
    """The counts with the unknown firms put where they give most away."""
    if not unknown:
        return counts, n
    if multi:  # per option, with its majority (ticked or not)
        return tuple(c + unknown if 2 * c >= n else c for c in counts), n + unknown
    top = counts.index(max(counts))  # all with the most common answer
    return counts[:top] + (counts[top] + unknown,) + counts[top + 1:], n + unknown


def _distributions_shown(counts: np.ndarray, unknown: np.ndarray, options: np.ndarray) -> np.ndarray:
    """Per question (row): may its whole distribution be shown? An empty cell may. Unknown firms
    all gave the most common answer."""
    counts = counts.copy()
    counts[np.arange(counts.shape[0]), np.argmax(counts, axis=1)] += unknown
    verdicts = [all(_shown(tuple(row[:width]), sum(row))) for row, width in zip(counts.tolist(), options.tolist())]
    return np.array(verdicts, dtype=bool)


# Multi-select: every option is a yes/no of its own ---------------------------------------------------

def _multi_fails(answers, groups, sides) -> bool:
    def shown_in(rows: np.ndarray) -> np.ndarray:
        counts, n, unknown = _ticks(answers, rows)
        if unknown:
            return np.ones(len(counts), dtype=bool)  # the earlier figure may well have been shown
        return np.array(_shown(counts, n, multi=True))

    def blocked_in(rows: np.ndarray) -> np.ndarray:
        return ~np.array(_shown(*_worst_case(*_ticks(answers, rows), multi=True), multi=True))

    shown = shown_in(groups[0]) & shown_in(groups[1])
    return any((shown & blocked_in(side)).any() for side in sides)


def _tally(codes: np.ndarray, options: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per question: answer counts of the firms in `mask`, and how many of them have no answer here."""
    width = max(int(options.max()), 1)
    slots = np.arange(codes.shape[0])[:, None] * (width + 1) + codes.astype(np.int64) + 1  # slot 0: no answer
    table = np.bincount(slots[mask], minlength=codes.shape[0] * (width + 1)).reshape(codes.shape[0], width + 1)
    return table[:, 1:], table[:, 0]


def _ticks(answers, rows: np.ndarray) -> tuple[tuple[int, ...], int, int]:
    known = rows[rows != ABSENT]
    known = known[answers.answered[known]]
    return tuple(answers.ticked[known].sum(axis=0).tolist()), int(known.size), int(rows.size - known.size)


def _amounts_fail(values: np.ndarray, groups, sides) -> bool:
    def amounts(rows: np.ndarray) -> tuple[np.ndarray, int]:
        found = values[rows[rows != ABSENT]]
        found = found[~np.isnan(found)]
        return found, int(rows.size - found.size)

    def shown(rows: np.ndarray) -> bool:
        found, unknown = amounts(rows)
        return bool(unknown) or amount_sensitive(found).shown

    def blocked(rows: np.ndarray) -> bool:
        found, unknown = amounts(rows)
        return bool(unknown) or amount_sensitive(found).suppressed  # an unknown amount cannot be judged

    return all(shown(group) for group in groups) and any(blocked(side) for side in sides)
