"""`report` on a survey asked in rounds: one answer benchmarked against its own round.

Expected counts come from the sample file with plain pandas.
"""

from __future__ import annotations

import csv
import json

import pandas as pd

from explorer.cli import main
from paths import SAMPLES
from disclosure.ledger_intruder import pdf_text

FEDUSTRIA = SAMPLES / "fedustria_quick_survey_2021.csv"
LOGISTICS = "Ondervindt u logistieke problemen?"


def _frame() -> pd.DataFrame:
    return pd.read_csv(FEDUSTRIA, sep=";", encoding="cp1252", dtype=str, keep_default_na=False, na_values=[""])


def _firm_with_three_answers(frame: pd.DataFrame) -> str:
    rounds = frame.groupby("Ondernemingsnummer")["Bevraging"].nunique()
    return sorted(rounds[rounds == 3].index)[0]


def test_a_firm_with_three_answers_is_benchmarked_in_its_latest_round_or_the_one_chosen(tmp_path, capsys):
    frame = _frame()
    firm = _firm_with_three_answers(frame)
    out = tmp_path / "latest.pdf"
    assert main(["report", str(FEDUSTRIA), "--firm", firm, "--out", str(out), "--lang", "nl"]) == 0
    assert "round september 2021" in capsys.readouterr().out
    text = " ".join(pdf_text(out).split())
    assert "september 2021" in text and "ronde september 2021" in text
    assert "Uw antwoorden in eerdere rondes" in text and "juni 2020" in text and "mei 2021" in text
    earlier = tmp_path / "june.pdf"
    assert main(["report", str(FEDUSTRIA), "--firm", firm, "--out", str(earlier), "--lang", "en",
                 "--wave", "Juni 2020"]) == 0
    assert "round juni 2020" in " ".join(pdf_text(earlier).split())


def test_a_round_the_firm_did_not_answer_is_refused_in_one_line(tmp_path, capsys):
    frame = _frame()
    rounds = frame.groupby("Ondernemingsnummer")["Bevraging"].agg(set)
    firm = sorted(f for f, r in rounds.items() if r == {"juni 2020"})[0]
    out = tmp_path / "b.pdf"
    assert main(["report", str(FEDUSTRIA), "--firm", firm, "--out", str(out), "--wave", "mei 2021"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and "juni 2020" in err[0] and not out.exists()


def test_all_writes_one_briefing_per_firm_for_its_latest_round_and_the_index_names_it(tmp_path, capsys):
    frame = _frame()
    june = frame[frame["Bevraging"] == "juni 2020"]
    assert main(["report", str(FEDUSTRIA), "--all", "--out-dir", str(tmp_path / "june"), "--wave", "juni 2020"]) == 0
    with open(tmp_path / "june" / "briefings.csv", encoding="utf-8-sig") as handle:
        index = list(csv.DictReader(handle, delimiter=";"))
    assert len(index) == len(june) and {row["round"] for row in index} == {"juni 2020"}
    latest = frame.assign(order=frame["Bevraging"].map({"juni 2020": 0, "mei 2021": 1, "september 2021": 2}))
    expected = latest.sort_values("order").groupby("Ondernemingsnummer")["Bevraging"].last()
    from explorer.core.reading import ParsedCache, read_table
    from explorer.core.survey import build_survey
    from explorer.core.benchmark.firm_rounds import answer_rows_of, round_label

    survey = build_survey(read_table(FEDUSTRIA, cache=ParsedCache(enabled=False)), use_profiles=False)
    rows = answer_rows_of(survey)
    ids = frame["Ondernemingsnummer"]
    assert len(rows) == ids.nunique()
    assert {ids.iloc[r]: round_label(survey, r) for r in rows} == expected.to_dict()
    assert len(answer_rows_of(survey, every_wave=True)) == len(frame)


def test_sixty_percent_logistics_problems_still_reproduces_per_round(capsys):
    frame = _frame()
    assert main(["summarize", str(FEDUSTRIA), "--question", LOGISTICS, "--by", "wave", "--json"]) == 0
    groups = {g["group"]: g for g in json.loads(capsys.readouterr().out)["groups"]}
    september = frame[(frame["Bevraging"] == "september 2021")][LOGISTICS].dropna()
    assert groups["september 2021"]["n"] == len(september)
    assert round(groups["september 2021"]["shares"]["Ja"], 2) == round((september == "Ja").mean(), 2) == 0.60
