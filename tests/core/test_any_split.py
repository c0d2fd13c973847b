"""Any question as a split or a filter: a multi-select question splits by option (a firm in each
option it ticked, and then no tests between groups), a numeric question by its quartile classes;
both filter. Every count is taken again from the sample's CSV with plain csv and pandas."""

from __future__ import annotations

import csv
import math
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pandas as pd
import pytest

from explorer.core.errors import InputError
from explorer.core.reading import ParsedCache, read_table
from explorer.core.survey import FilterSpec, build_survey, filter_mask, summarize
from filter_specs import filter_counts
from paths import SAMPLES

ASSOCIATION = SAMPLES / "association_reshoring_survey_surveymonkey.csv"
RELOCATION = "Overweegt uw bedrijf de komende twee jaar productie te verplaatsen?"
BARRIERS = "Welke drempels ervaart u bij het terughalen van productie?"
ASIA = "Welk percentage van uw inkoop komt uit Azië?"


@pytest.fixture(scope="module")
def survey():
    return build_survey(read_table(ASSOCIATION, cache=ParsedCache(enabled=False)), use_profiles=False)


@pytest.fixture(scope="module")
def plain() -> pd.DataFrame:
    """Relocation answer, one column per barrier (ticked or not) and the Asia share, per firm."""
    with ASSOCIATION.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    first = rows[0].index(BARRIERS)
    last = first + 1
    while rows[0][last] == "":
        last += 1
    data = {"relocation": [r[rows[0].index(RELOCATION)] or None for r in rows[2:]],
            "asia": pd.to_numeric(pd.Series([r[rows[0].index(ASIA)] for r in rows[2:]]), errors="coerce")}
    for column in range(first, last):
        data[rows[1][column]] = [r[column] != "" for r in rows[2:]]
    return pd.DataFrame(data)


def _barrier_options(plain: pd.DataFrame) -> list[str]:
    return [c for c in plain.columns if c not in ("relocation", "asia")]


def test_a_multi_select_split_puts_a_firm_in_every_option_it_ticked(survey, plain):
    summary = summarize(survey, RELOCATION, by=BARRIERS)
    options = _barrier_options(plain)
    assert [g.group for g in summary.groups] == [o for o in options if plain[o].any()]
    answered = plain["relocation"].notna()
    for group in summary.groups:
        members = plain[plain[group.group] & answered]
        assert group.n == len(members)
        shares = members["relocation"].value_counts(normalize=True)
        for option in summary.options:
            assert group.shares[option] == pytest.approx(shares.get(option, 0.0))
    several = plain[options].sum(axis=1) > 1
    assert several.any() and sum(g.n for g in summary.groups) > summary.total.n
    assert summary.overlapping_groups
    # Groups that share firms are not independent samples: no chi-square, no letters, said why.
    assert summary.tests.not_tested == "overlapping-groups" and not summary.tests.letters
    data = summary.to_json()
    assert data["overlapping_groups"] is True and data["tests"]["not_tested"] == "overlapping-groups"


def _two_significant(value: float) -> float:
    number = Decimal(repr(float(value)))
    return float(number.quantize(Decimal(1).scaleb(number.adjusted() - 1), rounding=ROUND_HALF_UP))


def test_a_numeric_split_makes_quartile_classes_with_rounded_edges(survey, plain):
    answers = plain["asia"].dropna()
    edges = sorted({_two_significant(q) for q in np.quantile(answers, [0.25, 0.5, 0.75])})
    summary = summarize(survey, RELOCATION, by=ASIA)
    text = [format(e, "g") for e in edges]
    expected = [f"< {text[0]}", *(f"{a} – < {b}" for a, b in zip(text, text[1:])), f"≥ {text[-1]}"]
    assert [g.group for g in summary.groups] == expected
    bounds = [-math.inf, *edges, math.inf]
    answered = plain["relocation"].notna()
    for group, low, high in zip(summary.groups, bounds, bounds[1:]):
        members = plain[(plain["asia"] >= low) & (plain["asia"] < high) & answered]
        assert group.n == len(members)
    assert not summary.overlapping_groups and summary.tests.not_tested is None
    assert sum(g.n for g in summary.groups) == int((answered & plain["asia"].notna()).sum())


def test_both_filter(survey, plain):
    options = _barrier_options(plain)
    mask = filter_mask(survey, FilterSpec.parse([f"{BARRIERS}={options[0]},{options[1]}"]))
    assert mask.sum() == int((plain[options[0]] | plain[options[1]]).sum())
    counts = filter_counts(survey, FilterSpec.parse([]), "eu", BARRIERS)
    assert counts == {o: int(plain[o].sum()) for o in options}
    label = summarize(survey, RELOCATION, by=ASIA).groups[0].group
    low = summarize(survey, RELOCATION, filters=FilterSpec.parse([f"{ASIA}={label}"]))
    edge = float(label.removeprefix("< "))
    assert low.firms_selected == int((plain["asia"] < edge).sum())
    with pytest.raises(InputError, match="no option"):
        filter_mask(survey, FilterSpec.parse([f"{BARRIERS}=Zonnepanelen"]))


def test_a_numeric_question_with_few_answers_is_refused_as_a_split(tmp_path):
    path = tmp_path / "few.csv"
    pd.DataFrame({"id": range(30), "Omzet": [1.5, 2.5, 3.0] + [None] * 27,
                  "Vraag": ["ja", "nee"] * 15}).to_csv(path, index=False)
    survey = build_survey(read_table(path, cache=ParsedCache(enabled=False)), use_profiles=False)
    with pytest.raises(InputError, match="at least 10 answers"):
        summarize(survey, "Vraag", by="Omzet")
