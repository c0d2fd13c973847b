"""Tell what a file really holds from its first bytes, whatever its extension says."""

from __future__ import annotations

from enum import Enum

from explorer.core.errors import InputError, Phrase

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
SPSS_MAGICS = (b"$FL2", b"$FL3")

# Files people mistake for spreadsheets, named so the refusal says what the file is.
FOREIGN_MAGICS = (
    (b"%PDF", "error.kind.pdf"),
    (b"\x89PNG", "error.kind.png"),
    (b"GIF8", "error.kind.gif"),
    (b"\xff\xd8\xff", "error.kind.jpeg"),
    (b"Rar!", "error.kind.rar"),
    (b"7z\xbc\xaf", "error.kind.7z"),
    (b"\x1f\x8b", "error.kind.gzip"),
    (b"{\\rtf", "error.kind.rtf"),
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
            raise InputError("error.file.foreign", file=name, what=Phrase(what))
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<!doctype html", b"<html")):
        raise InputError("error.file.html", file=name)
    return FileKind.TEXT
