"""Large worksheets cut into slices of whole rows, so that no reader holds all of one at once.

calamine parses a whole worksheet before it returns a row: the 100,000-firm benchmark survey
(350 MB of XML) takes 750 MB while it is parsed, most of the memory a read needs. The zip guard
inflates every worksheet anyway; one larger than a slice it also writes, cut at row ends every
`slice_bytes`, as the sheets of a private workbook beside the copy of the file (stored, not
compressed), with the original's shared strings, styles and date system. The worker reads the
slices one after the other (`slice_reading.py`), each in a fraction of the memory, and joins them
into the columns one read of the whole sheet gives:

- every slice keeps the sheet's own row numbers, and every slice after the first starts with a
  marker cell in column A on the row just before its first row, which the worker skips: each
  slice's columns then start at column A like the sheet's;
- a sheet whose slices do not start with a numbered row, or whose rows come out of order, is not
  sliced and is read whole.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import defusedxml.ElementTree as SafeET

from explorer.core.reading.limits import ReadLimits
from explorer.core.reading.zip_entries import inflated

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
# Where the sheet's cells begin, the first row of a slice, and what a slice must not keep: the
# dimension tag, which calamine would reserve room for.
_SHEET_DATA_OPEN = re.compile(rb"<((?:\w+:)?)sheetData\b[^>]*?(/?)>")
_WORKSHEET_OPEN = re.compile(rb"<((?:\w+:)?)worksheet\b")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\b[^>]*/>")
_ROW_START = re.compile(rb"\s*<((?:\w+:)?)row\b([^>]*)>")
_ROW_END = re.compile(rb"</(?:\w+:)?row>")
_ANY_ROW_START = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
# A row start tag longer than this is not one.
MAX_ROW_TAG = 64 * 1024
_ROW_NUMBER = re.compile(rb'\br="(\d+)"')


@dataclass(frozen=True)
class SheetSlices:
    """Where one worksheet's slices are: the private workbook and its sheet names, in row order."""

    path: str
    sheets: tuple[str, ...]
    first_rows: tuple[int, ...]  # the 1-based number of each slice's first row


class _SheetSlicer:
    """Cuts one worksheet part, fed in chunks, into slices written to the open workbook."""

    def __init__(self, out: zipfile.ZipFile, index: int, slice_bytes: int) -> None:
        self._out, self._index, self._slice_bytes = out, index, slice_bytes
        self._prefix: bytes | None = None  # the sheet's XML up to its cells, without <dimension>
        self._suffix = b""
        self._entry = None
        self._written = 0
        self._carry = b""
        self._rows_done = False
        self._last_row = 0  # the number of the last row of the slice before
        self._current_row = 0  # the number of the last row start written
        self.sheets: list[str] = []
        self.first_rows: list[int] = []
        self.failed = False

    def feed(self, chunk: bytes) -> None:
        if self.failed or self._rows_done:
            return
        try:
            self._feed(chunk)
        except OSError:  # no room for the slices: the sheet is read whole
            self.failed = True

    def _feed(self, chunk: bytes) -> None:
        data = self._carry + chunk
        self._carry = b""
        if self._prefix is None:
            data = self._start(data)
            if data is None:
                return
        while data:
            if self._entry is None and self._next_slice(data) is None:
                return
            room = self._slice_bytes - self._written
            end = _ROW_END.search(data, max(room, 0)) if len(data) > room else None
            if end is None:  # the slice has room, or no row ends after it: it runs on
                self._write(data)
                return
            self._write(data[:end.end()])
            if self.failed:
                self._abandon()
                return
            self._close(self._suffix)
            self._last_row = self._current_row
            data = data[end.end():]

    def _start(self, data: bytes) -> bytes | None:
        found = _SHEET_DATA_OPEN.search(data)
        if found is None:
            if len(data) > MAX_ROW_TAG * 16:
                self.failed = True
            else:
                self._carry = data
            return None
        sheet = _WORKSHEET_OPEN.search(data, 0, found.start())
        if found.group(2) or sheet is None:  # <sheetData/>: no rows to slice
            self.failed = True
            return None
        self._prefix = _DIMENSION.sub(b"", data[:found.end()])
        self._suffix = b"</" + found.group(1) + b"sheetData></" + sheet.group(1) + b"worksheet>"
        self._open(first_row=0)
        return data[found.end():]

    def _next_slice(self, data: bytes) -> bytes | None:
        """Open the next slice at the row that `data` starts with; None when waiting or done."""
        found = _ROW_START.match(data)
        if found is None:
            if b">" not in data and len(data) < MAX_ROW_TAG:
                self._carry = data  # a start tag cut off by the chunk's end
            else:
                self._rows_done = True  # the next element is no row: </sheetData> and what follows
            return None
        number = _ROW_NUMBER.search(found.group(2))
        first = int(number.group(1)) if number else 0
        if first <= max(self._last_row, 1):
            self._abandon()  # rows without numbers, or out of order: the sheet is read whole
            return None
        self._open(first_row=first)
        p, marker = found.group(1), first - 1
        self._entry.write(b'<%srow r="%d"><%sc r="A%d" t="inlineStr"><%sis><%st>.</%st></%sis></%sc></%srow>'
                          % (p, marker, p, marker, p, p, p, p, p, p))
        return data

    def _open(self, first_row: int) -> None:
        name = f"xl/worksheets/slice{self._index}_{len(self.sheets) + 1}.xml"
        self._entry = self._out.open(name, "w", force_zip64=True)
        self.sheets.append(name)
        self.first_rows.append(first_row)
        self._written = 0
        self._entry.write(self._prefix)

    def _write(self, data: bytes) -> None:
        self._entry.write(data)
        self._written += len(data)
        # Rows come in ascending order (the file format asks for it); a piece that starts below
        # where the one before ended, or ends below where it starts, is read whole instead.
        first = _ANY_ROW_START.search(data, 0, MAX_ROW_TAG)
        number = _ROW_NUMBER.search(first.group(1)) if first else None
        if number is not None and int(number.group(1)) <= self._current_row:
            self.failed = True
        last = _number_of_last_row_start(data)
        if last is not None:
            if number is not None and last < int(number.group(1)):
                self.failed = True
            self._current_row = last

    def _close(self, ending: bytes = b"") -> None:
        if self._entry is not None:
            self._entry.write(ending)
            self._entry.close()
            self._entry = None

    def _abandon(self) -> None:
        self._close(self._suffix)
        self.failed = True

    def finish(self) -> None:
        if self.failed:
            return
        try:
            self._finish()
        except OSError:
            self.failed = True

    def _finish(self) -> None:
        if self._carry and self._entry is None and not self._rows_done:
            self._next_slice(self._carry)
            if self._entry is not None:
                self._write(self._carry)
        # The last slice ends with the original's own end of the sheet.
        self._close()
        if self._prefix is None:
            self.failed = True


def _number_of_last_row_start(data: bytes) -> int | None:
    """The number of the last row that starts in `data` (searched from the end), or None."""
    window = MAX_ROW_TAG
    while True:
        start = max(0, len(data) - window)
        last = None
        for last in _ANY_ROW_START.finditer(data, start):
            pass
        if last is not None or start == 0:
            break
        window *= 4
    number = _ROW_NUMBER.search(last.group(1)) if last is not None else None
    return int(number.group(1)) if number else None


class SliceWriter:
    """The private workbook of slices, written while the zip guard inflates the original."""

    def __init__(self, path: Path, limits: ReadLimits) -> None:
        self.path = path
        self._limits = limits
        self._out = zipfile.ZipFile(path, "w", zipfile.ZIP_STORED, allowZip64=True)
        self._slicers: dict[str, _SheetSlicer] = {}

    def wants(self, info: zipfile.ZipInfo, is_sheet: bool) -> bool:
        return is_sheet and info.file_size > self._limits.slice_bytes

    def sheet(self, sheet: str) -> _SheetSlicer:
        slicer = _SheetSlicer(self._out, len(self._slicers) + 1, self._limits.slice_bytes)
        self._slicers[sheet] = slicer
        return slicer

    def copy(self, name: str, chunks) -> None:
        with self._out.open(name, "w", force_zip64=True) as entry:
            for chunk in chunks:
                entry.write(chunk)

    def finish(self, archive: zipfile.ZipFile) -> dict[str, SheetSlices]:
        """Write the workbook around the slices; the sheets that were sliced, by name (none when the
        slices could not be written: those sheets are read whole)."""
        try:
            return self._finish(archive)
        except (OSError, KeyError, zipfile.BadZipFile):
            return {}

    def _finish(self, archive: zipfile.ZipFile) -> dict[str, SheetSlices]:
        sliced = {name: s for name, s in self._slicers.items() if not s.failed and len(s.sheets) > 1}
        names = [(f"s{i}", part) for i, part in enumerate(p for s in sliced.values() for p in s.sheets)]
        shared, styles, date1904 = _workbook_facts(archive)
        for part in (shared, styles):
            if part and part in archive.NameToInfo:
                self.copy(part, inflated(Path(archive.filename), archive.getinfo(part), 4 * 1024 * 1024))
        self._out.writestr("[Content_Types].xml", _content_types(names, shared, styles))
        self._out.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships '
                           f'xmlns="{PACKAGE_RELS}"><Relationship Id="rId1" Type="{REL_NS}/officeDocument" '
                           'Target="xl/workbook.xml"/></Relationships>')
        sheets = "".join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _) in enumerate(names))
        flag = '<workbookPr date1904="1"/>' if date1904 else ""
        self._out.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN_NS}" '
                           f'xmlns:r="{REL_NS}">{flag}<sheets>{sheets}</sheets></workbook>')
        rels = [f'<Relationship Id="rId{i + 1}" Type="{REL_NS}/worksheet" Target="{_target(part)}"/>'
                for i, (_, part) in enumerate(names)]
        for kind, part in (("sharedStrings", shared), ("styles", styles)):
            if part:
                rels.append(f'<Relationship Id="rId{kind}" Type="{REL_NS}/{kind}" Target="{_target(part)}"/>')
        self._out.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0" encoding="UTF-8"?>'
                           f'<Relationships xmlns="{PACKAGE_RELS}">{"".join(rels)}</Relationships>')
        self._out.close()
        by_part = dict((part, name) for name, part in names)
        return {sheet: SheetSlices(str(self.path), tuple(by_part[p] for p in s.sheets), tuple(s.first_rows))
                for sheet, s in sliced.items()}

    def close(self) -> None:
        try:
            self._out.close()
        except (OSError, ValueError):
            pass


def _target(part: str) -> str:
    """A relationship target for `part`: relative to xl/ where it lies there, absolute otherwise."""
    return part[3:] if part.startswith("xl/") else f"/{part}"


def _workbook_facts(archive: zipfile.ZipFile) -> tuple[str, str, bool]:
    """The shared-strings and styles parts of the original, and whether it counts dates from 1904."""
    shared = styles = ""
    try:
        rels = SafeET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        for rel in rels:
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            target = rel.get("Target", "")
            part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            if kind == "sharedStrings":
                shared = part
            elif kind == "styles":
                styles = part
        workbook = SafeET.fromstring(archive.read("xl/workbook.xml"))
        flag = next((el.get("date1904", "") for el in workbook.iter() if el.tag.endswith("}workbookPr")), "")
    except (KeyError, SafeET.ParseError, ValueError):
        return "xl/sharedStrings.xml", "xl/styles.xml", False
    return shared, styles, flag.lower() in ("1", "true")


def _content_types(names: list[tuple[str, str]], shared: str, styles: str) -> str:
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    overrides = [f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>']
    overrides += [f'<Override PartName="/{part}" ContentType="{ct}.worksheet+xml"/>' for _, part in names]
    if shared:
        overrides.append(f'<Override PartName="/{shared}" ContentType="{ct}.sharedStrings+xml"/>')
    if styles:
        overrides.append(f'<Override PartName="/{styles}" ContentType="{ct}.styles+xml"/>')
    return ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'{"".join(overrides)}</Types>')
