"""Tests between the groups of a crosstab: published worked examples first, then the sample
survey's crosstab recomputed apart (plain csv counting, statsmodels' z-test and Holm correction,
scipy's chi-square and Fisher tests), which also fixes where every letter goes."""

from __future__ import annotations

import csv
import math
from itertools import combinations

import numpy as np
import pandas as pd
import pytest
from scipy import stats
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportions_ztest

from explorer.core.reading import ParsedCache, read_table
from explorer.core.stats.association import (
    FISHER,
    chi_square_test,
    fisher_exact_tests,
    holm_adjusted,
    pairwise_proportion_tests,
)
from explorer.core.stats.change import TWO_PROPORTIONS
from explorer.core.survey import FilterSpec, Mapping, build_survey, summarize
from explorer.core.survey.significance import (
    NO_SPLIT,
    NOT_CATEGORICAL,
    REPEATED_FIRMS,
    crosstab_tests,
    group_letters,
)
from paths import SAMPLES

ASSOCIATION = SAMPLES / "association_reshoring_survey_surveymonkey.csv"
RELOCATION = "Overweegt uw bedrijf de komende twee jaar productie te verplaatsen?"
BARRIERS = "Welke drempels ervaart u bij het terughalen van productie?"
SIZE_COLUMN = "Hoeveel werknemers heeft uw bedrijf?"
SIZE_OF_BAND = {"1-9": "micro", "10-49": "small", "50-249": "medium", "250 of meer": "large"}


# ---- published worked examples ------------------------------------------------------------------

def test_chi_square_agresti_gender_gap_in_party_identification():
    """Agresti, An Introduction to Categorical Data Analysis (2nd ed., 2007), §2.4, Table 2.5:
    party identification (Democrat, Independent, Republican) by gender, 2,757 people; females
    762, 327, 468, males 484, 239, 477. X² = 30.1 with df = 2, P < 0.001."""
    result = chi_square_test(np.array([[762, 327, 468], [484, 239, 477]]))
    assert round(result.statistic, 1) == 30.1 and result.df == 2
    assert result.p_value < 0.001 and result.significant and result.reliable
    assert result.firms == 2757


def test_chi_square_ross_gender_and_political_affiliation():
    """S. M. Ross, Introduction to Probability and Statistics for Engineers and Scientists, ch. 11
    (tests of independence in contingency tables), the worked example of 300 people: women 68
    Democrats, 56 Republicans, 32 Independents; men 52, 72, 20. The expected counts are 62.40,
    66.56, 27.04 / 57.60, 61.44, 24.96, TS = 6.433 > χ²(.05, 2) = 5.991: independence is rejected
    at the 5 % level."""
    result = chi_square_test(np.array([[68, 56, 32], [52, 72, 20]]))
    assert round(result.statistic, 3) == 6.433 and result.df == 2
    assert round(result.min_expected, 2) == 24.96 and result.small_cells == 0
    assert result.statistic > stats.chi2.ppf(0.95, 2) and result.significant


def test_fisher_exact_lady_tasting_tea():
    """R. A. Fisher, The Design of Experiments (1935), §2: the lady tasting tea identifies 3 of the 4
    cups with milk first: the table [[3, 1], [1, 3]] has the one-sided P = 17/70 = 0.243; the
    two-sided P doubles it (0.486)."""
    odds, p = fisher_exact_tests(np.array([3]), np.array([4]), np.array([1]), np.array([4]))
    assert round(p[0], 3) == 0.486 and p[0] == pytest.approx(34 / 70, rel=1e-12)
    assert odds[0] == 9.0


def test_two_proportion_pairs_sauro_worked_example():
    """The pooled two-proportion z-test as worked in J. Sauro, "Ask Stats" question 866
    (usablestats.com): 118 of 3,303 against 80 of 3,303, z = 2.742, two-sided p = .00611
    (the same example as test_change_tests; here through the vectorised pairs)."""
    [pairs] = pairwise_proportion_tests(np.array([118.0, 80.0]), np.array([3303.0, 3303.0]))
    assert pairs.pairs == ((0, 1),) and pairs.test == (TWO_PROPORTIONS,)
    assert round(pairs.statistic[0], 3) == 2.742 and round(pairs.p_value[0], 5) == 0.00611
    assert pairs.p_adjusted[0] == pairs.p_value[0]  # one pair: nothing to correct


def test_holm_wikipedia_example_and_statsmodels():
    """The Holm–Bonferroni method's example (Wikipedia, "Holm–Bonferroni method", Example): four
    hypotheses with p = 0.01, 0.04, 0.03, 0.005 at α = 0.05: H1 and H4 are rejected, H2 and H3 not."""
    p = np.array([0.01, 0.04, 0.03, 0.005])
    adjusted = holm_adjusted(p)
    assert list(adjusted < 0.05) == [True, False, False, True]
    assert adjusted == pytest.approx(multipletests(p, method="holm")[1], rel=1e-12)


def test_holm_leaves_untested_pairs_out_of_the_correction():
    p = np.array([0.01, np.nan, 0.02])
    adjusted = holm_adjusted(p)
    assert math.isnan(adjusted[1])
    assert adjusted[[0, 2]] == pytest.approx(multipletests(p[[0, 2]], method="holm")[1])


# ---- the pieces against independent computations ---------------------------------------------------

def test_chi_square_matches_scipy_on_random_tables():
    rng = np.random.default_rng(14)
    for _ in range(200):
        table = rng.integers(0, 40, size=(rng.integers(2, 7), rng.integers(2, 7))).astype(float)
        table[table.sum(axis=1) == 0, 0] = 1
        table[0, table.sum(axis=0) == 0] = 1
        ours = chi_square_test(table)
        theirs = stats.chi2_contingency(table, correction=False)
        assert ours.statistic == pytest.approx(theirs.statistic, rel=1e-10)
        assert ours.p_value == pytest.approx(theirs.pvalue, rel=1e-8, abs=1e-300)
        assert ours.df == theirs.dof
        assert ours.small_cells == int((theirs.expected_freq < 5).sum())


def test_chi_square_leaves_out_empty_groups_and_answers():
    table = np.array([[10, 0, 5], [0, 0, 0], [4, 0, 9]])
    result = chi_square_test(table)
    assert result.df == 1 and result.cells == 4
    assert result.statistic == pytest.approx(stats.chi2_contingency([[10, 5], [4, 9]], correction=False).statistic)
    assert chi_square_test(np.array([[3, 0], [4, 0]])) is None  # one answer only: nothing to compare


def test_small_expected_counts_are_flagged_not_tested_silently():
    result = chi_square_test(np.array([[1, 9], [3, 7], [0, 12]]))
    assert result.small_cells == 3 and result.cells == 6 and not result.reliable
    assert result.to_json()["small_expected"] == {"cells": 3, "of": 6, "min_expected": pytest.approx(4 * 10 / 32)}
    assert result.to_json()["reliable"] is False


def test_fisher_exact_matches_scipy_on_random_tables():
    rng = np.random.default_rng(7)
    n1, n2 = rng.integers(1, 60, 300), rng.integers(1, 300, 300)
    x1, x2 = rng.binomial(n1, 0.05), rng.binomial(n2, 0.1)
    odds, p = fisher_exact_tests(x1, n1, x2, n2)
    for i in range(300):
        theirs = stats.fisher_exact([[x1[i], n1[i] - x1[i]], [x2[i], n2[i] - x2[i]]])
        assert p[i] == pytest.approx(theirs.pvalue, rel=1e-9, abs=1e-15)
        assert odds[i] == pytest.approx(theirs.statistic, nan_ok=True)


def test_pairs_use_fisher_where_expected_counts_are_small_and_skip_them_when_weighted():
    successes, n = np.array([1.0, 12.0, 30.0]), np.array([20.0, 40.0, 60.0])
    [pairs] = pairwise_proportion_tests(successes, n)
    # Pair (0, 1): pooled 13/60, min n 20 -> 4.3 < 5: Fisher. The others are large enough.
    assert pairs.test == (FISHER, TWO_PROPORTIONS, TWO_PROPORTIONS)
    assert pairs.p_value[0] == pytest.approx(stats.fisher_exact([[1, 19], [12, 28]]).pvalue)
    for index, (i, j) in enumerate(pairs.pairs[1:], start=1):
        z, p = proportions_ztest(successes[[i, j]], n[[i, j]])
        assert pairs.statistic[index] == pytest.approx(z) and pairs.p_value[index] == pytest.approx(p)
    [weighted] = pairwise_proportion_tests(successes, n, weighted=True)
    assert weighted.test[0] == "" and math.isnan(weighted.p_value[0]) and not weighted.significant()[0]


def test_group_letters_go_on_after_z():
    letters = group_letters(29)
    assert letters[:3] == ["A", "B", "C"] and letters[25:] == ["Z", "AA", "AB", "AC"]


# ---- the sample survey's crosstab, recomputed apart ---------------------------------------------------

def _association_rows() -> pd.DataFrame:
    with ASSOCIATION.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    frame = pd.DataFrame(rows[2:], columns=range(len(header)))
    return pd.DataFrame({"size": frame[header.index(SIZE_COLUMN)].map(SIZE_OF_BAND),
                         "answer": frame[header.index(RELOCATION)].replace("", np.nan)})


def _survey(path=ASSOCIATION, mapping=None):
    return build_survey(read_table(path, cache=ParsedCache(enabled=False)), mapping, use_profiles=False)


def _independent_letters(frame: pd.DataFrame, groups: list[str], options: list[str]) -> dict:
    """Where the letters go, from scratch: counts with pandas, one statsmodels z-test (or scipy's
    Fisher test when an expected count is under 5) per pair, Holm with statsmodels, per answer."""
    answered = frame.dropna(subset=["answer", "size"])
    letters = dict(zip(groups, "ABCDEFGH"))
    expected: dict[tuple[str, str], set[str]] = {}
    for option in options:
        tests = []
        for a, b in combinations(groups, 2):
            ka = int((answered.loc[answered["size"] == a, "answer"] == option).sum())
            kb = int((answered.loc[answered["size"] == b, "answer"] == option).sum())
            na, nb = int((answered["size"] == a).sum()), int((answered["size"] == b).sum())
            pooled = (ka + kb) / (na + nb)
            if min(na, nb) * min(pooled, 1 - pooled) < 5:
                p = stats.fisher_exact([[ka, na - ka], [kb, nb - kb]]).pvalue
            else:
                p = proportions_ztest([ka, kb], [na, nb])[1]
            tests.append((a, b, ka / na, kb / nb, p))
        rejected = multipletests([t[4] for t in tests], method="holm")[0]
        for (a, b, share_a, share_b, _), reject in zip(tests, rejected):
            if reject:
                high, low = (a, b) if share_a > share_b else (b, a)
                expected.setdefault((high, option), set()).add(letters[low])
    return {key: tuple(sorted(value)) for key, value in expected.items()}


def test_relocation_by_size_letters_match_the_pairwise_tests():
    survey = _survey()
    summary = summarize(survey, RELOCATION, by="size")
    tests = crosstab_tests(summary)
    groups = ["micro", "small", "medium", "large"]
    assert tests.groups == tuple(groups) and tests.letters == dict(zip(groups, "ABCD"))
    frame = _association_rows()
    expected = _independent_letters(frame, groups, list(summary.options))
    assert tests.higher == expected
    # The sample shows which size classes differ: medium firms plan reshoring more often than
    # micro firms, and micro and small firms answer "Nee" more often than medium ones.
    assert expected, "the sample should show at least one difference between size classes"


def test_relocation_by_size_chi_square_matches_scipy_on_the_counted_table():
    summary = summarize(_survey(), RELOCATION, by="size")
    tests = crosstab_tests(summary)
    answered = _association_rows().dropna()
    table = pd.crosstab(answered["size"], answered["answer"]).loc[["micro", "small", "medium", "large"],
                                                                  list(summary.options)]
    theirs = stats.chi2_contingency(table.to_numpy(), correction=False)
    assert tests.table.statistic == pytest.approx(theirs.statistic, rel=1e-10)
    assert tests.table.p_value == pytest.approx(theirs.pvalue, rel=1e-9)
    assert tests.table.df == theirs.dof == 12 and tests.table.firms == len(answered)
    assert tests.table.small_cells == int((theirs.expected_freq < 5).sum())


def test_multi_select_is_tested_per_answer():
    survey = _survey()
    summary = summarize(survey, BARRIERS, by="size")
    tests = crosstab_tests(summary)
    assert tests.table is None and tests.per_option
    for item, group_counts in zip(tests.options, zip(*[[g.counts[o] for o in summary.options] for g in summary.groups])):
        n = np.array([g.n for g in summary.groups])
        ticked = np.array(group_counts)
        theirs = stats.chi2_contingency(np.column_stack([ticked, n - ticked]), correction=False)
        assert item.table.statistic == pytest.approx(theirs.statistic, rel=1e-10)
        assert item.table.df == 3


def test_weighted_tests_run_on_the_effective_table(tmp_path):
    """Weighted: each group's weighted shares times its Kish effective n, computed here with pandas."""
    rng = np.random.default_rng(3)
    rows = 240
    frame = pd.DataFrame({"id": range(rows), "Grootte": rng.choice(["1-9", "10-49", "50-249"], rows),
                          "Plan": rng.choice(["Terughalen", "Verplaatsen", "Niets"], rows, p=[0.2, 0.2, 0.6]),
                          "gewicht": rng.uniform(0.3, 3.0, rows).round(3)})
    frame.loc[frame["Grootte"] == "50-249", "Plan"] = rng.choice(["Terughalen", "Niets"], (frame["Grootte"] == "50-249").sum())
    path = tmp_path / "weighted.csv"
    frame.to_csv(path, index=False)
    survey = _survey(path, Mapping(roles={"id": "id", "size": "Grootte", "weight": "gewicht"}))
    summary = summarize(survey, "Plan", by="size", weighted=True)
    tests = crosstab_tests(summary)
    options = list(summary.options)
    effective = []
    for band in ["1-9", "10-49", "50-249"]:
        group = frame[frame["Grootte"] == band]
        w = group["gewicht"]
        n_eff = w.sum() ** 2 / (w ** 2).sum()
        shares = group.groupby("Plan")["gewicht"].sum().reindex(options, fill_value=0) / w.sum()
        effective.append(shares.to_numpy() * n_eff)
    theirs = stats.chi2_contingency(np.array(effective), correction=False)
    assert tests.weighted and tests.table.weighted
    assert tests.table.statistic == pytest.approx(theirs.statistic, rel=1e-9)
    assert tests.table.p_value == pytest.approx(theirs.pvalue, rel=1e-8)
    assert tests.table.firms == rows


def test_no_tests_without_a_split_for_numbers_or_for_repeated_firms():
    survey = _survey()
    assert crosstab_tests(summarize(survey, RELOCATION)).not_tested == NO_SPLIT
    numeric = next(q for q in survey.questions if q.kind == "numeric")
    assert crosstab_tests(summarize(survey, numeric.key, by="size")).not_tested == NOT_CATEGORICAL
    fedustria = _survey(SAMPLES / "fedustria_quick_survey_2021.csv")
    # Logistics problems were asked in two rounds, mostly of the same firms: one firm in two groups.
    summary = summarize(fedustria, "Ondervindt u logistieke problemen?", by="size")
    assert summary.repeated_firms > 0 and crosstab_tests(summary).not_tested == REPEATED_FIRMS
    one_round = summarize(fedustria, "Ondervindt u logistieke problemen?", by="size",
                          filters=FilterSpec.parse(["wave=september 2021"]))
    assert one_round.repeated_firms == 0 and crosstab_tests(one_round).not_tested is None
