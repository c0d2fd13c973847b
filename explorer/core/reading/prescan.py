"""The streaming pre-scan: what a workbook's XML claims, measured before any reader allocates for it.

The zip guard feeds every part through one of these scanners chunk by chunk. Each looks only for
what a native reader would size its memory by, and refuses a file over the read budget in one
sentence that names the limit and what the file claims:

- worksheets: cells (with or without attributes), cell references beyond Excel's last column XFD
  or last row 1,048,576, and the rectangle a reader fills (rows spanned x columns spanned);
- the shared-string table: the count it declares, the strings it holds, the longest of them.

An OpenDocument body has a scan of its own (`ods_scan.py`).

The common case costs a few byte counts and one regular expression per chunk; only a sheet whose
quick estimate is over budget is scanned again row by row before it is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterable

from explorer.core.errors import Count, InputError, Size
from explorer.core.reading.limits import EXCEL_COLUMNS, EXCEL_ROWS, ReadLimits
from explorer.core.reading.names import spreadsheet_letter

# A row or a text longer than this without an end tag is not a spreadsheet row.
MAX_CARRY = 64 * 1024 * 1024

# Ways a formula cell without a cached value ends in SpreadsheetML: `<f>..</f></c>`,
# `<f .../></c>`, or an empty `<v>`.
NO_VALUE_PATTERNS = (b"</f></c>", b'"/></c>', b"<v/></c>", b"<v /></c>", b"<v></v></c>")
# Carried from one chunk to the next so that a pattern or a cell reference split between them is seen.
TAIL_BYTES = 40

_ROW_NUMBER = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="(\d+)"')
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\b[^>]*?\bref="([^"]*)"')
_REF = re.compile(rb"([A-Z]+)(\d+)$")
_ROW_OPEN = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_ATTR_R = re.compile(rb'\br="(\d+)"')
_LAST_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')


def column_number(letters: bytes | str) -> int:
    """0-based column of `AB`-style letters (any length)."""
    index = 0
    for ch in letters if isinstance(letters, bytes) else letters.encode():
        index = index * 26 + (ch - 64)
    return index - 1


def _letters_above(col: int) -> bytes:
    """A regex alternative for column letters of a column beyond `col` (0-based), up to three letters."""
    letters = spreadsheet_letter(col).encode() if col >= 0 else b""
    options = [rb"[A-Z]{%d,}" % (len(letters) + 1)]
    for i in range(len(letters)):
        prefix, ch = letters[:i], letters[i]
        if ch < ord("Z"):
            rest = len(letters) - i - 1
            options.append(re.escape(prefix) + rb"[%c-Z]" % (ch + 1) + (rb"[A-Z]{%d}" % rest if rest else b""))
    return b"|".join(options)


def _far_cell_pattern(max_col: int) -> re.Pattern[bytes]:
    """Cell references to the right of `max_col`, or on a row numbered in the millions."""
    return re.compile(rb' r="(?:(' + _letters_above(max_col) + rb')(\d*)|([A-Z]{1,3})(\d{7,}))"')


# Every cell reference is checked in the first part of a sheet, which is all of any small file.
# Beyond it, each chunk's last row and last cell: a scan of every reference would double the
# cost of the check, and a far cell hidden in the middle of a large sheet meets the worker's
# memory limit instead (isolation.py).
FULL_SCAN_BYTES = 16 * 1024 * 1024
ROW_END = b"</row>"


@dataclass
class SheetScan:
    """Counts and extents of one worksheet part, fed in chunks."""

    label: str
    sheet: str
    limits: ReadLimits
    cells: int = 0
    error_cells: int = 0
    formulas_without_value: int = 0
    max_col: int = -1
    first_row: int | None = None
    last_row: int = 0
    dimension: str = ""
    _tail: bytes = b""
    _fed: int = 0
    _pattern: re.Pattern[bytes] = field(default=None, repr=False)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        self._pattern = _far_cell_pattern(self.max_col)

    def feed(self, chunk: bytes) -> None:
        if not self._fed:
            found = _DIMENSION.search(chunk, 0, 65536)
            self.dimension = found.group(1).decode("ascii", "replace") if found else ""
        # Patterns that straddle two chunks lie wholly inside `seam`, and only there.
        seam = self._tail + chunk[:TAIL_BYTES]
        if b"<f" in chunk or b"<f" in seam:  # most sheets hold no formulas: one search spares five counts
            self.formulas_without_value += _count_no_value(chunk) + _count_no_value(seam) - _count_no_value(self._tail)
        self.error_cells += chunk.count(b't="e"') + seam.count(b't="e"') - self._tail.count(b't="e"')
        # Cells that hold something end in </c>; cells of formatting only (<c r="A9" s="1"/>) cost a
        # reader nothing and are not counted.
        self.cells += chunk.count(b"</c>") + seam.count(b"</c>") - self._tail.count(b"</c>")
        if self._fed < FULL_SCAN_BYTES:
            self._far_cells(self._tail + chunk)
        else:
            self._last_row_end(chunk)
        self._rows(seam, chunk)
        self._tail = chunk[-TAIL_BYTES:]
        self._fed += len(chunk)
        if self.cells > self.limits.max_cells:
            raise InputError("error.sheet.too_many_cells", sheet=self.sheet, file=self.label,
                             limit=Count(self.limits.max_cells))

    def _far_cells(self, window: bytes) -> None:
        pos = 0
        while True:
            found = self._pattern.search(window, pos)
            if found is None:
                return
            pos = found.end()
            letters = found.group(1) or found.group(3)
            digits = found.group(2) or found.group(4)
            self._cell(letters, int(digits) if digits else 0)

    def _cell(self, letters: bytes, row: int) -> None:
        col = column_number(letters)
        if col >= EXCEL_COLUMNS:
            raise InputError("error.sheet.beyond_column", file=self.label, cell=_short(letters + str(row).encode()),
                             sheet=self.sheet)
        if col >= self.limits.max_columns:
            raise InputError("error.sheet.cells_in_column", sheet=self.sheet, file=self.label, column=Count(col + 1),
                             letters=_short(letters), limit=Count(self.limits.max_columns))
        if row > min(self.limits.max_rows, EXCEL_ROWS):
            raise InputError("error.sheet.row_beyond", file=self.label, row=Count(row), sheet=self.sheet,
                             last=Count(EXCEL_ROWS))
        if col > self.max_col:
            self.max_col = col
            if self._fed < FULL_SCAN_BYTES:
                self._pattern = _far_cell_pattern(col)

    def _last_row_end(self, chunk: bytes) -> None:
        """The last cell of the last row that ends in this chunk: its column and its row."""
        pos = chunk.rfind(ROW_END)
        if pos < 0:
            return
        ref = chunk.rfind(b' r="', max(0, pos - 4096), pos)
        found = _LAST_REF.match(chunk, ref + 1) if ref >= 0 else None
        if found is not None:
            self._cell(found.group(1), int(found.group(2)))

    def _rows(self, seam: bytes, chunk: bytes) -> None:
        if self.first_row is None:
            first = _ROW_NUMBER.search(seam + chunk[TAIL_BYTES:65536])
            if first is None:
                return
            self.first_row = int(first.group(1))
        # The last row element of the chunk (rows come in order in any real file).
        last = None
        for start in (max(0, len(chunk) - 65536), 0):
            for last in _ROW_NUMBER.finditer(chunk, start):
                pass
            if last is not None or start == 0:
                break
        if last is None:
            return
        number = int(last.group(1))
        if number > EXCEL_ROWS:
            raise InputError("error.sheet.row_beyond", file=self.label, row=Count(number), sheet=self.sheet,
                             last=Count(EXCEL_ROWS))
        self.last_row = max(self.last_row, number)

    def estimated_extent(self) -> tuple[int, int]:
        rows = self.last_row - (self.first_row or 1) + 1 if self.last_row else 0
        return max(rows, 0), max(self.max_col + 1, 0)

    def over_budget(self) -> bool:
        rows, cols = self.estimated_extent()
        return rows * cols > self.limits.max_cells


class WholeRows:
    """Feeds `_scan(data, end)` only whole rows; the unfinished last row is carried to the next chunk."""

    _carry: bytes = b""

    def _rows_end(self, data: bytes) -> int:
        raise NotImplementedError

    def _scan(self, data: bytes, end: int) -> None:
        raise NotImplementedError

    def feed(self, chunk: bytes) -> None:
        data = self._carry + chunk
        end = self._rows_end(data)
        if end < 0:
            if len(data) > MAX_CARRY:
                raise InputError("error.sheet.long_row")
            self._carry = data
            return
        self._carry = data[end:]
        self._scan(data, end)

    def finish(self) -> None:
        if self._carry:
            self._scan(self._carry, len(self._carry))
            self._carry = b""


@dataclass
class ExactExtent(WholeRows):
    """Rows and columns spanned by cells that hold a value (rows of formatting only do not count)."""

    first_row: int | None = None
    last_row: int = 0
    width: int = 0
    _next_row: int = 1
    _carry: bytes = b""

    def _rows_end(self, data: bytes) -> int:
        return _last_row_end(data)

    def _scan(self, data: bytes, end: int) -> None:
        opens = list(_ROW_OPEN.finditer(data, 0, end))
        for i, found in enumerate(opens):
            start, stop = found.end(), opens[i + 1].start() if i + 1 < len(opens) else end
            attr = _ATTR_R.search(found.group(1))
            row = int(attr.group(1)) if attr else self._next_row
            self._next_row = row + 1
            if data.find(b"<v", start, stop) < 0 and data.find(b"<is>", start, stop) < 0:
                continue
            width = data.count(b"<c", start, stop)
            ref = data.rfind(b' r="', start, stop)
            last = _LAST_REF.match(data, ref + 1) if ref >= 0 else None
            if last is not None:
                width = max(width, column_number(last.group(1)) + 1)
                row = max(row, int(last.group(2)))
            self.first_row = row if self.first_row is None else min(self.first_row, row)
            self.last_row = max(self.last_row, row)
            self.width = max(self.width, width)

    def extent(self) -> tuple[int, int]:
        if self.first_row is None:
            return 0, 0
        return self.last_row - self.first_row + 1, self.width


def _last_row_end(data: bytes) -> int:
    """Index just past the last complete row end tag (`</row>`, any prefix), or -1."""
    pos = len(data)
    while True:
        pos = data.rfind(b"row>", 0, pos)
        if pos < 0:
            return -1
        before = data[max(0, pos - 24):pos]
        if re.search(rb"</(?:\w+:)?$", before):
            return pos + 4


def check_sheet_extent(scan: SheetScan, chunks: Callable[[], Iterable[bytes]]) -> None:
    """Refuse a sheet whose cells span more than the cell budget; rescan exactly if the estimate is over."""
    if not scan.over_budget():
        return
    exact = ExactExtent()
    for chunk in chunks():
        exact.feed(chunk)
    exact.finish()
    rows, cols = exact.extent()
    if rows * cols > scan.limits.max_cells:
        raise InputError("error.sheet.span", sheet=scan.sheet, file=scan.label, rows=Count(rows), columns=Count(cols),
                         cells=Count(rows * cols), limit=Count(scan.limits.max_cells))


def _count_no_value(data: bytes) -> int:
    return sum(data.count(p) for p in NO_VALUE_PATTERNS)


def _short(text: bytes, limit: int = 24) -> str:
    shown = text.decode("ascii", "replace")
    return shown if len(shown) <= limit else shown[:limit] + "…"


_UNIQUE_COUNT = re.compile(rb'\buniqueCount="(\d+)"')


@dataclass
class SharedStringsScan:
    """The shared-string table: what it declares, how many strings it holds, the longest one."""

    label: str
    limits: ReadLimits
    declared: int = 0
    strings: int = 0
    longest: int = 0
    _carry: bytes = b""
    _started: bool = False

    def feed(self, chunk: bytes) -> None:
        if not self._started:
            self._started = True
            found = _UNIQUE_COUNT.search(chunk, 0, 4096)
            self.declared = int(found.group(1)) if found else 0
            if self.declared > self.limits.max_shared_strings:
                raise InputError("error.strings.declared", file=self.label, count=Count(self.declared),
                                 limit=Count(self.limits.max_shared_strings))
        data = self._carry + chunk
        pieces = data.split(b"<si")
        self.strings += len(pieces) - 1
        self._carry = pieces[-1]
        self.longest = max(self.longest, max(map(len, pieces[:-1]), default=0))
        if len(self._carry) > self.limits.max_cell_bytes:
            self.longest = max(self.longest, len(self._carry))
        self._check()

    def finish(self) -> None:
        tail = self._carry.split(b"</sst>")[0]
        self.longest = max(self.longest, len(tail))
        self._carry = b""
        self._check()

    def _check(self) -> None:
        if self.strings > self.limits.max_shared_strings:
            raise InputError("error.strings.too_many", file=self.label, limit=Count(self.limits.max_shared_strings))
        if self.longest > self.limits.max_cell_bytes:
            raise InputError("error.strings.too_long", file=self.label, size=Size(self.longest), limit=Count(32_767))
