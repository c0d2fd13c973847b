"""OLE2 compound files: a legacy .xls workbook, or an encrypted (password-protected) one.

The container's directory says which streams it holds (olefile reads it); the bytes of the streams
are not searched, so a cell that happens to read "EncryptionInfo" is just a cell.
"""

from __future__ import annotations

from pathlib import Path

import olefile

from explorer.core.errors import InputError, Phrase

# Office stores a password-protected xlsx inside an OLE2 file with these two streams.
ENCRYPTION_STREAMS = {"encryptioninfo", "encryptedpackage"}
WORKBOOK_STREAMS = {"workbook", "book"}  # BIFF8 and BIFF5 workbooks
WORD_STREAM = "worddocument"


def top_level_streams(path: Path, label: str) -> set[str]:
    """Lower-case names of the streams in the container's root storage."""
    try:
        with olefile.OleFileIO(str(path)) as container:
            return {entry[0].lower() for entry in container.listdir(streams=True, storages=False) if len(entry) == 1}
    except (OSError, ValueError, IndexError, KeyError, RecursionError) as exc:  # olefile's damaged-file errors
        raise InputError("error.file.ole_damaged", file=label, detail=_first_line(exc)) from None


def classify_ole2(path: Path, label: str | None = None) -> str:
    """Return "xls" for a legacy workbook; refuse encrypted and foreign OLE2 files."""
    label = label or path.name
    streams = top_level_streams(path, label)
    if streams & ENCRYPTION_STREAMS:
        raise InputError("error.file.password", file=label)
    if streams & WORKBOOK_STREAMS:
        return "xls"
    if WORD_STREAM in streams:
        raise InputError("error.file.foreign", file=label, what=Phrase("error.kind.word"))
    raise InputError("error.file.office_without_workbook", file=label)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0].rstrip(".") if text else type(exc).__name__
