"""Read a survey file once: one open, a regular-file check, one pass that hashes what it reads.

Every later stage (sniffing, the zip guard, the pre-scan, the reader, the cache) sees the bytes
read here and nothing else, so a file replaced while it is being read cannot be checked as one
file and read as another. Text is kept in memory; anything else goes to a private temporary
copy, because the native readers take a path and a copy costs no memory. The copy lives in a
folder of its own under the system's temporary folder, never beside the input.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from explorer.core.errors import InputError
from explorer.core.identity import FileIdentity, remember_input
from explorer.core.reading.limits import ReadLimits, human_bytes
from explorer.core.reading.sniff import FileKind, sniff_bytes
from explorer.core.task import NO_TASK, TaskContext

CHUNK = 4 * 1024 * 1024
SNIFF_BYTES = 4096
COPY_SUFFIX = {FileKind.ZIP: ".zip", FileKind.OLE2: ".ole", FileKind.SPSS: ".sav"}


@dataclass
class Source:
    """The bytes of one survey file as read once; `close()` removes the private copy."""

    path: Path
    kind: FileKind
    size: int
    sha256: str
    identity: FileIdentity
    data: bytes | None = None      # text files
    copy: Path | None = None       # everything else: a private copy of exactly the bytes hashed
    _folder: Path | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        return self.path.name

    def name_copy(self, container: str) -> Path:
        """Give the private copy the extension of what it holds (the native reader goes by it)."""
        assert self.copy is not None
        named = self.copy.with_name(f"source.{container}")
        if named != self.copy:
            os.replace(self.copy, named)
            self.copy = named
        return named

    def private_path(self, name: str) -> Path:
        """A path in this read's private folder, for what the worker hands back."""
        assert self._folder is not None
        return self._folder / name

    def read_bytes(self) -> bytes:
        if self.data is not None:
            return self.data
        assert self.copy is not None
        return self.copy.read_bytes()

    def close(self) -> None:
        self.data = None
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def __enter__(self) -> "Source":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _refuse_open_error(path: Path, exc: OSError) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return InputError(f"The file {path.name} does not exist.")
    if isinstance(exc, IsADirectoryError):
        return InputError(f"{path.name} is a folder, not a file.")
    if isinstance(exc, PermissionError):
        return InputError(f"You do not have permission to read {path.name}.")
    return InputError(f"{path.name} could not be read ({exc.strerror or 'input/output error'}).")


def _what_it_is(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not an ordinary file"


def _open_regular(path: Path) -> tuple[int, os.stat_result]:
    # O_NONBLOCK: opening a pipe must not wait for a writer; it is refused just below.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _refuse_open_error(path, exc) from None
    try:
        info = os.fstat(fd)
    except OSError as exc:
        os.close(fd)
        raise _refuse_open_error(path, exc) from None
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        what = _what_it_is(info.st_mode)
        if what == "a folder":
            raise InputError(f"{path.name} is a folder, not a file.")
        raise InputError(f"{path.name} is {what}, not a survey file; only ordinary files can be opened.")
    return fd, info


def _size_cap(kind: FileKind, limits: ReadLimits) -> tuple[int, str]:
    if kind is FileKind.TEXT:
        return limits.max_text_bytes, "of text"
    return limits.max_file_bytes, ""


def read_source(path: str | Path, limits: ReadLimits, task: TaskContext = NO_TASK) -> Source:
    """Open `path` once, refuse anything that is not a regular file or is over budget, read and hash it."""
    path = Path(path)
    fd, info = _open_regular(path)
    folder: Path | None = None
    try:
        with os.fdopen(fd, "rb", buffering=0) as stream:
            try:
                head = stream.read(SNIFF_BYTES)
            except OSError as exc:
                raise _refuse_open_error(path, exc) from None
            if not head:
                raise InputError(f"{path.name} is empty.")
            kind = sniff_bytes(head, path.name)
            cap, what = _size_cap(kind, limits)
            if info.st_size > cap:
                raise InputError(f"{path.name} is {human_bytes(info.st_size)}{' ' + what if what else ''}, "
                                 f"more than the {human_bytes(cap)} this app opens; it is too large to open safely.")
            digest = hashlib.sha256(head)
            total = len(head)
            chunks: list[bytes] | None = [head] if kind is FileKind.TEXT else None
            target = None
            if chunks is None:
                folder = Path(tempfile.mkdtemp(prefix="survey-explorer-"))
                copy = folder / f"source{COPY_SUFFIX[kind]}"
                target = open(copy, "wb")
                target.write(head)
            try:
                while True:
                    try:
                        chunk = stream.read(CHUNK)
                    except OSError as exc:
                        raise _refuse_open_error(path, exc) from None
                    if not chunk:
                        break
                    total += len(chunk)
                    if total > cap:  # the file grew while it was read
                        raise InputError(f"{path.name} is more than the {human_bytes(cap)} this app opens; "
                                         "it is too large to open safely.")
                    digest.update(chunk)
                    if chunks is not None:
                        chunks.append(chunk)
                    else:
                        target.write(chunk)
                    task.step(total / max(info.st_size, 1), "reading")
            finally:
                if target is not None:
                    target.close()
    except BaseException:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    identity = FileIdentity.of(path, info)
    remember_input(identity)
    source = Source(path=path, kind=kind, size=total, sha256=digest.hexdigest(), identity=identity,
                    _folder=folder)
    if chunks is not None:
        source.data = b"".join(chunks)
    else:
        source.copy = folder / f"source{COPY_SUFFIX[kind]}"
    return source


def file_sha256(path: str | Path, limits: ReadLimits | None = None) -> str:
    """The SHA-256 of a regular file, read with the same checks as a survey (no pipes, no devices)."""
    from explorer.core.reading.limits import DEFAULT_LIMITS

    limits = limits or DEFAULT_LIMITS
    fd, info = _open_regular(Path(path))
    cap = max(limits.max_file_bytes, limits.max_text_bytes)
    with os.fdopen(fd, "rb", buffering=0) as stream:
        digest, total = hashlib.sha256(), 0
        while chunk := stream.read(CHUNK):
            total += len(chunk)
            if total > cap:
                raise InputError(f"{Path(path).name} is more than the {human_bytes(cap)} this app opens; "
                                 "it is too large to open safely.")
            digest.update(chunk)
    return digest.hexdigest()
