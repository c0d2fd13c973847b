"""Which tested changes between rounds may be marked on a figure that leaves the app.

A mark says "this change is more than chance". It may go out only where both shares it joins go
out (`release_summary`): a mark between a shown and a withheld share would hint at the withheld
one. A two-proportion test is then a function of released figures (two shares and their n), so
it tells nothing new. McNemar's test rests on the firms that answered both rounds and on how many
of them moved: the firms it rests on must form a group of at least the minimum size, and their
moves (yes→yes, yes→no, no→yes, no→no) pass R4 as a four-answer question: when all of them, or
all but the colluders, fell in one cell, a significant result would tell each firm's pair of
answers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explorer.core.disclosure.categorical import categorical_verdicts
from explorer.core.disclosure.min_peers import clamp_min_peers
from explorer.core.disclosure.tables import release_summary
from explorer.core.disclosure.verdict import SHOWN, Reason, Verdict


@dataclass(frozen=True)
class ReleasedChange:
    """One change as it may leave the app: its mark, or the verdict that withholds it."""

    option: str
    first: str
    second: str
    test: str | None
    significant: bool
    verdict: Verdict


def release_changes(trend, min_peers: int | None = None) -> tuple[ReleasedChange, ...]:
    """The changes of a `Trend` (core/survey/trend.py) that may be marked on an exported figure."""
    required = clamp_min_peers(min_peers)
    released = release_summary(trend.summary, required)
    out = []
    for change in trend.changes:
        verdict = _verdict(change, released, required)
        significant = verdict.shown and change.significant
        out.append(ReleasedChange(change.option, change.first, change.second,
                                  change.test.test if change.test is not None else None, significant, verdict))
    return tuple(out)


def _verdict(change, released, required: int) -> Verdict:
    for group in (change.first, change.second):
        shown = released.verdict(group, change.option)
        if shown.suppressed:
            return Verdict.suppress(Reason.SECONDARY)
    test = change.test
    if test is None:
        return Verdict.suppress(Reason.NO_DATA)
    if test.stayed is None:  # two independent rounds: the test follows from the released figures
        return SHOWN
    if test.firms < required:
        return Verdict.suppress(Reason.TOO_FEW_PEERS, min_peers=required)
    moves = np.array([test.stayed[0], test.changed[1], test.changed[0], test.stayed[1]], dtype=np.int64)
    verdicts = categorical_verdicts(moves, int(moves.sum()))
    return verdicts[0] if verdicts[0].suppressed else SHOWN
