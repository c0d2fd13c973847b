"""The register of released groups: every group of firms whose figures left the app, across runs,
processes, files and versions of a file (clash.py says when two releases clash).

`admit` checks a release against every earlier one of its lineage and records it in one
transaction of the register (ledger_store.py), so two processes releasing at once cannot both
release groups that difference each other. Previews use `check` (or a `PreviewGate`), which
records nothing. A clear is deliberate: it needs a reason, keeps the records it sets aside, and is
named on the method page of every later briefing.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from explorer.core.disclosure.clash import FEW, clash
from explorer.core.disclosure.ledger_index import LineageIndex
from explorer.core.disclosure.ledger_legacy import legacy_path, read_legacy, set_aside_legacy
from explorer.core.disclosure.ledger_rows import Clear, Entry
from explorer.core.disclosure.ledger_store import (
    Damaged,
    LedgerError,
    LedgerStore,
    default_ledger_path,
    empty_register,
    now_text,
)
from explorer.core.disclosure.release import Release


@dataclass(frozen=True)
class Conflict:
    """Why a release is withheld: the earlier one it would be subtracted from, and what it would tell.

    `cause` is clash.FEW (the groups are `differing` firms apart, fewer than `threshold`) or
    clash.ANSWERS (they are further apart, but the answers of the firms between them on `question`
    would give those firms away).
    """

    differing: int
    threshold: int
    question: str
    earlier: Entry
    cause: str = FEW

    @property
    def date(self) -> str:
        return self.earlier.date

    @property
    def too_few_apart(self) -> bool:
        """True when the groups are too few firms apart; False when the firms between them agree."""
        return self.cause == FEW


class ReleaseLedger:
    """The register; safe to share between threads and processes."""

    def __init__(self, path: Path | None = None) -> None:
        self.store = LedgerStore(path or default_ledger_path())
        self._lock = threading.RLock()  # the window's preview and export threads share one ledger
        self._indexes: dict[str, LineageIndex] = {}
        self._clears_seen: tuple[int, int] | None = None

    @property
    def path(self) -> Path:
        return self.store.path

    # Opening ------------------------------------------------------------------------------------

    def _ensure(self) -> None:
        """Make the register when there is none, carrying an old JSON-lines register over."""
        if self.store.exists():
            return
        with self.store.creation_lock():
            if self.store.exists():
                return
            legacy = legacy_path(self.path)
            if not legacy.exists():
                self.store.create(empty_register(now_text()))
                return
            try:
                releases, clears = read_legacy(legacy)
            except Damaged:
                raise LedgerError("ledger.error.damaged", path=str(legacy)) from None

            def carry_over(db) -> None:
                db.executemany("INSERT INTO clears (at, reason, cleared) VALUES (?, ?, ?)",
                               [(c.at, c.reason, c.cleared) for c in clears])
                indexes: dict[str, LineageIndex] = {}
                for at, release in releases:
                    index = indexes.setdefault(release.lineage.id_column, LineageIndex(release.lineage.id_column, None))
                    index.record(db, release, index.code(release), at)

            self.store.create(empty_register(now_text(), carry_over))
            set_aside_legacy(legacy, "migrated")

    def _run(self, work):
        with self._lock:
            self._ensure()
            try:
                return self.store.guarded(work)
            except BaseException:
                self._indexes.clear()  # a rolled-back write may have left an index ahead of the file
                raise

    def _read(self, work, nothing):
        """A read answers from nothing while there is no register (none is made just to be read)."""
        with self._lock:
            if not self.store.exists() and not legacy_path(self.path).exists():
                return nothing
            return self._run(work)

    def _index(self, db, id_column: str) -> LineageIndex:
        clears = (self.store.opened, db.execute("SELECT count(*) FROM clears").fetchone()[0])
        if clears != self._clears_seen:  # a clear (here or in another process) since the last read
            self._indexes.clear()
            self._clears_seen = clears
        index = self._indexes.get(id_column)
        if index is None:
            index = self._indexes[id_column] = LineageIndex(id_column, None)
        index.refresh(db)
        return index

    # Judging and recording ----------------------------------------------------------------------

    def _conflict(self, db, index: LineageIndex, release: Release, pending) -> Conflict | None:
        if not release.missing:
            return None  # no figure of it can be shown: nothing to subtract
        coded = pending.coded
        candidates = index.candidates(coded)
        if not candidates.size:
            return None
        keys = index.keys + pending.new_keys
        judge = None if release.sheet is None else index.judge(release.sheet, pending)
        for position in candidates.tolist():
            found = clash(coded, index.coded(db, position), keys, judge)
            if found is not None:
                return Conflict(found.differing, coded.threshold, found.question, index.entry(position), found.cause)
        return None

    def check(self, release: Release) -> Conflict | None:
        """The earlier release this one would difference against, or None; records nothing."""
        def work():
            with self.store.reading() as db:
                index = self._index(db, release.lineage.id_column)
                return self._conflict(db, index, release, index.code(release))
        return self._read(work, None)

    def admit(self, release: Release) -> Conflict | None:
        """Check and, when nothing conflicts, record the release before its figures leave the app."""
        def work():
            with self.store.writing() as db:
                index = self._index(db, release.lineage.id_column)
                pending = index.code(release)
                conflict = self._conflict(db, index, release, pending)
                if conflict is None:
                    index.record(db, release, pending, now_text())
                return conflict
        return self._run(work)

    def admit_together(self, releases: Sequence[Release]) -> Conflict | None:
        """Check releases shown together (the groups of one exported table) and record them all, or none.

        Each is judged against every earlier release of its lineage, briefings and exports alike,
        but not against the others of the same output: how the groups of one table may be
        subtracted from each other is the table's own secondary suppression (release_summary). A
        group released before (the same firms of the same data, on the same question) adds
        nothing: it is neither judged nor recorded again, so the same table can be exported twice.
        """
        def work():
            with self.store.writing() as db:
                fresh = []
                for release in releases:
                    if not release.missing:
                        continue  # no figure of it is shown
                    index = self._index(db, release.lineage.id_column)
                    pending = index.code(release)
                    if index.released_before(pending.coded):
                        continue
                    conflict = self._conflict(db, index, release, pending)
                    if conflict is not None:
                        return conflict
                    fresh.append((release, pending, index.numbered))
                at = now_text()
                for release, pending, numbered in fresh:
                    index = self._index(db, release.lineage.id_column)
                    if index.numbered != numbered:  # an earlier record numbered new firms or keys
                        pending = index.code(release)
                    index.record(db, release, pending, at)
                return None
        return self._run(work)

    # Listing --------------------------------------------------------------------------------------

    def entries(self) -> list[Entry]:
        """Every release not cleared, oldest first: what, when, from where (never the members)."""
        return [entry for _id, entry in self._listing(lambda db, index, position: index.entry(position))]

    def releases(self) -> list[Release]:
        """Every release not cleared, read back in firm ids and question keys."""
        return [release for _id, release in self._listing(lambda db, index, position: index.release(db, position))]

    def _listing(self, read) -> list[tuple[int, object]]:
        def work():
            with self.store.reading() as db:
                found = []
                for (id_column,) in db.execute("SELECT id_column FROM lineages").fetchall():
                    index = self._index(db, id_column)
                    found += [(row.id, read(db, index, position)) for position, row in enumerate(index.rows)]
                return sorted(found, key=lambda item: item[0])
        return self._read(work, [])

    def count(self) -> int:
        """How many releases count (those not cleared), without reading them."""
        def work():
            with self.store.reading() as db:
                return db.execute("SELECT count(*) FROM releases WHERE cleared_by IS NULL").fetchone()[0]
        return self._read(work, 0)

    def clears(self) -> list[Clear]:
        def work():
            with self.store.reading() as db:
                return [Clear(at, reason, cleared)
                        for at, reason, cleared in db.execute("SELECT at, reason, cleared FROM clears ORDER BY id")]
        return self._read(work, [])

    # Clearing -------------------------------------------------------------------------------------

    def clear(self, reason: str) -> int:
        """Set every release aside, deliberately: the records stay in the register, marked with the
        clear, and no longer count. A damaged register is kept beside a new one that records the
        clear. Returns how many releases were set aside."""
        reason = " ".join((reason or "").split())
        if not reason:
            raise LedgerError("ledger.error.no_reason")

        def work():
            with self.store.writing() as db:
                clear_id = db.execute("INSERT INTO clears (at, reason, cleared) VALUES (?, ?, 0)",
                                      (now_text(), reason)).lastrowid
                cleared = db.execute("UPDATE releases SET cleared_by = ? WHERE cleared_by IS NULL",
                                     (clear_id,)).rowcount
                db.execute("UPDATE clears SET cleared = ? WHERE id = ?", (cleared, clear_id))
                return cleared

        with self._lock:
            self._indexes.clear()
            try:
                return self._run(work)
            except LedgerError as error:
                if error.code != "ledger.error.damaged":
                    raise
            with self.store.creation_lock():  # damaged: keep it, start anew with the clear on record
                self.store.set_aside("damaged")
                set_aside_legacy(legacy_path(self.path), "damaged")
                self.store.create(empty_register(now_text(), lambda db: db.execute(
                    "INSERT INTO clears (at, reason, cleared) VALUES (?, ?, 0)", (now_text(), reason))))
            return 0


class PreviewGate:
    """The register as a preview sees it: judged against every release, recording nothing."""

    def __init__(self, ledger: ReleaseLedger) -> None:
        self.ledger = ledger

    def check(self, release: Release) -> Conflict | None:
        return self.ledger.check(release)

    admit = check

    def clears(self) -> list[Clear]:
        return self.ledger.clears()


def withheld_error(conflict: Conflict, kind: str = "briefing") -> LedgerError:
    """The plain sentence for a withheld release of `kind` (briefing or export): why, and what to do."""
    earlier = conflict.earlier
    details = dict(date=conflict.date, source=earlier.source or "?", definition=earlier.definition or "?")
    n, date, source, definition = conflict.differing, conflict.date, details["source"], details["definition"]
    export = kind != "briefing"
    if conflict.cause != FEW:
        question = conflict.question
        if export:
            return LedgerError("ledger.withheld.export.answers", count=n, question=question, date=date, source=source,
                               definition=definition)
        return LedgerError("ledger.withheld.answers", count=n, question=question, date=date, source=source,
                           definition=definition)
    if export and n == 1:
        return LedgerError("ledger.withheld.export.one", count=n, date=date, source=source, definition=definition)
    if export:
        return LedgerError("ledger.withheld.export.other", count=n, date=date, source=source, definition=definition)
    if n == 1:
        return LedgerError("ledger.withheld.one", count=n, date=date, source=source, definition=definition)
    return LedgerError("ledger.withheld.other", count=n, date=date, source=source, definition=definition)
