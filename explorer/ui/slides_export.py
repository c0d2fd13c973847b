"""Export ▸ Slides: the current chart, the current view, or a whole deck as PowerPoint.

The slides themselves are made in explorer.report.slides (`spec` and `deck`), with the
figures the release module allows; here only what the window shows is gathered, through the
`AnalysisView` Protocol.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from explorer.ui.views.analysis_view import AnalysisView
    from explorer.ui.views.state import AnalysisState


def slides_for(scope: str, state: "AnalysisState", view: AnalysisView | None, source) -> list:
    """The slides of `scope`: "chart" (the one on screen), "view" (all of the view's) or "deck" (the survey's)."""
    from explorer.report.slides.deck import survey_slides
    from explorer.report.slides.spec import chart_slide, crosstab_slide

    if scope == "deck":
        split = view.current_split() if view is not None else None
        return survey_slides(state.survey, state.lang, by=split, scheme=state.scheme, filters=state.filters,
                             weighted=state.weighted, min_peers=state.min_peers, filter_text=state.filter_text)
    summaries = view.export_summaries()
    if scope == "chart":  # the chart last clicked, where a view shows several
        summaries = [s for s in summaries if s is getattr(source, "summary", source)] or summaries[:1]
    slides = [chart_slide(summary) for summary in summaries]
    if scope == "view" and view.objectName() == "crosstab" and summaries:
        slides.append(crosstab_slide(summaries[0], state.lang, state.min_peers, state.filter_text))
    return slides
