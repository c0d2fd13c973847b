"""Workbooks (xlsx, xlsm, xls, ods) through fastexcel, calamine's Arrow front end.

Calamine reads the cells themselves, so a wrong `<dimension>` tag loses nothing, and it skips
cells that carry only formatting, so formatting down to row 1,048,576 costs nothing.
"""

from __future__ import annotations

import logging
import re
import zipfile
from pathlib import Path

import fastexcel
import pandas as pd
import pyarrow as pa

from explorer.core.errors import InputError
from explorer.core.reading.xlsx_head import sheet_parts

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


# The extension fastexcel expects for each container; it picks its parser by extension.
EXPECTED_SUFFIXES = {"xlsx": {".xlsx", ".xlsm"}, "ods": {".ods"}, "xls": {".xls"}}


def open_reader(path: Path, container: str) -> fastexcel.ExcelReader:
    try:
        if path.suffix.lower() in EXPECTED_SUFFIXES.get(container, set()):
            return fastexcel.read_excel(path)
        # Misnamed (an xlsx saved as .xls, say): from memory, fastexcel looks at the content.
        return fastexcel.read_excel(path.read_bytes())
    except Exception as exc:  # fastexcel raises several unrelated types for unreadable files
        raise _refusal(path, exc) from None


def _refusal(path: Path, exc: Exception) -> InputError:
    text = str(exc).lower()
    if "password" in text or "encrypt" in text:
        return InputError("error.file.password", file=path.name)
    return InputError("error.file.damaged", file=path.name)


def _part_sizes(path: Path) -> dict[str, int]:
    """Uncompressed size of each sheet's XML part, by sheet name (xlsx only)."""
    try:
        with zipfile.ZipFile(path) as archive:
            sizes = {info.filename: info.file_size for info in archive.infolist()}
            return {name: sizes.get(part, 0) for name, part in sheet_parts(archive).items()}
    except Exception:
        return {}


def choose_sheet(reader: fastexcel.ExcelReader, path: Path, requested: str | None) -> tuple[str, tuple[str, ...]]:
    """The sheet to read and the sheets that could hold data (for a sheet picker)."""
    names = tuple(reader.sheet_names)
    if not names:
        raise InputError("error.sheet.none", file=path.name)
    if requested is not None:
        if requested in names:
            return requested, names
        matches = [n for n in names if n.strip().lower() == requested.strip().lower()]
        if len(matches) == 1:
            return matches[0], names
        raise InputError("error.sheet.unknown", file=path.name, sheet=requested, sheets=", ".join(names))
    candidates = tuple(n for n in names if not NOTE_SHEET.match(n)) or names
    if len(candidates) == 1:
        return candidates[0], candidates
    sizes = _part_sizes(path)
    if sizes:
        return max(candidates, key=lambda n: sizes.get(n, 0)), candidates
    return max(candidates, key=lambda n: _cell_count(reader, n)), candidates


def _cell_count(reader: fastexcel.ExcelReader, sheet: str) -> int:
    try:
        loaded = reader.load_sheet(sheet, header_row=None)
        return loaded.total_height * loaded.width
    except Exception:
        return 0


def read_head(reader: fastexcel.ExcelReader, sheet: str, path: Path, rows: int) -> tuple[int, list[list[object]]]:
    """The first `rows` non-empty rows of the sheet and the sheet row where they start (0-based)."""
    try:
        loaded = reader.load_sheet(sheet, header_row=None, skip_rows=0, n_rows=HEAD_SCAN_ROWS + rows)
        frame = loaded.to_pandas()
    except Exception as exc:
        raise _refusal(path, exc) from None
    grid = [[None if pd.isna(v) else v for v in row] for row in frame.itertuples(index=False, name=None)]
    first = next((i for i, row in enumerate(grid) if any(v not in (None, "") for v in row)), None)
    if first is None:
        raise InputError("error.sheet.empty", sheet=sheet, file=path.name)
    return first, grid[first:first + rows]


_ERROR_COLUMN = re.compile(r"column __UNNAMED__(\d+)")
MAX_ERROR_COLUMNS = 500


def read_body(reader: fastexcel.ExcelReader, sheet: str, path: Path, skip: int) -> pa.RecordBatch | None:
    """All rows from sheet row `skip` on, as Arrow; None when there are none."""
    as_text: dict[int, str] = {}
    # calamine cannot type a column holding error cells (#NAME?); read such a column as text,
    # where the error cells become missing, and let the typing step find its numbers.
    for _ in range(MAX_ERROR_COLUMNS):
        try:
            return reader.load_sheet(sheet, header_row=None, skip_rows=skip, eager=True, schema_sample_rows=None,
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
            raise _refusal(path, exc) from None
    raise InputError("error.sheet.errors", file=path.name)
