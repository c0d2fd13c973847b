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

from explorer.core.errors import InputError, Phrase, Size
from explorer.core.identity import FileIdentity, remember_input
from explorer.core.reading.limits import ReadLimits
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
        return InputError("error.file.missing", file=path.name)
    if isinstance(exc, IsADirectoryError):
        return InputError("error.file.folder", file=path.name)
    if isinstance(exc, PermissionError):
        return InputError("error.file.permission", file=path.name)
    return InputError("error.file.unreadable", file=path.name, reason=exc.strerror or "input/output error")


def _what_it_is(mode: int) -> str:
    """The catalogue's phrase for what a file that is not an ordinary one is."""
    if stat.S_ISFIFO(mode):
        return "error.kind.pipe"
    if stat.S_ISSOCK(mode):
        return "error.kind.socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "error.kind.device"
    return "error.kind.irregular"


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
        if stat.S_ISDIR(info.st_mode):
            raise InputError("error.file.folder", file=path.name)
        raise InputError("error.file.not_regular", file=path.name, what=Phrase(_what_it_is(info.st_mode)))
    return fd, info


def _size_cap(kind: FileKind, limits: ReadLimits) -> int:
    return limits.max_text_bytes if kind is FileKind.TEXT else limits.max_file_bytes


def _too_large(path: Path, kind: FileKind, size: int, cap: int) -> InputError:
    if kind is FileKind.TEXT:
        return InputError("error.file.too_large_text", file=path.name, size=Size(size), limit=Size(cap))
    return InputError("error.file.too_large", file=path.name, size=Size(size), limit=Size(cap))


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
                raise InputError("error.file.empty", file=path.name)
            kind = sniff_bytes(head, path.name)
            cap = _size_cap(kind, limits)
            if info.st_size > cap:
                raise _too_large(path, kind, info.st_size, cap)
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
                        raise InputError("error.file.grew_too_large", file=path.name, limit=Size(cap))
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
                raise InputError("error.file.grew_too_large", file=Path(path).name, limit=Size(cap))
            digest.update(chunk)
    return digest.hexdigest()
