"""A table (a pandas frame: long form, grid, filtered data) written as .xlsx or as a CSV in the
user's locale, atomically, every text cell escaped against formulas; shares as percent cells.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import numpy as np
import pandas as pd

from explorer.core.atomic import write_atomically
from explorer.core.errors import InputError
from explorer.core.export.spreadsheet import CSV_DELIMITERS
from explorer.core.export_safety import escape_cell
from explorer.core.formatting import decimal_separator, percent_decimals

# frame.attrs key: the columns holding shares (0–1), written to xlsx as percent cells.
PERCENT_COLUMNS = "percent_columns"
MIN_COLUMN_WIDTH, MAX_COLUMN_WIDTH = 9, 60  # characters


def require_table_suffix(path: Path) -> str:
    """The table format a path asks for (.xlsx or .csv); checked before anything is released."""
    suffix = Path(path).suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InputError("export.table.suffix")
    return suffix


def write_table(frame: pd.DataFrame, path: Path, caption: str = "", lang: str = "en") -> None:
    """Write a table as .xlsx or .csv (in `lang`'s convention: Dutch `;` and decimal comma),
    atomically, with every text cell escaped against formulas.

    The lines in `frame.attrs["notes"]` (a footnote) go under the table, after an empty line."""
    path = Path(path)
    suffix = require_table_suffix(path)
    if suffix == ".csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=CSV_DELIMITERS.get(lang, ","), lineterminator="\r\n")
        if caption:
            writer.writerow([escape_cell(caption)])
        writer.writerow([escape_cell(str(c)) for c in frame.columns])
        point = decimal_separator(lang)
        for row in frame.itertuples(index=False, name=None):
            writer.writerow([_csv_value(v, point) for v in row])
        for line in _notes(frame):
            writer.writerow([escape_cell(line)] if line else [])
        write_atomically(path, buffer.getvalue().encode("utf-8-sig"))
    else:
        write_atomically(path, _xlsx_bytes(frame, caption))


def _notes(frame: pd.DataFrame) -> list[str]:
    notes = [str(n) for n in frame.attrs.get("notes", ()) if n]
    return ["", *notes] if notes else []


def _csv_value(value: object, point: str = ".") -> object:
    if value is None or isinstance(value, (list, tuple, dict)):
        return "" if value is None else escape_cell(str(value))
    if pd.isna(value):
        return ""
    if isinstance(value, (float, np.floating)):
        return repr(float(value)).replace(".", point) if point != "." else repr(float(value))
    return escape_cell(value)


def _xlsx_bytes(frame: pd.DataFrame, caption: str) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Export")
    _set_widths(sheet, frame)
    if caption:
        sheet.append([escape_cell(caption)])
    sheet.append([escape_cell(str(c)) for c in frame.columns])
    percent = {i for i, c in enumerate(frame.columns) if c in set(frame.attrs.get(PERCENT_COLUMNS, ()))}
    for row in frame.itertuples(index=False, name=None):
        sheet.append([_percent_cell(sheet, v) if i in percent else _xlsx_value(v) for i, v in enumerate(row)])
    for line in _notes(frame):
        sheet.append([escape_cell(line)] if line else [])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _set_widths(sheet, frame: pd.DataFrame) -> None:
    """Columns wide enough for their head and values, within bounds (a statement may be a sentence)."""
    from openpyxl.utils import get_column_letter

    for index, column in enumerate(frame.columns, start=1):
        values = frame.iloc[:200, index - 1]
        longest = max([len(str(column)), *(len(str(v)) for v in values if isinstance(v, str))], default=8)
        width = min(MAX_COLUMN_WIDTH, max(MIN_COLUMN_WIDTH, longest + 2))
        sheet.column_dimensions[get_column_letter(index)].width = width


def _percent_cell(sheet, value: object) -> object:
    """A share as a real number with a percent format at the precision the screen shows it."""
    from openpyxl.cell import WriteOnlyCell

    number = _xlsx_value(value)
    if not isinstance(number, float):
        return number
    cell = WriteOnlyCell(sheet, value=number)
    cell.number_format = "0.0%" if percent_decimals(number) else "0%"
    return cell


def _xlsx_value(value: object) -> object:
    if value is None:
        return None
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating, float)):
        return None if np.isnan(value) else float(value)
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return escape_cell(str(value)) if not isinstance(value, (int, bool)) else value
