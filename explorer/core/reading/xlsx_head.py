"""The first rows of an xlsx sheet, read by streaming its XML and stopping early.

Layout detection needs only the header rows, but calamine parses the whole sheet before it
returns any row (four seconds on a 100,000-row survey), and openpyxl loads every shared string
first. Streaming the sheet and the shared strings only as far as the head needs takes
milliseconds. defusedxml's parser refuses entity declarations.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import defusedxml.ElementTree as SafeET

from explorer.core.reading.limits import EXCEL_COLUMNS
from explorer.core.reading.sheets import xlsx_sheets

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_CELL_REF = re.compile(r"^([A-Z]+)(\d+)$")


def column_index(letters: str) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + (ord(ch) - 64)
    return index - 1


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> path of its XML part inside the archive."""
    return {sheet.name: sheet.part for sheet in xlsx_sheets(archive)}


def _cell_value(cell, shared_needed: set[int]) -> object:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(f"{MAIN}t"))
    value = cell.find(f"{MAIN}v")
    if value is None or value.text is None or kind == "e":
        return None
    if kind == "s":
        index = int(value.text)
        shared_needed.add(index)
        return _SharedRef(index)
    if kind in ("str", "d"):
        return value.text
    if kind == "b":
        return value.text == "1"
    try:
        return float(value.text)
    except ValueError:
        return value.text


class _SharedRef(int):
    pass


def _shared_strings(archive: zipfile.ZipFile, needed: set[int]) -> dict[int, str]:
    if not needed or "xl/sharedStrings.xml" not in archive.namelist():
        return {}
    last = max(needed)
    found: dict[int, str] = {}
    index = 0
    with archive.open("xl/sharedStrings.xml") as stream:
        for _, element in SafeET.iterparse(stream, events=("end",)):
            if element.tag != f"{MAIN}si":
                continue
            if index in needed:
                # Rich text splits a string into runs; phonetic hints (rPh) are not part of it.
                found[index] = "".join(
                    t.text or "" for r in [element] for t in r.iter(f"{MAIN}t") if not _in_phonetic(element, t)
                )
            element.clear()
            index += 1
            if index > last:
                break
    return found


def _in_phonetic(si, t) -> bool:
    return any(t in list(ph.iter()) for ph in si.iter(f"{MAIN}rPh"))


def read_xlsx_head(path: Path, sheet: str, rows: int) -> tuple[int, int, list[list[object]]] | None:
    """(first sheet row, first column, rows of values) for the first `rows` non-empty rows, or None."""
    with zipfile.ZipFile(path) as archive:
        part = sheet_parts(archive).get(sheet)
        if part is None or part not in archive.namelist():
            return None
        collected: list[tuple[int, dict[int, object]]] = []
        needed: set[int] = set()
        with archive.open(part) as stream:
            next_row = 0
            for _, element in SafeET.iterparse(stream, events=("end",)):
                if element.tag != f"{MAIN}row":
                    continue
                row_number = int(element.get("r", next_row + 1)) - 1
                next_row = row_number + 1
                if collected and row_number - collected[0][0] >= rows:
                    break  # the head is complete; a far row beyond it is not padded up to
                cells: dict[int, object] = {}
                next_col = 0
                for cell in element.iter(f"{MAIN}c"):
                    match = _CELL_REF.match(cell.get("r", ""))
                    col = column_index(match.group(1)) if match else next_col
                    next_col = col + 1
                    value = _cell_value(cell, needed)
                    if value is not None and value != "":
                        cells[col] = value
                element.clear()
                if cells:
                    collected.append((row_number, cells))
                    if len(collected) >= rows:
                        break
        strings = _shared_strings(archive, needed)
    if not collected:
        return None
    first_col = min(min(cells) for _, cells in collected)
    last_col = max(max(cells) for _, cells in collected)
    if last_col - first_col + 1 > EXCEL_COLUMNS:
        return None  # wider than any sheet: the full reader's checks say what is wrong
    first_row = collected[0][0]
    grid: list[list[object]] = []
    for row_number, cells in collected:
        # Keep empty rows inside the head so row offsets stay those of the sheet.
        while first_row + len(grid) < row_number:
            grid.append([None] * (last_col - first_col + 1))
        grid.append([
            strings.get(v, "") if isinstance(v, _SharedRef) else v
            for v in (cells.get(c) for c in range(first_col, last_col + 1))
        ])
    return first_row, first_col, grid[:rows]
