"""A whole deck for one selection: an overview slide, every question's chart, and the crosstabs.

Used by `survey-explorer slides` and by the window's Export ▸ Slides, so both give the same deck.
"""

from __future__ import annotations

from pathlib import Path

from explorer.core.formatting import format_count
from explorer.core.i18n import tr
from explorer.report.slides.powerpoint import deck_bytes
from explorer.report.slides.spec import SlideSpec, chart_slide, crosstab_slide


def survey_slides(survey, lang: str, keys: list[str] | None = None, by: str | None = None, scheme: str = "eu",
                  filters=None, weighted: bool = False, min_peers: int | None = None, filter_text: str = "",
                  crosstabs: bool = True) -> list[SlideSpec]:
    """The slides of `keys` (every question with figures when None) for the filtered firms."""
    from explorer.core.survey import FilterSpec, summarize

    filters = filters or FilterSpec()
    questions = [survey.question(key) for key in keys] if keys else [q for q in survey.questions if q.kind != "text"]
    summaries = [summarize(survey, q.key, by=None, scheme=scheme, filters=filters, weighted=weighted, question=q)
                 for q in questions]
    if not summaries:
        return []
    first = summaries[0]
    selection = filter_text or " · ".join(filters.to_texts()) or tr("export.filter.all", lang)
    overview = SlideSpec(tr("slides.overview.title", lang, file=Path(survey.table.path).name), lines=(
        tr("export.filter", lang, filter=selection),
        tr("slides.overview.firms", lang, selected=format_count(first.firms_selected, lang),
           total=format_count(first.firms_total, lang)),
        tr("slides.overview.questions", lang, count=len(summaries)),
    ))
    slides = [overview, *(chart_slide(s) for s in summaries)]
    if by and crosstabs:
        for question in questions:
            if question.key == by:
                continue
            split = summarize(survey, question.key, by=by, scheme=scheme, filters=filters, weighted=weighted,
                              question=question)
            slides.append(chart_slide(split))
            slides.append(crosstab_slide(split, lang, min_peers, filter_text))
    return slides


def require_deck(path: Path, slides: list[SlideSpec]) -> None:
    """A deck can be written to `path`: checked before its groups are recorded in the register, so a
    wrong suffix or an empty deck releases nothing."""
    from explorer.core.errors import InputError

    if Path(path).suffix.lower() != ".pptx":
        raise InputError("slides.suffix")
    if not slides:
        raise InputError("slides.nothing")


def write_deck(path: Path, slides: list[SlideSpec], lang: str, min_peers: int | None = None,
               filter_text: str = "") -> None:
    from explorer.core.atomic import write_atomically

    require_deck(path, slides)
    write_atomically(path, deck_bytes(slides, lang, min_peers, filter_text))
