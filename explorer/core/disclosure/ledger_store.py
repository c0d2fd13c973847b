"""The release register on disk: one SQLite database in the user's data folder.

`release-register.sqlite3` (SURVEY_EXPLORER_DATA_DIR overrides the folder, as the tests do). SQLite
in WAL mode lets one process judge-and-record while others read, and `BEGIN IMMEDIATE` makes a
check and the record that follows one transaction: two processes releasing at once are judged one
after the other, so they cannot both pass. Each commit is on disk (synchronous=FULL) before the
figures it records leave the app. Rows are indexed by lineage, so a run reads only the releases of
the survey it works on (ledger_rows.py says how a release is stored: its firms as a bitmap, who
answered what once per version of the data).

A file that exists is a register or damage: the database is created complete in memory and
written atomically by the project's one atomic writer, so an empty, foreign or half-written file
is never a register. A damaged register is refused, never read as empty (an empty register would
re-open every attack it exists to stop); the way out is a deliberate, recorded clear, which keeps
the damaged file beside the new one.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from explorer.core.atomic import write_atomically
from explorer.core.errors import InputError, TranslatableError

FILE_NAME = "release-register.sqlite3"
ENV_DATA_DIR = "SURVEY_EXPLORER_DATA_DIR"
LOCK_TIMEOUT_S = 30.0
FORMAT = "2"  # format 1 was the JSON-lines register (ledger_legacy.py)

SCHEMA = """
CREATE TABLE register (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE lineages (id INTEGER PRIMARY KEY, id_column TEXT NOT NULL UNIQUE) STRICT;
CREATE TABLE firms (
    lineage INTEGER NOT NULL REFERENCES lineages(id),
    idx INTEGER NOT NULL CHECK (idx >= 0),
    firm TEXT NOT NULL,
    PRIMARY KEY (lineage, idx),
    UNIQUE (lineage, firm)
) STRICT, WITHOUT ROWID;
CREATE TABLE questions (
    lineage INTEGER NOT NULL REFERENCES lineages(id),
    idx INTEGER NOT NULL CHECK (idx >= 0),
    key TEXT NOT NULL,
    PRIMARY KEY (lineage, idx),
    UNIQUE (lineage, key)
) STRICT, WITHOUT ROWID;
CREATE TABLE question_sets (
    id INTEGER PRIMARY KEY,
    lineage INTEGER NOT NULL REFERENCES lineages(id),
    digest TEXT NOT NULL,
    questions BLOB NOT NULL,
    UNIQUE (lineage, digest)
) STRICT;
CREATE TABLE versions (
    id INTEGER PRIMARY KEY,
    lineage INTEGER NOT NULL REFERENCES lineages(id),
    version TEXT NOT NULL,
    firms BLOB,
    questions BLOB,
    answered BLOB,
    UNIQUE (lineage, version)
) STRICT;
CREATE TABLE clears (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (trim(reason) <> ''),
    cleared INTEGER NOT NULL CHECK (cleared >= 0)
) STRICT;
CREATE TABLE releases (
    id INTEGER PRIMARY KEY,
    lineage INTEGER NOT NULL REFERENCES lineages(id),
    cleared_by INTEGER REFERENCES clears(id),
    at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('briefing', 'export')),
    lineage_code TEXT NOT NULL,
    source TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    version INTEGER NOT NULL REFERENCES versions(id),
    definition TEXT NOT NULL,
    subject INTEGER,
    min_peers INTEGER NOT NULL CHECK (min_peers >= 3),
    reason TEXT NOT NULL,
    firms INTEGER NOT NULL CHECK (firms >= 0),
    question_set INTEGER NOT NULL REFERENCES question_sets(id),
    first_firm INTEGER NOT NULL CHECK (first_firm >= 0),
    members BLOB NOT NULL,
    gaps BLOB,
    digest TEXT NOT NULL
) STRICT;
CREATE INDEX releases_of_lineage ON releases (lineage, cleared_by, id);
CREATE UNIQUE INDEX releases_once ON releases (lineage, digest) WHERE cleared_by IS NULL;
"""
TABLES = ("register", "lineages", "firms", "questions", "question_sets", "versions", "clears", "releases")


class LedgerError(TranslatableError):
    """The register cannot be used, or a release is refused; one plain sentence."""


class Damaged(Exception):
    """Something in the register is not what the register writes."""


def default_ledger_path() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override) / FILE_NAME
    import platformdirs

    return Path(platformdirs.user_data_dir("SurveyExplorer", appauthor=False)) / FILE_NAME


def now_text() -> str:
    return dt.datetime.now().astimezone().replace(microsecond=0).isoformat()


def empty_register(created: str, fill: Callable[[sqlite3.Connection], None] | None = None) -> bytes:
    """A complete register as bytes, built in memory (and filled by `fill`, e.g. with a clear)."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        memory.executescript(SCHEMA)
        memory.execute("BEGIN")
        memory.executemany("INSERT INTO register VALUES (?, ?)", [("format", FORMAT), ("created", created)])
        if fill is not None:
            fill(memory)
        memory.execute("COMMIT")
        return memory.serialize()
    finally:
        memory.close()


class LedgerStore:
    """One connection to the register, shared by the threads of a process (calls are serialised)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._connection: sqlite3.Connection | None = None
        self._file_id: tuple[int, int] | None = None
        self._lock = threading.RLock()
        self.opened = 0  # connections opened so far: a new one may see another file (after a clear)

    # Errors ---------------------------------------------------------------------------------

    def damaged(self) -> LedgerError:
        return LedgerError("ledger.error.damaged", path=str(self.path))

    def _os_error(self, code: str, error: OSError | InputError) -> LedgerError:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        return LedgerError(code, path=str(self.path), reason=reason)

    def _sqlite_error(self, error: sqlite3.Error) -> LedgerError:
        text = str(error).lower()
        if "locked" in text or "busy" in text:
            return LedgerError("ledger.error.busy", path=str(self.path))
        if "readonly" in text or "read-only" in text or "disk is full" in text:
            return LedgerError("ledger.error.unwritable", path=str(self.path), reason=str(error))
        if "unable to open" in text or "disk i/o" in text:
            return LedgerError("ledger.error.unreadable", path=str(self.path), reason=str(error))
        return self.damaged()  # not a database, malformed, a table or column missing, a check broken

    # Files ----------------------------------------------------------------------------------

    @contextmanager
    def creation_lock(self) -> Iterator[None]:
        """Held while the register file is made or set aside, so two processes never both do it."""
        from filelock import FileLock, Timeout

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            lock = FileLock(str(self.path) + ".lock", timeout=LOCK_TIMEOUT_S)
            lock.acquire()
        except Timeout:
            raise LedgerError("ledger.error.busy", path=str(self.path)) from None
        except OSError as error:
            raise self._os_error("ledger.error.unwritable", error) from None
        try:
            yield
        finally:
            lock.release()

    def exists(self) -> bool:
        return self.path.exists()

    def create(self, data: bytes) -> None:
        """Put a complete register in place (callers hold the creation lock)."""
        try:
            write_atomically(self.path, data)
        except InputError as error:
            raise self._os_error("ledger.error.unwritable", error) from None

    def set_aside(self, label: str) -> Path | None:
        """Move the register (and SQLite's files beside it) under a dated name, kept, never deleted."""
        self.close()
        if not self.path.exists():
            return None
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = self.path.with_name(f"{self.path.stem}.{label}-{stamp}{self.path.suffix}")
        try:
            for suffix in ("-wal", "-shm"):
                companion = Path(str(self.path) + suffix)
                if companion.exists():
                    os.replace(companion, str(target) + suffix)
            os.replace(self.path, target)
        except OSError as error:
            raise self._os_error("ledger.error.unwritable", error) from None
        return target

    # The connection -------------------------------------------------------------------------

    def _identity(self) -> tuple[int, int] | None:
        try:
            stat = self.path.stat()
        except OSError:
            return None
        return stat.st_dev, stat.st_ino

    def connection(self) -> sqlite3.Connection:
        """The open connection; opening checks that the file is a register of this format. A
        register replaced since (a damaged one set aside) is opened anew."""
        identity = self._identity()
        if self._connection is not None and identity == self._file_id:
            return self._connection
        self.close()
        if not self.path.is_file():
            raise self.damaged() if self.path.exists() else LedgerError(
                "ledger.error.unreadable", path=str(self.path), reason="missing")
        try:
            connection = sqlite3.connect(str(self.path), timeout=LOCK_TIMEOUT_S, isolation_level=None,
                                         check_same_thread=False)
        except sqlite3.Error as error:
            raise self._sqlite_error(error) from None
        try:
            self._check_format(connection)  # read only: a damaged file is not touched
            if connection.execute("PRAGMA journal_mode=WAL").fetchone()[0].lower() != "wal":
                raise LedgerError("ledger.error.unwritable", path=str(self.path), reason="no write-ahead log")
            connection.execute("PRAGMA synchronous=FULL")  # each commit on disk before figures leave
        except sqlite3.Error as error:
            connection.close()
            raise self._sqlite_error(error) from None
        except LedgerError:
            connection.close()
            raise
        self._connection, self._file_id = connection, identity
        self.opened += 1
        return connection

    def _check_format(self, connection: sqlite3.Connection) -> None:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
        if not set(TABLES) <= tables:
            raise self.damaged()
        values = dict(connection.execute("SELECT key, value FROM register"))
        if values.get("format") != FORMAT or "created" not in values:
            raise self.damaged()

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: one consistent view of the register, taking no lock from writers."""
        with self._transaction("BEGIN") as connection:
            yield connection

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: other writers wait until it commits (or rolls back on an error)."""
        with self._transaction("BEGIN IMMEDIATE") as connection:
            yield connection

    @contextmanager
    def _transaction(self, begin: str) -> Iterator[sqlite3.Connection]:
        with self._lock:
            connection = self.connection()
            try:
                connection.execute(begin)
            except sqlite3.Error as error:
                raise self._sqlite_error(error) from None
            try:
                yield connection
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            try:
                connection.execute("COMMIT")
            except sqlite3.Error as error:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise self._sqlite_error(error) from None

    def guarded(self, work: Callable[[], object]) -> object:
        """Run `work`, turning SQLite's and the rows' own errors into one plain sentence."""
        try:
            return work()
        except Damaged:
            raise self.damaged() from None
        except sqlite3.Error as error:
            raise self._sqlite_error(error) from None
