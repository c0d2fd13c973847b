"""Wilson score intervals for proportions.

Wilson rather than the textbook normal ("Wald") interval because survey shares in small peer
groups are often 0 % or 100 %, where Wald collapses to a zero-width interval; Wilson stays inside
[0, 1] and keeps honest width. `n` may be a float so the same code serves weighted shares, where it
is the Kish effective n (DESIGN.md, "Statistics").
"""

from __future__ import annotations

from statistics import NormalDist

import numpy as np

DEFAULT_CONFIDENCE = 0.95


def normal_quantile(confidence: float) -> float:
    """Two-sided critical value z for a confidence level (1.959963... for 0.95).

    Uses the standard library so the app needs no scipy.
    """
    if not 0.0 < confidence < 1.0:
        raise ValueError(f"confidence must lie strictly between 0 and 1, got {confidence!r}")
    return NormalDist().inv_cdf(0.5 + confidence / 2.0)


def wilson_intervals(
    successes: np.ndarray | float,
    n: np.ndarray | float,
    confidence: float = DEFAULT_CONFIDENCE,
) -> tuple[np.ndarray, np.ndarray]:
    """Element-wise Wilson score interval; arguments broadcast like numpy arrays.

    `successes` and `n` may be fractional (weighted share × effective n). Where n == 0 the interval
    is (nan, nan): there is no estimate to put an interval around. Raises ValueError for negative
    n or successes outside [0, n].
    """
    x = np.asarray(successes, dtype=float)
    size = np.asarray(n, dtype=float)
    x, size = np.broadcast_arrays(x, size)
    if np.any(np.isnan(x) & (size > 0)) or np.any(np.isnan(size)):
        raise ValueError("successes and n must not be NaN")
    if np.any(size < 0):
        raise ValueError("n must not be negative")
    # A tiny tolerance: weighted successes are computed as share * n_eff and may overshoot by an ulp.
    slack = 1e-9 * np.maximum(size, 1.0)
    if np.any(x < -slack) or np.any(x > size + slack):
        raise ValueError("successes must lie between 0 and n")

    z = normal_quantile(confidence)
    z2 = z * z
    with np.errstate(invalid="ignore", divide="ignore"):
        p = np.clip(x / size, 0.0, 1.0)
        denominator = 1.0 + z2 / size
        centre = (p + z2 / (2.0 * size)) / denominator
        half_width = z * np.sqrt(p * (1.0 - p) / size + z2 / (4.0 * size * size)) / denominator
        # Mathematically lo <= p <= hi always; min/max/clip only absorb rounding at p = 0 or 1, so
        # callers can rely on the interval containing its share.
        low = np.clip(np.minimum(centre - half_width, p), 0.0, 1.0)
        high = np.clip(np.maximum(centre + half_width, p), 0.0, 1.0)
    empty = size == 0
    low = np.where(empty, np.nan, low)
    high = np.where(empty, np.nan, high)
    return low, high


def wilson_interval(
    successes: float, n: float, confidence: float = DEFAULT_CONFIDENCE
) -> tuple[float, float]:
    """Wilson score interval (lo, hi) for `successes` out of `n`; (nan, nan) when n == 0."""
    low, high = wilson_intervals(successes, n, confidence)
    return float(low), float(high)
