"""The active releases of one lineage in memory, read from the register once and then only what is new.

A process reads its lineage's rows the first time it judges a release of that survey, and after
that only rows with a higher id (its own and other processes' new releases); a clear since the
last read makes it read the lineage afresh. Which earlier releases can be subtracted from a new one
is found for all of them at once: a release shares firms with the new one (counted over a flat
firm → release list with numpy), and does not hold exactly the same firms of the same data (which
tells nothing new). Only those few are compared question by question (clash.py).
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict

import numpy as np

from explorer.core.disclosure.answer_sheet import AnswerSheet
from explorer.core.disclosure.difference import DifferenceJudge
from explorer.core.disclosure.ledger_rows import (
    NO_SUBJECT,
    RELEASE_COLUMNS,
    Coded,
    ReleaseRow,
    Version,
    gaps_bitmap,
    members_bitmap,
    members_of_rows,
    numbers_of,
    question_set_blob,
    release_digest,
    require,
)
from explorer.core.disclosure.ledger_postings import Growing, Postings
from explorer.core.disclosure.lineage import Lineage
from explorer.core.disclosure.release import Release

DECODED_KEPT = 4096  # earlier releases kept decoded (a batch compares each new one with a few)
LOAD_AT_ONCE = 4096  # rows read and decoded together


class Pending:
    """A release coded against the index, with the firms and question keys the register lacks yet."""

    def __init__(self, coded: Coded, new_firms: list[str], new_keys: list[str]) -> None:
        self.coded = coded
        self.new_firms = new_firms
        self.new_keys = new_keys


class LineageIndex:
    """One lineage's firm and question numbers and its active (not cleared) releases."""

    def __init__(self, id_column: str, lineage_id: int | None) -> None:
        self.id_column = id_column
        self.lineage_id = lineage_id
        self.firms: dict[str, int] = {}
        self.firm_ids: list[str] = []
        self.question_numbers: dict[str, int] = {}
        self.keys: list[str] = []
        self.question_sets: dict[int, np.ndarray] = {}
        self.version_ids: dict[str, int] = {}
        self._versions_read: dict[int, Version | None] = {}
        self.rows: list[ReleaseRow] = []
        self.last_id = 0
        self._postings = Postings()
        self._sizes = Growing()
        self._subjects = Growing()
        self._versions = Growing()
        self._decoded: OrderedDict[int, Coded] = OrderedDict()
        self._for_sheet: tuple[AnswerSheet | None, np.ndarray, OrderedDict] = (
            None, np.empty(0, dtype=np.int64), OrderedDict())

    # Reading the register ---------------------------------------------------------------------

    def refresh(self, db: sqlite3.Connection) -> None:
        """Read what the register gained since the last refresh (callers hold a transaction)."""
        if self.lineage_id is None:
            found = db.execute("SELECT id FROM lineages WHERE id_column = ?", (self.id_column,)).fetchone()
            if found is None:
                return
            self.lineage_id = found[0]
        lineage = self.lineage_id
        for idx, firm in db.execute("SELECT idx, firm FROM firms WHERE lineage = ? AND idx >= ? ORDER BY idx",
                                    (lineage, len(self.firm_ids))):
            require(idx == len(self.firm_ids) and isinstance(firm, str) and firm not in self.firms)
            self.firms[firm] = idx
            self.firm_ids.append(firm)
        for idx, key in db.execute("SELECT idx, key FROM questions WHERE lineage = ? AND idx >= ? ORDER BY idx",
                                   (lineage, len(self.keys))):
            require(idx == len(self.keys) and isinstance(key, str) and key not in self.question_numbers)
            self.question_numbers[key] = idx
            self.keys.append(key)
        newest_set = max(self.question_sets, default=0)
        for set_id, blob in db.execute("SELECT id, questions FROM question_sets WHERE lineage = ? AND id > ?",
                                       (lineage, newest_set)):
            self.question_sets[set_id] = numbers_of(blob, len(self.keys), ascending=True)
        newest_version = max(self.version_ids.values(), default=0)
        for version_id, version in db.execute("SELECT id, version FROM versions WHERE lineage = ? AND id > ?",
                                              (lineage, newest_version)):
            require(isinstance(version, str))
            self.version_ids[version] = version_id
        query = (f"SELECT {', '.join(RELEASE_COLUMNS)} FROM releases WHERE lineage = ? AND cleared_by IS NULL "
                 "AND id > ? ORDER BY id")
        cursor = db.execute(query, (lineage, self.last_id))
        while rows := cursor.fetchmany(LOAD_AT_ONCE):
            self._add([ReleaseRow.read(values) for values in rows])

    def _add(self, rows: list[ReleaseRow]) -> None:
        """Take in rows read from the register, their members decoded together (one numpy pass)."""
        versions = set(self.version_ids.values())
        for row in rows:
            questions = self.question_sets.get(row.question_set)
            require(questions is not None and row.version in versions)
            require(row.subject is None or 0 <= row.subject < len(self.firm_ids))
            require(row.gaps is None or len(row.gaps) == (questions.size * row.firms + 7) // 8)
        members, owners = members_of_rows(rows)
        require(members.size == 0 or int(members.max()) < len(self.firm_ids))
        first = len(self.rows)
        self.rows.extend(rows)
        self.last_id = rows[-1].id
        self._postings.add(members, owners + first)
        self._sizes.extend(np.array([row.firms for row in rows]))
        self._subjects.extend(np.array([NO_SUBJECT if row.subject is None else row.subject for row in rows]))
        self._versions.extend(np.array([row.version for row in rows]))

    # Judging --------------------------------------------------------------------------------------

    def code(self, release: Release) -> Pending:
        """The release in this lineage's numbers; firms and keys it has not seen get the next numbers."""
        firms = release.members if release.subject is None else release.members | {release.subject}
        new_firms = sorted(f for f in firms if f not in self.firms)
        firm_number = {f: len(self.firm_ids) + i for i, f in enumerate(new_firms)}
        firm_number.update((f, self.firms[f]) for f in firms if f not in firm_number)
        new_keys = sorted(k for k in release.missing if k not in self.question_numbers)
        key_number = {k: len(self.keys) + i for i, k in enumerate(new_keys)}
        key_number.update((k, self.question_numbers[k]) for k in release.missing if k not in key_number)
        members = sorted(release.members, key=firm_number.__getitem__)
        at = {firm: i for i, firm in enumerate(members)}
        keys = sorted(release.missing, key=key_number.__getitem__)
        answered = np.ones((len(keys), len(members)), dtype=bool)
        for q, key in enumerate(keys):
            answered[q, [at[firm] for firm in release.missing[key]]] = False
        subject = NO_SUBJECT if release.subject is None else firm_number[release.subject]
        coded = Coded(np.array([firm_number[f] for f in members], dtype=np.int64),
                      np.array([key_number[k] for k in keys], dtype=np.int64), answered, subject,
                      self.version_ids.get(release.version, -1), release.threshold, release.kind)
        return Pending(coded, new_firms, new_keys)

    def candidates(self, coded: Coded) -> np.ndarray:
        """Positions of the earlier releases that share a firm with `coded` and do not hold exactly
        its firms of the same data (benchmarked firms of both left out), in the order recorded."""
        count = len(self.rows)
        if not count or not coded.members.size:
            return np.empty(0, dtype=np.int64)
        is_member = np.zeros(max(len(self.firm_ids), int(coded.members[-1]) + 1) + 1, dtype=bool)
        is_member[coded.members] = True
        overlap = np.bincount(self._postings.releases_holding(coded.members, is_member), minlength=count)
        sizes, subjects = self._sizes.values, self._subjects.values
        apart = sizes + coded.members.size - 2 * overlap
        if coded.subject != NO_SUBJECT:  # the new release's firm, a member of an earlier group
            is_subject = np.zeros_like(is_member)
            is_subject[coded.subject] = True
            subject = np.array([coded.subject])
            apart -= np.bincount(self._postings.releases_holding(subject, is_subject), minlength=count)
        earlier_subject_inside = (subjects != NO_SUBJECT) & is_member[np.maximum(subjects, 0)]
        apart -= earlier_subject_inside & (subjects != coded.subject)
        same_data = self._versions.values == coded.version
        return np.flatnonzero((overlap > 0) & ~((apart == 0) & same_data))

    def coded(self, db: sqlite3.Connection, position: int) -> Coded:
        """An earlier release decoded (the threshold that counts is always the new release's)."""
        found = self._decoded.get(position)
        if found is None:
            row = self.rows[position]
            version = None if row.gaps is not None else self._version(db, row.version)
            found = row.coded(self.question_sets[row.question_set], version)
            self._decoded[position] = found
            if len(self._decoded) > DECODED_KEPT:
                self._decoded.popitem(last=False)
        else:
            self._decoded.move_to_end(position)
        return found

    def judge(self, sheet: AnswerSheet, pending: Pending) -> DifferenceJudge:
        """The judge of the cells between `pending` (made from `sheet`'s survey) and earlier releases;
        what it learns about earlier releases is kept while the survey stays the same."""
        cached_sheet, mapped, shown = self._for_sheet
        if cached_sheet is not sheet:
            mapped, shown = np.empty(0, dtype=np.int64), OrderedDict()
        if mapped.size < len(self.firm_ids):  # survey rows of the firms numbered since
            more = [sheet.row_of(firm) for firm in self.firm_ids[mapped.size:]]
            mapped = np.concatenate([mapped, np.array(more, dtype=np.int64)])
        self._for_sheet = (sheet, mapped, shown)
        rows = np.concatenate([mapped, np.array([sheet.row_of(f) for f in pending.new_firms], dtype=np.int64)])
        return DifferenceJudge(sheet, lambda numbers: rows[numbers], self.keys + pending.new_keys, shown)

    # Recording --------------------------------------------------------------------------------

    def holds(self, db: sqlite3.Connection, digest: str) -> bool:
        return self.lineage_id is not None and db.execute(
            "SELECT 1 FROM releases WHERE lineage = ? AND digest = ? AND cleared_by IS NULL",
            (self.lineage_id, digest)).fetchone() is not None

    def record(self, db: sqlite3.Connection, release: Release, pending: Pending, at: str) -> None:
        """Write the release (and the firms, keys and question set it brings), then read it back."""
        digest = release_digest(release)
        if self.holds(db, digest):
            return  # the same release twice is recorded once
        if self.lineage_id is None:
            self.lineage_id = db.execute("INSERT INTO lineages (id_column) VALUES (?)", (self.id_column,)).lastrowid
        lineage = self.lineage_id
        db.executemany("INSERT INTO firms VALUES (?, ?, ?)",
                       [(lineage, len(self.firm_ids) + i, f) for i, f in enumerate(pending.new_firms)])
        db.executemany("INSERT INTO questions VALUES (?, ?, ?)",
                       [(lineage, len(self.keys) + i, k) for i, k in enumerate(pending.new_keys)])
        self.refresh(db)
        coded = pending.coded
        version_id, own_gaps = self._record_version(db, release, pending)
        set_digest, blob = question_set_blob(coded.questions)
        found = db.execute("SELECT id FROM question_sets WHERE lineage = ? AND digest = ?",
                           (lineage, set_digest)).fetchone()
        set_id = found[0] if found else db.execute(
            "INSERT INTO question_sets (lineage, digest, questions) VALUES (?, ?, ?)",
            (lineage, set_digest, blob)).lastrowid
        first, members = members_bitmap(coded.members)
        db.execute(
            "INSERT INTO releases (lineage, at, kind, lineage_code, source, sha256, version, definition, subject, "
            "min_peers, reason, firms, question_set, first_firm, members, gaps, digest) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (lineage, at, release.kind, release.lineage.code, release.source, release.source_sha256,
             version_id, release.definition, None if coded.subject == NO_SUBJECT else coded.subject,
             release.min_peers, release.reason, int(coded.members.size), set_id, first, members,
             gaps_bitmap(coded.answered) if own_gaps else None, digest))
        self.refresh(db)

    def _record_version(self, db: sqlite3.Connection, release: Release, pending: Pending) -> tuple[int, bool]:
        """The release's data version (recorded with who answered what, when the release brings its
        answers), and whether the release must keep its own gaps."""
        lineage = self.lineage_id
        version_id = self.version_ids.get(release.version)
        if version_id is None:
            version_id = db.execute("INSERT INTO versions (lineage, version) VALUES (?, ?)",
                                    (lineage, release.version)).lastrowid
            self.version_ids[release.version] = version_id
        version = self._version(db, version_id)
        if version is None and release.sheet is not None:
            version = self._version_of(db, release.sheet)
            db.execute("UPDATE versions SET firms = ?, questions = ?, answered = ? WHERE id = ?",
                       (*version.blobs(), version_id))
            self._versions_read[version_id] = version
        coded = pending.coded
        expected = None if version is None else version.answered_by(coded.questions, coded.members)
        return version_id, expected is None or not np.array_equal(expected, coded.answered)

    def _version_of(self, db: sqlite3.Connection, sheet: AnswerSheet) -> Version:
        """Who answered what in `sheet`'s survey, numbering the firms and questions the lineage lacks."""
        lineage = self.lineage_id
        firms = [firm for firm in dict.fromkeys(sheet.ids.tolist()) if firm not in self.firms]
        db.executemany("INSERT INTO firms VALUES (?, ?, ?)",
                       [(lineage, len(self.firm_ids) + i, f) for i, f in enumerate(firms)])
        keys = [key for key in sorted(sheet.questions) if key not in self.question_numbers]
        db.executemany("INSERT INTO questions VALUES (?, ?, ?)",
                       [(lineage, len(self.keys) + i, k) for i, k in enumerate(keys)])
        self.refresh(db)
        order = sorted(sheet.questions, key=self.question_numbers.__getitem__)
        answered = np.array([sheet.answered(key) for key in order], dtype=bool).reshape(len(order), sheet.size)
        return Version(np.array([self.firms[f] for f in sheet.ids.tolist()], dtype=np.int64),
                       np.array([self.question_numbers[k] for k in order], dtype=np.int64), answered)

    def _version(self, db: sqlite3.Connection, version_id: int) -> Version | None:
        """Who answered what in a recorded version (None when it was recorded without its data)."""
        if version_id not in self._versions_read:
            found = db.execute("SELECT firms, questions, answered FROM versions WHERE id = ? AND lineage = ?",
                               (version_id, self.lineage_id)).fetchone()
            require(found is not None)
            if found[0] is None:
                require(found[1] is None and found[2] is None)
                self._versions_read[version_id] = None
            else:
                self._versions_read[version_id] = Version.read(*found, len(self.firm_ids), len(self.keys))
        return self._versions_read[version_id]

    # Listing ----------------------------------------------------------------------------------

    def subject_of(self, row: ReleaseRow) -> str | None:
        return None if row.subject is None else self.firm_ids[row.subject]

    def entry(self, position: int):
        row = self.rows[position]
        return row.entry(self.subject_of(row), int(self.question_sets[row.question_set].size))

    def release(self, db: sqlite3.Connection, position: int) -> Release:
        """A recorded release read back in ids and keys (without the answers it was made from)."""
        row = self.rows[position]
        coded = self.coded(db, position)
        ids = [self.firm_ids[i] for i in coded.members.tolist()]
        missing = {self.keys[q]: frozenset(f for f, answered in zip(ids, coded.answered[i]) if not answered)
                   for i, q in enumerate(coded.questions.tolist())}
        version = next(text for text, number in self.version_ids.items() if number == row.version)
        return Release(Lineage(self.id_column, row.lineage_code), self.subject_of(row), frozenset(ids), missing,
                       row.kind, row.source, row.sha256, row.definition, row.min_peers, row.reason, version)
