"""R3: no individual values leave the app. Quartiles only from 10 firms, rounded, never a firm's value.

With linear interpolation the quartiles of whole-number answers often *are* answers (13 firms:
the quartiles are the 4th, 7th and 10th values exactly), and rounding to two significant figures
leaves 31, 47, 63 as they are. So the released quartiles are rounded by the one rounding rule
and, where one of them still equals a firm's answer, coarsened to one significant figure; where
that too is an answer, the quartiles are withheld. An answer that at least min_peers firms gave
is a common answer, like an option of a question, and no one firm's: a median of 14 among 366
firms of which 30 answered 14 stays.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from explorer.core.disclosure.min_peers import clamp_min_peers
from explorer.core.disclosure.rounding import SIGNIFICANT_DIGITS, round_significant
from explorer.core.disclosure.verdict import Reason, Verdict

MIN_FIRMS_FOR_QUARTILES = 10


class Quartiles(NamedTuple):
    """Rounded quartiles that may be shown. Deliberately no min or max (R3)."""

    q1: float
    median: float
    q3: float


def _is_a_firms_answer(value: float, answers: np.ndarray, common: int) -> bool:
    """True when 1 to common − 1 of the (sorted) answers equal `value`."""
    held = int(np.searchsorted(answers, value, side="right") - np.searchsorted(answers, value, side="left"))
    return 0 < held < common


def release_quartiles(values: np.ndarray, quartiles: tuple[float, float, float] | None = None,
                      min_firms: int = MIN_FIRMS_FOR_QUARTILES, min_peers: int | None = None) -> Quartiles | Verdict:
    """Rounded (q1, median, q3) of the finite `values`, or the Verdict that withholds them.

    `quartiles` may be given when computed elsewhere (weighted quartiles); otherwise they are the
    linear-interpolation quartiles of the values. `min_firms` may be raised, never below 10;
    `min_peers` (R1's setting) is how many firms make an answer common.
    """
    common = clamp_min_peers(min_peers)
    required = max(MIN_FIRMS_FOR_QUARTILES, int(min_firms))
    answers = np.asarray(values, dtype=float).ravel()
    answers = np.sort(answers[np.isfinite(answers)])
    if answers.size < required:
        return Verdict.suppress(Reason.QUARTILES_NEED_10, min_firms=required, n=int(answers.size))
    raw = quartiles if quartiles is not None else np.quantile(answers, [0.25, 0.5, 0.75])
    for digits in range(SIGNIFICANT_DIGITS, 0, -1):  # the same digits for all three keeps their order
        released = Quartiles(*(round_significant(q, digits) for q in raw))
        if not any(_is_a_firms_answer(q, answers, common) for q in released):
            return released
    return Verdict.suppress(Reason.QUARTILE_IS_A_VALUE)
