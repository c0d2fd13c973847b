"""Roles need evidence from the header and the values, both ways (one column at a time)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from explorer.core.reading import ParsedCache, read_table
from explorer.core.survey import build_survey

FIRMS = 40


def survey_with(tmp_path: Path, header: str, values: list[object]):
    """A survey of firms with a sector, a yes/no question and the column under test."""
    rng = random.Random(header)
    lines = [f"Bedrijf,NACE,Reshoring overwogen,{header}"]
    for i, value in enumerate(values):
        lines.append(f"Firma {i},{rng.choice(['25.62', '28.99', '10.89'])},{rng.choice(['Ja', 'Nee'])},{value}")
    path = tmp_path / "survey.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return build_survey(read_table(path, cache=ParsedCache(enabled=False)), use_profiles=False)


def counts(seed: str) -> list[int]:
    rng = random.Random(seed)
    return [rng.randint(3, 900) for _ in range(FIRMS)]


@pytest.mark.parametrize("header", ["emp", "EMP", "n_emp", "nemp", "empl", "WP", "V16110", "headcount", "fte",
                                    "Werkzame personen", "Number of employees", "OrgSize", "firm_size"])
def test_employment_counts_under_short_names_are_the_size(tmp_path, header):
    survey = survey_with(tmp_path, header, counts(header))
    assert survey.roles["size"] == header


@pytest.mark.parametrize(("header", "values"), [
    ("How old are you?", [str(a) for a in counts("age")[:FIRMS]]),
    ("Age", ["18-24", "25-34", "35-44", "45-54"] * (FIRMS // 4)),
    ("Leeftijd", ["25-34 jaar", "35-44 jaar", "45-54 jaar", "55+ jaar"] * (FIRMS // 4)),
    ("Years of study", [1, 2, 3, 4, 5] * (FIRMS // 5)),
    ("Participant", [f"S{i:03d}" for i in range(FIRMS)]),
    ("Size of the problem", ["1 - very small", "2", "3", "4", "5 - very large"] * (FIRMS // 5)),
    ("Are you self-employed?", [0, 1] * (FIRMS // 2)),
    ("Employees satisfied", ["Ja", "Nee"] * (FIRMS // 2)),
])
def test_columns_that_are_not_a_size(tmp_path, header, values):
    survey = survey_with(tmp_path, header, values)
    assert survey.roles["size"] is None and "size" not in survey.pending_roles
    assert any(q.columns == (header,) for q in survey.questions), "the column stays a question"


@pytest.mark.parametrize(("header", "values"), [
    ("Sector", ["Machine-industrie (SBI 28)", "Metaal (NACE 25)", "Voeding (NACE 10)", "Metaal (NACE 25)"]
     * (FIRMS // 4)),
    ("Branche", ["Metaal", "Voeding", "Kunststof", "Chemie"] * (FIRMS // 4)),
])
def test_sector_labels_are_the_sector(tmp_path, header, values):
    lines = [f"Bedrijf,{header},Reshoring overwogen"] + [f"Firma {i},{v},Ja" for i, v in enumerate(values)]
    path = tmp_path / "labels.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    survey = build_survey(read_table(path, cache=ParsedCache(enabled=False)), use_profiles=False)
    assert survey.roles["sector"] == header


@pytest.mark.parametrize("header", ["Hoe tevreden bent u over de sector?", "Interview date"])
def test_scales_and_dates_are_never_a_sector(tmp_path, header):
    values = (["1 - zeer ontevreden", "2", "3", "4", "5 - zeer tevreden"] if "sector" in header
              else ["03 June 2017", "16 December 2016", "04 May 2017", "11 May 2017"])
    lines = [f"Bedrijf,{header}"] + [f"Firma {i},{values[i % len(values)]}" for i in range(FIRMS)]
    path = tmp_path / "notsector.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    survey = build_survey(read_table(path, cache=ParsedCache(enabled=False)), use_profiles=False)
    assert survey.roles["sector"] is None and "sector" not in survey.pending_roles


@pytest.mark.parametrize("header", ["w_final", "wgt", "pweight", "Gewicht", "weging", "design_weight"])
def test_weights_whatever_their_mean(tmp_path, header):
    rng = random.Random(header)
    survey = survey_with(tmp_path, header, [round(rng.uniform(40, 400), 2) for _ in range(FIRMS)])
    assert survey.roles["weight"] == header


def test_a_body_weight_is_not_a_weight(tmp_path):
    rng = random.Random("kg")
    survey = survey_with(tmp_path, "Weight (kg)", [round(rng.uniform(55, 110), 1) for _ in range(FIRMS)])
    assert survey.roles["weight"] is None
