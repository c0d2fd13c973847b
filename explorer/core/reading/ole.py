"""OLE2 compound files: a legacy .xls workbook, or an encrypted (password-protected) one."""

from __future__ import annotations

from pathlib import Path

from explorer.core.errors import InputError, Phrase

# Office stores a password-protected xlsx inside an OLE2 file with these stream names.
ENCRYPTION_STREAMS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))
WORKBOOK_STREAMS = ("Workbook".encode("utf-16-le"), "Book".encode("utf-16-le"))
SCAN_CHUNK = 1 << 22


def classify_ole2(path: Path) -> str:
    """Return "xls" for a legacy workbook; refuse encrypted and foreign OLE2 files."""
    found_workbook = False
    tail = b""
    with open(path, "rb") as handle:
        while True:
            chunk = handle.read(SCAN_CHUNK)
            if not chunk:
                break
            window = tail + chunk
            if any(name in window for name in ENCRYPTION_STREAMS):
                raise InputError("error.file.password", file=path.name)
            found_workbook = found_workbook or any(name in window for name in WORKBOOK_STREAMS)
            tail = window[-40:]
    if not found_workbook:
        if _has_word_stream(path):
            raise InputError("error.file.foreign", file=path.name, what=Phrase("error.kind.word"))
        raise InputError("error.file.office_without_workbook", file=path.name)
    return "xls"


def _has_word_stream(path: Path) -> bool:
    with open(path, "rb") as handle:
        return "WordDocument".encode("utf-16-le") in handle.read(SCAN_CHUNK * 4)
