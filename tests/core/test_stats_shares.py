"""Shares with their base, n, effective n and intervals; weighted against a hand-written loop."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.core.stats import ShareResult, choice_shares, multi_shares

Z = 1.959963984540054


def hand_wilson(p: float, n: float) -> tuple[float, float]:
    root = Z * math.sqrt(Z * Z + 4 * n * p * (1 - p))
    return (
        max(0.0, (2 * n * p + Z * Z - root) / (2 * (n + Z * Z))),
        min(1.0, (2 * n * p + Z * Z + root) / (2 * (n + Z * Z))),
    )


def hand_weighted_choice(codes: list[int], weights: list[float], n_options: int):
    """Plain-Python weighted shares: keep answered rows with a usable weight, normalise, Kish."""
    rows = [(c, w) for c, w in zip(codes, weights) if c >= 0 and math.isfinite(w) and w > 0]
    mean = sum(w for _, w in rows) / len(rows)
    normalised = [(c, w / mean) for c, w in rows]
    total = sum(w for _, w in normalised)
    n_eff = total**2 / sum(w * w for _, w in normalised)
    shares = [sum(w for c, w in normalised if c == j) / total for j in range(n_options)]
    counts = [sum(1 for c, _ in normalised if c == j) for j in range(n_options)]
    return len(rows), n_eff, counts, shares


# --- single choice ------------------------------------------------------------------------------

def test_unweighted_choice_shares_by_hand() -> None:
    codes = np.array([0, 1, 1, 2, -1, 1, 0, -1], dtype=np.int8)  # int8 as pandas category codes
    result = choice_shares(codes, 4)
    assert result.n == 6 and result.n_eff == 6.0 and not result.weighted
    assert result.counts.tolist() == [2, 3, 1, 0]
    assert result.shares.tolist() == pytest.approx([2 / 6, 3 / 6, 1 / 6, 0.0])
    for j, p in enumerate(result.shares):
        assert (result.ci_low[j], result.ci_high[j]) == pytest.approx(hand_wilson(p, 6), abs=1e-12)


def test_weighted_choice_shares_by_hand() -> None:
    codes = [0, 1, 1, 2, -1, 1, 0, 2, 2, 0]
    weights = [0.5, 2.0, 1.0, 3.0, 9.0, 0.7, 1.3, 0.2, 1.1, 4.0]
    result = choice_shares(np.array(codes), 3, np.array(weights))
    n, n_eff, counts, shares = hand_weighted_choice(codes, weights, 3)
    assert result.weighted and result.n == n == 9 and result.n_no_weight == 0
    assert result.n_eff == pytest.approx(n_eff)
    assert result.n_eff < result.n
    assert result.counts.tolist() == counts
    assert result.shares.tolist() == pytest.approx(shares)
    for j, p in enumerate(shares):
        assert (result.ci_low[j], result.ci_high[j]) == pytest.approx(hand_wilson(p, n_eff), abs=1e-12)


def test_rows_with_unusable_weight_leave_the_base_and_are_counted() -> None:
    codes = np.array([0, 0, 1, 1, 1, -1])
    weights = np.array([1.0, np.nan, 0.0, -1.0, 2.0, np.nan])
    result = choice_shares(codes, 2, weights)
    # Only rows 0 and 4 remain; row 5 did not answer, so it is not a "lost" respondent.
    assert result.n == 2 and result.n_no_weight == 3
    assert result.counts.tolist() == [1, 1]
    assert result.shares.tolist() == pytest.approx([1 / 3, 2 / 3])


def test_equal_weights_give_the_unweighted_answer() -> None:
    codes = np.array([0, 1, 1, 2, -1])
    plain = choice_shares(codes, 3)
    weighted = choice_shares(codes, 3, np.full(5, 3.3))
    assert weighted.n_eff == pytest.approx(plain.n)
    np.testing.assert_allclose(weighted.shares, plain.shares)
    np.testing.assert_allclose(weighted.ci_low, plain.ci_low)


def test_nobody_answered() -> None:
    result = choice_shares(np.array([-1, -1]), 2)
    assert result.n == 0 and result.n_eff == 0.0 and result.counts.tolist() == [0, 0]
    assert np.isnan(result.shares).all() and np.isnan(result.ci_low).all()
    assert choice_shares(np.array([], dtype=int), 3).n == 0


@pytest.mark.parametrize(
    ("codes", "n_options"), [([0, 3], 3), ([0.0, 1.0], 2), ([[0, 1]], 2), ([0], 0)]
)
def test_bad_codes_are_refused(codes, n_options: int) -> None:
    with pytest.raises(ValueError):
        choice_shares(np.array(codes), n_options)


def test_result_is_a_read_only_value() -> None:
    a = choice_shares(np.array([0, 1, 1]), 2)
    b = choice_shares(np.array([1, 0, 1]), 2)
    assert a == b and hash(a) == hash(b)
    assert a != choice_shares(np.array([0, 0, 1]), 2)
    with pytest.raises(ValueError):
        a.shares[0] = 0.9
    with pytest.raises(AttributeError):
        a.n = 7  # type: ignore[misc]


def test_hundred_thousand_rows() -> None:
    rng = np.random.default_rng(1)
    codes = rng.integers(-1, 6, size=100_000)
    weights = rng.lognormal(size=100_000)
    result = choice_shares(codes, 6, weights)
    assert result.n == int((codes >= 0).sum())
    assert result.shares.sum() == pytest.approx(1.0)


codes_strategy = st.lists(st.integers(-1, 4), min_size=0, max_size=80)


@given(codes_strategy)
def test_single_choice_properties_unweighted(codes: list[int]) -> None:
    check_share_properties(choice_shares(np.array(codes, dtype=int), 5), single=True)


@given(
    st.lists(
        st.tuples(st.integers(-1, 3), st.floats(min_value=1e-3, max_value=1e3) | st.sampled_from([0.0, -1.0, math.nan])),
        max_size=80,
    )
)
def test_single_choice_properties_weighted(rows: list[tuple[int, float]]) -> None:
    codes = np.array([c for c, _ in rows], dtype=int)
    weights = np.array([w for _, w in rows], dtype=float)
    result = choice_shares(codes, 4, weights)
    check_share_properties(result, single=True)
    if result.n:
        n, n_eff, counts, shares = hand_weighted_choice(codes.tolist(), weights.tolist(), 4)
        assert result.counts.tolist() == counts
        np.testing.assert_allclose(result.shares, shares, atol=1e-12)
        assert result.n_eff == pytest.approx(n_eff)


def check_share_properties(result: ShareResult, single: bool) -> None:
    assert result.counts.sum() == result.n if single else result.counts.max(initial=0) <= result.n
    assert result.n_eff <= result.n + 1e-9
    if result.n == 0:
        return
    if single:
        assert result.shares.sum() == pytest.approx(1.0)
    assert np.all(0.0 <= result.ci_low)
    assert np.all(result.ci_low <= result.shares)
    assert np.all(result.shares <= result.ci_high)
    assert np.all(result.ci_high <= 1.0)


# --- multi-select -------------------------------------------------------------------------------

def test_multi_shares_use_the_answering_base() -> None:
    ticked = np.array(
        [
            [1, 0, 1],
            [0, 0, 0],  # answered, ticked nothing: stays in the base
            [1, 1, 0],
            [1, 1, 1],  # did not answer: its ticks are ignored
        ],
        dtype=np.int8,
    )
    answered = np.array([True, True, True, False])
    result = multi_shares(ticked, answered)
    assert result.n == 3
    assert result.counts.tolist() == [2, 1, 1]
    assert result.shares.tolist() == pytest.approx([2 / 3, 1 / 3, 1 / 3])


def test_weighted_multi_shares_by_hand() -> None:
    ticked = np.array([[True, False], [True, True], [False, True], [False, False]])
    answered = np.array([True, True, True, True])
    weights = np.array([1.0, 3.0, 2.0, np.nan])
    result = multi_shares(ticked, answered, weights)
    total = 1.0 + 3.0 + 2.0
    assert result.n == 3 and result.n_no_weight == 1
    assert result.shares.tolist() == pytest.approx([4.0 / total, 5.0 / total])
    assert result.n_eff == pytest.approx(total**2 / (1 + 9 + 4))


def test_multi_refuses_float_ticks_and_bad_shapes() -> None:
    with pytest.raises(ValueError):
        multi_shares(np.array([[np.nan, 1.0]]), np.array([True]))
    with pytest.raises(ValueError):
        multi_shares(np.array([[True, False]]), np.array([True, True]))
    with pytest.raises(ValueError):
        multi_shares(np.array([True, False]), np.array([True, True]))


@given(
    st.integers(1, 5).flatmap(
        lambda k: st.lists(st.tuples(st.booleans(), st.lists(st.booleans(), min_size=k, max_size=k)), max_size=60)
    )
)
def test_multi_properties(rows) -> None:
    if not rows:
        return
    answered = np.array([a for a, _ in rows])
    ticked = np.array([t for _, t in rows])
    result = multi_shares(ticked, answered)
    check_share_properties(result, single=False)
    assert result.n == answered.sum()
    assert result.counts.tolist() == ticked[answered].sum(axis=0).tolist()
