"""Who is behind a released figure, in terms that outlive one version of the survey file.

A refreshed export of the same survey has a new file hash, new rows (late respondents) and
perhaps a new question; its firms keep their ids and its questions their keys. So a released
group is described by firm ids (the id column; `#row` where a survey has none) and question
keys, and the survey's lineage by its id column: two releases belong to one lineage when they
name firms the same way and share a question. Groups of different surveys that happen to use
the same id column are compared too, which errs on the safe side.

In a survey asked in rounds (role `wave`) a firm answers once per round, and a figure of one round
is made of that round's answers: the register names an answer, `id @ round`. Releases of two rounds
then share no member and are not subtracted from each other (each answer is an unknown of its own,
so they cannot be), while two releases of one round are compared firm by firm.
"""

from __future__ import annotations

import hashlib
import weakref
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from explorer.core.labels import answer_text, fold

ROW_IDS = "#row"  # the lineage token of a survey without an id column: firms are named by row
ROUND_MARK = " @ "  # between a firm id and its round in a survey with rounds
GROUPED_KINDS = ("yesno", "single", "likert", "multi", "numeric")  # the kinds a briefing releases

_ids_cache: "weakref.WeakKeyDictionary[object, np.ndarray]" = weakref.WeakKeyDictionary()


def firm_ids(survey) -> np.ndarray:
    """Each row's firm id as text (`#N` where the id is missing), with its round in a survey with
    rounds; computed once per survey."""
    cached = _ids_cache.get(survey)
    if cached is not None:
        return cached
    column = survey.roles.get("id")
    ids = np.array([f"#{row + 1}" for row in range(survey.size)], dtype=object)
    if column is not None:
        values = survey.frame[column].astype("object").to_numpy()
        present = ~pd.isna(values)
        ids[present] = [answer_text(value).strip() for value in values[present]]
    panel = getattr(survey, "panel", None)
    if panel is not None:
        labels = np.array([*panel.rounds, ""], dtype=object)[panel.round_of_row]  # -1 (no round): ""
        in_round = panel.round_of_row >= 0
        ids[in_round] = ids[in_round] + ROUND_MARK + labels[in_round]
    _ids_cache[survey] = ids
    return ids


@lru_cache(maxsize=4096)
def key_of(question_key: str) -> str:
    """A question key as compared across versions (case, accents and spacing folded)."""
    return fold(question_key)


@dataclass(frozen=True)
class Lineage:
    """The survey a release came from: its id column, and a short code to show."""

    id_column: str
    code: str

    @classmethod
    def of(cls, survey) -> "Lineage":
        column = survey.roles.get("id")
        token = fold(column) if column else ROW_IDS
        wave = survey.roles.get("wave")
        if wave and getattr(survey, "panel", None) is not None:  # answers named per round (firm_ids)
            token += ROUND_MARK + fold(wave)
        keys = sorted(key_of(q.key) for q in survey.questions)
        digest = hashlib.sha256("\x1f".join([token, *keys]).encode("utf-8")).hexdigest()[:12]
        return cls(token, digest)

