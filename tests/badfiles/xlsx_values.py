"""Valid workbooks with awkward cell values: formulas without cached values, error cells, serial
dates (1900 and 1904), numbers stored as Dutch text, duplicate names and ids, text that looks like a
formula, a macro-enabled .xlsm and an ISO Strict workbook."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from .expect import Case, Opens
from .ole import compound_file_bytes
from .survey import survey_table
from .xlsx_writer import (
    STRICT, STYLE_DATE_NL, STYLE_DATETIME, ErrorCell, Formula, Sheet, Styled, workbook_parts, write_parts,
    write_xlsx,
)

START_SERIAL = 45231.5  # 2023-11-01 12:00 in the 1900 date system
START_SERIAL_1904 = START_SERIAL - 1462  # the same moment in the 1904 date system
START = datetime(2023, 11, 1, 12, 0)


def make_formulas_without_values_xlsx(folder: Path) -> Path:
    """Column "Groei" is =C/B-1; even data rows have no cached <v>, odd rows carry one."""
    rows: list[list[object]] = [["Bedrijf-ID", "Omzet 2020", "Omzet 2021", "Groei"]]
    for i in range(20):
        r = i + 2
        before, after = 100 + 10 * i, 110 + 10 * i
        cached = round(after / before - 1, 6) if i % 2 else None
        rows.append([3001 + i, before, after, Formula(f"C{r}/B{r}-1", cached)])
    return write_xlsx(folder / "formulas_without_values.xlsx", [Sheet("Data", rows)])


ERROR_CODES = ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"]


def make_error_cells_xlsx(folder: Path) -> Path:
    """Error cells (t="e") scattered in "Score" and "Aandeel": every third row."""
    rows: list[list[object]] = [["Bedrijf-ID", "Score", "Aandeel"]]
    for i in range(20):
        score = ErrorCell(ERROR_CODES[i % len(ERROR_CODES)]) if i % 3 == 0 else i % 5 + 1
        share = ErrorCell("#DIV/0!") if i % 3 == 1 else round(i / 20, 2)
        rows.append([4001 + i, score, share])
    return write_xlsx(folder / "error_cells.xlsx", [Sheet("Data", rows)])


def _date_rows(start_serial: float) -> list[list[object]]:
    rows: list[list[object]] = [["Id", "Start time", "Completion time", "Ingevuld op", "Sector"]]
    for i in range(15):
        start = start_serial + i
        rows.append([
            i + 1,
            Styled(start, STYLE_DATETIME),
            start + 0.0125,  # a serial without date style
            Styled(start + 0.0125, STYLE_DATE_NL),
            ["25", "28", "29"][i % 3],
        ])
    return rows


def make_serial_dates_xlsx(folder: Path) -> Path:
    """"Start time": serials with built-in format 22; "Completion time": the same kind of serial with
    no style; "Ingevuld op": serials with the custom format dd-mm-yyyy hh:mm."""
    return write_xlsx(folder / "serial_dates.xlsx", [Sheet("Data", _date_rows(START_SERIAL))])


def make_serial_dates_1904_xlsx(folder: Path) -> Path:
    """The same moments in the 1904 date system (<workbookPr date1904="1"/>, old Mac Excel)."""
    return write_xlsx(folder / "serial_dates_1904.xlsx", [Sheet("Data", _date_rows(START_SERIAL_1904))],
                      date1904=True)


DUTCH_TEXT_ROWS = [
    # Omzet, Exportaandeel, Groei, Score, Bedrag
    ("€ 1.000", "12 %", "-3,5", "0,75", "1.234,56"),
    ("€ 2.500,50", "35 %", "2,0", "0,5", "12.345,00"),
    ("€ 12.000", "0 %", "10", "1", "-1.000,25"),
    ("€ 750", "100 %", "-0,25", "0,125", "0,99"),
]


def make_dutch_text_numbers_xlsx(folder: Path) -> Path:
    """Numbers stored as Dutch-formatted text cells: '€ 1.000', '12 %', '-3,5', '0,75', '1.234,56'."""
    rows: list[list[object]] = [["Bedrijf-ID", "Omzet", "Exportaandeel", "Groei", "Score", "Bedrag"]]
    for i in range(12):
        rows.append([5001 + i, *DUTCH_TEXT_ROWS[i % len(DUTCH_TEXT_ROWS)]])
    return write_xlsx(folder / "dutch_text_numbers.xlsx", [Sheet("Data", rows)])


def make_duplicate_column_names_xlsx(folder: Path) -> Path:
    """Two columns named "Q1" (columns B and D)."""
    rows: list[list[object]] = [["Bedrijf-ID", "Q1", "Q2", "Q1", "Werknemers"]]
    rows += [[6001 + i, "Ja" if i % 2 else "Nee", i % 5 + 1, "Ja" if i % 3 else "Nee", 10 + i] for i in range(15)]
    return write_xlsx(folder / "duplicate_column_names.xlsx", [Sheet("Data", rows)])


def make_duplicate_ids_xlsx(folder: Path) -> Path:
    """Id 1003 occurs three times (data rows 3, 6 and 13)."""
    table = survey_table(20)
    table[6][0] = table[13][0] = table[3][0]
    return write_xlsx(folder / "duplicate_ids.xlsx", [Sheet("Data", table)])


FORMULA_LIKE_TEXT = ["=1+1", "+31 20 123 4567", "-", "@bedrijf", "\tingesprongen", "=HYPERLINK(\"http://x\")"]


def make_formula_like_text_xlsx(folder: Path) -> Path:
    """Text cells starting with = + - @ and tab (exports must write them with a leading ')."""
    rows: list[list[object]] = [["Bedrijf-ID", "Opmerking"]]
    rows += [[7001 + i, text] for i, text in enumerate(FORMULA_LIKE_TEXT)]
    return write_xlsx(folder / "formula_like_text.xlsx", [Sheet("Data", rows)])


def make_macro_workbook_xlsm(folder: Path) -> Path:
    """Macro-enabled content type and an xl/vbaProject.bin (an OLE2 file) related to the workbook."""
    parts = workbook_parts([Sheet("Data", survey_table(10))], macro=True)
    parts["xl/vbaProject.bin"] = compound_file_bytes({
        "PROJECT": b'ID="{00000000-0000-0000-0000-000000000000}"\r\nName="VBAProject"\r\n',
    })
    return write_parts(folder / "macro_workbook.xlsm", parts)


def make_strict_ooxml_xlsx(folder: Path) -> Path:
    """ISO 29500 Strict namespaces (Excel's "Strict Open XML Spreadsheet")."""
    return write_xlsx(folder / "strict_ooxml.xlsx", [Sheet("Data", survey_table(12))], ns=STRICT)


CASES = [
    Case("formulas_without_values", make_formulas_without_values_xlsx,
         Opens(20, 4, warnings=("formula",), samples=(("Groei", 0, None), ("Groei", 1, 0.090909)))),
    Case("error_cells", make_error_cells_xlsx,
         Opens(20, 3, warnings=("#N/A",), samples=(("Score", 0, None), ("Score", 2, 3), ("Aandeel", 1, None))),
         "error cells become missing values; the warning names them"),
    Case("serial_dates", make_serial_dates_xlsx,
         Opens(15, 5, samples=(("Start time", 0, START), ("Ingevuld op", 0, datetime(2023, 11, 1, 12, 18)))),
         "unstyled 'Completion time' serials: a number, or a date if the reader infers it; not checked"),
    Case("serial_dates_1904", make_serial_dates_1904_xlsx,
         Opens(15, 5, samples=(("Start time", 0, START),))),
    Case("dutch_text_numbers", make_dutch_text_numbers_xlsx,
         Opens(12, 6, samples=(("Omzet", 0, 1000.0), ("Omzet", 1, 2500.5), ("Groei", 0, -3.5),
                               ("Score", 0, 0.75), ("Bedrag", 0, 1234.56), ("Bedrag", 2, -1000.25))),
         "'12 %' is a percentage: 12 or 0.12 is the reader's choice, not checked"),
    Case("duplicate_column_names", make_duplicate_column_names_xlsx, Opens(15, 5, warnings=("duplicate",)),
         "both Q1 columns are kept (e.g. renamed 'Q1 (2)')"),
    Case("duplicate_ids", make_duplicate_ids_xlsx, Opens(20, 5, warnings=("duplicate",))),
    Case("formula_like_text", make_formula_like_text_xlsx,
         Opens(len(FORMULA_LIKE_TEXT), 2, samples=(("Opmerking", 0, "=1+1"),)),
         "values are text; any export must prefix them with '"),
    Case("macro_workbook", make_macro_workbook_xlsm, Opens(10, 5), "values only; macros never run"),
    Case("strict_ooxml", make_strict_ooxml_xlsx, Opens(12, 5),
         "Strict namespaces; openpyxl cannot read these, check other engines"),
]
