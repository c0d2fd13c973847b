"""A release: the firms behind one output's figures, per question, and what to call the output.

Two releases of one lineage (lineage.py) can be subtracted from each other; clash.py says when
that would tell a reader something about firms that the intruder model does not already know.
The benchmarked firm of a briefing is never one of its members: its own answers are printed in it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import numpy as np

from explorer.core.disclosure.answer_sheet import AnswerSheet
from explorer.core.disclosure.lineage import Lineage, key_of
from explorer.core.disclosure.min_peers import DEFAULT_MIN_PEERS, clamp_min_peers


@dataclass(frozen=True)
class Release:
    """The firms behind one output's figures, per question, and what to call the output.

    `members` are the firms of the group (the benchmarked firm is never one); `missing` holds, per
    question key, the members who did not answer it. Only questions whose group was large enough
    to show figures (`min_peers`) are listed. `version` names the data the groups were read from
    (file and mapping): two releases of one version agree on who answered what. `sheet` holds the
    answers of the survey it was made from (releases read back from the register have none).
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
    sheet: AnswerSheet | None = field(default=None, compare=False, repr=False)

    @property
    def questions(self) -> frozenset[str]:
        return frozenset(self.missing)

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
    sheet = AnswerSheet.of(survey)
    ids = sheet.ids
    mask = np.asarray(members, dtype=bool)
    minimum = clamp_min_peers(min_peers)
    wanted = None if question_keys is None else {key_of(k) for k in question_keys}
    missing: dict[str, frozenset[str]] = {}
    for key in sheet.questions:
        if wanted is not None and key not in wanted:
            continue
        answered = sheet.answered(key)
        if int(np.count_nonzero(mask & answered)) < minimum:
            continue  # too few answers for any figure to be shown: nothing of it is released
        missing[key] = frozenset(ids[mask & ~answered].tolist())
    subject = None if subject_row is None else str(ids[subject_row])
    return Release(Lineage.of(survey), subject, frozenset(ids[mask].tolist()), missing, kind,
                   Path(survey.table.path).name, survey.table.sha256, definition, minimum, reason,
                   data_version(survey), sheet)
