"""Shares from `summarize` checked against an independent computation written here, and
properties that must hold for any data (hypothesis)."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from paths import SAMPLES
from explorer.core.errors import InputError
from explorer.core.reading import ColumnInfo, LoadedTable, read_table
from explorer.core.survey import FilterSpec, Mapping, build_survey, summarize

Z95 = 1.959963984540054


def wilson_by_hand(p: float, n: float) -> tuple[float, float]:
    centre = (p + Z95**2 / (2 * n)) / (1 + Z95**2 / n)
    half = Z95 * math.sqrt(p * (1 - p) / n + Z95**2 / (4 * n * n)) / (1 + Z95**2 / n)
    return centre - half, centre + half


def in_memory_table(frame: pd.DataFrame) -> LoadedTable:
    return LoadedTable(path="memory", sheet=None, sheets=(), format="generic", header_rows=1, frame=frame,
                       columns=tuple(ColumnInfo(name=c, question_text=c) for c in frame.columns), warnings=(),
                       sha256="0" * 64)


@pytest.fixture(scope="module")
def ems():
    return build_survey(read_table(SAMPLES / "ems_2015_extract.xlsx"), use_profiles=False)


def test_weighted_share_effective_n_and_interval_match_a_hand_computation(ems):
    frame = ems.frame
    summary = summarize(ems, "backshoring", weighted=True, filters=FilterSpec.parse(["size=medium"]))
    employees = frame["employees"].to_numpy(dtype=float)
    keep = (employees >= 50) & (employees < 250) & frame["backshoring"].notna().to_numpy()
    w = frame["weight"].to_numpy(dtype=float)[keep]
    yes = (frame["backshoring"].astype(str).to_numpy()[keep] == "yes").astype(float)
    share = float((w * yes).sum() / w.sum())
    n_eff = float(w.sum() ** 2 / (w**2).sum())
    assert summary.total.n == int(keep.sum())
    assert math.isclose(summary.total.shares["yes"], share, rel_tol=1e-12)
    assert math.isclose(summary.total.n_eff, n_eff, rel_tol=1e-12)
    low, high = wilson_by_hand(share, n_eff)
    assert math.isclose(summary.total.ci["yes"][0], low, rel_tol=1e-9)
    assert math.isclose(summary.total.ci["yes"][1], high, rel_tol=1e-9)


def test_unweighted_interval_matches_a_hand_computation(ems):
    summary = summarize(ems, "backshoring", by="tech")
    high = next(g for g in summary.groups if g.group == "high")
    low, upper = wilson_by_hand(high.shares["yes"], high.n)
    assert math.isclose(high.ci["yes"][0], low, rel_tol=1e-9) and math.isclose(high.ci["yes"][1], upper, rel_tol=1e-9)
    assert high.n_eff == high.n


def test_groups_partition_the_filtered_firms(ems):
    summary = summarize(ems, "backshoring", by="size", scheme="ems", filters=FilterSpec.parse(["tech=high,medium-high"]))
    assert sum(g.firms for g in summary.groups) == summary.firms_selected == summary.total.firms
    assert sum(g.n for g in summary.groups) == summary.total.n


def test_filters_combine_with_and_and_values_with_or(ems):
    both = summarize(ems, "backshoring", filters=FilterSpec.parse(["region=Spain", "size=large"]))
    spain = summarize(ems, "backshoring", filters=FilterSpec.parse(["region=Spain"]))
    spain_or_nl = summarize(ems, "backshoring", filters=FilterSpec.parse(["region=Spain,Netherlands"]))
    netherlands = summarize(ems, "backshoring", filters=FilterSpec.parse(["region=Netherlands"]))
    assert both.firms_selected < spain.firms_selected
    assert spain_or_nl.firms_selected == spain.firms_selected + netherlands.firms_selected


def test_sector_filter_accepts_sections_and_divisions(ems):
    section_c = summarize(ems, "backshoring", filters=FilterSpec.parse(["sector=C"]))
    division = summarize(ems, "backshoring", filters=FilterSpec.parse(["sector=25"]))
    assert section_c.firms_selected == ems.size  # every EMS firm is in manufacturing
    assert 0 < division.firms_selected < ems.size


def test_unknown_filter_value_is_a_plain_error(ems):
    with pytest.raises(InputError, match="values are"):
        summarize(ems, "backshoring", filters=FilterSpec.parse(["size=gigantic"]))


def test_weighted_without_weight_column_is_a_plain_error():
    survey = build_survey(read_table(SAMPLES / "flanders_make_industry40_2021.xlsx"), use_profiles=False)
    with pytest.raises(InputError, match="no weight column"):
        summarize(survey, "Houdt u meer voorraad aan dan vóór corona?", weighted=True)


answers = st.lists(st.sampled_from(["Ja", "Nee", "Misschien", "Weet niet", None]), min_size=1, max_size=60)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values=answers, weights=st.lists(st.floats(0.05, 20), min_size=60, max_size=60), weighted=st.booleans())
def test_single_choice_shares_sum_to_one_and_intervals_contain_shares(values, weights, weighted):
    assume(any(v is not None for v in values))  # a column without answers is no question
    frame = pd.DataFrame({"antwoord": pd.Categorical(values), "weging": weights[: len(values)]})
    table = in_memory_table(frame)
    survey = build_survey(table, Mapping(kinds={"antwoord": "single"}, roles={"weight": "weging"}), use_profiles=False)
    summary = summarize(survey, "antwoord", weighted=weighted)
    total = summary.total
    assert total.n == sum(v is not None for v in values)
    assert math.isclose(sum(total.shares.values()), 1.0, rel_tol=1e-9)
    for option, share in total.shares.items():
        low, high = total.ci[option]
        assert 0.0 <= low <= share + 1e-12 and share - 1e-12 <= high <= 1.0
    assert total.n_eff <= total.n + 1e-9


@settings(max_examples=100, deadline=None)
@given(rows=st.lists(st.lists(st.sampled_from([0, 1, None]), min_size=3, max_size=3), min_size=1, max_size=40))
def test_zero_one_multi_select_base_counts_rows_with_any_answer(rows):
    frame = pd.DataFrame(rows, columns=["Motief: a", "Motief: b", "Motief: c"], dtype="Float64")
    survey = build_survey(in_memory_table(frame), Mapping(groups={"Motief": tuple(frame.columns)}), use_profiles=False)
    question = survey.question("Motief")
    assert question.kind == "multi"
    summary = summarize(survey, "Motief")
    answered = [r for r in rows if any(v is not None for v in r)]
    assert summary.total.n == len(answered)
    for column, option in zip(question.option_columns, question.options):
        index = list(frame.columns).index(column)
        expected = sum(r[index] == 1 for r in answered) / len(answered) if answered else float("nan")
        got = summary.total.shares[option]
        assert (math.isnan(expected) and math.isnan(got)) or math.isclose(got, expected)
