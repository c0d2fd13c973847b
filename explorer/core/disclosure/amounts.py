"""R2: may a sum of firms' amounts (turnover, headcount) be shown?"""

from __future__ import annotations

import numpy as np

from explorer.core.disclosure.verdict import SHOWN, Reason, Verdict

DEFAULT_P = 10.0
DEFAULT_DOMINANCE_N = 2
DEFAULT_DOMINANCE_K = 85.0


def amount_sensitive(
    values: np.ndarray,
    p: float = DEFAULT_P,
    dominance_n: int = DEFAULT_DOMINANCE_N,
    dominance_k: float = DEFAULT_DOMINANCE_K,
) -> Verdict:
    """R2 on the contributions behind one total: the p %-rule, then the (n, k) dominance rule.

    p %-rule: the second-largest contributor knows its own x2, so from the total it estimates the
    largest as total − x2, off by exactly the rest (total − x1 − x2). Suppress when that rest is
    below p % of x1. This also catches one or two contributors (rest = 0).
    Dominance: suppress when the `dominance_n` largest make up more than `dominance_k` % of the total.

    Contributions are taken as magnitudes (a loss reveals as much as a profit). NaN values are
    not contributions and are dropped; no contributions at all is 'no_data'. A total of zero is
    suppressed under p % because it tells every contributor that all others are zero, exactly.
    """
    x = np.abs(np.asarray(values, dtype=float).ravel())
    x = x[~np.isnan(x)]
    if x.size == 0:
        return Verdict.suppress(Reason.NO_DATA)
    if np.isinf(x).any():
        raise ValueError("amounts must be finite")
    descending = np.sort(x)[::-1]
    total = float(descending.sum())
    largest = float(descending[0])
    rest = float(descending[2:].sum())  # summed directly: total − x1 − x2 would lose precision
    if total == 0.0 or rest < p / 100.0 * largest:
        return Verdict.suppress(Reason.P_PERCENT, p=p)
    if float(descending[:dominance_n].sum()) > dominance_k / 100.0 * total:
        return Verdict.suppress(Reason.DOMINANCE, n=dominance_n, k=dominance_k)
    return SHOWN
