"""`survey-explorer slides`: a deck of native, editable charts, read back with python-pptx."""

from __future__ import annotations

import json

import pytest
from pptx import Presentation

from explorer.cli import main
from explorer.core.disclosure import release_summary, round_share
from explorer.core.formatting import format_share_interval
from explorer.core.reading import ParsedCache, read_table
from explorer.core.survey import build_survey, summarize
from paths import SAMPLES

EMS = SAMPLES / "ems_2015_extract.xlsx"


def charts(path) -> list[tuple[str, object]]:
    return [(slide.shapes.title.text, shape.chart) for slide in Presentation(str(path)).slides
            for shape in slide.shapes if shape.has_chart]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_one_native_chart_per_question_holding_the_summarized_shares(tmp_path, capsys, lang):
    out = tmp_path / "deck.pptx"
    assert main(["slides", str(EMS), "--out", str(out), "--lang", lang]) == 0
    capsys.readouterr()
    assert main(["inspect", str(EMS), "--json"]) == 0
    questions = [q for q in json.loads(capsys.readouterr().out)["questions"] if q["kind"] != "text"]
    found = charts(out)
    assert [title for title, _ in found] == [q["label"] for q in questions]  # one chart per question
    survey = build_survey(read_table(EMS, cache=ParsedCache(enabled=False)))
    for question, (_, chart) in zip(questions, found):
        if question["kind"] == "numeric":  # quartiles as R3 releases them: two significant figures
            released = release_summary(summarize(survey, question["key"]), None)
            figures = {f.option: f.value for f in released.figures}
            assert [s.values[0] for s in chart.plots[0].series] == [figures[k] for k in ("q1", "median", "q3")]
            continue
        assert main(["summarize", str(EMS), "--question", question["key"], "--json"]) == 0
        total = json.loads(capsys.readouterr().out)["total"]
        [series] = chart.plots[0].series
        assert list(chart.plots[0].categories) == question["options"]
        expected = [round_share(total["shares"][option]) for option in question["options"]]
        assert list(series.values) == pytest.approx(expected)


def test_withheld_figures_are_absent_from_the_chart_data(tmp_path):
    out = tmp_path / "deck.pptx"
    assert main(["slides", str(EMS), "--out", str(out), "--question", "motive", "--by", "size",
                 "--lang", "nl"]) == 0
    survey = build_survey(read_table(EMS, cache=ParsedCache(enabled=False)))
    released = release_summary(summarize(survey, "motive", by="size"), None)
    withheld = {(f.group, f.option) for f in released.figures if f.verdict.suppressed}
    assert withheld, "the sample has a withheld figure in this split"
    split = [chart for _, chart in charts(out) if len(chart.plots[0].series) == 3][0]
    options = list(split.plots[0].categories)
    groups = ["small", "medium", "large"]
    for group, series in zip(groups, split.plots[0].series):
        for option, value in zip(options, series.values):
            assert (value is None) == ((group, option) in withheld), (group, option)
    texts = [shape.text_frame.text for slide in Presentation(str(out)).slides for shape in slide.shapes
             if shape.has_text_frame]
    assert any("c: " in text for text in texts), "the slide names the reason of every withheld figure"


def test_a_crosstab_slide_is_a_table(tmp_path):
    out = tmp_path / "deck.pptx"
    assert main(["slides", str(EMS), "--out", str(out), "--question", "backshoring", "--by", "tech",
                 "--lang", "en"]) == 0
    tables = [shape.table for slide in Presentation(str(out)).slides for shape in slide.shapes if shape.has_table]
    assert tables and tables[0].cell(0, 0).text == "Group"
    assert tables[0].cell(len(tables[0].rows) - 1, 0).text == "Total"


def test_a_target_that_is_no_pptx_is_refused_before_anything_is_released(tmp_path, capsys):
    assert main(["slides", str(EMS), "--out", str(tmp_path / "deck.pdf")]) == 2
    assert capsys.readouterr().err == "error: Export slides as .pptx.\n"
    assert main(["ledger", "show", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["releases"] == []


def test_a_crosstab_of_many_answers_fits_a_slide_with_each_share_beside_its_interval(tmp_path, capsys):
    out = tmp_path / "deck.pptx"
    assert main(["slides", str(EMS), "--out", str(out), "--question", "motive", "--by", "size",
                 "--lang", "nl"]) == 0
    [table] = [shape.table for slide in Presentation(str(out)).slides for shape in slide.shapes if shape.has_table]
    capsys.readouterr()
    assert main(["inspect", str(EMS), "--json"]) == 0
    options = next(q["options"] for q in json.loads(capsys.readouterr().out)["questions"] if q["key"] == "motive")
    heads = [table.cell(0, j).text for j in range(len(table.columns))]
    assert heads == ["Groep", "n", *options]  # one column per answer, not three
    survey = build_survey(read_table(EMS, cache=ParsedCache(enabled=False)))
    released = release_summary(summarize(survey, "motive", by="size"), None)
    total = {f.option: f for f in released.figures if f.group == "total"}
    last = len(table.rows) - 1
    for j, option in enumerate(options, start=2):
        figure, text = total[option], table.cell(last, j).text
        if figure.verdict.suppressed:
            assert text == "c"
        else:  # "48% (38–57)": the released share, then its interval, in the one number format
            assert text == format_share_interval(figure.value, figure.low, figure.high, "nl")
            assert " (" in text and "–" in text
