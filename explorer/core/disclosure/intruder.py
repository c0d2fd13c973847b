"""The one intruder model: two colluding peers, each knowing its own answer (DESIGN.md).

Every rule in this package protects against this reader. It sees every released figure, works out
whatever the linear relations of a table allow (totals, shares × n), and knows the answers of
`COLLUDING_PEERS` firms. It learns a firm's answer to an option when the count of that option in a
group is pinned so tightly that, after taking out the colluders' own answers, every other firm
must have given it (count ≥ n − k) or, for a multi-select option where "not ticked" is an answer
too, none of them can have (count ≤ k), with k = min(COLLUDING_PEERS, n − 1) colluders inside the
group. Besides that, a withheld count must not come back exactly, nor within the p %-rule.
"""

from __future__ import annotations

import math

COLLUDING_PEERS = 2
PROTECTION_P = 10.0  # a withheld count's range must be at least this % of the count wide (and ≥ 1)


def colluders_in(n: int) -> int:
    """How many of a group's n firms can be colluders while one other firm is left to learn about."""
    return max(0, min(COLLUDING_PEERS, int(n) - 1))


def pins_an_answer(low: float, high: float, n: int, multi: bool) -> bool:
    """True when a count known to lie in [low, high] out of n tells the colluders another firm's answer."""
    if n <= 0:
        return False
    k = colluders_in(n)
    return low >= n - k or (multi and high <= k)


def too_narrow(low: float, high: float, value: float) -> bool:
    """True when a withheld count's feasible range recovers it exactly or within the p %-rule."""
    return high - low < max(1.0, math.ceil(PROTECTION_P / 100.0 * value))
