"""What a correct reader should do with each bad or awkward file.

Refusal keywords (the one-sentence refusal should contain the keyword, case-insensitive):

- ``empty``              the file has no bytes, only whitespace, or a workbook without any cell
- ``no data rows``       column names are there but not a single answer row (choice: refuse, since
                         nothing can be shown; the sentence says the file has no data rows)
- ``not a spreadsheet``  the bytes are something else (text, PNG, PDF, HTML, a zip or OLE2 file that
                         holds no workbook, random bytes)
- ``not a text``         a .csv whose bytes are binary
- ``damaged``            a spreadsheet format, but broken (truncated, missing parts, malformed XML)
- ``password``           an encrypted workbook (OOXML in an OLE2 container, or an .xls with FILEPASS)
- ``too large``          zip bombs and files past the inflated-size, entry-count or cell-count caps
- ``unsafe``             XML with a DTD / entity declarations (billion laughs, XXE); ``damaged`` is
                         accepted as an alternative
- ``chart sheet``        a workbook whose only sheets are chart sheets
- ``hidden``             a workbook whose sheets with cells are all hidden
- ``ordinary file``      a pipe, a device or a link to one: only ordinary files are read
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Literal

EMPTY = "empty"
NO_DATA_ROWS = "no data rows"
NOT_A_SPREADSHEET = "not a spreadsheet"
NOT_A_TEXT = "not a text"
DAMAGED = "damaged"
PASSWORD = "password"
TOO_LARGE = "too large"
UNSAFE = "unsafe"
CHARTS = "chart sheet"
HIDDEN = "hidden"
NOT_A_FILE = "ordinary file"


@dataclass(frozen=True)
class Opens:
    """The file opens. ``rows`` data rows (header rows excluded) and ``columns`` columns.

    ``warnings``: keywords that the reader's warnings should mention (case-insensitive).
    ``samples``: (column name, data-row index from 0, expected value) triples a correct reader yields;
    ``None`` means a missing value, floats compare approximately (relative 1e-6), datetimes exactly.
    ``header_rows``: how many header rows; ``first_header_row``: 1-based sheet row of the first one.
    ``sheet``: the sheet holding the data when it is not the first one.
    """

    rows: int
    columns: int
    warnings: tuple[str, ...] = ()
    header_rows: int = 1
    first_header_row: int = 1
    sheet: str | None = None
    samples: tuple[tuple[str, int, object], ...] = ()
    kind: Literal["opens"] = field(default="opens", init=False)


@dataclass(frozen=True)
class Refused:
    """The file is refused in one plain sentence containing ``keyword`` (or one of ``alternatives``)."""

    keyword: str
    alternatives: tuple[str, ...] = ()
    kind: Literal["refused"] = field(default="refused", init=False)

    def matches(self, message: str) -> bool:
        text = message.lower()
        return any(k.lower() in text for k in (self.keyword, *self.alternatives))


@dataclass(frozen=True)
class Case:
    """One bad or awkward input file: ``make(folder)`` writes it and returns its path."""

    name: str
    make: Callable[[Path], Path]
    expect: Opens | Refused
    note: str = ""
    slow: bool = False  # takes about a second or more to build or to check
    also_ok: Opens | Refused | None = None  # a second outcome that is equally correct

    def outcomes(self) -> tuple[Opens | Refused, ...]:
        return (self.expect,) if self.also_ok is None else (self.expect, self.also_ok)
