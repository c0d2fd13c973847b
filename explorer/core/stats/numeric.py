"""Summaries of numeric answers and a firm's position among its peers.

Missing values (NaN) and infinities are not answers and are left out; n says how many remain.
min and max are here for the in-app view only: exported outputs must go through
`explorer.core.disclosure.release_summary`, which never offers them (DESIGN.md R3).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from explorer.core.stats.weights import kish_effective_n, largest_weight_share, usable_weight_mask


@dataclass(frozen=True)
class NumericSummary:
    """n (answers used), n_eff (Kish; == n unweighted), mean, median, q1, q3, min, max, sd.

    Unweighted quantiles use linear interpolation (numpy's default 'linear', Hyndman & Fan type 7).
    Weighted quantiles use the inverted weighted CDF (the smallest value whose cumulative weight
    share reaches q): interpolation has no agreed weighted form, the step definition does. `sd` is
    the sample standard deviation (n − 1 in the denominator); weighted, its reliability-weights form
    Σw(x − x̄)² / (Σw − Σw²/Σw), which is the same with equal weights (nan below two answers). All
    statistics are nan when n == 0.
    """

    n: int
    n_eff: float
    mean: float
    median: float
    q1: float
    q3: float
    min: float
    max: float
    weighted: bool = False
    top_weight_share: float = 0.0   # the largest firm's share of the weight (1/n unweighted)
    sd: float = float("nan")
    # The finite answers, as given (not sorted: that would cost a filter click 5 ms at 100,000 firms);
    # disclosure control checks that no released quartile is one of them.
    values: np.ndarray = field(default_factory=lambda: np.zeros(0), compare=False, repr=False)


def numeric_summary(values: np.ndarray, weights: np.ndarray | None = None) -> NumericSummary:
    """Summary of the finite values; with weights, rows with an unusable weight are left out too."""
    x = np.asarray(values, dtype=float).ravel()
    keep = np.isfinite(x)
    if weights is not None:
        w = np.asarray(weights, dtype=float).ravel()
        if w.shape != x.shape:
            raise ValueError("weights must have one entry per value")
        keep &= usable_weight_mask(w)
        w = w[keep]
    x = x[keep]
    if x.size == 0:
        nan = float("nan")
        return NumericSummary(0, 0.0, nan, nan, nan, nan, nan, nan, weights is not None)

    if weights is None:
        q1, median, q3 = np.quantile(x, [0.25, 0.5, 0.75])  # method='linear' is numpy's default
        return NumericSummary(
            n=int(x.size), n_eff=float(x.size), mean=float(x.mean()),
            median=float(median), q1=float(q1), q3=float(q3),
            min=float(x.min()), max=float(x.max()), weighted=False,
            top_weight_share=1.0 / x.size, values=x, sd=float(x.std(ddof=1)) if x.size > 1 else float("nan"),
        )
    q1, median, q3 = weighted_quantiles(x, w, (0.25, 0.5, 0.75))
    mean = float(np.average(x, weights=w))
    return NumericSummary(
        n=int(x.size), n_eff=kish_effective_n(w), mean=mean,
        median=median, q1=q1, q3=q3, min=float(x.min()), max=float(x.max()), weighted=True,
        top_weight_share=largest_weight_share(w), values=x, sd=weighted_sd(x, w, mean),
    )


def weighted_sd(values: np.ndarray, weights: np.ndarray, mean: float) -> float:
    """The standard deviation with reliability weights: √(Σw(x − x̄)² / (Σw − Σw²/Σw)); nan when the
    weights leave no degree of freedom (one answer)."""
    total = float(weights.sum())
    denominator = total - float(np.dot(weights, weights)) / total
    if values.size < 2 or denominator <= 0:
        return float("nan")
    return float(np.sqrt(np.dot(weights, (values - mean) ** 2) / denominator))


def weighted_quantiles(
    values: np.ndarray, weights: np.ndarray, qs: tuple[float, ...]
) -> tuple[float, ...]:
    """Inverted weighted CDF: for each q the smallest value whose cumulative weight share >= q.

    With equal weights this equals numpy's method='inverted_cdf'. Written out rather than using
    np.quantile(weights=...) so it works on numpy < 2 as well.
    """
    order = np.argsort(values, kind="stable")
    sorted_values = np.asarray(values, dtype=float)[order]
    cumulative = np.cumsum(np.asarray(weights, dtype=float)[order])
    total = cumulative[-1]
    # The relative slack keeps q * total that equals a cumulative sum from missing it by an ulp.
    targets = np.asarray(qs, dtype=float) * total * (1 - 1e-12)
    index = np.minimum(np.searchsorted(cumulative, targets, side="left"), sorted_values.size - 1)
    return tuple(float(v) for v in sorted_values[index])


def percentile_rank(value: float | np.ndarray, peer_values: np.ndarray) -> float | np.ndarray:
    """Mid-rank percentile of `value` among `peer_values`: 100 · (below + ½ · equal) / n.

    The mid-rank keeps ties symmetric: a firm equal to every peer sits at 50, not 0 or 100.
    Whether the firm itself belongs in `peer_values` is the caller's choice (briefings leave it
    out). Non-finite peers are ignored; nan when no peers remain or `value` is nan.
    Accepts a scalar (returns float) or an array of values (returns an array).
    """
    peers = np.asarray(peer_values, dtype=float).ravel()
    peers = np.sort(peers[np.isfinite(peers)])
    v = np.asarray(value, dtype=float)
    if peers.size == 0:
        rank = np.full(v.shape, np.nan)
    else:
        below = np.searchsorted(peers, v, side="left")
        equal = np.searchsorted(peers, v, side="right") - below
        rank = 100.0 * (below + 0.5 * equal) / peers.size
        rank = np.where(np.isnan(v), np.nan, rank)
    return float(rank) if rank.ndim == 0 else rank
