"""The release register on disk: one JSON object per line, appended under a file lock.

`release-ledger.jsonl` in the user's data folder (SURVEY_EXPLORER_DATA_DIR overrides it, as the
tests do). The first line is a header written atomically when the register is made, so a file
that exists is never legitimately empty (ledger_codec.py says what the lines hold). Appends
happen under a lock file, so two processes releasing at once both keep their lines, and each
write is flushed to disk before the figures it records leave the app.

A line that cannot be read is damage. A damaged register is refused, never read as empty: an
empty register would re-open every attack it exists to stop. The way out is a deliberate,
recorded clear, which keeps the damaged file beside the new one.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from contextlib import contextmanager
from pathlib import Path

from explorer.core.atomic import write_atomically
from explorer.core.errors import TranslatableError

FILE_NAME = "release-ledger.jsonl"
ENV_DATA_DIR = "SURVEY_EXPLORER_DATA_DIR"
LOCK_TIMEOUT_S = 30.0


class LedgerError(TranslatableError):
    """The register cannot be used, or a release is refused; one plain sentence."""


class Unreadable(ValueError):
    """A line that is not JSON, or cut off; `line` counts from where reading started."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def default_ledger_path() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override) / FILE_NAME
    import platformdirs

    return Path(platformdirs.user_data_dir("SurveyExplorer", appauthor=False)) / FILE_NAME


def now_text() -> str:
    return dt.datetime.now().astimezone().replace(microsecond=0).isoformat()


def _lines(items: list[dict]) -> bytes:
    return "".join(json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n" for item in items).encode("utf-8")


class LedgerFile:
    """Reading, appending and replacing the register's lines; callers hold `lock()` around each."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def _error(self, code: str, error: OSError) -> LedgerError:
        return LedgerError(code, path=str(self.path), reason=error.strerror or str(error))

    @contextmanager
    def lock(self):
        """Hold the register's lock file (other processes and threads wait, at most LOCK_TIMEOUT_S)."""
        from filelock import FileLock, Timeout

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            lock = FileLock(str(self.path) + ".lock", timeout=LOCK_TIMEOUT_S)
            lock.acquire()
        except Timeout:
            raise LedgerError("ledger.error.busy", path=str(self.path)) from None
        except OSError as error:
            raise self._error("ledger.error.unwritable", error) from None
        try:
            yield
        finally:
            lock.release()

    def identity(self) -> tuple[int, int, int] | None:
        """(device, inode, size) of the file now, None when there is none; a clear makes a new file."""
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return None
        return stat.st_dev, stat.st_ino, stat.st_size

    def read_from(self, offset: int) -> tuple[list[object], int]:
        """The JSON objects of the lines after byte `offset`, and the offset after them.

        A line that is not JSON, or a last line without its newline (a write that never
        finished), raises Unreadable.
        """
        try:
            with open(self.path, "rb") as stream:
                stream.seek(offset)
                data = stream.read()
        except OSError as error:
            raise self._error("ledger.error.unreadable", error) from None
        lines = data.split(b"\n")
        if lines[-1] != b"":
            raise Unreadable(len(lines))
        objects = []
        for number, raw in enumerate(lines[:-1], start=1):
            try:
                objects.append(json.loads(raw.decode("utf-8")))
            except (ValueError, UnicodeDecodeError):
                raise Unreadable(number) from None
        return objects, offset + len(data)

    def append(self, items: list[dict]) -> None:
        """Add lines in one write, on disk before this returns."""
        try:
            with open(self.path, "ab") as stream:
                stream.write(_lines(items))
                stream.flush()
                os.fsync(stream.fileno())  # recorded before the figures leave the app
        except OSError as error:
            raise self._error("ledger.error.unwritable", error) from None

    def replace(self, items: list[dict]) -> None:
        """The whole file anew, atomically (the project's one atomic writer)."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise self._error("ledger.error.unwritable", error) from None
        write_atomically(self.path, _lines(items))

    def set_aside(self, label: str) -> Path | None:
        """Move the current file beside itself under a dated name (kept, never deleted)."""
        if self.identity() is None:
            return None
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = self.path.with_name(f"{self.path.stem}.{label}-{stamp}{self.path.suffix}")
        try:
            os.replace(self.path, target)
        except OSError as error:
            raise self._error("ledger.error.unwritable", error) from None
        return target
