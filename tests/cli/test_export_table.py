"""`summarize --out`: the released table from the command line, as Export > Table writes it."""

from __future__ import annotations

import csv
import hashlib
import json
import re
import shutil

import pandas as pd
from openpyxl import load_workbook

from explorer.cli import main
from explorer.core.disclosure import round_share
from paths import SAMPLES

EMS = SAMPLES / "ems_2015_extract.xlsx"


def percent(share: float) -> float:
    return round(round_share(share) * 100, 1)


def released_json(capsys, *args) -> dict:
    """The summary the advisor sees (`summarize --json`), to compare the exported table with."""
    assert main(["summarize", str(EMS), *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_dutch_csv_reads_back_with_decimal_commas(tmp_path, capsys):
    out = tmp_path / "table.csv"
    assert main(["summarize", str(EMS), "--question", "backshoring", "--by", "size", "--out", str(out),
                 "--lang", "nl"]) == 0
    capsys.readouterr()
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, so Excel reads it as UTF-8
    frame = pd.read_csv(out, sep=";", decimal=",")
    table = frame[frame["n"].notna()]
    # a tested group carries its letter as on screen: "(A) Klein (10–49)"
    assert [re.sub(r"^\(\w+\) ", "", g) for g in table["Groep"]] == \
        ["Klein (10–49)", "Middelgroot (50–249)", "Groot (250+)", "Totaal"]
    summary = released_json(capsys, "--question", "backshoring", "--by", "size")
    expected = [*summary["groups"], summary["total"]]
    for row, group in zip(table.itertuples(index=False), expected):
        values = dict(zip(table.columns, row))
        assert values["n"] == group["n"]
        for option, share in group["shares"].items():
            assert values[f"{option} (%)"] == percent(share)  # the release precision, a tenth of a point
            low, high = group["ci"][option]
            assert values[f"{option}: 95%-interval onder (%)"] == percent(low)
            assert values[f"{option}: 95%-interval boven (%)"] == percent(high)
    notes = list(frame.loc[frame["n"].isna(), "Groep"].dropna())
    assert "backshoring" in notes and any(note.startswith("Selectie:") for note in notes)


def test_an_english_csv_has_commas_and_decimal_points(tmp_path):
    out = tmp_path / "table.csv"
    assert main(["summarize", str(EMS), "--question", "backshoring", "--by", "tech", "--out", str(out),
                 "--lang", "en"]) == 0
    frame = pd.read_csv(out)
    assert frame.columns[0] == "Group" and frame["yes (%)"].dtype == float


def test_the_xlsx_is_the_crosstab_with_percent_cells(tmp_path, capsys):
    out = tmp_path / "table.xlsx"
    assert main(["summarize", str(EMS), "--question", "backshoring", "--by", "size", "--out", str(out),
                 "--lang", "nl"]) == 0
    capsys.readouterr()
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows())
    head = next(i for i, row in enumerate(rows) if row[0].value == "Groep")
    options = [c.value for c in rows[head - 1] if c.value]
    assert options == ["yes", "no"]  # the answers as columns, in the question's order
    spans = {r.min_col: (r.min_row, r.max_col - r.min_col + 1) for r in sheet.merged_cells.ranges}
    for cell in rows[head - 1]:
        if cell.value:  # each answer heads its share, interval (and letters) columns, merged over them
            assert spans[cell.column][0] == cell.row and spans[cell.column][1] in (3, 4), cell.coordinate
    stride = spans[rows[head - 1][2].column][1]
    if stride == 4:
        assert rows[head][5].value == "Hoger dan"
    assert [c.value for c in rows[head]][:5] == ["Groep", "n", "Aandeel", "95%-interval onder", "95%-interval boven"]
    summary = released_json(capsys, "--question", "backshoring", "--by", "size")
    groups = [*summary["groups"], summary["total"]]
    body = rows[head + 1: head + 1 + len(groups)]
    assert [row[0].value for row in body][-1] == "Totaal" and body[-1][0].font.bold
    for row, group in zip(body, groups):
        assert row[1].value == group["n"]
        for j, option in enumerate(options):
            share, low, high = row[2 + stride * j: 5 + stride * j]
            assert share.value == round_share(group["shares"][option])
            assert (low.value, high.value) == tuple(round_share(v) for v in group["ci"][option])
            # the precision the screen shows: one decimal below 10 %, whole percent from 10 % up
            wanted = "0.0%" if 0 < share.value < 0.0995 else "0%"
            assert share.number_format == wanted and low.number_format == wanted
    assert sheet["A1"].value == "backshoring" and sheet["A1"].font.bold
    # bold cells name the workbook's font, else LibreOffice draws them in a serif
    assert sheet["A1"].font.name == body[-1][0].font.name == body[0][0].font.name


def test_suppressed_cells_are_c_with_their_reasons_below(tmp_path):
    source = tmp_path / "ems.xlsx"
    shutil.copy(EMS, source)
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    out = tmp_path / "table.csv"
    assert main(["summarize", str(source), "--question", "backshoring", "--by", "region",
                 "--filter", "size=large", "--out", str(out), "--lang", "nl", "--no-cache"]) == 0
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert any("c" in row[2:] for row in rows[1:]), "small one-sided countries are withheld"
    assert any(row[0].startswith("c: ") for row in rows), "the reasons follow the table"
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before


def test_long_form_is_an_export_choice(tmp_path):
    out = tmp_path / "long.csv"
    assert main(["summarize", str(EMS), "--question", "backshoring", "--by", "size", "--table", "long",
                 "--out", str(out), "--lang", "nl"]) == 0
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[1][:3] == ["Groep", "Antwoord", "Aandeel"]
    table = rows[2:rows.index([])] if [] in rows else rows[2:]  # a footnote may follow an empty row
    assert {row[0] for row in table} == {"Klein (10–49)", "Middelgroot (50–249)", "Groot (250+)", "Totaal"}
    assert all("," in row[2] or row[2] in ("0", "1", "c") for row in table), "decimal commas"


def test_weighted_tables_carry_the_effective_n(tmp_path):
    out = tmp_path / "table.xlsx"
    assert main(["summarize", str(EMS), "--question", "backshoring", "--by", "size", "--weighted",
                 "--out", str(out)]) == 0
    values = [c.value for row in load_workbook(out).active.iter_rows() for c in row]
    assert "Effective n" in values


def test_a_numeric_question_exports_its_released_statistics(tmp_path, capsys):
    survey = SAMPLES / "association_reshoring_survey_surveymonkey.csv"
    key = "Welk percentage van uw inkoop komt uit Azië?"
    out = tmp_path / "numbers.xlsx"
    assert main(["summarize", str(survey), "--question", key, "--by", "size", "--out", str(out), "--lang", "nl"]) == 0
    capsys.readouterr()
    rows = [[c.value for c in row] for row in load_workbook(out).active.iter_rows()]
    head = next(i for i, row in enumerate(rows) if row[0] == "Groep")
    assert rows[head][:7] == ["Groep", "n", "Gemiddelde", "Standaardafwijking", "Mediaan", "1e kwartiel",
                              "3e kwartiel"]
    assert main(["summarize", str(survey), "--question", key, "--by", "size", "--json"]) == 0
    total = json.loads(capsys.readouterr().out)["total"]
    total_row = next(row for row in rows[head:] if row[0] == "Totaal")
    assert total_row[1] == total["n"]
    assert total_row[4] in ("c", float(f"{total['summary']['median']:.2g}"))  # two significant figures (R3)


def test_bad_targets_are_plain_errors(tmp_path, capsys):
    source = tmp_path / "ems.xlsx"
    shutil.copy(EMS, source)
    assert main(["summarize", str(source), "--question", "backshoring", "--out", str(source)]) == 2
    assert capsys.readouterr().err.startswith("error: ")
    assert main(["summarize", str(source), "--question", "backshoring", "--out", str(tmp_path / "t.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.count("error: ") == 1 and "Traceback" not in err
