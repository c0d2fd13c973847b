"""Which questions of a survey are about relocating production, and which answer is the news.

Pure Python on the survey model (no Qt, no pandas): the overview asks it which questions to show.
A question is about relocating production when its label, key or answer options mention
reshoring, backshoring, nearshoring, offshoring, home-shoring or relocation, in Dutch or English
('productie verplaatsen', 'terughalen', 'terugkeren').
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from explorer.core.survey import Question, Survey

# Coming back home first: the overview is about reshoring; moving away is the contrast.
RETURN_WORDS = ("reshor", "re-shor", "backshor", "back-shor", "homeshor", "home-shor", "terughal",
                "terug te halen", "terugkeer", "terugker", "terug naar")
AWAY_WORDS = ("nearshor", "near-shor", "offshor", "off-shor", "relocat", "verplaats", "delocal")
MAIN_KINDS = ("yesno", "single")
SHOWN_KINDS = ("yesno", "single", "multi", "likert")
YES = {"ja", "yes", "y", "j", "true", "waar", "oui", "1"}
NO = {"nee", "neen", "no", "n", "false", "onwaar", "non", "0"}


def fold(text: object) -> str:
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    return " ".join(text.lower().replace("_", " ").split())


def _mentions(text: str, words: tuple[str, ...]) -> bool:
    folded = fold(text)
    return any(word in folded for word in words)


def relocation_score(question: "Question") -> int:
    """2: the question itself is about relocating; 1: only its answers mention it; 0: neither."""
    words = RETURN_WORDS + AWAY_WORDS
    if _mentions(question.label, words) or _mentions(question.key, words):
        return 2
    if any(_mentions(option, words) for option in question.options):
        return 1
    return 0


def relocation_questions(survey: "Survey") -> list["Question"]:
    """The questions about relocating production, the best candidate for the overview first.

    Best: a yes/no or single-choice question (one share to read), named after reshoring or
    backshoring rather than after moving away, in the survey's own order otherwise.
    """
    found = [q for q in survey.questions if q.kind in SHOWN_KINDS and q.options and relocation_score(q)]

    def rank(indexed: tuple[int, "Question"]) -> tuple:
        index, question = indexed
        returning = _mentions(question.label, RETURN_WORDS) or _mentions(question.key, RETURN_WORDS) or any(
            _mentions(o, RETURN_WORDS) for o in question.options)
        return (question.kind not in MAIN_KINDS, -relocation_score(question), not returning, index)

    return [q for _, q in sorted(enumerate(found), key=rank)]


def fallback_questions(survey: "Survey") -> list["Question"]:
    """Without a question about relocating: the yes/no and single-choice questions, in order."""
    return [q for q in survey.questions if q.kind in MAIN_KINDS and q.options]


def overview_questions(survey: "Survey") -> tuple[list["Question"], bool]:
    """(questions the overview offers, the main one first; whether they are about relocating)."""
    found = relocation_questions(survey)
    if found:
        return found, True
    return fallback_questions(survey), False


def focus_option(question: "Question") -> str | None:
    """The answer whose share the overview states: 'yes', or the answer that mentions coming back
    (reshoring), or moving (nearshoring, offshoring), or else the first answer that is not 'no'."""
    options = list(question.options)
    if not options:
        return None
    if question.kind == "yesno":
        return next((o for o in options if fold(o) in YES), options[0])
    for words in (RETURN_WORDS, AWAY_WORDS):
        for option in options:
            if _mentions(option, words):
                return option
    return next((o for o in options if fold(o) not in NO), options[0])
