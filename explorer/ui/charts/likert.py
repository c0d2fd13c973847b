"""Likert questions as diverging stacked bars: disagreement left of 0, agreement right, neutral centred.

One bar for the total and one per group. The axis runs from 100 % disagreement to 100 %
agreement (fixed), the tick labels are absolute percentages. Answers outside the scale ("weet
niet") are not in the base, which the notes say.
"""

from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from explorer.ui.charts import palette, texts
from explorer.ui.charts.base import (
    CategoryAxis,
    ChartBase,
    GridLines,
    RowLabel,
    TextPool,
    configure_plot,
    percent_ticks,
)
from explorer.ui.charts.palette import MARK_SMALL, MARK_TINY
from explorer.ui.charts.stacked import LABEL_MIN_PIXELS, StackedBars

BAR_HEIGHT = 0.68
MAX_BAR_PIXELS = 52.0


class _Segment:
    __slots__ = ("group", "option", "name", "mark")

    def __init__(self, group, option, name, mark):
        self.group = group
        self.option = option
        self.name = name
        self.mark = mark


class LikertChart(ChartBase):
    """Diverging stacked horizontal bars, one per group (and the total)."""

    kinds = ("likert",)

    def _build(self) -> None:
        plot = self._view.getPlotItem()
        configure_plot(plot, self._tick_font)
        plot.getViewBox().invertY(True)
        GridLines(plot).set_positions([v for v in range(-100, 101, 25) if v])
        plot.getAxis("bottom").setTicks(percent_ticks(-100, 100, 50, absolute=True))
        plot.setXRange(-101, 101, padding=0)
        self._plot = plot
        self._axis_title = ""
        self._rows_axis = CategoryAxis(plot, self._tick_font)
        self._labels = TextPool(plot, self._label_font)
        self._stack = StackedBars(plot, self._labels, self._hover)
        self._zero = pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen(palette.INK, width=1))
        self._zero.setZValue(8)
        plot.addItem(self._zero, ignoreBounds=True)
        self._separator = pg.InfiniteLine(pos=0.5, angle=0, pen=pg.mkPen(palette.AXIS, width=1,
                                                                         style=Qt.PenStyle.DashLine))
        self._separator.setVisible(False)
        plot.addItem(self._separator, ignoreBounds=True)
        self._rows = 0
        self._row_marks: list[str] = []
        plot.getViewBox().sigResized.connect(self._on_view_resized)

    def value_labels(self) -> list[tuple[float, float, str]]:
        return self._labels.visible_texts()

    def _update(self) -> None:
        summary = self._summary
        rows = [summary.total] + list(summary.groups) if summary.groups else [summary.total]
        labels = [RowLabel(self._group_name(g), self._n_label(g)) for g in rows]
        names = [self._group_name(g) for g in rows]
        options = list(summary.options)
        self._draw_rows(rows, labels, names, options, empty=summary.total.n == 0, separated=len(rows) > 1,
                        shown=[summary.question.option_text(o) for o in options])
        notes = [self._total_line()]
        if summary.question.dont_know:
            notes.append(texts.tr("chart.note.dont_know", self._lang, answers=", ".join(summary.question.dont_know)))
        notes.extend(self._mark_notes(set(self._row_marks)))
        self._set_notes(notes)

    def _draw_rows(self, rows: list, labels: list[RowLabel], names: list[str], options: list[str], *,
                   empty: bool, separated: bool, shown: list[str] | None = None) -> None:
        """One diverging bar per row (GroupResults: their shares of `options`), the rows' labels on
        the left, the legend and the axis title (options as `shown`, the user's labels, when given);
        a dashed line under the first row when `separated`."""
        lang = self._lang
        self._rows = len(rows)
        plot = self._plot
        plot.setYRange(-0.5, len(rows) - 0.5, padding=0)
        row_px = self._row_height_px(plot, len(rows), len(rows))
        self._rows_axis.set_rows([(float(i), label) for i, label in enumerate(labels)], self.width(), row_px)
        self._separator.setVisible(separated)

        widths = np.array([[g.shares.get(o, math.nan) for o in options] for g in rows], dtype=float) * 100
        suppressed = [g.n > 0 and not np.all(np.isfinite(widths[r])) for r, g in enumerate(rows)]
        marks = [self._mark(g.n) for g in rows]
        self._row_marks = marks
        colours = palette.likert_colours(len(options))

        def payload(r: int, level: int) -> _Segment:
            return _Segment(rows[r], options[level], names[r], marks[r])

        self._labels.begin()
        height = min(BAR_HEIGHT, MAX_BAR_PIXELS / max(row_px, 1.0))
        self._stack.update(y=np.arange(len(rows), dtype=float), widths=widths, colours=colours, marks=marks,
                           suppressed=suppressed, height=height, diverging=True,
                           show_labels=row_px * height >= LABEL_MIN_PIXELS, lang=lang, payload=payload)
        for r, sup in enumerate(suppressed):
            if sup:
                self._labels.add(0.0, float(r), "c", palette.SUPPRESSED_INK, anchor=(0.5, 0.5), bold=True)
        self._labels.end()
        self._show_empty(plot, empty, 0, (len(rows) - 1) / 2)

        shown = shown or options
        self._set_legend(list(zip(colours, shown)))
        if options:
            title = texts.tr("chart.axis.likert", lang, negative=html.escape(shown[0]),
                             positive=html.escape(shown[-1]))
            title = title.replace("      ", "&nbsp;" * 24)  # apart, either side of the centre line
        else:
            title = ""
        if title != self._axis_title:
            self._axis_title = title
            plot.setLabel("bottom", title, color=palette.MUTED_INK)

    def _on_view_resized(self, *_args) -> None:
        if self._rows:
            self._rows_axis.relayout(self.width(), self._row_height_px(self._plot, self._rows, self._rows))

    def _tooltip(self, segment: _Segment) -> str:
        lang = self._lang
        group = segment.group
        share = group.shares.get(segment.option, math.nan)
        lo, hi = group.ci.get(segment.option, (math.nan, math.nan))
        lines = [f"<b>{html.escape(segment.name)}</b>",
                 html.escape(texts.tr("tip.share", lang, option=self._summary.question.option_text(segment.option),
                                      share=texts.format_percent(share, lang)))]
        if math.isfinite(lo) and math.isfinite(hi):
            lines.append(html.escape(texts.tr("tip.interval", lang, low=texts.format_percent(lo, lang, texts.percent_decimals(share)),
                                              high=texts.format_percent(hi, lang, texts.percent_decimals(share)))))
        count = group.counts.get(segment.option)
        if count is not None and not self._export_mode:
            lines.append(html.escape(texts.tr("tip.count", lang, count=texts.format_count(count, lang),
                                              n=texts.format_count(group.n, lang))))
        lines.append(html.escape(self._n_label(group)))
        if segment.mark == MARK_TINY:
            lines.append(html.escape(texts.tr("tip.tiny", lang, min_n=self._min_n)))
        elif segment.mark == MARK_SMALL:
            lines.append(html.escape(texts.tr("tip.small", lang, small_n=self._small_n)))
        return "<br>".join(lines)

    def preferred_export_size(self) -> tuple[int, int]:
        rows = self._rows or 1
        return 1000, int(max(480, min(1400, 260 + rows * 44)))
