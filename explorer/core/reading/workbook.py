"""Workbooks (xlsx, xlsm, xls, ods) through fastexcel, calamine's Arrow front end.

Runs in the reader worker process (see isolation.py), on the private copy of the file, after the
zip guard and the pre-scan have checked it. Calamine reads the cells themselves, so a wrong
`<dimension>` tag loses nothing, and it skips cells that carry only formatting, so formatting
down to row 1,048,576 costs nothing. No pandas here: the worker starts faster without it.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import fastexcel
import pyarrow as pa

from explorer.core.errors import InputError
from explorer.core.reading.sheets import SheetInfo, describe_hidden, only_charts_refusal

# Sheets that describe the data rather than hold it.
NOTE_SHEET = re.compile(
    r"^\s*(read ?me|lees ?mij|leesmij|toelichting|uitleg|info(rmatie)?|instructions?|instructies|"
    r"notes?|notities|about|over( dit bestand)?|codebook|codeboek|legend[ae]?|metadata|cover|voorblad|"
    r"inhoud|contents|definities|definitions|variabelen|variables|disclaimer)\s*$",
    re.IGNORECASE,
)
HEAD_SCAN_ROWS = 60

# fastexcel reports its own type fallbacks through logging; the reader handles mixed columns.
logging.getLogger("fastexcel").setLevel(logging.ERROR)


def open_reader(path: Path, label: str) -> fastexcel.ExcelReader:
    """`path` is the private copy, named with the extension of what the file really is."""
    try:
        return fastexcel.read_excel(path)
    except Exception as exc:  # fastexcel raises several unrelated types for unreadable files
        raise refusal(label, exc) from None


def refusal(label: str, exc: BaseException) -> InputError:
    text = str(exc).lower()
    if "password" in text or "encrypt" in text:
        return InputError("error.file.password", file=label)
    return InputError("error.file.damaged", file=label)


def choose_sheet(names: tuple[str, ...], label: str, requested: str | None, listed: tuple[SheetInfo, ...],
                 sizes: dict[str, int]) -> tuple[str, tuple[str, ...], list[str]]:
    """The sheet to read, the sheets that could hold data (for a sheet picker) and warnings.

    `listed` is what workbook.xml says of each sheet (xlsx; empty otherwise): chart sheets hold
    no cells, hidden sheets are read only when asked for by name. `sizes` are cell counts.
    """
    if not names and not listed:
        raise InputError("error.sheet.none", file=label)
    info = {s.name: s for s in listed}
    every = tuple(dict.fromkeys([*names, *(s.name for s in listed)]))
    if requested is not None:
        matches = [n for n in every if n == requested] or \
                  [n for n in every if n.strip().lower() == requested.strip().lower()]
        if len(matches) != 1:
            shown = ", ".join(n for n in every if info.get(n, SheetInfo(n)).visible)
            raise InputError("error.sheet.unknown", file=label, sheet=requested, sheets=shown)
        chosen = matches[0]
        if chosen in info and not info[chosen].holds_cells:
            raise InputError("error.sheet.chart", sheet=chosen, file=label)
        return chosen, names, []
    with_cells = tuple(n for n in names if info.get(n, SheetInfo(n)).holds_cells)
    if not with_cells:
        if listed and any(s.kind == "chartsheet" for s in listed):
            raise only_charts_refusal(label, listed)
        raise InputError("error.sheet.none", file=label)
    shown = tuple(n for n in with_cells if info.get(n, SheetInfo(n)).visible)
    warnings = []
    hidden = describe_hidden(listed)
    if not shown:
        raise InputError("error.sheet.only_hidden", file=label, sheets=", ".join(with_cells))
    if hidden:
        warnings.append(hidden)
    candidates = tuple(n for n in shown if not NOTE_SHEET.match(n)) or shown
    if len(candidates) == 1 or not sizes:
        return candidates[0], candidates, warnings
    return max(candidates, key=lambda n: sizes.get(n, 0)), candidates, warnings


def _cells(column: pa.Array) -> list[object]:
    return column.to_pylist()


def read_head(reader: fastexcel.ExcelReader, sheet: str, label: str, rows: int) -> tuple[int, list[list[object]]]:
    """The first `rows` non-empty rows of the sheet and the sheet row where they start (0-based)."""
    try:
        loaded = reader.load_sheet(sheet, header_row=None, skip_rows=0, n_rows=HEAD_SCAN_ROWS + rows)
        batch = loaded.to_arrow()
    except Exception as exc:
        raise refusal(label, exc) from None
    columns = [_cells(batch.column(i)) for i in range(batch.num_columns)]
    grid = [[col[r] for col in columns] for r in range(batch.num_rows)]
    grid = [[None if isinstance(v, float) and v != v else v for v in row] for row in grid]
    first = next((i for i, row in enumerate(grid) if any(v not in (None, "") for v in row)), None)
    if first is None:
        raise InputError("error.sheet.empty", sheet=sheet, file=label)
    return first, grid[first:first + rows]


_ERROR_COLUMN = re.compile(r"column __UNNAMED__(\d+)")
MAX_ERROR_COLUMNS = 500


def read_body(reader: fastexcel.ExcelReader, sheet: str, label: str, skip: int | None,
              header_row: int | None = None) -> pa.RecordBatch | None:
    """All rows from sheet row `skip` on (or after the row `header_row` of the sheet's range), as
    Arrow; None when there are none."""
    as_text: dict[int, str] = {}
    # calamine cannot type a column holding error cells (#NAME?); read such a column as text,
    # where the error cells become missing, and let the typing step find its numbers.
    for _ in range(MAX_ERROR_COLUMNS):
        try:
            return reader.load_sheet(sheet, header_row=header_row, skip_rows=skip, eager=True, schema_sample_rows=None,
                                     dtypes=as_text or None)
        except Exception as exc:
            text = str(exc)
            match = _ERROR_COLUMN.search(text)
            if "cell error" in text.lower() and match and int(match.group(1)) not in as_text:
                as_text[int(match.group(1))] = "string"
                continue
            lowered = text.lower()
            if "no rows" in lowered or "empty" in lowered or "out of bound" in lowered:
                return None
            raise refusal(label, exc) from None
    raise InputError("error.sheet.errors", file=label)
