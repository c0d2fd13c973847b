"""The one call into core that turns an `AnalysisState` plus a question and a split into the figures
a view shows (a `Summary` and histogram, the count of text answers, or why nothing can be shown).

Core is imported inside the functions: nothing here imports pandas before a survey is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from explorer.core.i18n import tr

if TYPE_CHECKING:
    from explorer.core.survey import Question, Summary
    from explorer.ui.views.state import AnalysisState


@dataclass(frozen=True)
class Figures:
    """What a view shows for one question: the summary (and histogram), or the text answers, or
    the reason why nothing can be shown."""

    summary: "Summary | None" = None
    histogram: object | None = None
    text_answers: tuple[int, int] | None = None   # (answered, firms selected) of a text question
    problem: str | None = None


def compute_key(state: "AnalysisState", key: str | None, by: str | None) -> tuple:
    """What the figures depend on; language and thresholds only change their labels."""
    return (id(state.survey), state.filters, state.scheme, state.weighted, key, by)


def figures_for(state: "AnalysisState", key: str, by: str | None = None, histogram: bool = True) -> Figures:
    """summarize() for the state's selection (and the histogram of a numeric question)."""
    from explorer.core.errors import InputError
    from explorer.core.survey import summarize

    survey = state.survey
    try:
        question = survey.question(key)
        if question.kind == "text":
            return Figures(text_answers=text_answer_count(state, question))
        summary = summarize(survey, key, by=by, scheme=state.scheme, filters=state.filters,
                            weighted=state.weighted, question=question)
        hist = None
        if histogram and question.kind == "numeric":
            from explorer.core.survey.distribution import summary_histogram

            hist = summary_histogram(survey, summary)
        return Figures(summary=summary, histogram=hist)
    except InputError as exc:
        return Figures(problem=tr("views.problem", state.lang, reason=exc.text(state.lang)))


def text_answer_count(state: "AnalysisState", question: "Question") -> tuple[int, int]:
    """(firms that wrote something, firms selected) for a free-text question."""
    from explorer.core.survey.distribution import text_answers

    return text_answers(state.survey, question, state.filters, state.scheme)
