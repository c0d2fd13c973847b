"""A corrected mapping is saved as a profile and applied again to a file with the same columns."""

from __future__ import annotations

import json

from paths import SAMPLES
from explorer.core.reading import read_table
from explorer.core.survey import Mapping, build_survey
from explorer.core.survey.profiles import find_profile, save_profile, user_profile_dir

FLANDERS_MAKE = SAMPLES / "flanders_make_industry40_2021.xlsx"
ASSOCIATION = SAMPLES / "association_reshoring_survey_surveymonkey.csv"


def test_saved_profile_is_applied_to_the_same_columns(tmp_path, monkeypatch):
    monkeypatch.setenv("SURVEY_EXPLORER_CONFIG_DIR", str(tmp_path))
    table = read_table(FLANDERS_MAKE)
    detected = build_survey(table)
    assert detected.roles["region"] == "Provincie"
    correction = Mapping(roles={"region": None}, kinds={"Houdt u meer voorraad aan dan vóór corona?": "single"})
    profile = save_profile(table, correction, "Flanders Make 2021")
    assert (user_profile_dir() / "flanders-make-2021.json").exists()
    assert json.loads((user_profile_dir() / "flanders-make-2021.json").read_text())["name"] == "Flanders Make 2021"
    assert find_profile(table) == profile
    again = build_survey(read_table(FLANDERS_MAKE))
    assert again.profile_name == "Flanders Make 2021"
    assert again.roles["region"] is None
    assert again.question("Houdt u meer voorraad aan dan vóór corona?").kind == "single"


def test_profile_is_not_applied_to_other_columns(tmp_path, monkeypatch):
    monkeypatch.setenv("SURVEY_EXPLORER_CONFIG_DIR", str(tmp_path))
    save_profile(read_table(FLANDERS_MAKE), Mapping(roles={"region": None}), "Flanders Make 2021")
    ems = build_survey(read_table(SAMPLES / "ems_2015_extract.xlsx"))
    assert ems.profile_name is None and ems.roles["region"] == "country"


def test_damaged_profile_is_skipped(tmp_path, monkeypatch):
    monkeypatch.setenv("SURVEY_EXPLORER_CONFIG_DIR", str(tmp_path))
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "broken.json").write_text("{not json", encoding="utf-8")
    survey = build_survey(read_table(FLANDERS_MAKE))
    assert survey.profile_name is None


def test_built_in_profile_orders_the_intention_question():
    survey = build_survey(read_table(ASSOCIATION))
    assert survey.profile_name is not None
    options = survey.questions[0].options
    assert "reshoring" in options[0] and "nearshoring" in options[1] and "offshoring" in options[2]


def test_mapping_round_trips_through_json():
    mapping = Mapping(roles={"size": "Aantal werknemers", "tech": None}, kinds={"q": "likert"},
                      option_orders={"q": ("a", "b")}, groups={"Motief": ("m1", "m2")}, ungrouped=("x",))
    assert Mapping.from_json(json.loads(json.dumps(mapping.to_json()))) == mapping
