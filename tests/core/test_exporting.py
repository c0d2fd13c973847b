"""Exported tables carry n, pass the disclosure rules and never hold a live formula."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from paths import SAMPLES
from explorer.core.disclosure import release_summary
from explorer.core.export.filtered_data import write_filtered_data
from explorer.core.export.frame_file import write_table
from explorer.core.export.long_form import SUPPRESSED, summary_frame
from explorer.core.export_safety import escape_cell
from explorer.core.reading import read_table
from explorer.core.survey import FilterSpec, build_survey, filter_mask, summarize


@pytest.fixture(scope="module")
def ems():
    return build_survey(read_table(SAMPLES / "ems_2015_extract.xlsx"))


@pytest.mark.parametrize("text", ["=SUM(A1)", "+1", "-2", "@cmd", "\tx", "\rx"])
def test_formula_starts_are_escaped(text):
    assert escape_cell(text) == "'" + text
    assert escape_cell("Gewoon tekst") == "Gewoon tekst" and escape_cell(3) == 3


def test_small_groups_and_one_sided_groups_are_withheld_with_a_second_cell(ems):
    summary = summarize(ems, "backshoring", by="region", filters=FilterSpec.parse(["size=large"]))
    cells = release_summary(summary).figures
    by_group = {}
    for cell in cells:
        by_group.setdefault(cell.group, []).append(cell)
    withheld = [g for g, group_cells in by_group.items() if group_cells[0].verdict.suppressed]
    assert len(withheld) != 1, "a single withheld group beside a shown total could be recovered"
    for group in summary.groups:
        yes = group.counts["yes"]
        if yes in (0, 1, 2, group.n - 2, group.n - 1, group.n) or group.n < 5:
            assert group.group in withheld
    assert all(c.value is None for g in withheld for c in by_group[g])


def test_table_export_to_csv_and_xlsx(ems, tmp_path):
    frame = summary_frame(summarize(ems, "backshoring", by="tech"), lang="nl")
    assert "n" in frame.columns
    write_table(frame, tmp_path / "t.csv", caption="=Backshoring per technologieklasse")
    rows = list(csv.reader((tmp_path / "t.csv").read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == ["'=Backshoring per technologieklasse"]
    write_table(frame, tmp_path / "t.xlsx")
    sheet = load_workbook(tmp_path / "t.xlsx").active
    assert [c.value for c in sheet[1]] == list(frame.columns)
    # Under the table, after an empty row: the tests' footnote (a split table), one line per sentence.
    notes = frame.attrs["notes"]
    assert notes and sheet.max_row == len(frame) + 2 + len(notes)
    assert [sheet.cell(len(frame) + 3 + i, 1).value for i in range(len(notes))] == notes
    assert rows[len(frame) + 2] == [] and [r[0] for r in rows[len(frame) + 3:]] == notes


def test_filtered_data_export_escapes_injected_text(ems, tmp_path):
    import dataclasses

    frame = ems.frame.copy()
    frame["nace"] = frame["nace"].astype(str)
    frame.loc[0, "nace"] = "=HYPERLINK(\"http://x\")"
    survey = build_survey(dataclasses.replace(ems.table, frame=frame))
    mask = filter_mask(survey, FilterSpec.parse(["region=Spain"]))
    mask[0] = True
    count = write_filtered_data(survey, mask, tmp_path / "data.xlsx", "en")
    sheet = load_workbook(tmp_path / "data.xlsx").active
    assert sheet.max_row == count + 2  # the note, the header, the firms
    assert "individual answers" in sheet.cell(1, 1).value
    values = [c.value for c in next(sheet.iter_rows(min_row=3, max_row=3))]
    assert any(isinstance(v, str) and v.startswith("'=HYPERLINK") for v in values)
    assert SUPPRESSED == "c"


def test_shares_in_a_long_form_workbook_are_percent_cells(ems, tmp_path):
    """Excel and LibreOffice show 12% rather than 0.12: the long form marks its share columns."""
    summary = summarize(ems, "backshoring", by="size")
    frame = summary_frame(summary, 5, "nl")
    out = tmp_path / "long.xlsx"
    write_table(frame, out, caption="backshoring", lang="nl")
    rows = list(load_workbook(out).active.iter_rows())
    head = next(i for i, row in enumerate(rows) if row[0].value == "Groep")
    names = [c.value for c in rows[head]]
    shares = [names.index(n) for n in ("Aandeel", "95%-interval onder", "95%-interval boven")]
    released = [f for f in release_summary(summary, 5).figures if not f.verdict.suppressed]
    body = [row for row in rows[head + 1: head + 1 + len(frame)] if isinstance(row[shares[0]].value, float)]
    assert len(body) == len(released)
    for row in body:
        for index in shares:
            assert row[index].number_format in ("0%", "0.0%"), row[index].coordinate
        assert row[names.index("n")].number_format == "General"
