"""The pre-scan of an OpenDocument spreadsheet: what its repeated rows and cells unfold to.

OpenDocument writes a run of equal cells once with `table:number-columns-repeated` and a run of
equal rows once with `table:number-rows-repeated`, so a few bytes may stand for millions of
cells. calamine unfolds them: every row up to the last one with a value, and in each such row
every cell up to the last one with a value, into a rectangle from the first such row and cell.
The scan measures, table by table and before calamine sees the file, what it would unfold:

- the rectangle (rows spanned x columns up to the last value) against the OpenDocument budget
  (calamine holds such a cell in over twice the memory of an xlsx cell), the last column against
  the column budget and the last row against Excel's last row;
- the cells with a value once unfolded, against the cell budget and against the bytes of the
  file's XML: real survey data, one distinct row per firm, unfolds to well under one cell per
  byte, so more than a million cells at several cells a byte is a file made to unfold.

Trailing empty repeats, which LibreOffice writes to the end of every formatted row and down to
row 1,048,576, unfold to nothing and are not counted.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from explorer.core.errors import Count, InputError, Size
from explorer.core.reading.limits import EXCEL_ROWS, ReadLimits
from explorer.core.reading.prescan import WholeRows

# Only these spellings count: calamine matches the element and attribute names literally.
_TABLE_OR_ROW = re.compile(rb"<table:table(-row)?(?=[\s/>])([^>]*)>")
_ROW_END = b"</table:table-row>"
_CELL_STARTS = (b"<table:table-cell", b"<table:covered-table-cell")
# What gives a cell a value for calamine: a value attribute, a formula, or text typed as a string.
# LibreOffice writes office:value-type on every cell with a value, and at most one of the others;
# names are matched without their `=` since XML allows spaces around it.
_VALUE_TYPE = b"office:value-type"
_VALUE = b"office:value"  # also the start of office:value-type
_OTHER_VALUES = (b"office:string-value", b"office:date-value", b"office:time-value", b"office:boolean-value",
                 b"table:formula")
_VALUED_REPEATED_CELL = re.compile(rb"<table:(?:covered-)?table-cell\b(?=[^>]*?(?:office:(?:value|string-value|"
                                   rb"date-value|time-value|boolean-value)|table:formula))[^>]*?"
                                   rb'table:number-columns-repeated\s*=\s*"(\d+)"')
_COLUMNS_REPEATED = re.compile(rb'table:number-columns-repeated\s*=\s*"(\d+)"')
_ROWS_REPEATED = re.compile(rb'table:number-rows-repeated\s*=\s*"(\d+)"')
_TABLE_NAME = re.compile(rb'table:name\s*=\s*"([^"]*)"')


def _valued_cells(body: bytes) -> int:
    """Cells with a value in a row's XML, each repeated cell once."""
    typed = body.count(_VALUE_TYPE)
    return max(typed, body.count(_VALUE) - typed, *(body.count(name) for name in _OTHER_VALUES))


def _last_value(body: bytes) -> int:
    """Where the last value attribute of the row starts (-1: none)."""
    return max(body.rfind(_VALUE), *(body.rfind(name) for name in _OTHER_VALUES))


def _repeat(found: re.Match[bytes] | None) -> int:
    return int(found.group(1)) if found else 1


def _table_name(attributes: bytes) -> str:
    found = _TABLE_NAME.search(attributes)
    if found is None:
        return ""
    # An XML parser turns white space in an attribute into spaces and resolves entities.
    text = re.sub(r"[\t\r\n]", " ", found.group(1).decode("utf-8", "replace"))
    return html.unescape(text)


@dataclass
class OdsScan(WholeRows):
    """content.xml of an OpenDocument spreadsheet, fed in chunks of whole rows."""

    label: str
    limits: ReadLimits
    cells: int = 0  # cells with a value once unfolded, every table together
    table_cells: dict[str, int] = field(default_factory=dict)
    _bytes: int = 0
    _table: str = ""
    _row_at: int = 0  # unfolded rows of the current table so far
    _first_row: int | None = None
    _end_row: int = 0  # just past the last row with a value
    _width: int = 0  # columns up to the last cell with a value, widest row
    _stored: int = 0  # cells calamine keeps before it unfolds repeated rows
    _carry: bytes = b""

    def _rows_end(self, data: bytes) -> int:
        end = data.rfind(_ROW_END)
        return end + len(_ROW_END) if end >= 0 else -1

    def feed(self, chunk: bytes) -> None:
        self._bytes += len(chunk)
        super().feed(chunk)

    def _scan(self, data: bytes, end: int) -> None:
        for found in _TABLE_OR_ROW.finditer(data, 0, end):
            attributes = found.group(2)
            if found.group(1) is None:
                self._start_table(_table_name(attributes))
                continue
            if attributes.endswith(b"/"):
                body = b""
            else:
                row_end = data.find(_ROW_END, found.end(), end)
                body = data[found.end():row_end if row_end >= 0 else end]
            self._row(_repeat(_ROWS_REPEATED.search(attributes)), body)

    def _start_table(self, name: str) -> None:
        self._table = name
        self.table_cells.setdefault(name, 0)
        self._row_at, self._first_row, self._end_row, self._width, self._stored = 0, None, 0, 0, 0

    def _row(self, repeat: int, body: bytes) -> None:
        at = self._row_at
        self._row_at += repeat
        valued = _valued_cells(body)
        if not valued:
            return  # an empty row, repeated or not, unfolds to nothing unless a row with values follows
        if b"-repeated" not in body:
            # Cells written one by one: the row is as wide as its cells at most.
            width = sum(body.count(start) for start in _CELL_STARTS)
            unfolded = valued
        else:
            # Up to the end of the last cell with a value (a marker in a cell's text only widens this).
            end = body.find(b">", _last_value(body)) + 1 or len(body)
            elements = sum(body.count(start, 0, end) for start in _CELL_STARTS)
            if elements > self.limits.max_columns:
                self._refuse_columns(elements)
            width = elements + sum(int(n) - 1 for n in _COLUMNS_REPEATED.findall(body, 0, end))
            unfolded = valued + sum(int(n) - 1 for n in _VALUED_REPEATED_CELL.findall(body, 0, end))
        self._first_row = at if self._first_row is None else self._first_row
        self._end_row = at + repeat
        self._width = max(self._width, width)
        self._stored += width
        self.cells += unfolded * repeat
        self.table_cells[self._table] += unfolded * repeat
        self._check()

    def _check(self) -> None:
        limits = self.limits
        if self._width > limits.max_columns:
            self._refuse_columns(self._width)
        if self._end_row > min(limits.max_rows, EXCEL_ROWS):
            raise InputError("error.sheet.beyond_row", sheet=self._table, file=self.label, row=Count(self._end_row),
                             last=Count(EXCEL_ROWS))
        rows = self._end_row - (self._first_row or 0)
        if rows * self._width > limits.max_ods_cells or self._stored > limits.max_ods_cells:
            raise InputError("error.ods.too_many_cells", sheet=self._table, file=self.label, rows=Count(rows),
                             columns=Count(self._width), cells=Count(max(rows * self._width, self._stored)),
                             limit=Count(limits.max_ods_cells))
        if self.cells > limits.max_cells:
            raise InputError("error.ods.unfolded_cells", file=self.label, limit=Count(limits.max_cells))

    def _refuse_columns(self, columns: int) -> None:
        raise InputError("error.sheet.values_in_column", sheet=self._table, file=self.label, column=Count(columns),
                         limit=Count(self.limits.max_columns))

    def finish(self) -> None:
        super().finish()
        limits = self.limits
        if self.cells > limits.ods_unfold_check_from_cells and \
                self.cells > limits.max_ods_cells_per_byte * self._bytes:
            raise InputError("error.ods.bomb", file=self.label, size=Size(self._bytes), cells=Count(self.cells))
