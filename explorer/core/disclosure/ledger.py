"""The release ledger: every group of firms whose figures left the app, across runs and files.

Two releases of one lineage (lineage.py) whose groups differ by a few firms let a reader subtract
one from the other and read those firms' answers: 50 % of 6 and 57 % of 7 say that the seventh
firm answered yes. So a new release is compared, question by question, with every earlier one
and withheld when the firms that tell the two apart number 1 to 4 (fewer than the minimum group
size, never fewer than the default 5). The benchmarked firms of the two releases do not count:
each briefing states its own firm's answers, so its readers know them already. That is why the
briefings of one benchmark club (peers of A = club minus A, peers of B = club minus B) all go
through, while a second briefing of A with one firm more does not.

A group is compared per question because item non-response makes the firms behind a figure
differ from the peer group: two groups six firms apart of which five skipped a question are one
firm apart on that question. Groups that share no firm cannot be subtracted and are not compared.

`admit` checks and records in one step under the file lock, so two processes releasing at once
cannot both release groups that difference each other. Previews use `check`, which records
nothing. A clear is deliberate: it needs a reason, is recorded, and is named on the method page
of every later briefing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import numpy as np

from explorer.core.disclosure.lineage import GROUPED_KINDS, Lineage, answered_rows, firm_ids, key_of
from explorer.core.disclosure.ledger_file import (
    FORMAT,
    Clear,
    LedgerError,
    LedgerFile,
    default_ledger_path,
    now_text,
)
from explorer.core.disclosure.peers import DEFAULT_MIN_PEERS, clamp_min_peers


@dataclass(frozen=True)
class Release:
    """The firms behind one output's figures, per question, and what to call the output.

    `members` are the firms of the group (the benchmarked firm is never one); `missing` holds, per
    question key, the members who did not answer it. Only questions whose group was large enough
    to show figures (`min_peers`) are listed.
    """

    lineage: Lineage
    subject: str | None
    members: frozenset[str]
    missing: dict[str, frozenset[str]] = field(hash=False)
    kind: str = "briefing"
    source: str = ""
    source_sha256: str = ""
    definition: str = ""
    min_peers: int = DEFAULT_MIN_PEERS
    reason: str = ""

    @property
    def questions(self) -> frozenset[str]:
        return frozenset(self.missing)

    def group(self, question: str) -> frozenset[str]:
        return self.members - self.missing[question]

    @property
    def threshold(self) -> int:
        """Groups must differ by at least this many firms: the minimum, never below the default."""
        return max(DEFAULT_MIN_PEERS, clamp_min_peers(self.min_peers))


def release_of(survey, members: np.ndarray, subject_row: int | None = None, kind: str = "briefing",
               definition: str = "", min_peers: int | None = None, reason: str = "",
               question_keys: Iterable[str] | None = None) -> Release:
    """The release of the figures of `members` (a boolean mask over the survey's firms).

    `question_keys` limits it to the questions an output shows (default: every question a
    briefing shows). The export code calls this for a table or chart of the filtered firms.
    """
    ids = firm_ids(survey)
    mask = np.asarray(members, dtype=bool)
    minimum = clamp_min_peers(min_peers)
    wanted = None if question_keys is None else {key_of(k) for k in question_keys}
    missing: dict[str, frozenset[str]] = {}
    for question in survey.questions:
        key = key_of(question.key)
        if question.kind not in GROUPED_KINDS or (wanted is not None and key not in wanted):
            continue
        answered = answered_rows(survey, question)
        if int((mask & answered).sum()) < minimum:
            continue  # too few answers for any figure to be shown: nothing of it is released
        missing[key] = frozenset(ids[mask & ~answered].tolist())
    subject = None if subject_row is None else str(ids[subject_row])
    return Release(Lineage.of(survey), subject, frozenset(ids[mask].tolist()), missing, kind,
                   Path(survey.table.path).name, survey.table.sha256, definition, minimum, reason)


@dataclass(frozen=True)
class Entry:
    """A release as recorded: the release itself and when it was made."""

    at: str
    release: Release


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


def differencing(new: Release, old: Release) -> tuple[int, str] | None:
    """(firms, question) when subtracting `old` from `new` would isolate 1..threshold-1 firms.

    Only questions in both count; on each, the firms in one group and not the other, leaving out
    the benchmarked firms of both. Groups that share no firm on a question cannot be subtracted.
    """
    shared = new.questions & old.questions
    if not shared or new.lineage.id_column != old.lineage.id_column or new.members.isdisjoint(old.members):
        return None
    threshold = new.threshold
    known = {s for s in (new.subject, old.subject) if s is not None}
    apart = (new.members ^ old.members) - known
    # Missing answers can only bring groups closer by the firms that did not answer.
    slack = max((len(new.missing[k]) + len(old.missing[k]) for k in shared), default=0)
    if len(apart) - slack >= threshold:
        return None
    for question in sorted(shared):
        mine, theirs = new.group(question), old.group(question)
        if mine.isdisjoint(theirs):
            continue
        differing = len((mine ^ theirs) - known)
        if 0 < differing < threshold:
            return differing, question
    return None


def _digest(release: Release) -> tuple:
    """What makes two releases the same one (a lowered minimum and its reason are kept apart)."""
    return (release.lineage.id_column, release.subject, release.members, release.min_peers, release.reason,
            tuple(sorted((k, v) for k, v in release.missing.items())))


def _to_json(release: Release, at: str) -> dict:
    patterns: list[frozenset[str]] = []
    questions = {}
    for key, missing in sorted(release.missing.items()):
        if missing not in patterns:
            patterns.append(missing)
        questions[key] = patterns.index(missing)
    return {"v": FORMAT, "type": "release", "at": at, "kind": release.kind,
            "id_column": release.lineage.id_column, "lineage": release.lineage.code,
            "source": release.source, "sha256": release.source_sha256, "definition": release.definition,
            "subject": release.subject, "min_peers": release.min_peers, "reason": release.reason,
            "members": sorted(release.members), "patterns": [sorted(p) for p in patterns],
            "questions": questions}


def _from_json(data: dict) -> Entry:
    patterns = [frozenset(p) for p in data["patterns"]]
    release = Release(Lineage(data["id_column"], data["lineage"]), data["subject"], frozenset(data["members"]),
                      {key: patterns[index] for key, index in data["questions"].items()}, data["kind"],
                      data["source"], data["sha256"], data["definition"], data["min_peers"], data["reason"])
    return Entry(data["at"], release)


class ReleaseLedger:
    """The ledger in one file; safe to share between threads and processes (the file is locked)."""

    def __init__(self, path: Path | None = None) -> None:
        self.file = LedgerFile(path or default_ledger_path())
        self._entries: list[Entry] = []
        self._clears: list[Clear] = []
        self._digests: set[tuple] = set()
        self._by_firm: dict[tuple[str, str], list[int]] = defaultdict(list)  # (id column, firm) → entries
        self._identity: tuple[int, int] | None = None
        self._offset = 0

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

    def _refresh(self) -> None:
        """Bring the cached entries up to the file (under the lock): new lines, or all of a new file."""
        identity = self.file.identity()
        if identity is None:
            self._reset(None)
            return
        if identity != self._identity:
            self._reset(identity)
        items, self._offset = self.file.read_from(self._offset)
        for item in items:
            if item["type"] == "release":
                self._add(_from_json(item))
            elif item["type"] == "clear":
                self._clears.append(Clear(item["at"], item["reason"], item["cleared"]))

    def _reset(self, identity: tuple[int, int] | None) -> None:
        self._entries, self._clears, self._digests = [], [], set()
        self._by_firm = defaultdict(list)
        self._identity, self._offset = identity, 0

    def _add(self, entry: Entry) -> None:
        index = len(self._entries)
        self._entries.append(entry)
        self._digests.add(_digest(entry.release))
        column = entry.release.lineage.id_column
        for firm in entry.release.members:
            self._by_firm[(column, firm)].append(index)

    # Judging and recording ----------------------------------------------------------------------

    def _conflict(self, release: Release) -> Conflict | None:
        if not release.missing:
            return None  # no figure of it can be shown: nothing to subtract
        column = release.lineage.id_column
        candidates: set[int] = set()
        for firm in release.members:
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
            self.file.create_if_missing()
            self._refresh()
            conflict = self._conflict(release)
            if conflict is None and _digest(release) not in self._digests:
                self.file.append(_to_json(release, now_text()))
                self._refresh()
            return conflict

    def clear(self, reason: str) -> int:
        """Forget every release, deliberately: the old file is kept beside the new one, which
        records the clear (and the clears before it). Works on a damaged ledger too."""
        reason = " ".join((reason or "").split())
        if not reason:
            raise LedgerError("ledger.error.no_reason")
        with self.file.lock():
            try:
                self._refresh()
                cleared, clears = len(self._entries), list(self._clears)
                label = "cleared"
            except LedgerError:
                cleared, clears, label = 0, [], "damaged"
            try:
                self.file.set_aside(label)
            except OSError as error:
                raise LedgerError("ledger.error.unwritable", path=str(self.path),
                                  reason=error.strerror or str(error)) from None
            clears.append(Clear(now_text(), reason, cleared))
            lines = [{"v": FORMAT, "type": "ledger", "created": clears[-1].at}]
            lines += [{"v": FORMAT, "type": "clear", "at": c.at, "reason": c.reason, "cleared": c.cleared}
                      for c in clears]
            self.file.replace(lines)
            self._reset(None)
            self._refresh()
        return cleared


class PreviewGate:
    """The ledger as a preview sees it: judged against every release, recording nothing."""

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
