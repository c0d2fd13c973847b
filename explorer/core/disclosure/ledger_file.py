"""The release ledger on disk: one JSON object per line, appended under a file lock.

`release-ledger.jsonl` in the user's data folder (SURVEY_EXPLORER_DATA_DIR overrides it, as the
tests do). The first line is a header written atomically when the ledger is made, so a file that
exists is never legitimately empty; every later line is a release or a deliberate clear. Appends
happen under a lock file, so two processes releasing at once both keep their lines, and each line
is flushed to disk before the figures it records leave the app.

Every line is validated when read. A damaged ledger is refused, never read as empty: an empty
ledger would re-open every attack it exists to stop. The way out is a deliberate, recorded
clear, which keeps the damaged file beside the new one.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from explorer.core.atomic import write_atomically
from explorer.core.errors import TranslatableError

FORMAT = 1
FILE_NAME = "release-ledger.jsonl"
ENV_DATA_DIR = "SURVEY_EXPLORER_DATA_DIR"
LOCK_TIMEOUT_S = 30.0
KINDS = ("briefing", "export")


class LedgerError(TranslatableError):
    """The ledger cannot be used, or a release is refused; one plain sentence."""


def default_ledger_path() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override) / FILE_NAME
    import platformdirs

    return Path(platformdirs.user_data_dir("SurveyExplorer", appauthor=False)) / FILE_NAME


def now_text() -> str:
    return dt.datetime.now().astimezone().replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class Clear:
    """A deliberate clear: when, why, and how many releases it forgot."""

    at: str
    reason: str
    cleared: int


class _Damaged(ValueError):
    pass


def _require(condition: bool, what: str) -> None:
    if not condition:
        raise _Damaged(what)


def _text_list(value: object, what: str) -> list[str]:
    _require(isinstance(value, list) and all(isinstance(v, str) for v in value), what)
    return value


def validate_line(data: object) -> dict:
    """The line's object if it is a well-formed header, release or clear; _Damaged otherwise."""
    _require(isinstance(data, dict) and data.get("v") == FORMAT, "format")
    kind = data.get("type")
    if kind == "ledger":
        _require(isinstance(data.get("created"), str), "created")
        return data
    _require(isinstance(data.get("at"), str), "at")
    _parse_time(data["at"])
    if kind == "clear":
        _require(isinstance(data.get("reason"), str) and data["reason"].strip() != "", "reason")
        _require(isinstance(data.get("cleared"), int) and data["cleared"] >= 0, "cleared")
        return data
    _require(kind == "release", "type")
    _require(data.get("kind") in KINDS, "kind")
    for name in ("id_column", "lineage", "source", "sha256", "definition", "reason"):
        _require(isinstance(data.get(name), str), name)
    _require(data.get("subject") is None or isinstance(data.get("subject"), str), "subject")
    _require(isinstance(data.get("min_peers"), int) and not isinstance(data["min_peers"], bool)
             and data["min_peers"] >= 3, "min_peers")
    members = set(_text_list(data.get("members"), "members"))
    patterns = data.get("patterns")
    _require(isinstance(patterns, list), "patterns")
    for pattern in patterns:
        _require(set(_text_list(pattern, "patterns")) <= members, "patterns")
    questions = data.get("questions")
    _require(isinstance(questions, dict), "questions")
    for index in questions.values():
        _require(isinstance(index, int) and not isinstance(index, bool) and 0 <= index < len(patterns),
                 "questions")
    return data


def _parse_time(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise _Damaged("at") from None


class LedgerFile:
    """Reading, appending and replacing the ledger's lines; callers hold `lock()` around each."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    @contextmanager
    def lock(self):
        """Hold the ledger's lock file (other processes and threads wait, at most LOCK_TIMEOUT_S)."""
        from filelock import FileLock, Timeout

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LedgerError("ledger.error.unwritable", path=str(self.path),
                              reason=error.strerror or str(error)) from None
        lock = FileLock(str(self.path) + ".lock", timeout=LOCK_TIMEOUT_S)
        try:
            lock.acquire()
        except Timeout:
            raise LedgerError("ledger.error.busy", path=str(self.path)) from None
        except OSError as error:
            raise LedgerError("ledger.error.unwritable", path=str(self.path),
                              reason=error.strerror or str(error)) from None
        try:
            yield
        finally:
            lock.release()

    def identity(self) -> tuple[int, int] | None:
        """(device, inode) of the file now, None when there is none; a clear makes a new file."""
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return None
        return stat.st_dev, stat.st_ino

    def create_if_missing(self) -> None:
        if self.identity() is None:
            self.replace([{"v": FORMAT, "type": "ledger", "created": now_text()}])

    def read_from(self, offset: int) -> tuple[list[dict], int]:
        """The validated lines after byte `offset`, and the offset after them. The header is
        checked when reading from the start."""
        try:
            with open(self.path, "rb") as stream:
                stream.seek(offset)
                data = stream.read()
        except OSError as error:
            raise LedgerError("ledger.error.unreadable", path=str(self.path),
                              reason=error.strerror or str(error)) from None
        lines = data.split(b"\n")
        if lines and lines[-1] != b"":  # a line cut off: a write that never finished
            raise LedgerError("ledger.error.damaged", path=str(self.path), line=self._line_number(offset, len(lines)))
        objects = []
        for number, raw in enumerate(lines[:-1], start=1):
            try:
                item = validate_line(json.loads(raw.decode("utf-8")))
            except (ValueError, UnicodeDecodeError):
                raise LedgerError("ledger.error.damaged", path=str(self.path),
                                  line=self._line_number(offset, number)) from None
            objects.append(item)
        if offset == 0 and (not objects or objects[0].get("type") != "ledger"):
            raise LedgerError("ledger.error.damaged", path=str(self.path), line=1)
        if any(item.get("type") == "ledger" for item in objects[1 if offset == 0 else 0:]):
            raise LedgerError("ledger.error.damaged", path=str(self.path), line=self._line_number(offset, 2))
        return objects, offset + len(data)

    def _line_number(self, offset: int, within: int) -> int:
        if offset == 0:
            return within
        with open(self.path, "rb") as stream:
            return stream.read(offset).count(b"\n") + within

    def append(self, item: dict) -> None:
        line = (json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
        try:
            with open(self.path, "ab") as stream:
                stream.write(line)
                stream.flush()
                os.fsync(stream.fileno())  # recorded before the figures leave the app
        except OSError as error:
            raise LedgerError("ledger.error.unwritable", path=str(self.path),
                              reason=error.strerror or str(error)) from None

    def replace(self, items: list[dict]) -> None:
        data = "".join(json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n" for item in items)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LedgerError("ledger.error.unwritable", path=str(self.path),
                              reason=error.strerror or str(error)) from None
        write_atomically(self.path, data.encode("utf-8"))

    def set_aside(self, label: str) -> Path | None:
        """Move the current file beside itself under a dated name (kept, never deleted)."""
        if self.identity() is None:
            return None
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = self.path.with_name(f"{self.path.stem}.{label}-{stamp}{self.path.suffix}")
        os.replace(self.path, target)
        return target
