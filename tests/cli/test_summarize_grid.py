"""`summarize --question GRID`: a grid of statements from the command line (JSON, text, --out),
checked against the file read with plain csv."""

from __future__ import annotations

import csv
import json

import pandas as pd
import pytest

from paths import SAMPLES
from test_cli_contract import run_cli

ASSOCIATION = SAMPLES / "association_reshoring_survey_surveymonkey.csv"
GRID = "In hoeverre bent u het eens met de volgende stellingen?"


@pytest.fixture
def cache_dir(tmp_path):
    return tmp_path / "cache"


def _statements() -> dict[str, pd.Series]:
    with ASSOCIATION.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    first = rows[0].index(GRID)
    columns = {}
    index = first
    while index < len(rows[0]) and (index == first or rows[0][index] == ""):
        columns[rows[1][index]] = pd.Series([r[index] for r in rows[2:]]).replace("", pd.NA).dropna()
        index += 1
    return columns


def test_inspect_lists_the_grid(cache_dir):
    result = run_cli("inspect", str(ASSOCIATION), "--json", cache_dir=cache_dir)
    [grid] = json.loads(result.stdout)["grids"]
    assert grid["key"] == GRID and [s["statement"] for s in grid["statements"]] == list(_statements())


def test_summarize_a_grid_as_json(cache_dir):
    result = run_cli("summarize", str(ASSOCIATION), "--question", GRID, "--json", cache_dir=cache_dir)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["kind"] == "grid" and data["grid"] == GRID and data["top_box"] == data["options"][-2:]
    scores = {o: i + 1 for i, o in enumerate(data["options"])}
    for statement, (text, answers) in zip(data["statements"], _statements().items()):
        assert statement["statement"] == text and statement["n"] == len(answers)
        assert statement["top_box"] == pytest.approx(answers.isin(data["top_box"]).mean())
        assert statement["mean"] == pytest.approx(answers.map(scores).mean())
        assert statement["sd"] == pytest.approx(answers.map(scores).std(ddof=1))
    tops = {s["key"]: s["top_box"] for s in data["statements"]}
    assert [tops[k] for k in data["by_agreement"]] == sorted(tops.values(), reverse=True)


def test_summarize_a_grid_to_a_table_and_refuse_a_split(cache_dir, tmp_path):
    out = tmp_path / "grid.csv"
    result = run_cli("summarize", str(ASSOCIATION), "--question", GRID, "--sort", "agreement", "--out", str(out),
                     "--lang", "nl", cache_dir=cache_dir)
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[1][:2] == ["Stelling", "n"] and "Top-2" in rows[1]
    assert len(rows[2:rows.index([])]) == len(_statements())
    refused = run_cli("summarize", str(ASSOCIATION), "--question", GRID, "--by", "size", cache_dir=cache_dir)
    assert refused.returncode == 2 and refused.stderr.startswith("error: ") and len(refused.stderr.splitlines()) == 1
