"""One survey's answers by firm id and question key: what releases are built from and what the
cell between two releases is judged on (difference.py)."""

from __future__ import annotations

import weakref

import numpy as np

from explorer.core.disclosure.lineage import GROUPED_KINDS, firm_ids, key_of

CHOICE_KINDS = ("yesno", "single", "likert")  # one answer per firm, coded 0..options-1

_sheets: "weakref.WeakKeyDictionary[object, AnswerSheet]" = weakref.WeakKeyDictionary()


class AnswerSheet:
    """Firm ids, questions by key and who answered what, computed once per survey."""

    def __init__(self, survey) -> None:
        self._survey = weakref.ref(survey)  # the sheet is cached per survey and must not keep it alive
        self.ids = firm_ids(survey)
        self.questions = {key_of(q.key): q for q in survey.questions if q.kind in GROUPED_KINDS}
        self._rows: dict[str, int] | None = None
        self._answered: dict[str, np.ndarray] = {}
        self._choices: tuple[dict[str, int], np.ndarray, np.ndarray] | None = None

    @classmethod
    def of(cls, survey) -> "AnswerSheet":
        sheet = _sheets.get(survey)
        if sheet is None:
            sheet = _sheets[survey] = cls(survey)
        return sheet

    @property
    def size(self) -> int:
        return len(self.ids)

    def row_of(self, firm: str) -> int:
        """The survey row of a firm id, -1 when this survey does not hold it."""
        if self._rows is None:
            rows: dict[str, int] = {}
            for row, firm_id in enumerate(self.ids.tolist()):
                rows.setdefault(firm_id, row)
            self._rows = rows
        return self._rows.get(firm, -1)

    def answers(self, key: str):
        """The question's answer arrays (survey.answers), or None when the survey lacks the key."""
        question = self.questions.get(key)
        survey = self._survey()
        if question is None or survey is None:
            return None
        return survey.answers(question)

    def answered(self, key: str) -> np.ndarray:
        """Boolean mask of the firms that answered the question (item non-response excluded)."""
        mask = self._answered.get(key)
        if mask is None:
            answers, kind = self.answers(key), self.questions[key].kind
            if kind == "multi":
                mask = np.asarray(answers.answered, dtype=bool)
            elif kind == "numeric":
                mask = ~np.isnan(answers.values)
            else:
                mask = answers.codes >= 0
            self._answered[key] = mask
        return mask

    def choice_codes(self, keys: list[str], rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(answer codes of `rows` per key, -1 for none or a row of -1; option counts per key) for
        single-choice, yes/no and Likert questions, from one matrix built once."""
        if self._choices is None:
            chosen = [key for key, q in self.questions.items() if q.kind in CHOICE_KINDS]
            matrix = np.full((len(chosen), self.size + 1), -1, dtype=np.int16)  # the last column: absent
            for i, key in enumerate(chosen):
                matrix[i, : self.size] = self.answers(key).codes
            options = np.array([len(self.questions[key].options) for key in chosen], dtype=np.int64)
            self._choices = ({key: i for i, key in enumerate(chosen)}, matrix, options)
        index, matrix, options = self._choices
        at = np.array([index[key] for key in keys], dtype=np.int64)
        columns = np.where(rows < 0, self.size, rows)
        return matrix[np.ix_(at, columns)], options[at]
