"""Valid but awkward workbook layouts: lying <dimension>, styling down to row 1,048,576, merged
two-row headers, title rows, a Readme sheet first, blank rows, no data at all."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from .expect import EMPTY, NO_DATA_ROWS, Case, Opens, Refused
from .survey import HEADER, survey_rows, survey_table
from .xlsx_writer import STYLE_FILL, Sheet, workbook_parts, write_parts, write_xlsx

MAX_ROW = 1_048_576
WRONG_DIMENSION = "A1:C3"


def make_wrong_dimension_xlsx(folder: Path) -> Path:
    """<dimension ref="A1:C3"/> over 200 data rows and 5 columns."""
    sheet = Sheet("Data", survey_table(200), dimension=WRONG_DIMENSION)
    return write_xlsx(folder / "wrong_dimension.xlsx", [sheet])


def _styled_empty_row(r: int, width: int = len(HEADER)) -> str:
    cells = "".join(f'<c r="{chr(65 + j)}{r}" s="{STYLE_FILL}"/>' for j in range(width))
    return f'<row r="{r}" spans="1:{width}" s="{STYLE_FILL}" customFormat="1">{cells}</row>'


def make_styled_to_last_row_sparse_xlsx(folder: Path) -> Path:
    """50 data rows, styled empty rows 52..300, one styled empty cell in row 1,048,576, whole
    columns styled by <cols>, and a dimension that reaches row 1,048,576."""
    tail = "".join(_styled_empty_row(r) for r in range(52, 301))
    tail += f'<row r="{MAX_ROW}"><c r="A{MAX_ROW}" s="{STYLE_FILL}"/></row>'
    sheet = Sheet(
        "Data", survey_table(50), dimension=f"A1:E{MAX_ROW}", tail_rows_xml=tail,
        cols_xml=f'<cols><col min="1" max="16384" width="9" style="{STYLE_FILL}"/></cols>',
    )
    return write_xlsx(folder / "styled_to_last_row_sparse.xlsx", [sheet])


def make_styled_to_last_row_dense_xlsx(folder: Path) -> Path:
    """50 data rows, then every row 52..1,048,576 present with 5 styled empty cells (about 150 MB of
    XML, about 1 MB zipped)."""
    marker = "<!--TAIL-->"
    parts: dict = workbook_parts([Sheet("Data", survey_table(50), dimension=f"A1:E{MAX_ROW}",
                                       tail_rows_xml=marker)])
    head, rest = parts["xl/worksheets/sheet1.xml"].split(marker.encode())

    template = _styled_empty_row(999_999_999).replace("999999999", "%d").encode()
    per_row = template.count(b"%d")

    def sheet_chunks() -> Iterator[bytes]:
        yield head
        for start in range(52, MAX_ROW + 1, 8192):
            stop = min(start + 8192, MAX_ROW + 1)
            yield b"".join(template % ((r,) * per_row) for r in range(start, stop))
        yield rest

    parts["xl/worksheets/sheet1.xml"] = sheet_chunks()
    return write_parts(folder / "styled_to_last_row_dense.xlsx", parts, level=1)


MERGED_HEADER_TOP = ["Bedrijf-ID", "Sector", "Motieven reshoring", None, None, "Werknemers"]
MERGED_HEADER_SUB = [None, None, "Kosten", "Kwaliteit", "Nabijheid klant", None]


def make_merged_header_xlsx(folder: Path) -> Path:
    """Two header rows: "Motieven reshoring" merged over C1:E1 with its options in row 2; the
    single-level columns merged vertically (A1:A2, B1:B2, F1:F2). 30 data rows."""
    data = [[2001 + i, ["25", "28", "22"][i % 3], i % 2, (i // 2) % 2, int(i % 5 == 0), 10 + 7 * i]
            for i in range(30)]
    sheet = Sheet("Data", [MERGED_HEADER_TOP, MERGED_HEADER_SUB, *data],
                  merges=("A1:A2", "B1:B2", "C1:E1", "F1:F2"))
    return write_xlsx(folder / "merged_header.xlsx", [sheet])


def make_title_rows_above_header_xlsx(folder: Path) -> Path:
    """A title in A1, an empty row 2, the header in row 3, 40 data rows."""
    rows = [["Enquête reshoring 2021 — export 12-10-2021"], [], *survey_table(40)]
    return write_xlsx(folder / "title_rows_above_header.xlsx", [Sheet("Export", rows)])


README_LINES = [
    "Leesmij",
    "Dit bestand bevat de antwoorden van de quick survey van september 2021.",
    "De gegevens staan op het tabblad 'Data'.",
    "Werknemers = aantal werknemers in België op 31 december 2020.",
    "Reshoring: heeft het bedrijf productie teruggehaald naar Europa (Ja/Nee)?",
    "Contact: enquete@example.org",
]


def make_readme_sheet_first_xlsx(folder: Path) -> Path:
    """Sheet 1 "Leesmij" holds six lines of prose in column A; the data (25 rows) is on sheet 2."""
    sheets = [Sheet("Leesmij", [[line] for line in README_LINES]), Sheet("Data", survey_table(25))]
    return write_xlsx(folder / "readme_sheet_first.xlsx", sheets)


def make_blank_row_inside_data_xlsx(folder: Path) -> Path:
    """30 data rows with one wholly empty row (sheet row 17) after the 15th."""
    rows = survey_rows(30)
    table = [list(HEADER), *rows[:15], [], *rows[15:]]
    return write_xlsx(folder / "blank_row_inside_data.xlsx", [Sheet("Data", table)])


def make_cells_without_refs_xlsx(folder: Path) -> Path:
    """No r attributes on <row>/<c> and no <dimension>: valid SpreadsheetML that some tools write."""
    sheet = Sheet("Data", survey_table(10), dimension=None, cell_refs=False)
    return write_xlsx(folder / "cells_without_refs.xlsx", [sheet])


def make_inline_strings_xlsx(folder: Path) -> Path:
    """Text as t="inlineStr" cells, no sharedStrings.xml (as many exporters write)."""
    return write_xlsx(folder / "inline_strings.xlsx", [Sheet("Data", survey_table(10), inline_strings=True)])


def make_empty_sheet_xlsx(folder: Path) -> Path:
    """A valid workbook whose only sheet has no cells."""
    return write_xlsx(folder / "empty_sheet.xlsx", [Sheet("Blad1", [], dimension="A1")])


def make_header_only_xlsx(folder: Path) -> Path:
    """Column names in row 1 and nothing else."""
    return write_xlsx(folder / "header_only.xlsx", [Sheet("Data", [list(HEADER)])])


CASES = [
    Case("wrong_dimension", make_wrong_dimension_xlsx, Opens(200, 5),
         f'<dimension ref="{WRONG_DIMENSION}"/> but 200 rows × 5 columns: no row or column may be lost'),
    Case("styled_to_last_row_sparse", make_styled_to_last_row_sparse_xlsx, Opens(50, 5),
         "styled empty rows and a styled cell in row 1,048,576; dimension A1:E1048576"),
    Case("styled_to_last_row_dense", make_styled_to_last_row_dense_xlsx, Opens(50, 5),
         "every row down to 1,048,576 has styled empty cells; must still open quickly", slow=True),
    Case("merged_header", make_merged_header_xlsx, Opens(30, 6, header_rows=2),
         "two header rows; C1:E1 merged over the options Kosten/Kwaliteit/Nabijheid klant"),
    Case("title_rows_above_header", make_title_rows_above_header_xlsx, Opens(40, 5, first_header_row=3),
         "title in row 1, blank row 2, header in row 3"),
    Case("readme_sheet_first", make_readme_sheet_first_xlsx, Opens(25, 5, sheet="Data"),
         "first sheet is prose; a correct reader picks (or offers) sheet 'Data'"),
    Case("blank_row_inside_data", make_blank_row_inside_data_xlsx, Opens(30, 5),
         "a wholly empty row in the middle: rows after it must not be lost (the empty row is no answer)"),
    Case("cells_without_refs", make_cells_without_refs_xlsx, Opens(10, 5)),
    Case("inline_strings", make_inline_strings_xlsx, Opens(10, 5)),
    Case("empty_sheet", make_empty_sheet_xlsx, Refused(EMPTY)),
    Case("header_only_xlsx", make_header_only_xlsx, Refused(NO_DATA_ROWS),
         "choice: a header without answers is refused ('has column names but no data rows')"),
]
