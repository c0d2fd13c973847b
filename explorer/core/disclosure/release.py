"""A release (the firms behind one output's figures) and the rule that two releases may not break.

Two releases of one lineage (lineage.py) whose groups differ by a few firms let a reader subtract
one from the other and read those firms' answers: 50 % of 6 and 57 % of 7 say that the seventh
firm answered yes. So two releases are compared question by question, and the second is refused
when the firms that tell them apart number 1 to 4 (fewer than the minimum group size, never fewer
than the default 5). The benchmarked firms of the two releases do not count: each briefing states
its own firm's answers, so its readers know them already. That is why the briefings of one
benchmark club (peers of A = club minus A, peers of B = club minus B) both go through, while a
second briefing of A with one firm more does not.

A group is compared per question because item non-response makes the firms behind a figure differ
from the peer group: two groups six firms apart of which five skipped a question are one firm apart
on that question. Groups that share no firm cannot be subtracted and are not compared.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Iterable

import numpy as np

from explorer.core.disclosure.lineage import GROUPED_KINDS, Lineage, answered_rows, firm_ids, key_of
from explorer.core.disclosure.peers import DEFAULT_MIN_PEERS, clamp_min_peers


@dataclass(frozen=True)
class Release:
    """The firms behind one output's figures, per question, and what to call the output.

    `members` are the firms of the group (the benchmarked firm is never one); `missing` holds, per
    question key, the members who did not answer it. Only questions whose group was large enough
    to show figures (`min_peers`) are listed. `version` names the data the groups were read from
    (file and mapping): two releases of one version agree on who answered what.
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
    version: str = ""

    @property
    def questions(self) -> frozenset[str]:
        return frozenset(self.missing)

    def group(self, question: str) -> frozenset[str]:
        return self.members - self.missing[question]

    @cached_property
    def most_missing(self) -> int:
        """The most members that skipped any one question: how far per-question groups can shrink."""
        return max((len(gaps) for gaps in self.missing.values()), default=0)

    @property
    def threshold(self) -> int:
        """Groups must differ by at least this many firms: the minimum, never below the default."""
        return max(DEFAULT_MIN_PEERS, clamp_min_peers(self.min_peers))


def data_version(survey) -> str:
    """The file's content and the mapping it was read with: what decides who answered what."""
    text = json.dumps([survey.table.sha256, survey.table.sheet, survey.mapping.to_json()], sort_keys=True,
                      default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def release_of(survey, members: np.ndarray, subject_row: int | None = None, kind: str = "briefing",
               definition: str = "", min_peers: int | None = None, reason: str = "",
               question_keys: Iterable[str] | None = None) -> Release:
    """The release of the figures of `members` (a boolean mask over the survey's firms).

    `question_keys` limits it to the questions an output shows (default: every question a
    briefing shows). Export code calls this for a table or chart of the filtered firms
    (kind "export", no subject) and hands it to `ReleaseLedger.admit`.
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
                   Path(survey.table.path).name, survey.table.sha256, definition, minimum, reason,
                   data_version(survey))


def differencing(new: Release, old: Release) -> tuple[int, str] | None:
    """(firms, question) when subtracting `old` from `new` would isolate 1..threshold-1 firms.

    Only questions in both count; on each, the firms in one group and not the other, leaving out
    the benchmarked firms of both. Groups that share no firm on a question cannot be subtracted.
    """
    if new.lineage.id_column != old.lineage.id_column or new.members.isdisjoint(old.members):
        return None
    shared = new.questions & old.questions
    if not shared:
        return None
    threshold = new.threshold
    known = {s for s in (new.subject, old.subject) if s is not None}
    apart = (new.members ^ old.members) - known
    if not apart and new.version and new.version == old.version:
        return None  # same data: the same firms answered each question, so no question sets them apart
    # Missing answers can bring groups closer only by the firms that did not answer.
    if len(apart) - new.most_missing - old.most_missing >= threshold:
        return None
    judged: set[tuple[frozenset[str], frozenset[str]]] = set()
    for question in sorted(shared):
        gaps = (new.missing[question], old.missing[question])
        if gaps in judged:
            continue  # questions answered by the same firms in both releases are judged once
        judged.add(gaps)
        mine, theirs = new.group(question), old.group(question)
        if mine.isdisjoint(theirs):
            continue
        differing = len((mine ^ theirs) - known)
        if 0 < differing < threshold:
            return differing, question
    return None
