"""An `ExportTable` as .xlsx or as a CSV in the user's locale.

xlsx: the header block (title in bold, selection, split, n, date), the column heads in two rows
(the answer option above its share and interval columns), a row per group and the total in bold,
shares as real numbers with a percent format in the precision the screen shows (0% or 0.0%),
readable column widths, and the notes of every `c` below. Excel shows a cell "13%" exactly where
the app does, and can compute with it.

CSV: the table first, so that a spreadsheet or `pandas.read_csv` reads it as a table; the header
block and the notes follow as rows whose first cell holds the text. Dutch: `;` between fields and a
decimal comma; English: `,` and a decimal point; UTF-8 with a byte-order mark, so Excel opens it in
the right encoding. Shares are percentages (12,5 for 12.5 %) at the release module's precision.

Text cells that a spreadsheet would run as a formula get a leading apostrophe.
"""

from __future__ import annotations

import csv
import io

from explorer.core.export.table import Cell, ExportTable
from explorer.core.export_safety import escape_cell
from explorer.core.formatting import decimal_separator

CSV_DELIMITERS = {"nl": ";", "en": ","}
MIN_WIDTH, MAX_WIDTH, GROUP_MAX_WIDTH = 8, 28, 48
HEAD_WRAP = 10  # characters of a share column's head before it wraps
PRINT_FIT_COLUMNS = 14  # up to four answers' columns shrink onto one printed page's width


# ---- xlsx -------------------------------------------------------------------------------------

def xlsx_bytes(table: ExportTable) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Tabel" if table.columns[0].name == "Groep" else "Table"
    # The workbook's own font named in full: a bold font without a name falls back to a serif in LibreOffice.
    bold = Font(name="Calibri", family=2, bold=True, size=11)
    sheet.append([escape_cell(table.title)])
    sheet.cell(row=1, column=1).font = Font(name="Calibri", family=2, bold=True, size=13)
    for line in table.header:
        sheet.append([escape_cell(line)])
    top = sheet.max_row + 2  # a blank row after the header block (appending [] writes no row to count)
    firsts = [i for i, c in enumerate(table.columns) if c.over and (i == 0 or table.columns[i - 1].over != c.over)]
    if firsts:  # the answer option above its share and interval columns
        for i, c in enumerate(table.columns):
            if i in firsts:
                sheet.cell(row=top, column=i + 1, value=escape_cell(c.over))
        for i in firsts:
            span = sum(1 for c in table.columns if c.over == table.columns[i].over)
            if span > 1:
                sheet.merge_cells(start_row=top, start_column=i + 1, end_row=top, end_column=i + span)
            sheet.cell(row=top, column=i + 1).alignment = Alignment(horizontal="center", wrap_text=True)
    names = top + 1 if firsts else top
    for i, c in enumerate(table.columns):
        sheet.cell(row=names, column=i + 1, value=escape_cell(c.name))
    head_rows = range(top, names + 1)
    for row in head_rows:
        for cell in sheet[row]:
            cell.font = bold
    sheet.row_dimensions[names].height = 30  # two lines: not every program grows a row for wrapped text
    for cell in sheet[head_rows[-1]]:  # "95%-interval onder" wraps rather than widening every column
        cell.alignment = Alignment(wrap_text=True, vertical="bottom", horizontal="left" if cell.column == 1 else "right")
    for index, row in enumerate(table.rows):
        sheet.append([_xlsx_value(cell) for cell in row])
        for column, cell in enumerate(row, start=1):
            target = sheet.cell(row=sheet.max_row, column=column)
            target.number_format = _number_format(table.columns[column - 1].kind, cell)
            if cell.suppressed:
                target.alignment = Alignment(horizontal="right")
            if index == table.total_row:
                target.font = bold
    if table.notes:
        sheet.append([])
        for note in table.notes:
            sheet.append([escape_cell(note)])
    for i, column in enumerate(table.columns, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = _width(table, i - 1)
    sheet.freeze_panes = sheet.cell(row=head_rows.stop, column=2)
    # Printed (or turned into a PDF) landscape: a table of a few answers on one page's width; a wider
    # one over several pages, each with the group names, rather than shrunk past reading.
    sheet.page_setup.orientation = "landscape"
    if len(table.columns) <= PRINT_FIT_COLUMNS:
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    else:
        sheet.print_title_cols = "A:A"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _xlsx_value(cell: Cell) -> object:
    if isinstance(cell.value, str):
        return escape_cell(cell.value)
    return cell.value


def _number_format(kind: str, cell: Cell) -> str:
    decimals = "." + "0" * cell.places if cell.places else ""
    if kind == "share":
        return f"0{decimals}%"
    if kind in ("count", "number"):
        return f"#,##0{decimals}"
    return "General"


def _width(table: ExportTable, index: int) -> float:
    """Wide enough for the head and the longest value, within bounds (a group name may be long)."""
    column = table.columns[index]
    head = column.name if not column.over else column.name[:HEAD_WRAP]  # a share's heads wrap
    texts = [head] + [str(row[index].value) for row in table.rows if isinstance(row[index].value, str)]
    longest = max(len(text) for text in texts) + 2
    if column.over:
        span = sum(1 for c in table.columns if c.over == column.over)
        longest = max(longest, len(column.over) / span + 2)
    high = GROUP_MAX_WIDTH if index == 0 else MAX_WIDTH
    return float(max(MIN_WIDTH, min(high, longest)))


# ---- CSV --------------------------------------------------------------------------------------

def csv_bytes(table: ExportTable, lang: str) -> bytes:
    delimiter = CSV_DELIMITERS.get(lang, ",")
    point = decimal_separator(lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    width = len(table.columns)
    writer.writerow([escape_cell(c.flat_name) for c in table.columns])
    for row in table.rows:
        writer.writerow([_csv_value(cell, column.kind, point) for cell, column in zip(row, table.columns)])
    writer.writerow([""] * width)
    for line in (table.title, *table.header, *table.notes):
        writer.writerow([escape_cell(line)] + [""] * (width - 1))
    return buffer.getvalue().encode("utf-8-sig")


def _csv_value(cell: Cell, kind: str, point: str) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, str):
        return escape_cell(value)
    if kind == "share":  # a percentage at the release precision: 0.125 → 12.5
        text = f"{round(float(value) * 100, 1):.1f}".rstrip("0").rstrip(".")
    elif isinstance(value, int):
        text = str(value)
    else:
        text = f"{float(value):.{max(cell.places, 1)}f}"
    return text.replace(".", point)
