"""`summarize --derive FILE`: nets, classes and yes/no questions from the command line, listed by key
in the JSON; a split by a multi-select question says its groups overlap; a bad recipe file is one
plain error line and exit 2. Counts are taken again from the CSV with plain csv."""

from __future__ import annotations

import csv
import json

import pytest

from paths import SAMPLES
from test_cli_contract import assert_one_error_line, run_cli

ASSOCIATION = SAMPLES / "association_reshoring_survey_surveymonkey.csv"
RELOCATION = "Overweegt uw bedrijf de komende twee jaar productie te verplaatsen?"
BARRIERS = "Welke drempels ervaart u bij het terughalen van productie?"
ASIA = "Welk percentage van uw inkoop komt uit Azië?"
MOVES = ["Ja, terug naar Nederland/België (reshoring)", "Ja, naar een land dichterbij (nearshoring)",
         "Ja, naar een verder gelegen land (offshoring)"]


@pytest.fixture
def cache_dir(tmp_path):
    return tmp_path / "cache"


def _column(name: str) -> list[str]:
    with ASSOCIATION.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    index = rows[0].index(name)
    return [r[index] for r in rows[2:]]


def test_a_net_split_by_classes_as_json(tmp_path, cache_dir):
    recipes = tmp_path / "nets.json"
    recipes.write_text(json.dumps([
        {"key": "Elke verplaatsing", "source": RELOCATION, "recipe": "net", "nets": {"Verplaatsen": MOVES}},
        {"key": "Inkoop Azië", "source": ASIA, "recipe": "classes", "edges": [20]},
    ]), encoding="utf-8")
    result = run_cli("summarize", str(ASSOCIATION), "--question", "Elke verplaatsing", "--by", "Inkoop Azië",
                     "--derive", str(recipes), "--json", cache_dir=cache_dir)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data["derived"]) == {"Elke verplaatsing", "Inkoop Azië"}
    assert data["derived"]["Inkoop Azië"]["answers"] == ["< 20", "≥ 20"]
    moves, asia = _column(RELOCATION), _column(ASIA)
    low = [m for m, a in zip(moves, asia) if m and a != "" and float(a) < 20]
    group = next(g for g in data["groups"] if g["group"] == "< 20")
    assert group["n"] == len(low)
    assert group["shares"]["Verplaatsen"] == pytest.approx(sum(m in MOVES for m in low) / len(low))
    assert data["tests"]["not_tested"] is None and data["tests"]["letters"] == {"< 20": "A", "≥ 20": "B"}


def test_a_multi_select_split_says_its_groups_overlap(cache_dir):
    result = run_cli("summarize", str(ASSOCIATION), "--question", RELOCATION, "--by", BARRIERS, "--json",
                     cache_dir=cache_dir)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["overlapping_groups"] is True and data["tests"]["not_tested"] == "overlapping-groups"
    text = run_cli("summarize", str(ASSOCIATION), "--question", RELOCATION, "--by", BARRIERS, cache_dir=cache_dir)
    assert "a firm can be in more than one group" in text.stdout


@pytest.mark.parametrize("content", ["{not json", json.dumps([{"recipe": "net"}]), json.dumps({"derived": 3})])
def test_a_bad_recipe_file_is_one_plain_error(tmp_path, cache_dir, content):
    recipes = tmp_path / "bad.json"
    recipes.write_text(content, encoding="utf-8")
    result = run_cli("summarize", str(ASSOCIATION), "--question", RELOCATION, "--derive", str(recipes),
                     cache_dir=cache_dir)
    assert "derived questions" in assert_one_error_line(result)
