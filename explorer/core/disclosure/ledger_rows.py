"""How a release is kept in the register: numbers and bitmaps over its lineage's firm index.

Each lineage (lineage.py) numbers its firms and its question keys once, in the order they were
first released. Who answered what is a property of the data, not of a release, so it is kept once per version of
the survey (`versions`: the firm number of each row, the question numbers, and a bitmap of
questions × rows set where the firm answered). A release row then holds
- `members`: a bitmap of its firms from byte `first_firm // 8` on (a peer group is a few bits of
  one survey's block of firms);
- `question_set`: the questions it shows figures of, a sorted array of question numbers written
  once and shared by every release with the same questions;
- `version`: the data it was read from; and `gaps` only when the release was recorded without its
  data (a bitmap of questions × members, set where a member did not answer).
A 2,450-firm survey's briefing is a few hundred bytes where a JSON line of ids was kilobytes.

`Coded` is a release in these terms, in memory: what the clash rule (clash.py) compares. Every
decoded value is checked; anything the register does not write raises Damaged.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from explorer.core.disclosure.ledger_store import Damaged
from explorer.core.disclosure.release import Release

KINDS = ("briefing", "export")
NO_SUBJECT = -1


@dataclass(frozen=True)
class Coded:
    """A release in its lineage's numbers: sorted firm numbers, sorted question numbers, and per
    question which members answered it (`answered[q, m]`)."""

    members: np.ndarray
    questions: np.ndarray
    answered: np.ndarray
    subject: int
    version: int  # the register's number for the data version (-1: not recorded yet)
    threshold: int
    kind: str
    record: int = -1  # its row in the register (-1: the release being judged)


@dataclass(frozen=True)
class Entry:
    """A recorded release as the register lists it: what, when, from where; never its members."""

    at: str
    kind: str
    source: str
    sha256: str
    lineage: str
    subject: str | None
    definition: str
    firms: int
    questions: int
    min_peers: int
    reason: str

    @property
    def date(self) -> str:
        return self.at[:10]


@dataclass(frozen=True)
class Clear:
    """A deliberate clear: when, why, and how many releases it set aside."""

    at: str
    reason: str
    cleared: int


def require(condition: bool) -> None:
    if not condition:
        raise Damaged()


def checked_time(value: object) -> str:
    require(isinstance(value, str))
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        raise Damaged() from None
    return value


# Bitmaps ---------------------------------------------------------------------------------------

def members_bitmap(members: np.ndarray) -> tuple[int, bytes]:
    """(first_firm, bitmap) of sorted firm numbers: bit i stands for firm first_firm + i."""
    if not members.size:
        return 0, b""
    first = int(members[0]) // 8 * 8
    bits = np.zeros(int(members[-1]) - first + 1, dtype=bool)
    bits[members - first] = True
    return first, np.packbits(bits).tobytes()


def members_of(first: int, bitmap: bytes, count: int) -> np.ndarray:
    require(isinstance(bitmap, bytes) and isinstance(first, int) and first % 8 == 0)
    members = np.flatnonzero(np.unpackbits(np.frombuffer(bitmap, dtype=np.uint8))) + first
    require(members.size == count and (not bitmap or bitmap[-1] != 0))
    return members


def members_of_rows(rows: list["ReleaseRow"]) -> tuple[np.ndarray, np.ndarray]:
    """The members of many rows at once: (firm numbers, position of the row each belongs to)."""
    for row in rows:
        require(row.first_firm % 8 == 0 and (not row.members or row.members[-1] != 0))
    lengths = np.array([len(row.members) for row in rows], dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]) * 8  # bit where each row's bitmap starts
    bits = np.flatnonzero(np.unpackbits(np.frombuffer(b"".join(row.members for row in rows), dtype=np.uint8)))
    owners = np.searchsorted(starts, bits, side="right") - 1
    firsts = np.array([row.first_firm for row in rows], dtype=np.int64)
    require(np.array_equal(np.bincount(owners, minlength=len(rows)), [row.firms for row in rows]))
    return bits - starts[owners] + firsts[owners], owners


def gaps_bitmap(answered: np.ndarray) -> bytes:
    return np.packbits(~answered, axis=None).tobytes()


def answered_of(bitmap: object, questions: int, members: int, set_means_answered: bool = False) -> np.ndarray:
    require(isinstance(bitmap, bytes) and len(bitmap) == (questions * members + 7) // 8)
    bits = np.unpackbits(np.frombuffer(bitmap, dtype=np.uint8), count=questions * members).astype(bool)
    bits = bits.reshape(questions, members)
    return bits if set_means_answered else ~bits


def numbers_blob(numbers: np.ndarray) -> bytes:
    return np.asarray(numbers, dtype="<i4").tobytes()


def question_set_blob(questions: np.ndarray) -> tuple[str, bytes]:
    blob = numbers_blob(questions)
    return hashlib.sha256(blob).hexdigest()[:32], blob


def numbers_of(blob: object, known: int, ascending: bool) -> np.ndarray:
    """Firm or question numbers from a blob, each below `known` (and rising, for question lists)."""
    require(isinstance(blob, bytes) and len(blob) % 4 == 0)
    numbers = np.frombuffer(blob, dtype="<i4").astype(np.int64)
    require(not numbers.size or (int(numbers.min()) >= 0 and int(numbers.max()) < known))
    require(not ascending or bool(np.all(np.diff(numbers) > 0)))
    return numbers


@dataclass(frozen=True)
class Version:
    """Who answered what in one version of a survey: `answered[q, r]` for question `questions[q]`
    and the firm in row r, numbered `firms[r]`."""

    firms: np.ndarray
    questions: np.ndarray
    answered: np.ndarray

    @classmethod
    def read(cls, firms: object, questions: object, answered: object, known_firms: int, known_questions: int):
        firm_numbers = numbers_of(firms, known_firms, ascending=False)
        question_numbers = numbers_of(questions, known_questions, ascending=True)
        return cls(firm_numbers, question_numbers, answered_of(answered, question_numbers.size, firm_numbers.size,
                                                               set_means_answered=True))

    def blobs(self) -> tuple[bytes, bytes, bytes]:
        return numbers_blob(self.firms), numbers_blob(self.questions), np.packbits(self.answered, axis=None).tobytes()

    def answered_by(self, questions: np.ndarray, members: np.ndarray) -> np.ndarray | None:
        """answered[q, m] for these questions and members, None when the version lacks one of them."""
        rows = np.searchsorted(self.questions, questions)
        if np.any(rows >= self.questions.size) or np.any(self.questions[np.minimum(rows, self.questions.size - 1)]
                                                          != questions):
            return None
        column_of = self.column_of
        if members.size and int(members.max()) >= column_of.size:
            return None
        columns = column_of[members]
        if np.any(columns < 0):
            return None
        return self.answered[np.ix_(rows, columns)]

    @cached_property
    def column_of(self) -> np.ndarray:
        """The row of each firm number (-1: not in this version; a repeated id counts by its first row)."""
        numbers, first = np.unique(self.firms, return_index=True)
        column_of = np.full(int(self.firms.max(initial=-1)) + 1, -1, dtype=np.int64)
        column_of[numbers] = first
        return column_of


# Rows --------------------------------------------------------------------------------------------

RELEASE_COLUMNS = ("id", "at", "kind", "lineage_code", "source", "sha256", "version", "definition", "subject",
                   "min_peers", "reason", "firms", "question_set", "first_firm", "members", "gaps")
_TEXT_COLUMNS = tuple(RELEASE_COLUMNS.index(c) for c in ("at", "kind", "lineage_code", "source", "sha256",
                                                            "definition", "reason"))
_NUMBER_COLUMNS = tuple(RELEASE_COLUMNS.index(c) for c in ("id", "version", "min_peers", "firms", "question_set",
                                                              "first_firm"))


@dataclass(frozen=True)
class ReleaseRow:
    """One row of `releases`, as read (blobs still packed)."""

    id: int
    at: str
    kind: str
    lineage_code: str
    source: str
    sha256: str
    version: int
    definition: str
    subject: int | None
    min_peers: int
    reason: str
    firms: int
    question_set: int
    first_firm: int
    members: bytes
    gaps: bytes | None

    @classmethod
    def read(cls, values: tuple) -> "ReleaseRow":
        require(len(values) == len(RELEASE_COLUMNS))
        require(all(isinstance(values[i], str) for i in _TEXT_COLUMNS))
        require(all(isinstance(values[i], int) for i in _NUMBER_COLUMNS))
        row = cls(*values)
        require(isinstance(row.members, bytes) and (row.gaps is None or isinstance(row.gaps, bytes)))
        require(row.kind in KINDS and row.min_peers >= 3 and (row.subject is None or isinstance(row.subject, int)))
        checked_time(row.at)
        return row

    def member_numbers(self) -> np.ndarray:
        return members_of(self.first_firm, self.members, self.firms)

    def coded(self, questions: np.ndarray, version: Version | None) -> Coded:
        """The release in numbers, its gaps its own or its version's; its threshold is left at 0
        (only a new release's threshold counts)."""
        members = self.member_numbers()
        if self.gaps is not None:
            answered = answered_of(self.gaps, questions.size, members.size)
        else:
            require(version is not None)
            answered = version.answered_by(questions, members)
            require(answered is not None)
        subject = NO_SUBJECT if self.subject is None else self.subject
        return Coded(members, questions, answered, subject, self.version, 0, self.kind, self.id)

    def entry(self, subject: str | None, questions: int) -> Entry:
        return Entry(self.at, self.kind, self.source, self.sha256, self.lineage_code, subject, self.definition,
                     self.firms, questions, self.min_peers, self.reason)


def release_digest(release: Release) -> str:
    """What makes two releases the same one: the same firms, questions and gaps, minimum and
    reason (the time, file name and definition may differ). It keeps a repeated release from
    being recorded twice."""
    text = json.dumps([release.lineage.id_column, release.subject, release.min_peers, release.reason,
                       sorted(release.members), sorted((k, sorted(v)) for k, v in release.missing.items())],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
