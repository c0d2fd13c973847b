"""A grid of statements as one diverging chart: a bar per statement, disagreement left of 0,
agreement right, in the grid's order or most agreed first.

The bars are the Likert chart's (`LikertChart._draw_rows`); a row is a statement, labelled with
its words, n, the top-box share and the mean score.
"""

from __future__ import annotations

from explorer.ui.charts import texts
from explorer.ui.charts.base import RowLabel
from explorer.ui.charts.likert import LikertChart


class GridChart(LikertChart):
    """`set_grid(grid_summary, lang, by_agreement)` is the one way in (not `set_summary`)."""

    kinds = ("grid",)

    def set_grid(self, grid_summary, lang: str = "nl", by_agreement: bool = False) -> None:
        self._by_agreement = by_agreement
        self._summary = grid_summary
        self._lang = lang if lang in ("nl", "en") else texts.FALLBACK
        self._set_label(self._title, grid_summary.grid.label)
        self._hover.clear()
        self._update()
        self._flush_views()

    def statements(self) -> tuple:
        summary = self._summary
        if summary is None:
            return ()
        return summary.by_agreement() if getattr(self, "_by_agreement", False) else summary.statements

    def _update(self) -> None:
        summary = self._summary
        statements = self.statements()
        rows = [s.summary.total for s in statements]
        labels = [RowLabel(s.text, self._statement_figures(s)) for s in statements]
        self._draw_rows(rows, labels, [s.text for s in statements], list(summary.options),
                        empty=all(s.n == 0 for s in statements), separated=False)
        lang = self._lang
        notes = [texts.tr("grid.note.top", lang, name=top_name(summary.grid, lang),
                          top=" + ".join(summary.grid.top_options), points=len(summary.options))]
        notes.extend(self._mark_notes(set(self._row_marks)))
        self._set_notes(notes)

    def _statement_figures(self, statement) -> str:
        lang = self._lang
        parts = [self._n_label(statement.summary.total)]
        if statement.n:
            parts.append(texts.tr("grid.top", lang, name=top_name(self._summary.grid, lang),
                                  share=texts.format_percent(statement.top, lang)))
            parts.append(texts.tr("grid.mean", lang, mean=texts.format_number(statement.mean, lang, 1)))
        return " · ".join(parts)


def top_name(grid, lang: str) -> str:
    """'Top-2' (or 'Top-1' on a scale of three points or fewer)."""
    return texts.tr("export.grid.top" if len(grid.top_options) > 1 else "export.grid.top1", lang)
