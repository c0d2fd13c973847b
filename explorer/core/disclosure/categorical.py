"""R4: shares of a categorical question that would let a reader work out a peer's answer.

What a reader can infer. Published counts (or shares together with n) are symmetric in the
peers: they say how many firms gave each answer, never which firm. A reader who knows the answers
of k peers (a peer reading about its own group: k = 1; colluding peers: k = 2, ...) can subtract
them and knows exactly how the other n − k answers are spread over the options. It can pin a
*particular* other firm to an answer only when all n − k of them gave the same answer; as soon as
two of them differ, swapping them is consistent with everything published. So an answer is
disclosed exactly when one option holds at least n − k answers (the k knowers being the firms
outside it, or some of the firms inside it). With k = 1 that is DESIGN.md's R4: all peers (n) or
all but one (n − 1) gave the same answer. An outsider who knows nobody's answer (k = 0) learns
something only when all n agree, which is caught as well.

Single choice / yes-no: once one option holds n − k or more, the *whole* distribution goes.
Hiding only the big option would not help, because shares sum to 1 and the small options (0 or 1
firm each) carry the same information. An option with count 0 is otherwise fine: "no peer chose C"
cannot be turned into any firm's actual answer while the answers are spread over two or more
other options.

Multi-select: each option is its own yes/no question (ticked / not ticked), and options are not
tied together by a sum, so each option is judged alone: suppressed when ticked or not-ticked holds
n − k or more. This follows R4 literally and means that in a small group an option ticked by
nobody, by one firm, by all or all but one is shown as `c`: "no peer ticked X" is every peer's
answer to X.

R4 as designed (k = 1) does not stop two colluding peers: with counts (n − 2, 1, 1) the two
odd ones together know that everyone else chose the first option. DESIGN.md states the rule for
a single peer, so that is the default; pass `intruders=2` where stronger protection is wanted.
"""

from __future__ import annotations

import numpy as np

from explorer.core.disclosure.verdict import SHOWN, Reason, Verdict


def categorical_verdicts(
    counts: np.ndarray, n: int, multi: bool = False, intruders: int = 1
) -> tuple[Verdict, ...]:
    """One Verdict per option of a categorical question answered by `n` peers.

    `counts` are unweighted respondent counts per option (ShareResult.counts); for a single-choice
    question they must sum to n. `multi=True` judges each option of a multi-select on its own.
    `intruders` is how many peers' answers the reader may know (1 = R4).
    """
    counts = np.asarray(counts)
    if counts.ndim != 1 or (counts.size and not np.issubdtype(counts.dtype, np.integer)):
        raise ValueError("counts must be a one-dimensional integer array")
    if n < 0 or np.any(counts < 0) or np.any(counts > n):
        raise ValueError("counts must lie between 0 and n")
    if not multi and int(counts.sum()) != n:
        raise ValueError("counts of a single-choice question must sum to n")
    if intruders < 1:
        raise ValueError("intruders must be at least 1 (a peer always knows its own answer)")

    if n == 0:
        return (Verdict.suppress(Reason.NO_DATA),) * counts.size
    threshold = n - intruders  # one option holding this many answers pins down the others
    blocked = Verdict.suppress(Reason.ALL_OR_ALL_BUT_ONE)
    if multi:
        same_answer = np.maximum(counts, n - counts)
        return tuple(blocked if held >= threshold else SHOWN for held in same_answer)
    if counts.size and int(counts.max()) >= threshold:
        return (blocked,) * counts.size
    return (SHOWN,) * counts.size
