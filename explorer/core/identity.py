"""The input is never written: every survey file read is remembered by its identity, and every
output path is compared with them before anything is saved.

Identity is the device and inode number where the file system has them (so another spelling of
the path, a hard link or a symbolic link to the survey is recognised), and the resolved,
case-normalised path otherwise (a target that does not exist yet).
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

from explorer.core.errors import InputError


@dataclass(frozen=True)
class FileIdentity:
    device: int
    inode: int
    resolved: str

    @classmethod
    def of(cls, path: str | os.PathLike[str], info: os.stat_result | None = None) -> "FileIdentity":
        info = info if info is not None else os.stat(path)
        return cls(info.st_dev, info.st_ino, _resolved(path))

    def is_same_as(self, path: str | os.PathLike[str]) -> bool:
        try:
            info = os.stat(path)
        except OSError:
            info = None
        if info is not None and self.inode and (info.st_dev, info.st_ino) == (self.device, self.inode):
            return True
        return _resolved(path) == self.resolved


def _resolved(path: str | os.PathLike[str]) -> str:
    try:
        resolved = os.path.realpath(path)
    except (OSError, ValueError):
        resolved = os.path.abspath(path)
    return os.path.normcase(resolved)


_lock = threading.Lock()
_inputs: list[FileIdentity] = []


def remember_input(identity: FileIdentity) -> None:
    """Record a survey file that was read; no output may replace it for the rest of the run."""
    with _lock:
        if identity not in _inputs:
            _inputs.append(identity)


def input_at(path: str | os.PathLike[str]) -> FileIdentity | None:
    with _lock:
        known = list(_inputs)
    return next((identity for identity in known if identity.is_same_as(path)), None)


def refuse_if_input(target: str | os.PathLike[str], *also: str | os.PathLike[str]) -> None:
    """Raise InputError when `target` is a survey file that was read (or one of `also`)."""
    extra = []
    for path in also:
        try:
            extra.append(FileIdentity.of(path))
        except OSError:
            extra.append(FileIdentity(0, 0, _resolved(path)))
    if input_at(target) is not None or any(identity.is_same_as(target) for identity in extra):
        raise InputError("error.output.is_input", file=Path(target).name)
