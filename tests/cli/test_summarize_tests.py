"""`summarize --by ... --json` carries the tests between groups (README, "Which groups differ"):
the shape, and every figure recomputed apart from the file with plain csv and scipy/statsmodels."""

from __future__ import annotations

import csv
import json
from itertools import combinations

import pandas as pd
import pytest
from scipy import stats
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportions_ztest

from paths import SAMPLES
from test_cli_contract import run_cli

ASSOCIATION = SAMPLES / "association_reshoring_survey_surveymonkey.csv"
RELOCATION = "Overweegt uw bedrijf de komende twee jaar productie te verplaatsen?"
SIZE = "Hoeveel werknemers heeft uw bedrijf?"
BANDS = {"1-9": "micro", "10-49": "small", "50-249": "medium", "250 of meer": "large"}


@pytest.fixture
def cache_dir(tmp_path):
    return tmp_path / "cache"


def _answers() -> pd.DataFrame:
    with ASSOCIATION.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    frame = pd.DataFrame({"size": [r[header.index(SIZE)] for r in rows[2:]],
                          "answer": [r[header.index(RELOCATION)] for r in rows[2:]]})
    frame = frame[(frame["size"] != "") & (frame["answer"] != "")]
    return frame.assign(size=frame["size"].map(BANDS))


def test_summarize_json_has_the_tests_of_relocation_by_size(cache_dir):
    result = run_cli("summarize", str(ASSOCIATION), "--question", RELOCATION, "--by", "size", "--json",
                     cache_dir=cache_dir)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    tests = data["tests"]
    assert set(tests) == {"level", "correction", "weighted", "not_tested", "letters", "table", "pairs", "higher_than"}
    assert tests["level"] == 0.05 and tests["correction"] == "holm" and tests["not_tested"] is None
    assert tests["letters"] == {"micro": "A", "small": "B", "medium": "C", "large": "D"}
    frame = _answers()
    options = [o for o in data["groups"][0]["shares"]]
    table = pd.crosstab(frame["size"], frame["answer"]).loc[list(tests["letters"]), options]
    theirs = stats.chi2_contingency(table.to_numpy(), correction=False)
    assert tests["table"]["statistic"] == pytest.approx(theirs.statistic)
    assert tests["table"]["p_value"] == pytest.approx(theirs.pvalue)
    assert tests["table"]["df"] == 12 and tests["table"]["firms"] == len(frame)
    assert tests["table"]["small_expected"]["cells"] == int((theirs.expected_freq < 5).sum())
    # Every pair, with its raw and Holm-corrected p-value, from scratch.
    pairs = {(p["option"], p["from"], p["to"]): p for p in tests["pairs"]}
    assert len(pairs) == len(options) * 6
    for option in options:
        raw = []
        for a, b in combinations(tests["letters"], 2):
            k = [int(table.loc[a, option]), int(table.loc[b, option])]
            n = [int(table.loc[a].sum()), int(table.loc[b].sum())]
            pooled = sum(k) / sum(n)
            pair = pairs[(option, a, b)]
            assert pair["firms"] == sum(n) and pair["share_from"] == pytest.approx(k[0] / n[0])
            if min(n) * min(pooled, 1 - pooled) < 5:
                assert pair["test"] == "fisher-exact"
                p = stats.fisher_exact([[k[0], n[0] - k[0]], [k[1], n[1] - k[1]]]).pvalue
            else:
                assert pair["test"] == "two-proportion"
                z, p = proportions_ztest(k, n)
                assert pair["statistic"] == pytest.approx(z)
            assert pair["p_value"] == pytest.approx(p)
            raw.append(pair)
        adjusted = multipletests([p["p_value"] for p in raw], method="holm")[1]
        assert [p["p_adjusted"] for p in raw] == pytest.approx(list(adjusted))
        for pair in raw:
            assert pair["significant"] == (pair["p_adjusted"] < 0.05)
            if pair["significant"]:
                high, low = ((pair["from"], pair["to"]) if pair["share_from"] > pair["share_to"]
                             else (pair["to"], pair["from"]))
                assert tests["letters"][low] in tests["higher_than"][option][high]
    assert tests["higher_than"], "the sample's size classes differ"


def test_summarize_json_tests_are_null_without_a_split_and_say_why_not_for_rounds(cache_dir):
    result = run_cli("summarize", str(ASSOCIATION), "--question", RELOCATION, "--json", cache_dir=cache_dir)
    assert json.loads(result.stdout)["tests"] is None
    result = run_cli("summarize", str(SAMPLES / "fedustria_quick_survey_2021.csv"), "--question",
                     "Ondervindt u logistieke problemen?", "--by", "size", "--json", cache_dir=cache_dir)
    tests = json.loads(result.stdout)["tests"]
    assert tests["not_tested"] == "repeated-firms" and tests["pairs"] == [] and tests["table"] is None


def test_summarize_text_names_the_groups_that_differ(cache_dir):
    result = run_cli("summarize", str(ASSOCIATION), "--question", RELOCATION, "--by", "size", cache_dir=cache_dir)
    assert "Groups: A micro, B small, C medium, D large" in result.stdout
    frame = _answers()
    statistic = stats.chi2_contingency(pd.crosstab(frame["size"], frame["answer"]).to_numpy(), correction=False)[0]
    assert f"Chi-square test of the whole table: X² = {statistic:.2f}, df = 12" in result.stdout
    assert "  Nee: micro > C; small > C" in result.stdout
