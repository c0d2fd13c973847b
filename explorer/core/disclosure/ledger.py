"""The register of released groups: every group of firms whose figures left the app, across runs,
processes, files and versions of a file (release.py says when two releases clash).

`admit` checks a release against every earlier one of its lineage and records it, in one step
under the file lock, so two processes releasing at once cannot both release groups that
difference each other. Previews use `check` (or a `PreviewGate`), which records nothing. A clear
is deliberate: it needs a reason, is recorded, and is named on the method page of every later
briefing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from explorer.core.disclosure.ledger_codec import (
    Clear,
    Damaged,
    Decoder,
    Entry,
    clear_line,
    header,
    release_lines,
)
from explorer.core.disclosure.ledger_file import LedgerError, LedgerFile, Unreadable, default_ledger_path, now_text
from explorer.core.disclosure.release import Release, differencing


@dataclass(frozen=True)
class Conflict:
    """Why a release is withheld: the earlier one it would be subtracted from."""

    differing: int
    threshold: int
    question: str
    earlier: Entry

    @property
    def date(self) -> str:
        return self.earlier.at[:10]


class ReleaseLedger:
    """The register in one file; safe to share between threads and processes (the file is locked)."""

    def __init__(self, path: Path | None = None) -> None:
        self.file = LedgerFile(path or default_ledger_path())
        self._reset(None)

    @property
    def path(self) -> Path:
        return self.file.path

    # Reading ------------------------------------------------------------------------------------

    def entries(self) -> list[Entry]:
        with self.file.lock():
            self._refresh()
            return list(self._entries)

    def clears(self) -> list[Clear]:
        with self.file.lock():
            self._refresh()
            return list(self._clears)

    def _reset(self, identity: tuple[int, int, int] | None) -> None:
        self._entries: list[Entry] = []
        self._clears: list[Clear] = []
        self._seen: set[tuple] = set()
        self._by_firm: dict[tuple[str, str], list[int]] = defaultdict(list)  # (id column, firm) → entries
        self._decoder = Decoder()
        self._identity, self._offset = identity, 0

    def _refresh(self) -> None:
        """Bring the cached entries up to the file (under the lock): its new lines, or all of a new file."""
        identity = self.file.identity()
        if identity is None:
            self._reset(None)
            return
        if self._identity is None or identity[:2] != self._identity[:2] or identity[2] < self._offset:
            self._reset(identity)
        first_line = self._decoder.lines + 1
        try:
            items, offset = self.file.read_from(self._offset)
            for number, item in enumerate(items, start=1):
                try:
                    decoded = self._decoder.decode(item)
                except Damaged:
                    raise Unreadable(number) from None
                if isinstance(decoded, Entry):
                    self._add(decoded)
                elif isinstance(decoded, Clear):
                    self._clears.append(decoded)
            if self._decoder.lines == 0:
                raise Unreadable(1)  # a file that exists holds at least its header
        except Unreadable as damage:
            self._reset(None)  # nothing of a damaged file is trusted
            raise LedgerError("ledger.error.damaged", path=str(self.path), line=first_line + damage.line - 1) from None
        self._identity, self._offset = identity, offset

    def _add(self, entry: Entry) -> None:
        index = len(self._entries)
        self._entries.append(entry)
        self._seen.add(entry.digest)
        column = entry.release.lineage.id_column
        for firm in entry.release.members:
            self._by_firm[(column, firm)].append(index)

    # Judging and recording ----------------------------------------------------------------------

    def _conflict(self, release: Release) -> Conflict | None:
        if not release.missing:
            return None  # no figure of it can be shown: nothing to subtract
        column = release.lineage.id_column
        candidates: set[int] = set()
        for firm in release.members:  # only releases sharing a firm can be subtracted from it
            candidates.update(self._by_firm.get((column, firm), ()))
        for index in sorted(candidates):
            entry = self._entries[index]
            found = differencing(release, entry.release)
            if found is not None:
                return Conflict(found[0], release.threshold, found[1], entry)
        return None

    def check(self, release: Release) -> Conflict | None:
        """The earlier release this one would difference against, or None; records nothing."""
        with self.file.lock():
            self._refresh()
            return self._conflict(release)

    def admit(self, release: Release) -> Conflict | None:
        """Check and, when nothing conflicts, record the release before its figures leave the app."""
        with self.file.lock():
            if self.file.identity() is None:
                self.file.replace([header(now_text())])
            self._refresh()
            conflict = self._conflict(release)
            if conflict is None:
                lines = release_lines(release, now_text(), set(self._decoder.question_sets))
                if lines[-1]["digest"] not in self._seen:  # the same release twice is recorded once
                    self.file.append(lines)
                    self._refresh()
            return conflict

    def clear(self, reason: str) -> int:
        """Forget every release, deliberately: the old file is kept beside the new one, which
        records the clear (and the clears before it). Works on a damaged register too."""
        reason = " ".join((reason or "").split())
        if not reason:
            raise LedgerError("ledger.error.no_reason")
        with self.file.lock():
            try:
                self._refresh()
                cleared, clears, label = len(self._entries), list(self._clears), "cleared"
            except LedgerError:
                cleared, clears, label = 0, [], "damaged"
            self.file.set_aside(label)
            clears.append(Clear(now_text(), reason, cleared))
            self.file.replace([header(clears[-1].at), *(clear_line(c) for c in clears)])
            self._reset(None)
            self._refresh()
        return cleared


class PreviewGate:
    """The register as a preview sees it: judged against every release, recording nothing."""

    def __init__(self, ledger: ReleaseLedger) -> None:
        self.ledger = ledger

    def check(self, release: Release) -> Conflict | None:
        return self.ledger.check(release)

    admit = check

    def clears(self) -> list[Clear]:
        return self.ledger.clears()


def withheld_error(conflict: Conflict) -> LedgerError:
    """The plain sentence for a withheld release: why, and what to do."""
    earlier = conflict.earlier.release
    form = "one" if conflict.differing == 1 else "other"
    return LedgerError(f"ledger.withheld.{form}", count=conflict.differing, date=conflict.date,
                       source=earlier.source or "?", definition=earlier.definition or "?")
