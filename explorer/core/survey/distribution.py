"""The distribution of a numeric question's answers as a histogram, for the filtered firms.

The bin edges are computed from all firms' answers (not only the selected ones), on round
numbers, so that the bins stay put while the user clicks filters: a chart redrawn after a click
shows the same bins with other heights. Pure numpy; a filter click on 100,000 firms costs well
under a millisecond here (uniform bins: one floor-divide and a bincount, no search).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from explorer.core.stats import usable_weight_mask
from explorer.core.survey.filters import FilterSpec, filter_mask
from explorer.core.survey.model import Question

DEFAULT_BINS = 20
_NICE_STEPS = (1.0, 2.0, 2.5, 5.0, 10.0)


@dataclass(frozen=True, eq=False)
class Histogram:
    """edges (k + 1), counts (k, respondents, unweighted), shares (k, fractions of n; weighted
    when `weighted`), n (respondents with a finite answer among the selected firms)."""

    edges: np.ndarray
    counts: np.ndarray
    shares: np.ndarray
    n: int
    weighted: bool = False

    def __post_init__(self) -> None:
        for name in ("edges", "counts", "shares"):
            array = np.array(getattr(self, name), copy=True)
            array.flags.writeable = False
            object.__setattr__(self, name, array)

    @property
    def bins(self) -> int:
        return int(self.counts.size)


def nice_step(span: float, bins: int) -> float:
    """A round bin width (1, 2, 2.5 or 5 times a power of ten) giving about `bins` bins over `span`."""
    if not math.isfinite(span) or span <= 0 or bins < 1:
        return 1.0
    raw = span / bins
    power = 10.0 ** math.floor(math.log10(raw))
    for step in _NICE_STEPS:
        if raw <= step * power * (1 + 1e-9):
            return step * power
    return 10.0 * power


def histogram_edges(values: np.ndarray, bins: int = DEFAULT_BINS) -> np.ndarray:
    """Uniform edges on round numbers covering the finite `values` (at most about `bins` bins).

    No finite values: [0, 1]. All values equal: one bin of width 1 centred on the value.
    Whole-number answers get whole-number bin widths (a bin 2.5 wide would split counts unevenly).
    """
    x = np.asarray(values, dtype=float)
    x = x[np.isfinite(x)]
    if x.size == 0:
        return np.array([0.0, 1.0])
    lo, hi = float(x.min()), float(x.max())
    if lo == hi:
        return np.array([lo - 0.5, lo + 0.5])
    step = nice_step(hi - lo, max(1, int(bins)))
    if step < 1 and np.all(x == np.round(x)):
        step = 1.0
    elif np.all(x == np.round(x)) and not float(step).is_integer():
        step = math.ceil(step)
    start = math.floor(lo / step) * step
    stop = math.ceil(hi / step) * step
    if stop < hi:  # rounding: the maximum must fall inside the last bin (closed on the right)
        stop += step
    count = max(1, int(round((stop - start) / step)))
    return start + step * np.arange(count + 1, dtype=float)


def bin_values(values: np.ndarray, edges: np.ndarray, weights: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(counts, weight sums) per bin of finite values; the last bin is closed on the right,
    values outside the edges go to the nearest end bin (edges come from all firms, so this only
    happens for edges given by the caller)."""
    edges = np.asarray(edges, dtype=float)
    k = edges.size - 1
    if k < 1:
        raise ValueError("a histogram needs at least two edges")
    x = np.asarray(values, dtype=float)
    keep = np.isfinite(x)
    if weights is not None:
        keep &= usable_weight_mask(np.asarray(weights, dtype=float))
    x = x[keep]
    steps = np.diff(edges)
    uniform = np.allclose(steps, steps[0], rtol=1e-9, atol=0.0)
    if uniform:
        index = np.floor((x - edges[0]) / steps[0]).astype(np.int64)
        # A value equal to an inner edge belongs to the bin on its right (as np.histogram); the
        # floor-divide above can miss that by an ulp, so check the neighbours' edges.
        index = np.clip(index, 0, k - 1)
        index += (x >= edges[np.minimum(index + 1, k)]) & (index < k - 1)
        index -= (x < edges[index]) & (index > 0)
    else:
        index = np.clip(np.searchsorted(edges, x, side="right") - 1, 0, k - 1)
    counts = np.bincount(index, minlength=k)[:k]
    if weights is None:
        return counts.astype(np.int64), counts.astype(float)
    w = np.asarray(weights, dtype=float)[keep]
    sums = np.bincount(index, weights=w, minlength=k)[:k]
    return counts.astype(np.int64), sums


def numeric_histogram(survey, question: Question, mask: np.ndarray | None = None,
                      bins: int | np.ndarray = DEFAULT_BINS, weighted: bool = False) -> Histogram:
    """Histogram of `question`'s answers among the firms in `mask` (all firms when None).

    `bins`: a number of bins (round edges from all firms' answers) or the edges themselves.
    With `weighted`, shares use the survey's weights (normalised), counts stay unweighted.
    """
    if question.kind != "numeric":
        raise ValueError(f"'{question.key}' is a {question.kind} question, not a numeric one")
    values = survey.answers(question).values
    edges = histogram_edges(values, int(bins)) if np.ndim(bins) == 0 else np.asarray(bins, dtype=float)
    selected = values if mask is None else values[np.asarray(mask, dtype=bool)]
    weights = None
    if weighted:
        all_weights = survey.weights()
        weights = all_weights if mask is None else all_weights[np.asarray(mask, dtype=bool)]
    counts, sums = bin_values(selected, edges, weights)
    n = int(counts.sum())
    if weights is not None:
        # Shares are scale-free, so normalising the weights (as core.stats does) changes nothing.
        total = sums.sum()
        shares = sums / total if total > 0 else np.full(counts.size, np.nan)
    else:
        shares = counts / n if n else np.full(counts.size, np.nan)
    return Histogram(edges=edges, counts=counts, shares=shares, n=n, weighted=weights is not None)


def summary_histogram(survey, summary, bins: int | np.ndarray = DEFAULT_BINS) -> Histogram:
    """The histogram that goes with a numeric `Summary`: same filters, size scheme and weighting."""
    filters = summary.filters or FilterSpec()
    mask = filter_mask(survey, filters, summary.scheme)
    return numeric_histogram(survey, summary.question, mask, bins, weighted=summary.weighted)


def text_answers(survey, question, filters, scheme: str = "eu") -> tuple[int, int]:
    """(firms that wrote something, firms selected) for a free-text question."""
    from explorer.core.survey.filters import filter_mask

    selected = filter_mask(survey, filters, scheme)
    column = survey.frame[question.columns[0]]
    written = column.notna().to_numpy() & (column.astype("string").str.strip().fillna("") != "").to_numpy()
    return int((written & selected).sum()), int(selected.sum())
