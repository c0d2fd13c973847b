"""Legacy .xls (BIFF8 in an OLE2 "Workbook" stream), written by hand, and its bad relatives."""

from __future__ import annotations

import struct
from pathlib import Path

from .expect import NOT_A_SPREADSHEET, PASSWORD, Case, Opens, Refused
from .ole import write_compound_file
from .survey import HEADER, survey_rows

XF_GENERAL, XF_DATETIME = 15, 16  # cell XFs after the 15 style XFs Excel always writes


def record(kind: int, data: bytes = b"") -> bytes:
    if len(data) > 8224:
        raise ValueError("record needs CONTINUE records; keep the data small")
    return struct.pack("<HH", kind, len(data)) + data


def _bof(stream_type: int) -> bytes:
    return record(0x0809, struct.pack("<HHHHII", 0x0600, stream_type, 0x0DBB, 0x07CC, 0x41, 0x06))


def _short_unicode(text: str) -> bytes:
    return struct.pack("<BB", len(text), 1) + text.encode("utf-16-le")


def _unicode(text: str) -> bytes:
    return struct.pack("<HB", len(text), 1) + text.encode("utf-16-le")


def _xf(font: int, fmt: int, style: bool) -> bytes:
    flags = 0xFFF5 if style else 0x0001  # style XF: parent 0xFFF, fStyle, locked; cell XF: parent 0
    return struct.pack("<HHHBBBBIIH", font, fmt, flags, 0x20, 0, 0, 0 if style else 0xF8, 0, 0, 0x20C0)


def _font() -> bytes:
    return record(0x0031, struct.pack("<HHHHHBBBB", 220, 0, 0x7FFF, 400, 0, 0, 0, 0, 0) + _short_unicode("Arial"))


def biff8_workbook_stream(
    sheet_name: str, rows: list[list[object]], *, encrypted: bool = False, date_columns: tuple[int, ...] = ()
) -> bytes:
    """A BIFF8 Workbook stream with one sheet. Values: str (SST + LABELSST), int/float (NUMBER), None
    (no cell); numbers in ``date_columns`` below the header row get the date-time XF."""
    strings: dict[str, int] = {}
    cells: list[bytes] = []
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, str):
                index = strings.setdefault(value, len(strings))
                cells.append(record(0x00FD, struct.pack("<HHHI", r, c, XF_GENERAL, index)))
            else:
                xf = XF_DATETIME if c in date_columns and r > 0 else XF_GENERAL
                cells.append(record(0x0203, struct.pack("<HHHd", r, c, xf, float(value))))
    width = max(len(row) for row in rows)
    sheet = (
        _bof(0x0010)
        + record(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, width, 0))
        + b"".join(cells)
        + record(0x023E, struct.pack("<HHHH", 0x06B6, 0, 0, 0x40) + b"\0" * 10)  # WINDOW2
        + record(0x000A)
    )
    sst_count = sum(1 for row in rows for v in row if isinstance(v, str))
    sst = record(0x00FC, struct.pack("<II", sst_count, len(strings)) + b"".join(_unicode(s) for s in strings))

    globals_head = _bof(0x0005)
    if encrypted:  # FILEPASS, RC4 (CryptoAPI header omitted; readers stop at the record itself)
        globals_head += record(0x002F, struct.pack("<HHH", 1, 1, 1) + bytes(range(48)))
    globals_head += (
        record(0x0042, struct.pack("<H", 1200))  # CODEPAGE: UTF-16
        + record(0x003D, struct.pack("<HHHHHHHHH", 0, 0, 0x4000, 0x2000, 0x38, 0, 0, 1, 0x258))  # WINDOW1
        + b"".join(_font() for _ in range(4))
        + b"".join(record(0x00E0, _xf(0, 0, True)) for _ in range(15))
        + record(0x00E0, _xf(0, 0, False))  # 15: general
        + record(0x00E0, _xf(0, 22, False))  # 16: built-in m/d/yy h:mm
        + record(0x0293, struct.pack("<HBB", 0x8000, 0, 0xFF))  # STYLE "Normal"
    )
    boundsheet_len = len(record(0x0085, struct.pack("<IBB", 0, 0, 0) + _short_unicode(sheet_name)))
    eof = record(0x000A)
    sheet_offset = len(globals_head) + boundsheet_len + len(sst) + len(eof)
    boundsheet = record(0x0085, struct.pack("<IBB", sheet_offset, 0, 0) + _short_unicode(sheet_name))
    stream = globals_head + boundsheet + sst + eof + sheet
    return stream.ljust(4096, b"\0")  # Excel never writes a Workbook stream under 4096 bytes


XLS_HEADER = [*HEADER, "Start time"]
START_SERIAL = 45231.5


def xls_rows(n: int = 20) -> list[list[object]]:
    return [XLS_HEADER, *[[*row, START_SERIAL + i] for i, row in enumerate(survey_rows(n))]]


def make_xls_biff8(folder: Path) -> Path:
    """A real BIFF8 .xls: 20 rows × 6 columns, text via SST, a date-time column."""
    stream = biff8_workbook_stream("Data", xls_rows(), date_columns=(5,))
    return write_compound_file(folder / "biff8.xls", {"Workbook": stream})


def make_xls_named_xlsx(folder: Path) -> Path:
    """The same BIFF8 workbook saved under a .xlsx name."""
    stream = biff8_workbook_stream("Data", xls_rows(), date_columns=(5,))
    return write_compound_file(folder / "xls_named.xlsx", {"Workbook": stream})


def make_xls_encrypted(folder: Path) -> Path:
    """A BIFF8 .xls with a FILEPASS record (RC4 encryption) right after the globals BOF."""
    stream = biff8_workbook_stream("Data", xls_rows(), encrypted=True, date_columns=(5,))
    return write_compound_file(folder / "encrypted.xls", {"Workbook": stream})


def make_xls_cell_naming_streams(folder: Path) -> Path:
    """A BIFF8 .xls whose first firm is called "EncryptionInfo WordDocument": names of OLE2 streams
    inside a cell's text (UTF-16, as BIFF8 stores it) are text, not streams."""
    rows = xls_rows()
    rows[1][1] = "EncryptionInfo WordDocument"
    stream = biff8_workbook_stream("Data", rows, date_columns=(5,))
    return write_compound_file(folder / "stream_names_in_a_cell.xls", {"Workbook": stream})


def make_ole_without_workbook_xls(folder: Path) -> Path:
    """An OLE2 file that is a Word document (WordDocument stream), named .xls."""
    streams = {"WordDocument": b"\xec\xa5" + b"\0" * 5000, "1Table": b"\0" * 600}
    return write_compound_file(folder / "word_document.xls", streams)


CASES = [
    Case("xls_biff8", make_xls_biff8, Opens(20, 6, samples=(("Naam", 0, "Metaalwerken 1"),
                                                            ("Werknemers", 0, 5)))),
    Case("xls_named_xlsx", make_xls_named_xlsx, Opens(20, 6),
         "a BIFF8 .xls under a .xlsx name: sniff the content, not the extension"),
    Case("xls_cell_naming_streams", make_xls_cell_naming_streams,
         Opens(20, 6, samples=(("Naam", 0, "EncryptionInfo WordDocument"),)),
         "stream names in a cell's text: the container's directory decides, not a byte search"),
    Case("xls_encrypted", make_xls_encrypted, Refused(PASSWORD), "FILEPASS record in the globals"),
    Case("ole_without_workbook", make_ole_without_workbook_xls, Refused(NOT_A_SPREADSHEET),
         "OLE2 magic but a Word document: neither a workbook nor encrypted"),
]
