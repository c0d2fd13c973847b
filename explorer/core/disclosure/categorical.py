"""R4: shares of a categorical question that would let the intruder work out a peer's answer.

Published counts (or shares together with n) say how many firms gave each answer, never which.
The colluders (`intruder.COLLUDING_PEERS`) subtract their own answers and know how the other
firms' answers are spread. They pin a particular other firm down only when all of those gave the
same answer, i.e. when one option holds at least n − k answers (k colluders).

Single choice / yes-no / Likert: once one option holds n − k or more, the whole distribution goes
(shares sum to 1, so the small options carry the same information). A count of 0 is otherwise
fine: "no peer chose C" says nobody's actual answer while the answers are spread over two or more
other options.

Multi-select: each option is its own yes/no question (ticked / not ticked), judged alone.
"""

from __future__ import annotations

import numpy as np

from explorer.core.disclosure.intruder import colluders_in
from explorer.core.disclosure.verdict import SHOWN, Reason, Verdict


def categorical_verdicts(counts: np.ndarray, n: int, multi: bool = False) -> tuple[Verdict, ...]:
    """One Verdict per option of a categorical question answered by `n` firms (unweighted counts)."""
    counts = np.asarray(counts)
    if counts.ndim != 1 or (counts.size and not np.issubdtype(counts.dtype, np.integer)):
        raise ValueError("counts must be a one-dimensional integer array")
    if n < 0 or np.any(counts < 0) or np.any(counts > n):
        raise ValueError("counts must lie between 0 and n")
    if not multi and int(counts.sum()) != n:
        raise ValueError("counts of a single-choice question must sum to n")
    if n == 0:
        return (Verdict.suppress(Reason.NO_DATA),) * counts.size
    threshold = n - colluders_in(n)  # one option holding this many answers pins down the others
    blocked = Verdict.suppress(Reason.ALL_OR_ALL_BUT_ONE)
    if multi:
        same_answer = np.maximum(counts, n - counts)
        return tuple(blocked if held >= threshold else SHOWN for held in same_answer)
    if counts.size and int(counts.max()) >= threshold:
        return (blocked,) * counts.size
    return (SHOWN,) * counts.size
