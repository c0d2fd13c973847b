"""Numeric summaries and the mid-rank percentile, against hand computations."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.core.stats import numeric_summary, percentile_rank, weighted_quantiles


def linear_quantile_by_hand(values: list[float], q: float) -> float:
    """Hyndman & Fan type 7: position h = (n − 1)·q in the sorted list, interpolate between neighbours."""
    xs = sorted(values)
    h = (len(xs) - 1) * q
    lower = math.floor(h)
    upper = min(lower + 1, len(xs) - 1)
    return xs[lower] + (h - lower) * (xs[upper] - xs[lower])


def test_unweighted_summary_by_hand() -> None:
    values = [7.0, 1.0, 3.0, np.nan, 10.0, 4.0, np.inf]
    summary = numeric_summary(np.array(values))
    finite = [7.0, 1.0, 3.0, 10.0, 4.0]
    assert summary.n == 5 and summary.n_eff == 5.0 and not summary.weighted
    assert summary.mean == pytest.approx(sum(finite) / 5)
    assert summary.median == 4.0
    assert summary.q1 == linear_quantile_by_hand(finite, 0.25) == 3.0
    assert summary.q3 == linear_quantile_by_hand(finite, 0.75) == 7.0
    assert (summary.min, summary.max) == (1.0, 10.0)


def test_linear_interpolation_between_values() -> None:
    summary = numeric_summary(np.array([1.0, 2.0, 3.0, 4.0]))
    assert (summary.q1, summary.median, summary.q3) == (1.75, 2.5, 3.25)


@given(st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=50))
def test_quartiles_match_hand_formula(values: list[float]) -> None:
    summary = numeric_summary(np.array(values))
    for q, got in ((0.25, summary.q1), (0.5, summary.median), (0.75, summary.q3)):
        assert got == pytest.approx(linear_quantile_by_hand(values, q), abs=1e-6)
    assert summary.min <= summary.q1 <= summary.median <= summary.q3 <= summary.max


def test_empty_summary() -> None:
    summary = numeric_summary(np.array([np.nan]))
    assert summary.n == 0 and math.isnan(summary.median) and math.isnan(summary.mean)


def test_weighted_summary_by_hand() -> None:
    values = np.array([10.0, 20.0, 30.0, 40.0, 99.0])
    weights = np.array([1.0, 1.0, 1.0, 5.0, np.nan])  # the last row has no usable weight
    summary = numeric_summary(values, weights)
    assert summary.weighted and summary.n == 4
    assert summary.mean == pytest.approx((10 + 20 + 30 + 200) / 8)
    assert summary.n_eff == pytest.approx(8**2 / (1 + 1 + 1 + 25))
    # cumulative weight shares 1/8, 2/8, 3/8, 8/8: every quartile lands on the heavy 40 but q1 (2/8)
    assert (summary.q1, summary.median, summary.q3) == (20.0, 40.0, 40.0)
    assert summary.max == 40.0


@given(st.lists(st.floats(-1e3, 1e3), min_size=1, max_size=40))
def test_equal_weights_give_numpys_inverted_cdf(values: list[float]) -> None:
    x = np.array(values)
    expected = np.quantile(x, [0.25, 0.5, 0.75], method="inverted_cdf")
    assert weighted_quantiles(x, np.full(x.size, 2.5), (0.25, 0.5, 0.75)) == tuple(expected)


@pytest.mark.parametrize(
    ("value", "peers", "rank"),
    [
        (5.0, [1, 2, 3, 4], 100.0),
        (0.0, [1, 2, 3, 4], 0.0),
        (3.0, [1, 2, 3, 4], 62.5),  # (2 below + 0.5 · 1 equal) / 4
        (2.0, [2, 2, 2, 2], 50.0),  # ties sit in the middle
        (2.5, [1, 2, 3, 4], 50.0),
        (2.0, [1, 2, 2, 5, np.nan], 50.0),  # nan peers ignored: (1 + 0.5 · 2) / 4
    ],
)
def test_percentile_rank_table(value: float, peers: list[float], rank: float) -> None:
    assert percentile_rank(value, np.array(peers, dtype=float)) == pytest.approx(rank)


def test_percentile_rank_without_peers_or_value() -> None:
    assert math.isnan(percentile_rank(1.0, np.array([])))
    assert math.isnan(percentile_rank(np.nan, np.array([1.0, 2.0])))


def test_percentile_rank_vectorised() -> None:
    ranks = percentile_rank(np.array([0.0, 3.0, np.nan]), np.array([1.0, 2.0, 3.0, 4.0]))
    assert ranks[:2].tolist() == [0.0, 62.5] and np.isnan(ranks[2])


@given(st.floats(-100, 100), st.lists(st.floats(-100, 100), min_size=1, max_size=40))
def test_percentile_rank_by_counting(value: float, peers: list[float]) -> None:
    below = sum(1 for p in peers if p < value)
    equal = sum(1 for p in peers if p == value)
    rank = percentile_rank(value, np.array(peers))
    assert rank == pytest.approx(100 * (below + 0.5 * equal) / len(peers))
    assert 0.0 <= rank <= 100.0


def test_standard_deviation_wikipedia_example() -> None:
    """Wikipedia, "Standard deviation", basic example: the eight values 2, 4, 4, 4, 5, 5, 7, 9 have
    mean 5 and population standard deviation 2; the sample standard deviation (n − 1) is
    √(32 / 7) ≈ 2.138."""
    summary = numeric_summary(np.array([2, 4, 4, 4, 5, 5, 7, 9], dtype=float))
    assert summary.mean == 5.0
    assert summary.sd == pytest.approx(math.sqrt(32 / 7)) and round(summary.sd, 3) == 2.138
    assert math.isnan(numeric_summary(np.array([3.0])).sd)


@given(st.lists(st.floats(-1e4, 1e4), min_size=2, max_size=60), st.data())
def test_weighted_sd_is_the_reliability_weights_formula(values: list[float], data) -> None:
    x = np.array(values)
    w = np.array(data.draw(st.lists(st.floats(0.1, 10), min_size=len(values), max_size=len(values))))
    summary = numeric_summary(x, w)
    mean = float((w * x).sum() / w.sum())
    by_hand = math.sqrt(float((w * (x - mean) ** 2).sum()) / (w.sum() - (w ** 2).sum() / w.sum()))
    assert summary.sd == pytest.approx(by_hand, rel=1e-9, abs=1e-9)
    equal = numeric_summary(x, np.full(x.size, 2.5))
    assert equal.sd == pytest.approx(float(np.std(x, ddof=1)), rel=1e-9, abs=1e-9)
