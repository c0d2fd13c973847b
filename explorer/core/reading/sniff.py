"""Tell what a file really holds from its first bytes, whatever its extension says."""

from __future__ import annotations

from enum import Enum
from explorer.core.errors import InputError

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
SPSS_MAGICS = (b"$FL2", b"$FL3")

# Files people mistake for spreadsheets, named so the refusal says what the file is.
FOREIGN_MAGICS = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF document"),
)

SPREADSHEET_EXTENSIONS = {".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt", ".tsv", ".tab", ".sav", ".zsav"}


class FileKind(Enum):
    ZIP = "zip"        # xlsx, xlsm or ods; the zip guard decides which
    OLE2 = "ole2"      # legacy .xls, or an encrypted OOXML workbook
    SPSS = "spss"
    TEXT = "text"


def sniff_bytes(head: bytes, name: str) -> FileKind:
    """What the first bytes of a file say it is; refuse files that are plainly something else."""
    if head.startswith(ZIP_MAGICS):
        return FileKind.ZIP
    if head.startswith(OLE2_MAGIC):
        return FileKind.OLE2
    if head.startswith(SPSS_MAGICS):
        return FileKind.SPSS
    for magic, what in FOREIGN_MAGICS:
        if head.startswith(magic):
            raise InputError(f"{name} is {what}, not a spreadsheet.")
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<!doctype html", b"<html")):
        raise InputError(f"{name} is a web page (HTML), not a spreadsheet; save it from Excel as .xlsx or .csv.")
    return FileKind.TEXT
