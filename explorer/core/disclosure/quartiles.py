"""R3: no individual values leave the app; quartiles only from 10 firms, to two significant figures."""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np

from explorer.core.disclosure.verdict import Reason, Verdict

MIN_FIRMS_FOR_QUARTILES = 10
SIGNIFICANT_DIGITS = 2


class Quartiles(NamedTuple):
    """Rounded quartiles that may be shown. Deliberately no min or max (R3)."""

    q1: float
    median: float
    q3: float


def round_significant(x: float, digits: int = SIGNIFICANT_DIGITS) -> float:
    """`x` rounded to `digits` significant figures (1234 → 1200, 0.01567 → 0.016).

    Goes through the decimal string, so 0.29 stays 0.29 rather than 0.29000000000000004; exact
    ties round to even as Python's round does. 0, nan and ±inf come back unchanged.
    """
    if digits < 1:
        raise ValueError("digits must be at least 1")
    x = float(x)
    if x == 0.0 or not math.isfinite(x):
        return x
    return float(f"{x:.{digits - 1}e}")


def safe_quartiles(
    values: np.ndarray, min_firms: int = MIN_FIRMS_FOR_QUARTILES, digits: int = SIGNIFICANT_DIGITS
) -> Quartiles | Verdict:
    """Rounded (q1, median, q3) of the finite values, or a suppressing Verdict below `min_firms`.

    Why 10: with linear interpolation the quartiles of a handful of firms are individual values or
    near them; from 10 firms each quartile sits between two firms and rounding blurs it further.
    `min_firms` may be raised, never lowered below 10.
    """
    required = max(MIN_FIRMS_FOR_QUARTILES, int(min_firms))
    x = np.asarray(values, dtype=float).ravel()
    x = x[np.isfinite(x)]
    if x.size < required:
        return Verdict.suppress(Reason.QUARTILES_NEED_10, min_firms=required, n=int(x.size))
    q1, median, q3 = np.quantile(x, [0.25, 0.5, 0.75])  # linear interpolation, as in stats
    return Quartiles(*(round_significant(q, digits) for q in (q1, median, q3)))
