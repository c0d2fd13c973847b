"""Repeated surveys: rounds in time order, answers and firms apart, who answered which round.

Every expected count is taken from the files with plain pandas (the fixtures are written by
tests/fixtures/panel/make_panel.py; the Fedustria sample by sample_data/generate.py).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from explorer.core.reading import ColumnInfo, LoadedTable, ParsedCache, read_table
from explorer.core.survey import FilterSpec, build_survey, summarize
from explorer.core.survey.panel_text import counts_sentence, selection_sentence
from explorer.core.survey.rounds import FILE, NUMBER, TIME, moment, order_rounds, round_number
from paths import PANEL_FIXTURES, SAMPLES

PANEL_DIR = PANEL_FIXTURES
PANEL = PANEL_DIR / "barometer_panel.csv"
ROUNDS = PANEL_DIR / "barometer_rounds.csv"
FEDUSTRIA = SAMPLES / "fedustria_quick_survey_2021.csv"
RESHORE = "Haalt u productie terug naar Europa?"
LOGISTICS = "Ondervindt u logistieke problemen?"


def _survey(path: Path):
    return build_survey(read_table(path, cache=ParsedCache(enabled=False)), use_profiles=False)


def _frame(path: Path, **options) -> pd.DataFrame:
    if path.suffix == ".csv" and path.name.startswith("barometer"):
        return pd.read_csv(path, sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False,
                           na_values=[""], **options)
    return pd.read_csv(path, sep=";", encoding="cp1252", dtype=str, keep_default_na=False, na_values=[""],
                       **options)


# ---- round labels ------------------------------------------------------------------------------

@pytest.mark.parametrize("label, expected", [
    ("juni 2020", (2020, 6, 1)), ("mei 2021", (2021, 5, 1)), ("september 2021", (2021, 9, 1)),
    ("Sept. 2021", (2021, 9, 1)), ("June 2020", (2020, 6, 1)), ("juin 2020", (2020, 6, 1)),
    ("2021-Q3", (2021, 7, 1)), ("Q4 2020", (2020, 10, 1)), ("K2 2021", (2021, 4, 1)),
    ("3e kwartaal 2021", (2021, 7, 1)), ("2022 H2", (2022, 7, 1)), ("2020-06-08", (2020, 6, 8)),
    ("08/06/2020", (2020, 6, 8)), ("2021-05", (2021, 5, 1)), ("2021", (2021, 1, 1)),
    ("golf 2", None), ("najaar 2021", None), ("Q5 2021", None), ("31/02/2021", None),
])
def test_round_labels_that_name_a_time(label, expected):
    assert moment(label) == expected


@pytest.mark.parametrize("label, expected", [
    ("golf 2", 2), ("Wave 3", 3), ("ronde 1", 1), ("3e meting", 3), ("2nd wave", 2), ("T1", 1), ("7", 7),
    ("juni 2020", None), ("eerste golf", None),
])
def test_numbered_rounds(label, expected):
    assert round_number(label) == expected


def test_rounds_sort_by_time_by_number_or_stay_in_file_order():
    assert order_rounds(["september 2021", "juni 2020", "mei 2021"]) == ((1, 2, 0), TIME)
    assert order_rounds(["2022-Q1", "2021-Q3", "2021-Q4"]) == ((1, 2, 0), TIME)
    assert order_rounds(["golf 10", "golf 2", "golf 1"]) == ((2, 1, 0), NUMBER)
    # One label that reads as neither, or a mix of times and numbers: the file's order.
    assert order_rounds(["voorjaar", "juni 2020"]) == ((0, 1), FILE)
    assert order_rounds(["golf 2", "juni 2020"]) == ((0, 1), FILE)


# ---- the panel fixture --------------------------------------------------------------------------

def test_panel_fixture_rounds_are_in_time_order_although_the_file_is_not():
    frame = _frame(PANEL)
    first_seen = list(dict.fromkeys(frame["Kwartaal"]))
    in_time = sorted(first_seen)  # "2021-Q3" < "2021-Q4" < "2022-Q1": ISO quarters sort as text
    assert first_seen != in_time  # the test would prove nothing if the file were in time order
    survey = _survey(PANEL)
    assert survey.panel.rounds == tuple(in_time)
    assert list(survey.dimension("wave").cat.categories) == in_time
    groups = summarize(survey, RESHORE, by="wave").groups
    assert [g.group for g in groups] == in_time


def test_panel_fixture_counts_answers_and_firms_apart():
    frame = _frame(PANEL)
    panel = _survey(PANEL).panel
    counts = panel.counts()
    assert counts.answers == len(frame)
    assert counts.firms == frame["Bedrijfs-ID"].nunique()
    assert counts.firms < counts.answers
    per_round = frame.groupby("Kwartaal")["Bedrijfs-ID"].agg(["size", "nunique"])
    for item in counts.per_round:
        assert (item.answers, item.firms) == tuple(per_round.loc[item.label])
    rounds_per_firm = frame.groupby("Bedrijfs-ID")["Kwartaal"].nunique()
    assert panel.is_panel
    assert panel.firms_in_every_round == int((rounds_per_firm == 4).sum()) >= 1
    # Overlapping firms and firms new in a later round are both there.
    first = set(frame.loc[frame["Kwartaal"] == "2021-Q3", "Bedrijfs-ID"])
    later = set(frame.loc[frame["Kwartaal"] != "2021-Q3", "Bedrijfs-ID"])
    assert first & later and later - first


def test_which_firm_answered_which_rounds():
    frame = _frame(PANEL)
    survey = _survey(PANEL)
    rounds = survey.panel.rounds
    for row in (0, 17, len(frame) - 1):
        firm = frame.loc[row, "Bedrijfs-ID"]
        expected = sorted(frame.loc[frame["Bedrijfs-ID"] == firm, "Kwartaal"], key=rounds.index)
        assert survey.panel.rounds_of_row(row) == tuple(expected)


def test_per_round_shares_and_filters_work_per_answer_row():
    frame = _frame(PANEL)
    survey = _survey(PANEL)
    employees = pd.to_numeric(frame["Werknemers"])
    for filters, keep in ((FilterSpec(), np.ones(len(frame), dtype=bool)),
                          (FilterSpec.parse(["size=small"]), ((employees >= 10) & (employees < 50)).to_numpy())):
        summary = summarize(survey, RESHORE, by="wave", filters=filters)
        kept = frame[keep]
        for group in summary.groups:
            answers = kept.loc[kept["Kwartaal"] == group.group, RESHORE].dropna()
            assert group.n == len(answers)
            assert group.shares["Ja"] == pytest.approx((answers == "Ja").mean())
        assert summary.firms_selected == int(keep.sum())  # rows: a filter keeps or drops answers


def test_rounds_fixture_holds_different_firms_each_round():
    frame = _frame(ROUNDS)
    panel = _survey(ROUNDS).panel
    assert frame["Bedrijfs-ID"].is_unique
    assert not panel.is_panel
    assert panel.rounds == ("golf 1", "golf 2", "golf 3")
    assert panel.counts().firms == panel.counts().answers == len(frame)


def test_counts_in_words_in_both_languages():
    counts = _survey(PANEL).panel.counts()
    frame = _frame(PANEL)
    answers, firms = len(frame), frame["Bedrijfs-ID"].nunique()
    assert counts_sentence(counts, "nl") == f"{answers} antwoorden van {firms} bedrijven in 4 rondes"
    assert counts_sentence(counts, "en") == f"{answers} answers from {firms} firms in 4 rounds"


def test_a_selection_says_answers_firms_and_rounds_apart():
    survey = _survey(PANEL)
    frame = _frame(PANEL)
    mask = (frame["Kwartaal"] == "2022-Q2").to_numpy()
    text = selection_sentence(survey.panel.counts(mask), survey.panel.counts(), "en")
    assert text == (f"{int(mask.sum())} of {len(frame)} answers · {int(mask.sum())} of "
                    f"{frame['Bedrijfs-ID'].nunique()} firms · 1 of 4 rounds")


def test_panel_fixture_is_what_the_generator_writes(tmp_path):
    subprocess.run([sys.executable, str(PANEL_DIR / "make_panel.py"), "--out", str(tmp_path)], check=True)
    for name in (PANEL.name, ROUNDS.name):
        assert (tmp_path / name).read_bytes() == (PANEL_DIR / name).read_bytes(), name


# ---- ids repeated within a round, surveys without ids ----------------------------------------

def _table(frame: pd.DataFrame) -> LoadedTable:
    return LoadedTable(path="rounds.xlsx", sheet=None, sheets=(), format="generic", header_rows=1, frame=frame,
                       columns=tuple(ColumnInfo(name=c, question_text=c) for c in frame.columns), warnings=(),
                       sha256="1" * 64)


def test_an_id_twice_in_one_round_stays_a_warning_and_is_never_paired_with_itself():
    frame = pd.DataFrame({
        "firm_id": ["A", "A", "B", "A", "B", "C"],
        "wave": ["golf 1", "golf 1", "golf 1", "golf 2", "golf 2", "golf 2"],
        "nace": ["25.62"] * 6, "employees": [20, 20, 30, 20, 30, 40],
        "q": pd.Categorical(["Ja", "Nee", "Ja", "Ja", "Nee", "Ja"]),
    })
    survey = build_survey(_table(frame), use_profiles=False)
    assert any("Duplicate ids" in w for w in survey.warnings)
    panel = survey.panel
    assert panel.is_panel
    counts = panel.counts()
    assert (counts.answers, counts.firms) == (6, 3)
    assert [(r.answers, r.firms) for r in counts.per_round] == [(3, 2), (3, 3)]
    first, second = panel.paired_rows(0, 1)
    assert list(first) == [2] and list(second) == [4]  # firm B only: A answered twice in golf 1


def test_without_ids_answers_cannot_be_told_from_firms():
    frame = pd.DataFrame({"wave": ["2021", "2022", "2022"], "nace": ["25.62"] * 3, "employees": [20, 30, 40],
                          "q": pd.Categorical(["Ja", "Nee", "Ja"])})
    survey = build_survey(_table(frame), use_profiles=False)
    assert survey.roles["id"] is None
    counts = survey.panel.counts()
    assert not survey.panel.is_panel
    assert counts_sentence(counts, "nl") == "3 antwoorden in 2 rondes"


def test_a_survey_without_rounds_has_no_panel():
    assert _survey(SAMPLES / "ems_2015_extract.xlsx").panel is None


# ---- the Fedustria sample -----------------------------------------------------------------------

def test_fedustria_counts_answers_firms_and_rounds_apart():
    frame = _frame(FEDUSTRIA)
    survey = _survey(FEDUSTRIA)
    counts = survey.panel.counts()
    assert survey.panel.rounds == ("juni 2020", "mei 2021", "september 2021")
    assert counts.answers == len(frame) == 385
    assert counts.firms == frame["Ondernemingsnummer"].nunique()
    assert counts_sentence(counts, "nl") == f"385 antwoorden van {counts.firms} bedrijven in 3 rondes"


def test_fedustria_logistics_problems_reproduce_per_round():
    frame = _frame(FEDUSTRIA)
    summary = summarize(_survey(FEDUSTRIA), LOGISTICS, by="wave")
    by_round = {g.group: g for g in summary.groups}
    for label, group in by_round.items():
        answers = frame.loc[frame["Bevraging"] == label, LOGISTICS].dropna()
        assert group.n == len(answers)
        if len(answers):
            assert group.counts["Ja"] == int((answers == "Ja").sum())
    september = by_round["september 2021"]
    assert round(100 * september.shares["Ja"]) == 60  # report 002 §2.3.6: "60 % had logistics problems"
    assert by_round["juni 2020"].n == 0  # not asked in the first round
