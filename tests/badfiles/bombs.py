"""Zip bombs dressed as workbooks.

The 1 GiB sheet is built from one deflated 1 MiB block of rows, repeated: a history-free, byte-aligned
deflate piece may be concatenated with itself, so building costs one CRC pass (about 0.3 s), not a
1 GiB compression. Each row is ``<row>`` + 64 × ``<c><v>42</v></c>`` (valid SpreadsheetML without
``r`` attributes): about 1.04 million rows (under Excel's 1,048,576) and 66 million value cells.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .expect import TOO_LARGE, DAMAGED, Case, Refused
from .rawzip import RawEntry, deflate_raw, entry_from_bytes, write_raw_zip
from .survey import survey_table
from .xlsx_writer import Sheet, workbook_parts

GIB = 1 << 30
BOMB_COLUMNS = 64
BOMB_ROW = b"<row>" + b"<c><v>42</v></c>" * BOMB_COLUMNS + b"</row>"  # 1035 bytes
BLOCK_ROWS = (1 << 20) // len(BOMB_ROW)
BLOCK = BOMB_ROW * BLOCK_ROWS
LYING_SIZE = 10 * 1024  # what the lying bomb declares for its 1 GiB sheet
MANY_ENTRIES = 100_000

SHEET_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b"<sheetData><row>" + b"".join(b"<c><v>%d</v></c>" % i for i in range(BOMB_COLUMNS)) + b"</row>"
)
SHEET_TAIL = b"</sheetData></worksheet>"


@dataclass(frozen=True)
class BombSheet:
    """The inflated sheet: ``SHEET_HEAD + BLOCK * blocks + SHEET_TAIL``."""

    blocks: int

    @property
    def size(self) -> int:
        return len(SHEET_HEAD) + len(BLOCK) * self.blocks + len(SHEET_TAIL)

    @property
    def rows(self) -> int:
        return 1 + BLOCK_ROWS * self.blocks

    def crc(self) -> int:
        crc = zlib.crc32(SHEET_HEAD)
        for _ in range(self.blocks):
            crc = zlib.crc32(BLOCK, crc)
        return zlib.crc32(SHEET_TAIL, crc)

    def deflated_pieces(self) -> tuple[bytes, bytes, bytes]:
        return deflate_raw(SHEET_HEAD, finish=False), deflate_raw(BLOCK, finish=False), deflate_raw(SHEET_TAIL)

    def entry(self, name: str, declared_size: int | None = None) -> RawEntry:
        head, block, tail = self.deflated_pieces()

        def chunks() -> Iterator[bytes]:
            yield head
            for _ in range(self.blocks):
                yield block
            yield tail

        compressed = len(head) + len(block) * self.blocks + len(tail)
        size = self.size if declared_size is None else declared_size
        return RawEntry(name, chunks(), self.crc(), compressed, size)


def bomb_sheet(inflated: int = GIB) -> BombSheet:
    """A bomb sheet that inflates to at least ``inflated`` bytes."""
    return BombSheet(blocks=-(-(inflated - len(SHEET_HEAD) - len(SHEET_TAIL)) // len(BLOCK)))


def _bomb_workbook(path: Path, sheet: BombSheet, declared_size: int | None) -> Path:
    parts = workbook_parts([Sheet("Data", [["placeholder"]])])
    entries = [
        sheet.entry(name, declared_size) if name == "xl/worksheets/sheet1.xml" else entry_from_bytes(name, data)
        for name, data in parts.items()
    ]
    return write_raw_zip(path, entries)


def make_zip_bomb_xlsx(folder: Path, inflated: int = GIB) -> Path:
    """Honest headers: the central directory says sheet1.xml is 1 GiB, and it is."""
    return _bomb_workbook(folder / "zip_bomb.xlsx", bomb_sheet(inflated), None)


def make_zip_bomb_lying_xlsx(folder: Path, inflated: int = GIB) -> Path:
    """Local header and central directory both declare sheet1.xml as 10 KiB; it inflates to 1 GiB.
    The compressed size and the CRC (of the real 1 GiB) are honest."""
    return _bomb_workbook(folder / "zip_bomb_lying_sizes.xlsx", bomb_sheet(inflated), LYING_SIZE)


def make_zip_many_entries_xlsx(folder: Path, count: int = MANY_ENTRIES) -> Path:
    """A valid small workbook plus ``count`` empty stored entries (xl/media/junkNNNNNN.bin)."""
    path = folder / "zip_many_entries.xlsx"
    parts = workbook_parts([Sheet("Data", survey_table(10))])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
        stored = zipfile.ZipInfo("xl/media/junk000000.bin", date_time=(2023, 11, 1, 12, 0, 0))
        for i in range(count):
            stored.filename = f"xl/media/junk{i:06d}.bin"
            zf.writestr(stored, b"", compress_type=zipfile.ZIP_STORED)
    return path


CASES = [
    Case("zip_bomb", make_zip_bomb_xlsx, Refused(TOO_LARGE),
         "sheet1.xml inflates to 1 GiB (about 66 million cells) from about 1 MB; honest sizes", slow=True),
    Case("zip_bomb_lying_sizes", make_zip_bomb_lying_xlsx, Refused(TOO_LARGE, (DAMAGED,)),
         "headers declare 10 KiB for a 1 GiB sheet; count inflated bytes, do not trust headers", slow=True),
    Case("zip_many_entries", make_zip_many_entries_xlsx, Refused(TOO_LARGE),
         "100,000 extra zip entries: refuse on the entry count before listing them all", slow=True),
]
