"""The command line on repeated surveys: `inspect` says answers, firms and rounds apart, and
`summarize --by wave` lists the rounds in time order with the tested change between them."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from paths import PANEL_FIXTURES, SAMPLES
from test_cli_contract import run_cli

PANEL = PANEL_FIXTURES / "barometer_panel.csv"
FEDUSTRIA = SAMPLES / "fedustria_quick_survey_2021.csv"
LOGISTICS = "Ondervindt u logistieke problemen?"


@pytest.fixture
def cache_dir(tmp_path):
    return tmp_path / "cache"


def _fedustria() -> pd.DataFrame:
    return pd.read_csv(FEDUSTRIA, sep=";", encoding="cp1252", dtype=str, keep_default_na=False, na_values=[""])


def test_inspect_json_has_a_panel_object_with_rounds_in_time_order(cache_dir):
    result = run_cli("inspect", str(FEDUSTRIA), "--json", cache_dir=cache_dir)
    assert result.returncode == 0, result.stderr
    panel = json.loads(result.stdout)["panel"]
    frame = _fedustria()
    assert panel["is_panel"] is True and panel["ordered_by"] == "time"
    assert panel["answers"] == len(frame)
    assert panel["firms"] == frame["Ondernemingsnummer"].nunique() < len(frame)
    assert [r["round"] for r in panel["rounds"]] == ["juni 2020", "mei 2021", "september 2021"]
    for item in panel["rounds"]:
        rows = frame[frame["Bevraging"] == item["round"]]
        assert (item["answers"], item["firms"]) == (len(rows), rows["Ondernemingsnummer"].nunique())


def test_inspect_text_says_answers_firms_and_rounds_apart(cache_dir):
    result = run_cli("inspect", str(FEDUSTRIA), cache_dir=cache_dir)
    firms = _fedustria()["Ondernemingsnummer"].nunique()
    assert f"385 answers from {firms} firms in 3 rounds" in result.stdout


def test_inspect_json_panel_is_null_without_rounds(cache_dir):
    result = run_cli("inspect", str(SAMPLES / "ems_2015_extract.xlsx"), "--json", cache_dir=cache_dir)
    assert json.loads(result.stdout)["panel"] is None


def test_summarize_by_wave_gives_rounds_in_time_order_and_their_changes(cache_dir):
    result = run_cli("summarize", str(FEDUSTRIA), "--question", LOGISTICS, "--by", "wave", "--json",
                     cache_dir=cache_dir)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [g["group"] for g in data["groups"]] == ["juni 2020", "mei 2021", "september 2021"]
    september = data["groups"][2]
    assert round(100 * september["shares"]["Ja"]) == 60 and september["n"] == 140
    changes = data["changes"]
    assert {(c["from"], c["to"]) for c in changes} == {("mei 2021", "september 2021")}
    for change in changes:
        assert change["test"] == "mcnemar" and change["firms"] > 0
        assert 0 <= change["p_value"] <= 1 and change["significant"] == (change["p_value"] < 0.05)


def test_summarize_by_wave_with_a_filter(cache_dir):
    frame = pd.read_csv(PANEL, sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False, na_values=[""])
    result = run_cli("summarize", str(PANEL), "--question", "Grootste knelpunt", "--by", "wave", "--filter",
                     "wave=2022-Q1,2022-Q2", "--json", cache_dir=cache_dir)
    data = json.loads(result.stdout)
    assert [g["group"] for g in data["groups"]] == ["2022-Q1", "2022-Q2"]
    kept = frame[frame["Kwartaal"].isin(["2022-Q1", "2022-Q2"])]
    assert data["total"]["n"] == kept["Grootste knelpunt"].notna().sum()
    assert {(c["from"], c["to"]) for c in data["changes"]} == {("2022-Q1", "2022-Q2")}


def test_summarize_text_lists_the_test_used(cache_dir):
    result = run_cli("summarize", str(FEDUSTRIA), "--question", LOGISTICS, "--by", "wave", cache_dir=cache_dir)
    assert "McNemar" in result.stdout and "firms in both rounds" in result.stdout
