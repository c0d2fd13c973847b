"""Tests of change between rounds: published worked examples, then the fixtures recomputed apart.

The app calls statsmodels; the independent computations here use the textbook formulas with
scipy's distributions, and the pairs of answers are found with a plain pandas merge on the id.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from explorer.core.reading import ParsedCache, read_table
from explorer.core.stats.change import MCNEMAR, TWO_PROPORTIONS, mcnemar_test, two_proportion_test
from explorer.core.survey import FilterSpec, build_survey
from explorer.core.survey.trend import round_pairs, trend
from paths import PANEL_FIXTURES, SAMPLES

PANEL = PANEL_FIXTURES / "barometer_panel.csv"
ROUNDS = PANEL_FIXTURES / "barometer_rounds.csv"
FEDUSTRIA = SAMPLES / "fedustria_quick_survey_2021.csv"
RESHORE = "Haalt u productie terug naar Europa?"
BOTTLENECK = "Grootste knelpunt"


def _pairs(before_yes: int, before_yes_after_no: int, before_no_after_yes: int, neither: int):
    before = np.array([1] * before_yes + [1] * before_yes_after_no + [0] * before_no_after_yes + [0] * neither, bool)
    after = np.array([1] * before_yes + [0] * before_yes_after_no + [1] * before_no_after_yes + [0] * neither, bool)
    return before, after


# ---- published worked examples ------------------------------------------------------------------

def test_mcnemar_agresti_presidential_approval():
    """Agresti, An Introduction to Categorical Data Analysis (2nd ed., 2007), §8.1.1, Table 8.1:
    1,600 people rated the president twice: 794 approve both times, 150 approve then disapprove,
    86 disapprove then approve, 570 disapprove both times. z = (86 - 150) / sqrt(86 + 150) = -4.17,
    z² = 17.4 with df = 1, P < 0.001 (two-sided)."""
    before, after = _pairs(794, 150, 86, 570)
    result = mcnemar_test(before, after)
    assert result.test == MCNEMAR and result.firms == 1600 and not result.exact
    assert result.changed == (86, 150)
    assert round(result.statistic, 1) == 17.4
    assert round(math.sqrt(result.statistic), 2) == 4.17
    assert result.p_value < 0.001 and result.significant
    assert result.p_value == pytest.approx(stats.chi2.sf((86 - 150) ** 2 / (86 + 150), 1), rel=1e-12)


def test_two_proportion_z_test_textbook_example():
    """The pooled two-proportion z-test as worked in J. Sauro, "Ask Stats" question 866
    (usablestats.com): 118 of 3,303 against 80 of 3,303; pooled p = 198/6,606 = .02997,
    se = sqrt(.02907 × (1/3,303 + 1/3,303)) = .004196, z = .01150/.004196 = 2.742, two-sided
    p = .00611. The textbook form (pooled standard error under H0) is the one the app uses."""
    result = two_proportion_test((118, 80), (3303, 3303))
    assert result.test == TWO_PROPORTIONS and result.firms == 6606
    assert round(result.statistic, 3) == 2.742
    assert round(result.p_value, 5) == 0.00611
    assert result.significant


def test_mcnemar_few_changers_uses_the_exact_binomial_test():
    # 9 firms moved to yes, 2 to no: the exact test is a binomial test on the 11 that changed.
    before, after = _pairs(20, 2, 9, 30)
    result = mcnemar_test(before, after)
    assert result.exact and result.firms == 61
    assert result.p_value == pytest.approx(stats.binomtest(2, 11, 0.5).pvalue, rel=1e-12)


def test_tests_without_change_or_without_firms():
    assert mcnemar_test(np.array([], bool), np.array([], bool)) is None
    same = mcnemar_test(*_pairs(3, 0, 0, 4))
    assert same.p_value == 1.0 and not same.significant
    assert two_proportion_test((0, 0), (10, 12)).p_value == 1.0
    assert two_proportion_test((3, 2), (0, 12)) is None


# ---- the fixtures, recomputed apart ----------------------------------------------------------

def _frame(path):
    return pd.read_csv(path, sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False, na_values=[""])


def _survey(path):
    return build_survey(read_table(path, cache=ParsedCache(enabled=False)), use_profiles=False)


def _independent_mcnemar(frame, question, option, first, second, id_column="Bedrijfs-ID", wave="Kwartaal"):
    a = frame.loc[frame[wave] == first, [id_column, question]].dropna()
    b = frame.loc[frame[wave] == second, [id_column, question]].dropna()
    both = a.merge(b, on=id_column, suffixes=("_a", "_b"))
    yes_a, yes_b = both[f"{question}_a"] == option, both[f"{question}_b"] == option
    to_yes, to_no = int((~yes_a & yes_b).sum()), int((yes_a & ~yes_b).sum())
    if to_yes + to_no == 0:
        p_value = 1.0
    elif to_yes + to_no < 25:
        p_value = stats.binomtest(min(to_yes, to_no), to_yes + to_no, 0.5).pvalue
    else:
        p_value = stats.chi2.sf((to_yes - to_no) ** 2 / (to_yes + to_no), 1)
    return len(both), p_value


def _independent_z(frame, question, option, first, second, wave="Kwartaal"):
    a = frame.loc[frame[wave] == first, question].dropna()
    b = frame.loc[frame[wave] == second, question].dropna()
    k1, n1, k2, n2 = int((a == option).sum()), len(a), int((b == option).sum()), len(b)
    pooled = (k1 + k2) / (n1 + n2)
    z = (k1 / n1 - k2 / n2) / math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    return n1 + n2, 2 * stats.norm.sf(abs(z))


@pytest.mark.parametrize("question", [RESHORE, BOTTLENECK])
def test_panel_changes_are_mcnemar_on_the_firms_in_both_rounds(question):
    frame = _frame(PANEL)
    result = trend(_survey(PANEL), question)
    rounds = tuple(sorted(frame["Kwartaal"].unique()))
    assert result.rounds == rounds and result.panel
    expected_pairs = [(rounds[a], rounds[b]) for a, b in round_pairs(rounds)]
    assert expected_pairs[-1] == (rounds[0], rounds[-1])
    assert sorted({(c.first, c.second) for c in result.changes}) == sorted(expected_pairs)
    for change in result.changes:
        firms, p_value = _independent_mcnemar(frame, question, change.option, change.first, change.second)
        assert change.test.test == MCNEMAR
        assert change.test.firms == firms
        assert change.test.p_value == pytest.approx(p_value, rel=1e-9, abs=1e-12)


def test_panel_fixture_has_a_significant_change_and_one_that_is_not():
    changes = [c for c in trend(_survey(PANEL), RESHORE).changes if c.option == "Ja"]
    assert any(c.significant for c in changes) and not all(c.significant for c in changes)


def test_different_firms_each_round_get_the_two_proportion_test():
    frame = _frame(ROUNDS)
    result = trend(_survey(ROUNDS), RESHORE)
    assert not result.panel
    for change in result.changes:
        answers, p_value = _independent_z(frame, RESHORE, change.option, change.first, change.second)
        assert change.test.test == TWO_PROPORTIONS
        assert change.test.firms == answers
        assert change.test.p_value == pytest.approx(p_value, rel=1e-9)


def test_filters_apply_to_the_tested_pairs():
    frame = _frame(PANEL)
    employees = pd.to_numeric(frame["Werknemers"])
    small = frame[(employees >= 10) & (employees < 50)]
    result = trend(_survey(PANEL), RESHORE, filters=FilterSpec.parse(["size=small"]))
    assert result.changes
    for change in result.changes:
        firms, p_value = _independent_mcnemar(small, RESHORE, change.option, change.first, change.second)
        assert change.test.firms == firms
        assert change.test.p_value == pytest.approx(p_value, rel=1e-9, abs=1e-12)


def test_fedustria_logistics_change_from_may_to_september():
    frame = pd.read_csv(FEDUSTRIA, sep=";", encoding="cp1252", dtype=str, keep_default_na=False, na_values=[""])
    question = "Ondervindt u logistieke problemen?"
    result = trend(_survey(FEDUSTRIA), question)
    assert result.rounds == ("mei 2021", "september 2021")  # not asked in June 2020
    change = next(c for c in result.changes if (c.first, c.second) == ("mei 2021", "september 2021"))
    firms, p_value = _independent_mcnemar(frame, question, change.option, "mei 2021", "september 2021",
                                          id_column="Ondernemingsnummer", wave="Bevraging")
    assert change.test.test == MCNEMAR and change.test.firms == firms
    assert change.test.p_value == pytest.approx(p_value, rel=1e-9)
    assert round(100 * change.share_second) == 60
