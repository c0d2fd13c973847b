"""Saving files so that a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from explorer.core.errors import InputError
from explorer.core.identity import refuse_if_input


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to `path` via a temporary file in the same folder and an atomic rename.

    The temporary file lives beside the target because a rename is only atomic within one file
    system. Any failure (missing or read-only folder, target open in another program on Windows,
    disk full) removes the temporary file and raises InputError with one plain sentence. A target
    that is a survey file read in this run is refused: the input is never written.
    """
    target = Path(path)
    refuse_if_input(target)
    folder = target.parent if str(target.parent) else Path(".")
    temp_name = None
    try:
        if target.is_dir():
            raise IsADirectoryError(str(target))
        temp_name, handle = _create_beside(folder, target.name)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())  # the rename must not land before the data does
        os.replace(temp_name, target)
        temp_name = None
    except OSError as error:
        raise _plain_reason(target, error) from None
    finally:
        if temp_name is not None:
            try:
                os.unlink(temp_name)
            except OSError:
                pass


def _create_beside(folder: Path, name: str) -> tuple[str, int]:
    """A new hidden temporary file in `folder`, opened for writing.

    Not tempfile.mkstemp: that creates mode 0600, which the rename would carry over to the saved file;
    mode 0666 filtered by the user's umask gives the permissions of any other saved file.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        candidate = str(folder / f".{name}.{secrets.token_hex(4)}.tmp")
        try:
            return candidate, os.open(candidate, flags, 0o666)
        except FileExistsError:
            continue


def _plain_reason(target: Path, error: OSError) -> InputError:
    if isinstance(error, IsADirectoryError):
        return InputError("error.write.folder", file=target)
    if isinstance(error, (FileNotFoundError, NotADirectoryError)):
        return InputError("error.write.no_folder", file=target)
    if isinstance(error, PermissionError):
        return InputError("error.write.permission", file=target)
    return InputError("error.write.failed", file=target, reason=error.strerror or "the file system refused")
