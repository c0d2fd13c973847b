"""What a user's peer definition may be made of: characteristics that group firms, never name them.

A peer group is defined by dimensions (sector, section, size, tech, region, wave) and by
single-choice questions that classify firms. Never by the id, the name, free text, numbers or
weights, and never by a value held by fewer than R1's number of firms: `firm_id=F002|…|F009` or
`sector=25|26` with one firm in division 26 would let two briefings differ by exactly that firm.
"""

from __future__ import annotations

import numpy as np

from explorer.core.disclosure import DEFAULT_MIN_PEERS
from explorer.core.errors import InputError, TranslatableError
from explorer.core.labels import fold
from explorer.core.survey.filters import Filter, FilterSpec, filter_mask

BUILT_IN = ("sector", "section", "size", "tech", "region", "wave")
CLASSIFYING_KINDS = ("single", "yesno")
IDENTIFYING_ROLES = ("id", "name")


class PeerDefinitionError(TranslatableError):
    """A peer definition that could single out firms, refused in one plain sentence."""


def dimension_of(survey, name: str) -> str:
    """The dimension `name` stands for (a built-in, or a classifying question's key); refused otherwise."""
    text = name.strip()
    if text.lower() in BUILT_IN:
        return text.lower()
    for role in (*BUILT_IN, *IDENTIFYING_ROLES, "weight"):
        column = survey.roles.get(role)
        if column is not None and fold(column) == fold(text):
            if role in IDENTIFYING_ROLES:
                raise PeerDefinitionError("peers.error.identifier", dimension=text)
            if role == "weight":
                raise PeerDefinitionError("peers.error.not_dimension", dimension=text)
            return role
    question = next((q for q in survey.questions if fold(q.key) == fold(text) or fold(q.label) == fold(text)), None)
    if question is None or question.kind not in CLASSIFYING_KINDS or len(question.columns) != 1:
        raise PeerDefinitionError("peers.error.not_dimension", dimension=text)
    if _names_firms(survey, question):
        raise PeerDefinitionError("peers.error.identifier", dimension=text)
    return question.key


def _names_firms(survey, question) -> bool:
    """A 'question' whose answers mostly differ from firm to firm is a name or an id in disguise."""
    codes = survey.choice_codes(question)
    answered = codes[codes >= 0]
    return answered.size > 1 and np.unique(answered).size * 2 > answered.size


def firms_with(survey, dimension: str, value: str, scheme: str) -> int:
    return int(filter_mask(survey, FilterSpec((Filter(dimension, (value,)),)), scheme).sum())


def validate_terms(survey, terms: tuple[tuple[str, str], ...], scheme: str = "eu") -> tuple[tuple[str, str], ...]:
    """The terms with their dimensions resolved; each named value must hold R1's number of firms."""
    checked = []
    for name, values in terms:
        dimension = dimension_of(survey, name)
        for value in (v.strip() for v in values.split("|")):
            if not value:
                raise InputError("error.peers.empty_value", name=name, values=values)
            count = firms_with(survey, dimension, value, scheme)
            if count < DEFAULT_MIN_PEERS:
                raise PeerDefinitionError("peers.error.small_value", dimension=name.strip(), value=value,
                                          count=count, minimum=DEFAULT_MIN_PEERS)
        checked.append((dimension, values))
    return tuple(checked)


def classifying_questions(survey) -> list[str]:
    """Keys of the single-choice questions that may define a peer group."""
    keys = []
    for question in survey.questions:
        if question.kind in CLASSIFYING_KINDS and len(question.columns) == 1 and not _names_firms(survey, question):
            keys.append(question.key)
    return keys
