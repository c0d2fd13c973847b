"""Wilson intervals and Kish effective n, checked against formulas written out here."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.core.stats import (
    kish_effective_n,
    normal_quantile,
    normalise_weights,
    wilson_interval,
    wilson_intervals,
)

Z95 = 1.959963984540054


def wilson_by_hand(x: float, n: float, z: float = Z95) -> tuple[float, float]:
    """The quadratic-root form (Wilson 1927), deliberately not the centre ± half-width form."""
    p = x / n
    root = z * math.sqrt(z * z + 4 * n * p * (1 - p))
    low = (2 * n * p + z * z - root) / (2 * (n + z * z))
    high = (2 * n * p + z * z + root) / (2 * (n + z * z))
    return max(low, 0.0), min(high, 1.0)


def test_critical_value() -> None:
    assert normal_quantile(0.95) == pytest.approx(Z95, abs=1e-12)
    assert normal_quantile(0.90) == pytest.approx(1.6448536269514722, abs=1e-12)


@pytest.mark.parametrize(
    ("x", "n", "low", "high"),
    [  # Newcombe (1998), Statistics in Medicine 17:857, table I, method 3 (Wilson score)
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0, 0.1611),
        (1, 29, 0.0061, 0.1718),
    ],
)
def test_published_values(x: int, n: int, low: float, high: float) -> None:
    assert wilson_interval(x, n) == pytest.approx((low, high), abs=5e-5)


@pytest.mark.parametrize(("x", "n"), [(0, 1), (1, 1), (3, 7), (50, 100), (0.0, 3.7), (2.5, 3.7), (12.3, 40.2)])
def test_matches_hand_formula_including_fractional_n(x: float, n: float) -> None:
    assert wilson_interval(x, n) == pytest.approx(wilson_by_hand(x, n), abs=1e-12)


def test_other_confidence_uses_its_own_z() -> None:
    assert wilson_interval(4, 10, confidence=0.90) == pytest.approx(
        wilson_by_hand(4, 10, z=1.6448536269514722), abs=1e-12
    )


def test_empty_group_has_no_interval() -> None:
    low, high = wilson_interval(0, 0)
    assert math.isnan(low) and math.isnan(high)


@pytest.mark.parametrize(("x", "n"), [(-1, 5), (6, 5), (1, -2)])
def test_impossible_counts_are_refused(x: float, n: float) -> None:
    with pytest.raises(ValueError):
        wilson_interval(x, n)


@pytest.mark.parametrize("confidence", [0.0, 1.0, 1.5, -0.1])
def test_impossible_confidence_is_refused(confidence: float) -> None:
    with pytest.raises(ValueError):
        wilson_interval(1, 5, confidence)


def test_vectorised_equals_scalar_and_broadcasts() -> None:
    x = np.array([0, 1, 2, 3, 0])
    n = np.array([3, 3, 3, 3, 0])
    low, high = wilson_intervals(x, n)
    for i in range(4):
        assert (low[i], high[i]) == pytest.approx(wilson_interval(x[i], n[i]))
    assert np.isnan(low[4]) and np.isnan(high[4])
    low, high = wilson_intervals(np.array([0, 5, 10]), 10)  # one n for all
    assert low.shape == (3,) and high[2] == 1.0


@given(
    n=st.floats(min_value=1e-3, max_value=1e6, allow_nan=False),
    fraction=st.floats(min_value=0.0, max_value=1.0),
    confidence=st.floats(min_value=0.5, max_value=0.999),
)
def test_interval_is_ordered_and_contains_the_share(n: float, fraction: float, confidence: float) -> None:
    low, high = wilson_interval(fraction * n, n, confidence)
    share = (fraction * n) / n
    assert 0.0 <= low <= min(share, 1.0) <= high <= 1.0


@given(x=st.integers(0, 200), extra=st.integers(0, 200))
def test_higher_confidence_is_never_narrower(x: int, extra: int) -> None:
    n = x + extra
    if n == 0:
        return
    low90, high90 = wilson_interval(x, n, 0.90)
    low99, high99 = wilson_interval(x, n, 0.99)
    assert low99 <= low90 + 1e-15 and high90 <= high99 + 1e-15


# --- Kish effective n ---------------------------------------------------------------------------

def test_kish_by_hand() -> None:
    w = [1.0, 2.0, 3.0, 4.0]
    assert kish_effective_n(np.array(w)) == pytest.approx(sum(w) ** 2 / sum(v * v for v in w))
    assert kish_effective_n(np.ones(7)) == pytest.approx(7.0)
    assert kish_effective_n(np.array([1000.0, 1e-6, 1e-6])) == pytest.approx(1.0, abs=1e-6)
    assert kish_effective_n(np.array([])) == 0.0


def test_kish_refuses_unusable_weights() -> None:
    for bad in ([1.0, np.nan], [1.0, 0.0], [1.0, -2.0], [1.0, np.inf]):
        with pytest.raises(ValueError):
            kish_effective_n(np.array(bad))


@given(
    st.lists(st.floats(min_value=1e-3, max_value=1e3), min_size=1, max_size=60),
    st.floats(min_value=1e-3, max_value=1e3),
)
def test_kish_is_at_most_n_and_scale_invariant(w: list[float], scale: float) -> None:
    weights = np.array(w)
    n_eff = kish_effective_n(weights)
    assert 1.0 - 1e-9 <= n_eff <= len(w)
    assert kish_effective_n(weights * scale) == pytest.approx(n_eff, rel=1e-9)


def test_normalised_weights_have_mean_one() -> None:
    w = normalise_weights(np.array([2.0, 4.0, 6.0]))
    assert w.tolist() == pytest.approx([0.5, 1.0, 1.5])
