"""Who is behind a released figure, in terms that outlive one version of the survey file.

A refreshed export of the same survey has a new file hash, new rows (late respondents) and
perhaps a new question; its firms keep their ids and its questions their keys. So a released
group is described by firm ids (the id column; `#row` where a survey has none) and question
keys, and the survey's lineage by its id column: two releases belong to one lineage when they
name firms the same way and share a question. Groups of different surveys that happen to use
the same id column are compared too, which errs on the safe side.
"""

from __future__ import annotations

import hashlib
import weakref
from functools import lru_cache
from dataclasses import dataclass

import numpy as np
import pandas as pd

from explorer.core.survey.kinds import answer_text
from explorer.core.survey.vocabulary import fold

ROW_IDS = "#row"  # the lineage token of a survey without an id column: firms are named by row
GROUPED_KINDS = ("yesno", "single", "likert", "multi", "numeric")  # the kinds a briefing releases

_ids_cache: "weakref.WeakKeyDictionary[object, np.ndarray]" = weakref.WeakKeyDictionary()


def firm_ids(survey) -> np.ndarray:
    """Each row's firm id as text (`#N` where the id is missing), computed once per survey."""
    cached = _ids_cache.get(survey)
    if cached is not None:
        return cached
    column = survey.roles.get("id")
    ids = np.array([f"#{row + 1}" for row in range(survey.size)], dtype=object)
    if column is not None:
        values = survey.frame[column].astype("object").to_numpy()
        present = ~pd.isna(values)
        ids[present] = [answer_text(value).strip() for value in values[present]]
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
        keys = sorted(key_of(q.key) for q in survey.questions)
        digest = hashlib.sha256("\x1f".join([token, *keys]).encode("utf-8")).hexdigest()[:12]
        return cls(token, digest)

