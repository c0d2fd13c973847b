"""R1–R3, the weight rule and the differencing guard as tables; the Verdict value object.

Rule internals are imported from their modules here on purpose: the tests pin them down, the
rest of the app reaches them only through the package's release functions.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core.disclosure import (
    SHOWN,
    Quartiles,
    Reason,
    Verdict,
    clamp_min_peers,
    combine_verdicts,
    differs_by_few,
    peer_group_ok,
    round_share,
    round_significant,
)
from explorer.core.disclosure.amounts import amount_sensitive
from explorer.core.disclosure.quartiles import release_quartiles as safe_quartiles
from explorer.core.disclosure.ranks import percentile_band
from explorer.core.disclosure.weights import weight_verdict

# --- Verdict ------------------------------------------------------------------------------------

def test_verdict_symbol_reason_and_note() -> None:
    verdict = peer_group_ok(3)
    assert verdict.suppressed and not verdict.shown
    assert verdict.symbol == "c"
    assert verdict.reason == "too_few_peers" and verdict.reason is Reason.TOO_FEW_PEERS
    assert verdict.text_key == "Fewer than {min_peers} peer firms."
    assert verdict.note() == "Fewer than 5 peer firms."
    assert SHOWN.symbol is None and SHOWN.reason is None and SHOWN.note() == ""
    assert hash(verdict) == hash(peer_group_ok(3))


def test_reason_codes_are_stable() -> None:
    assert {r.value for r in Reason} == {
        "too_few_peers", "no_data", "p_percent", "dominance", "quartiles_need_10",
        "all_or_all_but_one", "secondary", "differencing", "effective_n", "one_firm_weight",
        "quartile_is_a_value", "spread_needs_10",
    }


def test_inconsistent_verdicts_cannot_be_built() -> None:
    with pytest.raises(ValueError):
        Verdict(True, Reason.DOMINANCE)
    with pytest.raises(ValueError):
        Verdict(False)


def test_combine_takes_the_first_suppression() -> None:
    assert combine_verdicts([SHOWN, SHOWN]) is SHOWN
    assert combine_verdicts([SHOWN, peer_group_ok(1), amount_sensitive([1])]).reason == "too_few_peers"
    assert combine_verdicts([]) is SHOWN


# --- R1 -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("setting", "clamped"),
    [(None, 5), (5, 5), (3, 3), (2, 3), (0, 3), (-4, 3), (8, 8), (4.2, 5), ("7", 7),
     ("abc", 5), (float("nan"), 5), (float("inf"), 5), (True, 5), ([1], 5)],
)
def test_clamp_min_peers(setting: object, clamped: int) -> None:
    assert clamp_min_peers(setting) == clamped


@pytest.mark.parametrize(
    ("n_peers", "min_peers", "shown"),
    [(5, 5, True), (4, 5, False), (0, 5, False), (3, 3, True), (2, 3, False),
     (2, 1, False),  # a setting of 1 is clamped to 3
     (7, 8, False), (8, 8, True)],
)
def test_peer_group_ok(n_peers: int, min_peers: int, shown: bool) -> None:
    verdict = peer_group_ok(n_peers, min_peers)
    assert verdict.shown is shown
    if not shown:
        assert verdict.reason == "too_few_peers"


# --- R2 -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("values", "reason"),
    [
        ([], "no_data"),
        ([np.nan], "no_data"),
        ([500.0], "p_percent"),                 # a single firm: the total is its amount
        ([500.0, 20.0], "p_percent"),           # the second firm subtracts itself
        ([100.0, 50.0, 9.0], "p_percent"),      # rest 9 < 10 % of 100
        ([100.0, 50.0, 10.0], "dominance"),     # rest 10 == 10 %: passes p %, but 150/160 > 85 %
        ([100.0, 10.0, 5.0, 5.0, 5.0], "dominance"),  # rest 15 ≥ 10, top two 110/125 = 88 %
        ([100.0, 80.0, 20.0, 12.0], None),      # rest 32 ≥ 10, top two 180/212 = 84.9 %
        ([30.0, 25.0, 20.0, 15.0, 10.0], None),
        ([0.0, 0.0, 0.0], "p_percent"),         # a zero total says every firm has zero
        ([-100.0, 50.0, 9.0], "p_percent"),     # magnitudes: a loss is as revealing
        ([100.0, 80.0, np.nan, 20.0, 12.0], None),
    ],
)
def test_amount_sensitive_table(values: list[float], reason: str | None) -> None:
    verdict = amount_sensitive(np.array(values, dtype=float))
    assert verdict.reason == reason
    assert verdict.shown is (reason is None)


def test_dominance_boundary_is_strict() -> None:
    # top two exactly 85 % of the total: "more than 85 %" is not met; rest 15 ≥ 10 % of 50
    assert amount_sensitive(np.array([50.0, 35.0, 5.0, 5.0, 5.0])).shown


@given(st.lists(st.floats(0, 1e6), min_size=1, max_size=30))
def test_amount_rules_by_definition(values: list[float]) -> None:
    xs = sorted(values, reverse=True)
    total = sum(xs)
    x1 = xs[0]
    x2 = xs[1] if len(xs) > 1 else 0.0
    rest = sum(xs[2:])
    expected = total == 0 or rest < 0.10 * x1 or (x1 + x2) > 0.85 * total
    verdict = amount_sensitive(np.array(values))
    # Float summation order may flip an exact boundary case; allow only that.
    if abs(rest - 0.10 * x1) > 1e-6 * max(total, 1) and abs((x1 + x2) - 0.85 * total) > 1e-6 * max(total, 1):
        assert verdict.suppressed is expected


# --- R3 -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("x", "rounded"),
    [(1234.0, 1200.0), (0.01567, 0.016), (0.29, 0.29), (-987.0, -990.0), (9.96, 10.0),
     (1_234_567.0, 1_200_000.0), (0.0, 0.0), (5.0, 5.0), (1e-9 * 3.456, 3.5e-9)],
)
def test_round_significant(x: float, rounded: float) -> None:
    assert round_significant(x, 2) == rounded


def test_round_significant_other_digits_and_specials() -> None:
    assert round_significant(123456.0, 3) == 123000.0
    assert np.isnan(round_significant(np.nan))
    with pytest.raises(ValueError):
        round_significant(1.0, 0)


def test_safe_quartiles_need_ten_firms() -> None:
    nine = safe_quartiles(np.arange(9.0))
    assert isinstance(nine, Verdict) and nine.reason == "quartiles_need_10" and nine.symbol == "c"
    assert nine.note() == "Quartiles need at least 10 firms."
    # nan answers are not firms
    assert isinstance(safe_quartiles(np.array([*range(9), np.nan, np.nan])), Verdict)
    # a caller cannot lower the threshold
    assert isinstance(safe_quartiles(np.arange(9.0), min_firms=3), Verdict)
    assert isinstance(safe_quartiles(np.arange(12.0), min_firms=15), Verdict)


def test_safe_quartiles_are_rounded_and_offer_no_extremes() -> None:
    turnover = np.array([1234.0, 2345.0, 3456.0, 4567.0, 5678.0, 6789.0, 7890.0, 8901.0, 9012.0, 123456.0])
    result = safe_quartiles(turnover)
    assert isinstance(result, Quartiles)
    raw = np.quantile(turnover, [0.25, 0.5, 0.75])  # 3733.75, 6233.5, 8648.25
    assert result == (3700.0, 6200.0, 8600.0)
    assert tuple(result) == tuple(round_significant(v) for v in raw)
    assert set(result._fields) == {"q1", "median", "q3"}  # R3: no min, no max
    assert 123456.0 not in result and 1234.0 not in result


# --- R3: quartiles that are a firm's value, positions in bands ------------------------------------

def test_quartiles_of_thirteen_whole_numbers_are_coarsened_off_the_answers() -> None:
    # Linear interpolation over 13 values puts each quartile exactly on the 4th, 7th, 10th value.
    answers = np.array([15, 23, 27, 31, 38, 42, 47, 51, 55, 63, 66, 70, 88], dtype=float)
    assert np.quantile(answers, [0.25, 0.5, 0.75]).tolist() == [31.0, 47.0, 63.0]
    released = safe_quartiles(answers)
    assert isinstance(released, Quartiles)
    assert released == (30.0, 50.0, 60.0)  # one significant figure: none of them is an answer
    assert not set(released) & set(answers.tolist())


def test_quartiles_that_stay_answers_at_every_rounding_are_withheld() -> None:
    answers = np.array([10, 20, 30, 30, 30, 50, 50, 50, 60, 60, 60, 70, 90], dtype=float)
    released = safe_quartiles(answers)
    assert isinstance(released, Verdict) and released.reason == "quartile_is_a_value"


def test_a_quartile_may_be_an_answer_that_many_firms_gave() -> None:
    # 14 is the median and five firms answered it: a common answer, like an option, not one firm's.
    answers = np.array([5, 7, 9, 10.5, 11.5, 14, 14, 14, 14, 14, 16.5, 17.5, 19, 22, 31])
    released = safe_quartiles(answers, min_peers=5)
    assert released == (11.0, 14.0, 17.0)
    coarser = safe_quartiles(answers, min_peers=6)  # six needed: 14 is then five firms' answer
    assert isinstance(coarser, Quartiles) and coarser.median != 14.0


@pytest.mark.parametrize(
    ("value", "peers", "band"),
    [(1.0, [2, 3, 4, 5, 6], (0, 25)),      # below everyone: rank 0, shown as the lowest quarter
     (9.0, [2, 3, 4, 5, 6], (75, 100)),    # above everyone: rank 100, the highest quarter
     (4.0, [2, 3, 4, 5, 6], (50, 75)),     # mid-rank 50 opens the upper half
     (3.0, [2, 3, 4, 5, 6], (25, 50))],
)
def test_positions_come_in_quarters(value, peers, band) -> None:
    assert percentile_band(value, np.array(peers, dtype=float)) == band


# --- rounding and weights -------------------------------------------------------------------------

@pytest.mark.parametrize(("share", "rounded"), [(0.12345, 0.123), (0.0125, 0.013), (1 / 3, 0.333), (1.0, 1.0)])
def test_shares_are_rounded_half_up_to_a_tenth_of_a_point(share, rounded) -> None:
    assert round_share(share) == rounded


@pytest.mark.parametrize(
    ("n_eff", "top", "reason"),
    [(8.0, 0.2, None), (4.9, 0.2, "effective_n"), (6.0, 0.51, "one_firm_weight"), (1.2, 0.91, "effective_n")],
)
def test_weighted_figures_need_effective_firms_and_no_dominant_weight(n_eff, top, reason) -> None:
    assert weight_verdict(n_eff, top, 5).reason == reason


# --- differencing -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("a", "b", "threshold", "shown"),
    [
        (range(10), range(10), 5, True),          # same group: nothing new
        (range(10), range(11), 5, False),         # one firm added: subtracting gives that firm
        (range(10), range(1, 11), 5, False),      # one swapped: 2 differing
        (range(10), range(14), 5, False),
        (range(10), range(15), 5, True),          # 5 differing is a group of its own
        (range(10), range(12), 2, False),         # threshold clamped to 3
        (["a", "b", "c", "d", "e", "f"], ["a", "b", "c", "d", "e"], 5, False),
        (np.arange(20), np.arange(5, 20), 5, True),
    ],
)
def test_differs_by_few(a, b, threshold: int, shown: bool) -> None:
    verdict = differs_by_few(a, b, threshold)
    assert verdict.shown is shown
    if not shown:
        assert verdict.reason == "differencing"
        assert dict(verdict.params)["differing"] == len(set(a) ^ set(b))


# --- the audit ------------------------------------------------------------------------------------

@settings(deadline=None, max_examples=80)
@given(st.data())
def test_closed_form_column_bounds_equal_the_linear_programme(data) -> None:
    from explorer.core.disclosure.audit import CountTable, column_ranges, linear_programme_ranges

    groups = data.draw(st.integers(0, 5))
    options = data.draw(st.integers(1, 3))
    n = np.array(data.draw(st.lists(st.integers(0, 9), min_size=groups + 1, max_size=groups + 1)))
    if groups:
        n[-1] = n[:-1].sum() + data.draw(st.integers(0, 2))  # some firms may be in no group
    no_group = bool(groups) and n[-1] > n[:-1].sum()
    rows = list(n[:-1]) + ([n[-1] - n[:-1].sum()] if no_group else []) + [n[-1]]
    counts = np.array([[data.draw(st.integers(0, int(r))) for _ in range(options)] for r in rows[:-1]] or
                      np.zeros((0, options), dtype=int)).reshape(len(rows) - 1, options)
    total = counts.sum(axis=0) if groups else np.array([data.draw(st.integers(0, int(rows[-1])))
                                                         for _ in range(options)])
    table = CountTable(np.array(rows), np.vstack([counts, total]).astype(int), multi=True, no_group=no_group)
    hidden = np.array(data.draw(st.lists(st.booleans(), min_size=len(rows) * options,
                                         max_size=len(rows) * options))).reshape(len(rows), options)
    hidden |= table.always_withheld()
    closed, programme = column_ranges(table, hidden), linear_programme_ranges(table, hidden)
    assert closed.keys() == programme.keys()
    for cell in closed:
        assert closed[cell] == pytest.approx(programme[cell], abs=1e-6), cell


@settings(deadline=None, max_examples=80)
@given(st.data())
def test_frechet_bounds_of_whole_withheld_rows_equal_the_linear_programme(data) -> None:
    from explorer.core.disclosure.audit import CountTable, linear_programme_ranges, whole_row_ranges

    options = data.draw(st.integers(2, 4))
    rows = data.draw(st.lists(st.lists(st.integers(0, 6), min_size=options, max_size=options), min_size=1,
                              max_size=6))
    counts = np.array(rows + [list(np.sum(rows, axis=0))])
    table = CountTable(counts.sum(axis=1), counts, multi=False)
    withheld_rows = data.draw(st.lists(st.booleans(), min_size=len(rows), max_size=len(rows)))
    hidden = np.zeros(counts.shape, dtype=bool)
    hidden[: len(rows)][np.array(withheld_rows)] = True
    closed, programme = whole_row_ranges(table, hidden), linear_programme_ranges(table, hidden)
    assert closed.keys() == programme.keys()
    for cell in closed:
        assert closed[cell] == pytest.approx(programme[cell], abs=1e-6), cell
