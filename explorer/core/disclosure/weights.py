"""Weighted figures: a share may look like many firms' while it is mostly one firm's answer.

R1 and R4 are judged on the unweighted counts elsewhere; here the weights themselves: the Kish
effective n must reach the minimum group size too, and no firm may carry more than half of the
group's weight (one firm of weight 9.1 among nine of 0.1 makes a weighted share 95 % or 4 % as it
answered).
"""

from __future__ import annotations

import math

from explorer.core.disclosure.min_peers import clamp_min_peers
from explorer.core.disclosure.verdict import SHOWN, Reason, Verdict

MAX_WEIGHT_SHARE = 0.5


def weight_verdict(n_eff: float, top_weight_share: float, min_peers: int | None = None) -> Verdict:
    """Whether a weighted figure may be shown, given its effective n and its largest weight share."""
    required = clamp_min_peers(min_peers)
    if not math.isfinite(n_eff) or n_eff < required:
        return Verdict.suppress(Reason.EFFECTIVE_N, min_peers=required)
    if not math.isfinite(top_weight_share) or top_weight_share > MAX_WEIGHT_SHARE:
        return Verdict.suppress(Reason.ONE_FIRM_WEIGHT, share=int(MAX_WEIGHT_SHARE * 100))
    return SHOWN
