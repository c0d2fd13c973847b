"""A question's short title and its options' display labels, given once in the mapping, reach every export.

The relabelled mapping is saved as a profile (as the mapping dialog's "Save profile" does), so the
command line picks it up for the same file; the figures must not move, only their names.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from openpyxl import load_workbook
from pptx import Presentation
from pypdf import PdfReader

from explorer.cli import main
from explorer.core.reading import ParsedCache, read_table
from explorer.core.session import Session
from explorer.core.survey import Mapping, build_survey
from explorer.core.survey.mapping_edit import set_option_label, set_title
from explorer.core.survey.profiles import save_profile
from paths import SAMPLES

EMS = SAMPLES / "ems_2015_extract.xlsx"
SURVEY = SAMPLES / "association_reshoring_survey_surveymonkey.csv"
RELOCATION = "Overweegt uw bedrijf de komende twee jaar productie te verplaatsen?"


@pytest.fixture(autouse=True)
def own_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("SURVEY_EXPLORER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("SURVEY_EXPLORER_DATA_DIR", str(tmp_path / "data"))


def relabel(path, key: str, title: str, labels: dict[str, str]) -> Mapping:
    mapping = set_title(Mapping(), key, title)
    for option, label in labels.items():
        mapping = set_option_label(mapping, key, option, label)
    save_profile(read_table(path, cache=ParsedCache(enabled=False)), mapping, "relabelled")
    return mapping


def summary_json(capsys, *args) -> dict:
    capsys.readouterr()
    assert main(["summarize", str(EMS), "--question", "backshoring", *args, "--json", "--no-cache"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_relabelled_question_keeps_its_answers_and_figures(capsys):
    before = summary_json(capsys, "--by", "size")
    mapping = relabel(EMS, "backshoring", "Productie teruggehaald", {"yes": "Ja, teruggehaald"})
    assert summary_json(capsys, "--by", "size") == before, "only names change"
    survey = build_survey(read_table(EMS, cache=ParsedCache(enabled=False)), mapping)
    question = survey.question("backshoring")
    assert question.label == "Productie teruggehaald" and question.options == ("yes", "no")
    assert [question.option_text(o) for o in question.options] == ["Ja, teruggehaald", "no"]
    assert survey.question("Productie teruggehaald") is question  # found by its new name too


def test_the_xlsx_and_csv_carry_the_title_and_the_option_labels(tmp_path, capsys):
    relabel(EMS, "backshoring", "Productie teruggehaald", {"yes": "Ja, teruggehaald"})
    out = tmp_path / "table.xlsx"
    assert main(["summarize", str(EMS), "--question", "backshoring", "--out", str(out), "--lang", "nl"]) == 0
    sheet = load_workbook(out).active
    assert sheet["A1"].value == "Productie teruggehaald"
    values = {c.value for row in sheet.iter_rows() for c in row}
    assert "Ja, teruggehaald" in values and "yes" not in values
    long = tmp_path / "long.csv"
    assert main(["summarize", str(EMS), "--question", "backshoring", "--table", "long", "--out", str(long),
                 "--lang", "nl"]) == 0
    text = long.read_text(encoding="utf-8-sig")
    assert "Ja, teruggehaald" in text and ";yes;" not in text


def test_slides_are_titled_and_labelled_as_relabelled(tmp_path, capsys):
    relabel(EMS, "backshoring", "Productie teruggehaald", {"yes": "Ja, teruggehaald"})
    out = tmp_path / "deck.pptx"
    assert main(["slides", str(EMS), "--question", "backshoring", "--out", str(out), "--lang", "nl"]) == 0
    charts = [(slide.shapes.title.text, shape.chart) for slide in Presentation(str(out)).slides
              for shape in slide.shapes if shape.has_chart]
    [(title, chart)] = charts
    assert title == "Productie teruggehaald"
    assert list(chart.plots[0].categories) == ["Ja, teruggehaald", "no"]


def test_the_briefing_names_the_question_and_options_as_relabelled(tmp_path):
    relabel(SURVEY, RELOCATION, "Plannen komende twee jaar", {"Nee": "Geen verplaatsing"})
    rows = list(csv.reader(SURVEY.open(encoding="utf-8-sig")))[2:]  # two header rows
    firm = next(row[0] for row in rows if row[13] == "Nee" and row[12] == "Noord-Brabant")
    out = tmp_path / "brief.pdf"
    assert main(["report", str(SURVEY), "--firm", firm, "--out", str(out), "--lang", "nl",
                 "--peers", "region=Noord-Brabant"]) == 0
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Uw antwoord: Geen verplaatsing." in text and RELOCATION not in text
    # still in its theme: themes are recognised by the file's wording, not by the short title
    section = text[text.index("Verplaatsing van productie"):]
    assert "Plannen komende twee jaar" in section[:section.index("Motieven")]


def test_titles_and_labels_are_kept_in_profiles_and_sessions():
    mapping = relabel(EMS, "backshoring", "Productie teruggehaald", {"yes": "Ja, teruggehaald"})
    session = Session(source_path=str(EMS), source_sha256="0" * 64, mapping=mapping)
    again = Session.from_json(json.loads(json.dumps(session.to_json())))
    assert again.mapping == mapping
    assert again.mapping.titles == {"backshoring": "Productie teruggehaald"}
    assert set_option_label(mapping, "backshoring", "yes", "").option_labels == {}, "empty: the file's text again"
    assert set_title(mapping, "backshoring", " ").titles == {}
