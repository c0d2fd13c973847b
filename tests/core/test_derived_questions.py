"""Nets, classes and yes/no questions derived in the mapping: every count taken again from the
sample's CSV with plain csv and pandas; kept through profiles and sessions; usable as a question,
a split and a filter; a damaged saved one refused in plain words."""

from __future__ import annotations

import csv
import json
import shutil

import numpy as np
import pandas as pd
import pytest

from explorer.core.errors import InputError
from explorer.core.reading import ParsedCache, read_table
from explorer.core.reading.source import file_sha256
from explorer.core.session import Session, load_session, save_session
from explorer.core.survey import FilterSpec, Mapping, build_survey, filter_mask, summarize
from explorer.core.survey.derived import derived_json
from explorer.core.survey.recipes import CLASSES, NET, TICKED, Derived
from explorer.core.survey.profiles import find_profile, save_profile
from paths import SAMPLES

ASSOCIATION = SAMPLES / "association_reshoring_survey_surveymonkey.csv"
RELOCATION = "Overweegt uw bedrijf de komende twee jaar productie te verplaatsen?"
BARRIERS = "Welke drempels ervaart u bij het terughalen van productie?"
ASIA = "Welk percentage van uw inkoop komt uit Azië?"
STATEMENT = ("In hoeverre bent u het eens met de volgende stellingen? - Onze toeleveringsketen is sinds 2020 "
             "kwetsbaarder geworden")
MOVES = ("Ja, terug naar Nederland/België (reshoring)", "Ja, naar een land dichterbij (nearshoring)",
         "Ja, naar een verder gelegen land (offshoring)")

ANY_MOVE = Derived("Elke verplaatsing", RELOCATION, NET, nets=(("Verplaatsen", MOVES),))
AGREE = Derived("Eens (2)", STATEMENT, NET, nets=(("(Helemaal) mee eens", ("Mee eens", "Helemaal mee eens")),
                                                  ("(Helemaal) mee oneens", ("Helemaal mee oneens", "Mee oneens"))))
ASIA_CLASSES = Derived("Inkoop Azië", ASIA, CLASSES, edges=(10.0, 30.0))
STAFF = Derived("Personeel als drempel", BARRIERS, TICKED, options=("Gebrek aan geschikt personeel",))
ALL = (ANY_MOVE, AGREE, ASIA_CLASSES, STAFF)


@pytest.fixture(scope="module")
def table():
    return read_table(ASSOCIATION, cache=ParsedCache(enabled=False))


@pytest.fixture(scope="module")
def survey(table):
    return build_survey(table, Mapping(derived=ALL), use_profiles=False)


@pytest.fixture(scope="module")
def plain() -> pd.DataFrame:
    with ASSOCIATION.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    head = rows[0]
    statement = head.index("In hoeverre bent u het eens met de volgende stellingen?")
    barriers = head.index(BARRIERS)
    return pd.DataFrame({
        "relocation": [r[head.index(RELOCATION)] or None for r in rows[2:]],
        "statement": [r[statement] or None for r in rows[2:]],
        "asia": pd.to_numeric(pd.Series([r[head.index(ASIA)] for r in rows[2:]]), errors="coerce"),
        "staff": [r[barriers] != "" for r in rows[2:]],
        "barrier_any": [any(r[barriers:barriers + 6]) for r in rows[2:]],
        "size": [r[head.index("Hoeveel werknemers heeft uw bedrijf?")] for r in rows[2:]],
    })


def test_a_net_combines_answers_in_their_place(survey, plain):
    question = survey.question(ANY_MOVE.key)
    source = survey.question(RELOCATION).options
    in_place = list(dict.fromkeys("Verplaatsen" if o in MOVES else o for o in source))
    assert question.kind == "single" and list(question.options) == in_place and len(in_place) == 3
    summary = summarize(survey, ANY_MOVE.key)
    answered = plain["relocation"].dropna()
    assert summary.total.n == len(answered)
    assert summary.total.shares["Verplaatsen"] == pytest.approx(answered.isin(MOVES).mean())
    assert summary.total.shares["Nee"] == pytest.approx((answered == "Nee").mean())
    likert = survey.question(AGREE.key)
    assert likert.kind == "likert" and likert.options == ("(Helemaal) mee oneens", "Neutraal", "(Helemaal) mee eens")
    agree = summarize(survey, AGREE.key).total
    statements = plain["statement"].dropna()
    assert agree.shares["(Helemaal) mee eens"] == pytest.approx(statements.isin(["Mee eens", "Helemaal mee eens"]).mean())


def test_classes_and_a_yes_no_from_a_multi_select_option(survey, plain):
    classes = summarize(survey, ASIA_CLASSES.key).total
    asia = plain["asia"].dropna()
    assert survey.question(ASIA_CLASSES.key).options == ("< 10", "10 – < 30", "≥ 30")
    assert classes.counts == {"< 10": int((asia < 10).sum()), "10 – < 30": int(((asia >= 10) & (asia < 30)).sum()),
                              "≥ 30": int((asia >= 30).sum())}
    staff = summarize(survey, STAFF.key).total
    answered = plain[plain["barrier_any"]]  # label/empty coding: nothing ticked is no answer
    assert staff.n == len(answered) and staff.counts == {"Ja": int(answered["staff"].sum()),
                                                         "Nee": int((~answered["staff"]).sum())}


def test_a_derived_question_splits_filters_and_is_tested(survey, plain):
    summary = summarize(survey, ANY_MOVE.key, by=STAFF.key)
    staff = plain[plain["barrier_any"] & plain["relocation"].notna()]
    for group, ticked in (("Ja", True), ("Nee", False)):
        members = staff[staff["staff"] == ticked]
        result = next(g for g in summary.groups if g.group == group)
        assert result.n == len(members)
        assert result.shares["Verplaatsen"] == pytest.approx(members["relocation"].isin(MOVES).mean())
    # The two groups' move shares: the same pooled two-proportion z-test as statsmodels' (independent check).
    from statsmodels.stats.proportion import proportions_ztest

    counts = [int(staff[staff["staff"] == t]["relocation"].isin(MOVES).sum()) for t in (True, False)]
    sizes = [int((staff["staff"] == t).sum()) for t in (True, False)]
    _, expected_p = proportions_ztest(counts, sizes)
    option = next(o for o in summary.tests.options if o.option == "Verplaatsen")
    assert option.pairs.p_value[0] == pytest.approx(expected_p)
    mask = filter_mask(survey, FilterSpec.parse([f"{ANY_MOVE.key}=Verplaatsen"]))
    assert mask.sum() == int(plain["relocation"].isin(MOVES).sum())


def test_derived_questions_are_listed_by_key(survey):
    listed = derived_json(survey)
    assert list(listed) == [d.key for d in ALL]
    assert listed[ANY_MOVE.key]["recipe"] == "net" and "Verplaatsen" in listed[ANY_MOVE.key]["answers"]
    assert listed[STAFF.key]["kind"] == "yesno" and listed[ASIA_CLASSES.key]["edges"] == [10.0, 30.0]


def test_kept_through_profiles_and_sessions(table, tmp_path, monkeypatch):
    monkeypatch.setenv("SURVEY_EXPLORER_CONFIG_DIR", str(tmp_path / "config"))
    mapping = Mapping(derived=ALL)
    assert Mapping.from_json(json.loads(json.dumps(mapping.to_json()))) == mapping
    save_profile(table, mapping, "met netten")
    profile = find_profile(table)
    assert profile is not None and profile.mapping.derived == ALL
    assert build_survey(table).question(STAFF.key).kind == "yesno"
    source = tmp_path / "survey.csv"
    shutil.copy(ASSOCIATION, source)
    session = Session(str(source), file_sha256(source), mapping=mapping)
    save_session(session, tmp_path / "a.sesx.json")
    assert load_session(tmp_path / "a.sesx.json").mapping.derived == ALL


@pytest.mark.parametrize("bad", [
    {"key": "x", "source": RELOCATION, "recipe": "average"},
    {"key": "x", "source": RELOCATION, "recipe": "net", "nets": []},
    {"key": "", "source": RELOCATION, "recipe": "net", "nets": {"a": ["Nee"]}},
    {"key": "x", "source": ASIA, "recipe": "classes", "edges": [30, 10]},
    {"key": "x", "source": ASIA, "recipe": "classes", "edges": ["10"]},
    {"key": "x", "source": BARRIERS, "recipe": "ticked", "options": [["a"]]},
    {"key": "x", "source": BARRIERS, "recipe": "ticked", "options": ["a"], "labels": ["Ja", "Ja"]},
    "net",
])
def test_a_damaged_session_entry_is_one_plain_error(tmp_path, bad):
    source = tmp_path / "survey.csv"
    shutil.copy(ASSOCIATION, source)
    data = Session(str(source), file_sha256(source)).to_json()
    data["mapping"]["derived"] = [bad]
    target = tmp_path / "bad.sesx.json"
    target.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError, match="damaged"):
        load_session(target)


def test_a_derived_question_that_cannot_be_made_is_left_out_with_a_warning(table):
    clash = Derived(RELOCATION, ASIA, CLASSES)
    wrong = Derived("Netto", ASIA, NET, nets=(("x", ("1",)),))
    unknown = Derived("Weg", "Geen vraag", TICKED, options=("a",))
    survey = build_survey(table, Mapping(derived=(clash, wrong, unknown)), use_profiles=False)
    assert {q.key for q in survey.questions}.isdisjoint({"Netto", "Weg"})
    assert sum("derived question" in w for w in survey.warnings) == 3
    assert np.array_equal(survey.table.frame.columns, table.frame.columns), "the file's own frame is untouched"
