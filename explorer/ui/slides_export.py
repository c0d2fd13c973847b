"""Export ▸ Slides: the current chart, the current view, or a whole deck as PowerPoint.

The slides themselves are made in explorer.report.slides (`spec` and `deck`), with the
figures the release module allows; here only what the window shows is gathered.
"""

from __future__ import annotations

SCOPES = ("chart", "view", "deck")


def summaries_of_view(view, source) -> list:
    """The summaries a view shows: every panel of the overview, else the one chart or table."""
    if hasattr(view, "export_summaries"):
        return list(view.export_summaries())
    summary = source if hasattr(source, "question") and hasattr(source, "total") else getattr(source, "summary", None)
    return [summary] if summary is not None else []


def slides_for(scope: str, workspace, view, source, lang: str) -> list:
    from explorer.report.slides.deck import survey_slides
    from explorer.report.slides.spec import chart_slide, crosstab_slide

    state = workspace.state
    if scope == "deck":
        split = view.current_split() if hasattr(view, "current_split") else None
        return survey_slides(workspace.survey, lang, by=split, scheme=state.scheme, filters=state.filters,
                             weighted=state.weighted, min_peers=state.min_peers, filter_text=state.filter_text)
    summaries = summaries_of_view(view, source)
    if scope == "chart":
        summaries = summaries[:1] if not hasattr(view, "export_summaries") else [
            s for s in summaries if s is getattr(source, "summary", None)] or summaries[:1]
    slides = [chart_slide(summary) for summary in summaries]
    if scope == "view" and getattr(view, "objectName", lambda: "")() == "crosstab" and summaries:
        slides.append(crosstab_slide(summaries[0], lang, state.min_peers, state.filter_text))
    return slides
