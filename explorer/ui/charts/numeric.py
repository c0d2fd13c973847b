"""Numeric questions: a histogram of the selected firms' answers above a box per group.

The histogram comes from `explorer.core.survey.distribution.summary_histogram` (bins fixed on
round numbers over all firms, so they stay put while filtering); the boxes are the summary's
quartiles (Q1, median, Q3) for the total and each group. Deliberately no whiskers to the minimum
and maximum: those are individual firms' values (DESIGN.md R3).
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
    HoverIndex,
    MarkedBars,
    RowLabel,
    TextPool,
    configure_plot,
    set_error_bars,
)
from explorer.ui.charts.palette import MARK_SMALL, MARK_TINY

BOX_HEIGHT = 0.56
MAX_BOX_PIXELS = 40.0
BOX_COLOUR = palette.OKABE_ITO["sky_blue"]
HIST_COLOUR = palette.OKABE_ITO["blue"]


class ValueAxis(pg.AxisItem):
    """A value axis whose numbers follow the language (decimal comma in Dutch)."""

    lang = "nl"

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (Qt-style override)
        return [texts.format_number(v * scale, self.lang) for v in values]


class _Bin:
    __slots__ = ("index",)

    def __init__(self, index: int):
        self.index = index


class _Box:
    __slots__ = ("group", "name", "mark", "suppressed")

    def __init__(self, group, name, mark, suppressed):
        self.group = group
        self.name = name
        self.mark = mark
        self.suppressed = suppressed


def nice_ceiling(percent: float) -> float:
    """The top of the histogram's percent axis: 10, 15, 20, 25, 30, 40, … 100."""
    if not math.isfinite(percent) or percent <= 10:
        return 10.0
    if percent <= 30:
        return float(math.ceil(percent / 5) * 5)
    return float(min(100, math.ceil(percent / 10) * 10))


class NumericChart(ChartBase):
    """Histogram of the filtered firms' values plus a Q1–median–Q3 box per group."""

    kinds = ("numeric",)

    def _make_view(self) -> pg.GraphicsView:
        view = pg.GraphicsLayoutWidget()
        view.setBackground(palette.BACKGROUND)
        return view

    def _plots(self) -> list[pg.PlotItem]:
        return [self._hist_plot, self._box_plot]

    def _build(self) -> None:
        layout = self._view.ci
        layout.setSpacing(2)
        self._hist_axis = ValueAxis("bottom")
        self._box_axis = ValueAxis("bottom")
        self._hist_plot = layout.addPlot(row=0, col=0, axisItems={"bottom": self._hist_axis})
        self._box_plot = layout.addPlot(row=1, col=0, axisItems={"bottom": self._box_axis})
        layout.layout.setRowStretchFactor(0, 3)
        layout.layout.setRowStretchFactor(1, 2)
        for plot in self._plots():
            configure_plot(plot, self._tick_font)
        self._hist_grid = GridLines(self._hist_plot, angle=0)
        self._hist_plot.getAxis("bottom").setStyle(showValues=False)
        self._box_plot.getViewBox().invertY(True)
        self._box_hover = HoverIndex()
        self._hist_hover = self._hover

        self._hist_bars = MarkedBars(self._hist_plot, pen=palette.pen(palette.BACKGROUND, 1.0))
        self._box_bars = MarkedBars(self._box_plot, pen=palette.pen(palette.INK, 1.0))
        self._boxes = self._box_bars.fill
        self._medians = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), pen=palette.pen(palette.INK, 2.6))
        self._medians.setZValue(10)
        self._box_plot.addItem(self._medians)
        self._separator = pg.InfiniteLine(pos=0.5, angle=0, pen=pg.mkPen(palette.AXIS, width=1,
                                                                         style=Qt.PenStyle.DashLine))
        self._box_plot.addItem(self._separator, ignoreBounds=True)
        self._hist_labels = TextPool(self._hist_plot, self._label_font)
        self._box_labels = TextPool(self._box_plot, self._label_font)
        self._rows_axis = CategoryAxis(self._box_plot, self._tick_font)
        self._hist_title = ""
        self._hist_ticks: list = []
        self._hist_axis_width = 0
        self._box_stretch = 0
        self._value_title = ""
        self._rows = 0
        self._box_groups: list = []
        self._edges = np.zeros(0)
        self._box_plot.getViewBox().sigResized.connect(self._on_view_resized)

    # ---- public ------------------------------------------------------------------------------------

    def set_summary(self, summary, lang: str = "nl", histogram=None) -> None:
        """Show a numeric `summary`; `histogram` is `distribution.summary_histogram(survey, summary)`."""
        self._histogram = histogram
        super().set_summary(summary, lang)

    def value_labels(self) -> list[tuple[float, float, str]]:
        return self._box_labels.visible_texts() + self._hist_labels.visible_texts()

    def preferred_export_size(self) -> tuple[int, int]:
        rows = self._rows or 1
        return 1000, int(max(620, min(1400, 520 + rows * 34)))

    # ---- update ------------------------------------------------------------------------------------

    def _update(self) -> None:
        summary = self._summary
        lang = self._lang
        self._hist_axis.lang = self._box_axis.lang = lang
        self._hist_axis.picture = None  # tick strings depend on the language
        self._box_axis.picture = None
        rows = [summary.total] + list(summary.groups)
        self._rows = len(rows)
        # Steady while filtering: 2 parts (of 8) without a split, else room for up to 4 groups and
        # the total before the box plot grows. Changing it re-lays out both plots, so only when
        # needed, and at once (the box heights below depend on it).
        stretch = 2 if not summary.by else int(min(12, max(5, len(rows))))
        if stretch != self._box_stretch:
            self._box_stretch = stretch
            layout = self._view.ci.layout
            layout.setRowStretchFactor(0, 6)
            layout.setRowStretchFactor(1, stretch)
            layout.activate()
        marks = [self._mark(g.n) for g in rows]
        suppressed = [g.numeric is None or (g.n > 0 and not math.isfinite(g.numeric.median)) for g in rows]
        histogram = self._histogram
        x_lo, x_hi = self._x_range(histogram, rows)
        self._hist_plot.setXRange(x_lo, x_hi, padding=0)
        self._box_plot.setXRange(x_lo, x_hi, padding=0)
        self._draw_histogram(histogram, marks[0])
        self._draw_boxes(rows, marks, suppressed, x_hi - x_lo)
        notes = [self._total_line(), texts.tr("chart.note.box", lang)]
        if histogram is None:
            notes.append(texts.tr("chart.note.no_histogram", lang))
        notes.extend(self._mark_notes(set(marks)))
        self._set_notes(notes)
        self._set_legend([])

    def _x_range(self, histogram, rows) -> tuple[float, float]:
        if histogram is not None and histogram.edges.size >= 2:
            lo, hi = float(histogram.edges[0]), float(histogram.edges[-1])
            pad = (hi - lo) * 0.012  # a median on the first edge stays clear of the axis
            return lo - pad, hi + pad
        values = [v for g in rows if g.numeric is not None
                  for v in (g.numeric.q1, g.numeric.q3) if v is not None and math.isfinite(v)]
        if not values:
            return 0.0, 1.0
        lo, hi = min(values), max(values)
        pad = (hi - lo) * 0.1 or 1.0
        return lo - pad, hi + pad

    def _draw_histogram(self, histogram, mark: str) -> None:
        lang = self._lang
        plot = self._hist_plot
        self._hist_hover.clear()
        self._hist_labels.begin()
        if histogram is None or histogram.n == 0:
            self._hist_bars.set(HIST_COLOUR, mark, x0=np.zeros(0), width=np.zeros(0), height=np.zeros(0), y0=0.0)
            top = 10.0
        else:
            edges = np.asarray(histogram.edges, dtype=float)
            shares = np.asarray(histogram.shares, dtype=float) * 100
            suppressed = ~np.isfinite(shares)
            heights = np.where(suppressed, 0.0, shares)
            self._edges = edges
            self._hist_bars.set(HIST_COLOUR, mark, x0=edges[:-1], width=np.diff(edges), height=heights, y0=0.0)
            top = nice_ceiling(float(np.max(heights)) * 1.08 if heights.size else 0.0)
            for i in range(heights.size):
                self._hist_hover.add(edges[i], edges[i + 1], 0.0, max(heights[i], top * 0.04), _Bin(i))
                if suppressed[i]:
                    self._hist_labels.add((edges[i] + edges[i + 1]) / 2, 0.0, "c", palette.SUPPRESSED_INK,
                                          anchor=(0.5, 1.0), bold=True)
        self._hist_labels.end()
        plot.setYRange(0, top, padding=0)
        step = 5 if top <= 25 else (10 if top <= 60 else 20)
        ticks = [(float(v), f"{v}%" if v else "0") for v in range(0, int(top) + 1, step)]
        if ticks != self._hist_ticks:
            self._hist_ticks = ticks
            plot.getAxis("left").setTicks([ticks, []])
            self._hist_grid.set_positions([v for v, _ in ticks if v])
        title = texts.tr("chart.axis.bins", lang)
        if title != self._hist_title:
            self._hist_title = title
            plot.setLabel("left", "")
            plot.setTitle(html.escape(title), color=palette.MUTED_INK, size=f"{self._label_font.pointSizeF():.0f}pt",
                          justify="left")

    def _draw_boxes(self, rows, marks, suppressed, span: float) -> None:
        lang = self._lang
        plot = self._box_plot
        plot.setYRange(-0.5, len(rows) - 0.5, padding=0)
        row_px = self._row_height_px(plot, len(rows), len(rows))
        height = min(BOX_HEIGHT, MAX_BOX_PIXELS / max(row_px, 1.0))
        labels = [RowLabel(self._group_name(g), self._n_label(g)) for g in rows]
        self._rows_axis.set_rows([(float(i), label) for i, label in enumerate(labels)], self.width(), row_px)
        self._match_axis_widths()
        self._separator.setVisible(len(rows) > 1)
        self._box_hover.clear()
        self._box_labels.begin()
        x0, width, ys, medians, box_marks = [], [], [], [], []
        self._box_groups = []
        for r, group in enumerate(rows):
            summary = group.numeric
            if suppressed[r]:
                if group.n > 0:
                    self._box_labels.add(plot.viewRange()[0][0] + span * 0.01, float(r), "c",
                                         palette.SUPPRESSED_INK, bold=True)
                continue
            if summary is None or summary.n == 0 or not math.isfinite(summary.q1):
                continue
            x0.append(summary.q1)
            width.append(summary.q3 - summary.q1)
            ys.append(float(r))
            medians.append(summary.median)
            self._box_groups.append(group)
            box_marks.append(marks[r])
            self._box_hover.add(summary.q1 - span * 0.01, summary.q3 + span * 0.01, r - height / 2,
                                r + height / 2, _Box(group, labels[r].text, marks[r], False))
            if row_px * height >= 11:
                self._box_labels.add(summary.q3 + span * 0.012, float(r), texts.format_number(summary.median, lang),
                                     palette.TINY_INK if marks[r] == MARK_TINY else palette.INK)
        self._box_labels.end()
        self._box_bars.set(BOX_COLOUR, box_marks, x0=np.asarray(x0, dtype=float),
                           width=np.asarray(width, dtype=float), y=np.asarray(ys, dtype=float), height=height)
        set_error_bars(self._medians, x=np.asarray(medians, dtype=float), y=np.asarray(ys, dtype=float),
                              height=height, beam=0.0)
        title = texts.tr("chart.axis.value", lang)
        if title != self._value_title:
            self._value_title = title
            plot.setLabel("bottom", html.escape(title), color=palette.MUTED_INK)

    def _match_axis_widths(self) -> None:
        """The histogram's left axis as wide as the box plot's, so both x axes line up."""
        width = self._rows_axis.width
        if width != self._hist_axis_width:
            self._hist_axis_width = width
            self._hist_plot.getAxis("left").setWidth(width)

    def _on_view_resized(self, *_args) -> None:
        if self._rows:
            self._rows_axis.relayout(self.width(), self._row_height_px(self._box_plot, self._rows, self._rows))
            self._match_axis_widths()

    # ---- hover -------------------------------------------------------------------------------------

    def _find(self, plot: int, x: float, y: float):
        return self._hist_hover.find(x, y) if plot == 0 else self._box_hover.find(x, y)

    def _tooltip(self, payload) -> str:
        lang = self._lang
        if isinstance(payload, _Bin):
            histogram = self._histogram
            i = payload.index
            share = texts.format_percent(float(histogram.shares[i]), lang) \
                if math.isfinite(histogram.shares[i]) else "c"
            lines = [html.escape(texts.tr("tip.bin", lang, low=texts.format_number(histogram.edges[i], lang),
                                          high=texts.format_number(histogram.edges[i + 1], lang), share=share))]
            if not self._export_mode:
                lines.append(html.escape(texts.tr("tip.count", lang,
                                                  count=texts.format_count(int(histogram.counts[i]), lang),
                                                  n=texts.format_count(histogram.n, lang))))
            return "<br>".join(lines)
        group = payload.group
        summary = group.numeric
        lines = [f"<b>{html.escape(payload.name)}</b>",
                 html.escape(texts.tr("tip.quartiles", lang, q1=texts.format_number(summary.q1, lang),
                                      median=texts.format_number(summary.median, lang),
                                      q3=texts.format_number(summary.q3, lang)))]
        if math.isfinite(summary.mean):
            lines.append(html.escape(texts.tr("tip.mean", lang, mean=texts.format_number(summary.mean, lang))))
        if math.isfinite(summary.sd):
            lines.append(html.escape(texts.tr("tip.sd", lang, sd=texts.format_number(summary.sd, lang))))
        lines.append(html.escape(self._n_label(group)))
        if payload.mark == MARK_TINY:
            lines.append(html.escape(texts.tr("tip.tiny", lang, min_n=self._min_n)))
        elif payload.mark == MARK_SMALL:
            lines.append(html.escape(texts.tr("tip.small", lang, small_n=self._small_n)))
        return "<br>".join(lines)
