"""Files made to break the read budget: metadata that claims billions, cells no reader should
allocate for, texts longer than Excel allows, repeated ODS rows, too many columns, and files that
are not files at all (a pipe, a device). Each is small or built from a repeated block, so the
whole set builds in seconds; the large ones are marked slow."""

from __future__ import annotations

import os
import random
import struct
import zlib
from pathlib import Path

from .expect import CHARTS, DAMAGED, HIDDEN, NOT_A_FILE, TOO_LARGE, Case, Opens, Refused
from .ods import content_xml, write_ods
from .rawzip import RawEntry, deflate_raw, entry_from_bytes, write_raw_zip
from .survey import survey_table
from .xlsx_writer import XML_DECL, Sheet, relationships_xml, workbook_parts, write_parts

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHEET1 = "xl/worksheets/sheet1.xml"


def _sheet_with_rows(rows_xml: str) -> bytes:
    return f'{XML_DECL}<worksheet xmlns="{MAIN_NS}"><sheetData>{rows_xml}</sheetData></worksheet>'.encode()


def _header_row() -> str:
    cells = "".join(f'<c r="{c}1" t="inlineStr"><is><t>{name}</t></is></c>'
                    for c, name in zip("ABCDE", ["Bedrijf-ID", "Naam", "NACE", "Werknemers", "Reshoring"]))
    return f'<row r="1">{cells}</row>'


def _data_rows(first: int, count: int) -> str:
    return "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="B{r}" t="inlineStr"><is><t>Firma {r}</t></is></c>'
                   f'<c r="C{r}"><v>25</v></c><c r="D{r}"><v>{10 + r}</v></c>'
                   f'<c r="E{r}" t="inlineStr"><is><t>Ja</t></is></c></row>' for r in range(first, first + count))


def _with_sheet(path: Path, sheet_xml: bytes, **overrides: bytes) -> Path:
    parts = workbook_parts([Sheet("Data", [["placeholder"]])])
    parts[SHEET1] = sheet_xml
    parts.update(overrides)
    return write_parts(path, parts)


def make_unique_count_huge_xlsx(folder: Path) -> Path:
    """A 3 KB workbook whose shared-string table declares uniqueCount="4000000000" (a reader that
    reserves room for them asks for 96 GB)."""
    parts = workbook_parts([Sheet("Data", survey_table(5))])
    sst = parts["xl/sharedStrings.xml"].decode()
    head, _, rest = sst.partition("uniqueCount=\"")
    parts["xl/sharedStrings.xml"] = (head + 'uniqueCount="4000000000"' + rest.split('"', 1)[1]).encode()
    return write_parts(folder / "unique_count_huge.xlsx", parts)


def make_last_cell_xfd1048576_xlsx(folder: Path) -> Path:
    """Five data rows and one more cell at XFD1048576, Excel's very last cell: the rectangle a
    reader fills is 1,048,576 x 16,384 cells (550 GB)."""
    rows = _header_row() + _data_rows(2, 5) + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    return _with_sheet(folder / "last_cell_xfd1048576.xlsx", _sheet_with_rows(rows))


def make_column_13_letters_xlsx(folder: Path) -> Path:
    """A cell reference with a 13-letter column (ABCDEFGHIJKLM7), far beyond column XFD."""
    rows = _header_row() + _data_rows(2, 5) + '<row r="7"><c r="ABCDEFGHIJKLM7"><v>1</v></c></row>'
    return _with_sheet(folder / "column_13_letters.xlsx", _sheet_with_rows(rows))


def make_row_four_billion_xlsx(folder: Path) -> Path:
    """Row number 4,000,000,000 (Excel stops at 1,048,576) in a row and a cell reference."""
    rows = _header_row() + _data_rows(2, 5) + '<row r="4000000000"><c r="A4000000000"><v>1</v></c></row>'
    return _with_sheet(folder / "row_four_billion.xlsx", _sheet_with_rows(rows))


def make_far_row_after_head_xlsx(folder: Path) -> Path:
    """A header and four data rows, then one more data row at row 900,000: the head reader must not
    pad the gap, and the sheet (900,000 x 5 cells) is within the budget."""
    rows = _header_row() + _data_rows(2, 4) + _data_rows(900_000, 1)
    return _with_sheet(folder / "far_row_after_head.xlsx", _sheet_with_rows(rows))


def make_long_shared_string_xlsx(folder: Path) -> Path:
    """One 3 MiB shared string used by 3,000 cells (9 GB once every cell holds a copy); the text
    is longer than the 32,767 characters Excel allows in a cell."""
    text = "reshoring " * (3 * 1024 * 1024 // 10)
    sst = (f'{XML_DECL}<sst xmlns="{MAIN_NS}" count="3000" uniqueCount="1">'
           f"<si><t>{text}</t></si></sst>").encode()
    rows = _header_row() + "".join(
        f'<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="B{r}" t="s"><v>0</v></c></row>' for r in range(2, 3002))
    parts = workbook_parts([Sheet("Data", survey_table(2))])
    parts[SHEET1] = _sheet_with_rows(rows)
    parts["xl/sharedStrings.xml"] = sst
    return write_parts(folder / "long_shared_string.xlsx", parts)


def make_chartsheet_only_xlsx(folder: Path) -> Path:
    """A workbook whose only sheet is a chart sheet (no cells at all)."""
    parts = workbook_parts([Sheet("Grafiek", [["x"]])])
    rels = parts["xl/_rels/workbook.xml.rels"].decode().replace(
        "relationships/worksheet", "relationships/chartsheet").replace("worksheets/sheet1.xml", "chartsheets/sheet1.xml")
    parts["xl/_rels/workbook.xml.rels"] = rels.encode()
    del parts[SHEET1]
    parts["xl/chartsheets/sheet1.xml"] = (f'{XML_DECL}<chartsheet xmlns="{MAIN_NS}"><sheetPr/>'
                                          "<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews></chartsheet>").encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"/xl/worksheets/sheet1.xml", b"/xl/chartsheets/sheet1.xml").replace(
        b"worksheet+xml", b"chartsheet+xml")
    return write_parts(folder / "chartsheet_only.xlsx", parts)


def _hide(parts: dict[str, bytes], name: str, state: str) -> None:
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
        f'name="{name}"'.encode(), f'name="{name}" state="{state}"'.encode())


def make_very_hidden_sheet_xlsx(folder: Path) -> Path:
    """A visible 'Data' sheet (12 firms) and a very hidden 'Geheim' sheet with more cells."""
    parts = workbook_parts([Sheet("Data", survey_table(12)), Sheet("Geheim", survey_table(40))])
    _hide(parts, "Geheim", "veryHidden")
    return write_parts(folder / "very_hidden_sheet.xlsx", parts)


def make_only_hidden_sheets_xlsx(folder: Path) -> Path:
    """Every sheet with cells is hidden."""
    parts = workbook_parts([Sheet("Data", survey_table(12))])
    _hide(parts, "Data", "hidden")
    return write_parts(folder / "only_hidden_sheets.xlsx", parts)


def make_ods_repeated_valued_rows(folder: Path) -> Path:
    """An ODS of under 1 KB: one row of 30 valued cells repeated 1,000,000 times (30 million cells)."""
    cells = "".join('<table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell>'
                    for _ in range(30))
    tail = f'<table:table-row table:number-rows-repeated="1000000">{cells}</table:table-row>'
    return write_ods(folder / "ods_repeated_valued_rows.ods", content_xml("Data", [["a"] * 30], table_tail=tail))


FLOAT_ONE = 'office:value-type="float" office:value="1"'


def _ods_with_tail(folder: Path, name: str, tail: str) -> Path:
    return write_ods(folder / name, content_xml("Data", [["Bedrijf", "Omzet"], ["A", 1]], table_tail=tail))


def make_ods_wide_repeated_cell(folder: Path) -> Path:
    """One cell with a value repeated across 100,000 columns, six times the column budget."""
    cell = f'<table:table-cell table:number-columns-repeated="100000" {FLOAT_ONE}><text:p>1</text:p></table:table-cell>'
    return _ods_with_tail(folder, "ods_wide_repeated_cell.ods", f"<table:table-row>{cell}</table:table-row>")


def make_ods_covered_cells(folder: Path) -> Path:
    """Covered (merged-away) cells with values: 3,000 columns in a row repeated 2,000 times."""
    cell = f'<table:covered-table-cell table:number-columns-repeated="3000" {FLOAT_ONE}/>'
    tail = f'<table:table-row table:number-rows-repeated="2000">{cell}</table:table-row>'
    return _ods_with_tail(folder, "ods_covered_cells.ods", tail)


def make_ods_value_far_below(folder: Path) -> Path:
    """A million empty rows, then one value in column 4,001: a rectangle of four billion cells."""
    tail = ('<table:table-row table:number-rows-repeated="1000000"><table:table-cell/></table:table-row>'
            f'<table:table-row><table:table-cell table:number-columns-repeated="4000"/>'
            f'<table:table-cell {FLOAT_ONE}/></table:table-row>')
    return _ods_with_tail(folder, "ods_value_far_below.ods", tail)


def make_ods_value_beyond_last_row(folder: Path) -> Path:
    """Two million empty rows and then a value: beyond Excel's last row 1,048,576."""
    tail = ('<table:table-row table:number-rows-repeated="2000000"><table:table-cell/></table:table-row>'
            f'<table:table-row><table:table-cell {FLOAT_ONE}/></table:table-row>')
    return _ods_with_tail(folder, "ods_value_beyond_last_row.ods", tail)


def make_ods_small_file_unfolding(folder: Path) -> Path:
    """Under 1 KB that unfolds to a million cells: within the rectangle budget, far past any real
    file's cells per byte."""
    tail = (f'<table:table-row table:number-rows-repeated="1000000"><table:table-cell {FLOAT_ONE}>'
            "<text:p>1</text:p></table:table-cell></table:table-row>")
    return _ods_with_tail(folder, "ods_small_file_unfolding.ods", tail)


def make_ods_values_without_type(folder: Path) -> Path:
    """Values given only as office:value (no value type), with spaces around '=': 600,000 x 10."""
    cell = '<table:table-cell office:value = "7" table:number-columns-repeated = "10"/>'
    tail = f'<table:table-row table:number-rows-repeated = "600000">{cell}</table:table-row>'
    return _ods_with_tail(folder, "ods_values_without_type.ods", tail)


ODS_ANSWERS = ("Ja", "Nee")


def ods_answer(row: int, column: int) -> str:
    """The answer of firm `row` (0-based) to question `column` (0-based) in the LibreOffice-like survey:
    runs of five equal answers along a row, so LibreOffice would write each run once, repeated."""
    return ODS_ANSWERS[(row // 3 + column // 5) % 2]


def _libreoffice_like_survey(firms: int, questions: int) -> str:
    """A sheet the way LibreOffice writes it: equal neighbours once with number-columns-repeated,
    every row padded with one empty repeated cell to column 1,024, empty rows down to row 1,048,576."""
    header = "".join(f'<table:table-cell office:value-type="string"><text:p>V{q + 1}</text:p></table:table-cell>'
                     for q in range(questions))
    rows = [f'<table:table-row><table:table-cell office:value-type="string"><text:p>Bedrijf</text:p>'
            f"</table:table-cell>{header}"
            f'<table:table-cell table:number-columns-repeated="{1024 - questions - 1}"/></table:table-row>']
    for firm in range(firms):
        cells = [f'<table:table-cell office:value-type="float" office:value="{firm + 1}"><text:p>{firm + 1}</text:p>'
                 "</table:table-cell>"]
        for start in range(0, questions, 5):
            run = min(5, questions - start)
            answer = ods_answer(firm, start)
            repeat = f' table:number-columns-repeated="{run}"' if run > 1 else ""
            cells.append(f'<table:table-cell office:value-type="string"{repeat}><text:p>{answer}</text:p>'
                         "</table:table-cell>")
        cells.append(f'<table:table-cell table:number-columns-repeated="{1024 - questions - 1}"/>')
        rows.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
    rows.append(f'<table:table-row table:number-rows-repeated="{1_048_576 - firms - 1}">'
                '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>')
    return "".join(rows)


def _write_libreoffice_like(folder: Path, name: str, firms: int, questions: int) -> Path:
    from .ods import NS

    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:body>'
               f'<office:spreadsheet><table:table table:name="Antwoorden">{_libreoffice_like_survey(firms, questions)}'
               "</table:table></office:spreadsheet></office:body></office:document-content>")
    return write_ods(folder / name, content.encode())


def make_ods_like_libreoffice(folder: Path) -> Path:
    """2,000 firms x 40 questions written the way LibreOffice writes them (repeated runs, padded rows)."""
    return _write_libreoffice_like(folder, "ods_like_libreoffice.ods", 2000, 40)


def make_ods_large_like_libreoffice(folder: Path) -> Path:
    """50,000 firms x 60 questions the LibreOffice way: three million cells, within the budget."""
    return _write_libreoffice_like(folder, "ods_large_like_libreoffice.ods", 50_000, 60)


def make_csv_100000_columns(folder: Path) -> Path:
    """A 4.7 MB CSV with 100,000 columns and a few rows."""
    path = folder / "csv_100000_columns.csv"
    header = ",".join(f"v{i}" for i in range(100_000))
    row = ",".join("1" for _ in range(100_000))
    path.write_text("\n".join([header, row, row, row]) + "\n", encoding="utf-8")
    return path


def make_csv_16384_columns(folder: Path) -> Path:
    """A CSV exactly as wide as a sheet (16,384 columns), with ten rows."""
    path = folder / "csv_16384_columns.csv"
    header = ",".join(f"v{i}" for i in range(16_384))
    rows = [",".join(str((r * 7 + c) % 5) for c in range(16_384)) for r in range(10)]
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def make_sep_euro_csv(folder: Path) -> Path:
    """A `sep=€` first line (a separator no CSV parser takes); the data use ';'."""
    path = folder / "sep_euro.csv"
    lines = ["sep=€", "Bedrijf;Werknemers;Reshoring", *(f"F{i:03d};{10 + i};{'Ja' if i % 3 else 'Nee'}" for i in range(12))]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def make_csv_over_text_budget(folder: Path) -> Path:
    """A 300 MB CSV (one block of 1 MB written 300 times): over the text budget."""
    path = folder / "csv_300_mb.csv"
    line = "F001;Metaalwerken;25;120;Ja;nee;1,5;Brugge\n"
    block = (line * (1024 * 1024 // len(line))).encode()
    with open(path, "wb") as out:
        out.write(b"Bedrijf;Naam;NACE;Werknemers;Reshoring;Offshoring;Omzet;Plaats\n")
        for _ in range(300):
            out.write(block)
    return path


def make_fifo_csv(folder: Path) -> Path:
    """A named pipe called x.csv: opening it for reading waits for a writer that never comes."""
    path = folder / "fifo.csv"
    os.mkfifo(path)
    return path


def make_dev_zero_link_csv(folder: Path) -> Path:
    """A symbolic link called dev_zero.csv to /dev/zero, which never ends."""
    path = folder / "dev_zero.csv"
    path.symlink_to("/dev/zero")
    return path


def _repeated_block_entry(name: str, head: bytes, block: bytes, repeats: int, tail: bytes) -> RawEntry:
    """A deflated entry of `head + block * repeats + tail` built from one deflated block."""
    pieces = deflate_raw(head, finish=False), deflate_raw(block, finish=False), deflate_raw(tail)
    crc = zlib.crc32(head)
    for _ in range(repeats):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)

    def chunks():
        yield pieces[0]
        for _ in range(repeats):
            yield pieces[1]
        yield pieces[2]

    size = len(head) + len(block) * repeats + len(tail)
    return RawEntry(name, chunks(), crc, len(pieces[0]) + len(pieces[1]) * repeats + len(pieces[2]), size)


def make_cells_without_attributes_over_budget(folder: Path) -> Path:
    """16 million value cells written `<c><v>..</v></c>` (no attributes) in rows of 64, with random
    values so the sheet compresses like real data (about 3x, no zip-bomb ratio)."""
    rng = random.Random(10)
    rows_per_block = 1024
    block = "".join("<row>" + "".join(f"<c><v>{rng.randint(0, 10**6)}</v></c>" for _ in range(64)) + "</row>"
                    for _ in range(rows_per_block)).encode()
    repeats = 16_000_000 // (64 * rows_per_block) + 1
    head = f'{XML_DECL}<worksheet xmlns="{MAIN_NS}"><sheetData>'.encode()
    tail = b"</sheetData></worksheet>"
    parts = workbook_parts([Sheet("Data", [["placeholder"]])])
    entries = [_repeated_block_entry(name, head, block, repeats, tail) if name == SHEET1
               else entry_from_bytes(name, data) for name, data in parts.items()]
    return write_raw_zip(folder / "cells_without_attributes.xlsx", entries)


def make_many_shared_strings(folder: Path) -> Path:
    """4.2 million shared strings (the budget is 4 million), each a random eight-letter word."""
    rng = random.Random(11)
    per_block = 40_000
    block = "".join(f"<si><t>{''.join(rng.choices('abcdefghijklmnop', k=8))}</t></si>"
                    for _ in range(per_block)).encode()
    repeats = 4_200_000 // per_block + 1
    head = f'{XML_DECL}<sst xmlns="{MAIN_NS}">'.encode()
    parts = workbook_parts([Sheet("Data", survey_table(5))])
    entries = [_repeated_block_entry(name, head, block, repeats, b"</sst>") if name == "xl/sharedStrings.xml"
               else entry_from_bytes(name, data) for name, data in parts.items()]
    return write_raw_zip(folder / "many_shared_strings.xlsx", entries)


def make_central_directory_2m(folder: Path) -> Path:
    """A small workbook followed by 2,000,000 empty stored entries (a 2 M-entry central directory)."""
    path = folder / "central_directory_2m.xlsx"
    parts = workbook_parts([Sheet("Data", survey_table(10))])
    central = bytearray()
    with open(path, "wb") as out:
        names = [(name, data) for name, data in parts.items()]
        for i in range(2_000_000):
            names.append((f"xl/media/j{i:07d}", b""))
        for name, data in names:
            offset = out.tell()
            raw = name.encode()
            crc = zlib.crc32(data)
            out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 0, 0, 0, crc, len(data), len(data), len(raw), 0))
            out.write(raw + data)
            central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 0, 0, 0, crc, len(data), len(data),
                                   len(raw), 0, 0, 0, 0, 0, offset) + raw
        cd_offset, count = out.tell(), len(names)
        out.write(central)
        end64 = out.tell()
        out.write(struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, count, count, len(central), cd_offset))
        out.write(struct.pack("<IIQI", 0x07064B50, 0, end64, 1))
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0))
    return path


CASES = [
    Case("unique_count_huge", make_unique_count_huge_xlsx, Refused(TOO_LARGE),
         "a reader that trusts uniqueCount reserves 96 GB and aborts"),
    Case("last_cell_xfd1048576", make_last_cell_xfd1048576_xlsx, Refused(TOO_LARGE),
         "a reader that fills the used rectangle asks for 550 GB and aborts"),
    Case("column_13_letters", make_column_13_letters_xlsx, Refused(TOO_LARGE, (DAMAGED,))),
    Case("row_four_billion", make_row_four_billion_xlsx, Refused(TOO_LARGE, (DAMAGED,))),
    Case("far_row_after_head", make_far_row_after_head_xlsx, Opens(5, 5),
         "the head is read without padding the 900,000-row gap"),
    Case("long_shared_string", make_long_shared_string_xlsx, Refused(TOO_LARGE, (DAMAGED,)),
         "a Rust panic (offset overflow) in a reader that copies the text into every cell"),
    Case("chartsheet_only", make_chartsheet_only_xlsx, Refused(CHARTS), "named as chart sheets, not 'empty'"),
    Case("very_hidden_sheet", make_very_hidden_sheet_xlsx, Opens(12, 5, sheet="Data", warnings=("hidden", "Geheim"))),
    Case("only_hidden_sheets", make_only_hidden_sheets_xlsx, Refused(HIDDEN)),
    Case("ods_repeated_valued_rows", make_ods_repeated_valued_rows, Refused(TOO_LARGE),
         "30 million cells from under 1 KB"),
    Case("ods_wide_repeated_cell", make_ods_wide_repeated_cell, Refused(TOO_LARGE),
         "one repeated cell past the column budget (16,384 columns took twenty seconds to type)"),
    Case("ods_covered_cells", make_ods_covered_cells, Refused(TOO_LARGE), "covered cells hold values too"),
    Case("ods_value_far_below", make_ods_value_far_below, Refused(TOO_LARGE),
         "empty rows and cells before a value are unfolded into the rectangle"),
    Case("ods_value_beyond_last_row", make_ods_value_beyond_last_row, Refused(TOO_LARGE, (DAMAGED,))),
    Case("ods_small_file_unfolding", make_ods_small_file_unfolding, Refused(TOO_LARGE),
         "a million cells from under 1 KB: no real file unfolds that far"),
    Case("ods_values_without_type", make_ods_values_without_type, Refused(TOO_LARGE),
         "values without a value type, spaces around '=': still counted"),
    Case("ods_like_libreoffice", make_ods_like_libreoffice,
         Opens(2000, 41, samples=(("V1", 0, ods_answer(0, 0)), ("V7", 4, ods_answer(4, 6)),
                                  ("V40", 1999, ods_answer(1999, 39)), ("Bedrijf", 1999, 2000))),
         "runs of equal answers repeated and rows padded to column 1,024 unfold to exactly the data"),
    Case("ods_large_like_libreoffice", make_ods_large_like_libreoffice,
         Opens(50_000, 61, samples=(("V60", 49_999, ods_answer(49_999, 59)),)),
         "a large real-looking file still opens", slow=True),
    Case("csv_100000_columns", make_csv_100000_columns, Refused(TOO_LARGE)),
    Case("csv_16384_columns", make_csv_16384_columns, Refused(TOO_LARGE),
         "as wide as a sheet: typing 16,384 columns would take twenty seconds, past the column budget"),
    Case("sep_euro_csv", make_sep_euro_csv, Opens(12, 3)),
    Case("fifo_csv", make_fifo_csv, Refused(NOT_A_FILE), "a named pipe blocks whoever opens it"),
    Case("dev_zero_link_csv", make_dev_zero_link_csv, Refused(NOT_A_FILE), "a symbolic link to /dev/zero"),
    Case("csv_300_mb", make_csv_over_text_budget, Refused(TOO_LARGE), slow=True),
    Case("cells_without_attributes", make_cells_without_attributes_over_budget, Refused(TOO_LARGE),
         "cells without attributes must be counted too", slow=True),
    Case("many_shared_strings", make_many_shared_strings, Refused(TOO_LARGE), slow=True),
    Case("central_directory_2m", make_central_directory_2m, Refused(TOO_LARGE),
         "refused from the end record, before two million entries are listed", slow=True),
]
