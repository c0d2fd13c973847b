"""Bar charts of shares: single choice and yes/no (`ChoiceChart`), multi-select (`MultiChart`).

Horizontal bars on an axis that fits the figures (4 % bars are no slivers; `set_full_scale` or
the chart's "0–100 %" box gives the whole scale), long Dutch option labels readable on the left;
95 % Wilson intervals as dark whiskers, and each value label beyond its bar's end and whisker,
never on top of them.

Layouts:
- options: a row per answer option; one bar per group side by side (legend with n per group), or
  one bar (the total) when the summary is not split. Multi-select rows are sorted by the total.
- rows (yes/no split by a group): a row per group plus the total, the bar is the share of the
  first option ('yes'); n is written under each row label.
- stacked (single choice split into more groups than there are colours): a 100 % stacked bar per
  group, like the Likert chart but not diverging.
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
    MarkedBars,
    RowLabel,
    TextPool,
    configure_plot,
    is_suppressed,
    percent_ticks,
    set_error_bars,
)
from explorer.ui.charts.palette import MARK_NORMAL, MARK_TINY
from explorer.ui.charts.stacked import LABEL_MIN_PIXELS, StackedBars

MAX_SERIES = 6        # groups side by side; more would be unreadable (single choice then stacks)
BAND = 0.8            # share of a row taken by its bars
MAX_BAR_PIXELS = 40.0  # a bar is never drawn thicker than this (two options should not look like walls)
BAR_FILL = 0.9        # share of a bar's slot taken by the bar (a hairline between groups)
VALUE_LABEL_PIXELS = 11.0
AXIS_STEPS = (1, 2, 5, 10, 20)  # percent between ticks; the axis ends on a tick
LABEL_ROOM = 0.14   # beyond the axis end, as a share of the scale: room for "100%" after a whisker


def share_scale(extent: float, full: bool) -> tuple[int, int]:
    """(upper end, tick step) in percent of an axis showing bars up to `extent` percent: 0–100 % in
    steps of 20 when asked for or when the figures reach past 60 %, else the smallest axis that
    fits with at most six ticks (a 4 % bar on 0–5 %, not a sliver on 0–100 %)."""
    if full or extent > 60:
        return 100, 20
    for step in AXIS_STEPS:
        upper = step * max(1, -(-int(extent * 1.05 + 0.999) // step))
        if upper / step <= 6:
            return min(upper, 100), step
    return 100, 20


class _Bar:
    """What the hover says about one bar."""

    __slots__ = ("group", "option", "share", "ci", "count", "name", "mark", "suppressed")

    def __init__(self, group, option, name, mark, suppressed=False):
        self.group = group
        self.option = option
        self.share = group.shares.get(option, math.nan)
        self.ci = group.ci.get(option, (math.nan, math.nan))
        self.count = group.counts.get(option)
        self.name = name
        self.mark = mark
        self.suppressed = suppressed


class _SharesChart(ChartBase):
    """Bars with whiskers; the layouts are described in the module docstring."""

    sort_by_total = False
    axis_key = "chart.axis.share"

    def _build(self) -> None:
        plot = self._view.getPlotItem()
        configure_plot(plot, self._tick_font)
        plot.getViewBox().invertY(True)  # first row on top
        self._grid = GridLines(plot)
        self._grid.set_positions(range(10, 101, 10))
        bottom = plot.getAxis("bottom")
        bottom.setTicks(percent_ticks())
        plot.setXRange(-1.0, 100 * (1 + LABEL_ROOM), padding=0)
        self._scale = (100, 20)
        self._full_scale = False
        self._axis_title = ""
        self._plot = plot
        self._rows_axis = CategoryAxis(plot, self._tick_font)
        self._series: list[MarkedBars] = []
        self._whiskers = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), pen=palette.pen(palette.WHISKER, 2.0))
        self._whiskers.setZValue(11)
        plot.addItem(self._whiskers)
        self._separator = pg.InfiniteLine(pos=0.5, angle=0, pen=pg.mkPen(palette.AXIS, width=1,
                                                                         style=Qt.PenStyle.DashLine))
        self._separator.setVisible(False)
        plot.addItem(self._separator, ignoreBounds=True)
        self._values = TextPool(plot, self._label_font)
        self._stack = StackedBars(plot, self._values, self._hover)
        self._rows: int = 0
        self._mode = "options"
        plot.getViewBox().sigResized.connect(self._on_view_resized)

    # ---- what is drawn -----------------------------------------------------------------------------

    def mode(self) -> str:
        """'options', 'rows' or 'stacked' (see the module docstring)."""
        return self._mode

    def value_labels(self) -> list[tuple[float, float, str]]:
        return self._values.visible_texts()

    # ---- update --------------------------------------------------------------------------------------

    def set_full_scale(self, full: bool) -> None:
        """The whole 0–100 % scale (True) or an axis that fits the figures (False, the default)."""
        if bool(full) != self._full_scale:
            self._full_scale = bool(full)
            if self._summary is not None:
                self._hover.clear()
                self._update()
                self._flush_views()

    def full_scale(self) -> bool:
        return self._full_scale

    def _extent(self, groups, mode: str) -> float:
        """The largest bar end or whisker end drawn, in percent."""
        summary = self._summary
        if mode == "stacked":
            return 100.0
        if mode == "rows":
            rows, options = [summary.total, *groups], summary.options[:1]
        else:
            rows, options = (groups[:MAX_SERIES] if groups else [summary.total]), summary.options
        ends = [value for g in rows for o in options
                for value in (g.shares.get(o, math.nan), g.ci.get(o, (math.nan, math.nan))[1])]
        finite = [v for v in ends if math.isfinite(v)]
        return 100 * max(finite, default=1.0)

    def _set_scale(self, extent: float, mode: str) -> None:
        full = self._full_scale or mode == "stacked"
        current = self._scale[0]
        if not full and current < 100 and current * 0.4 <= extent * 1.05 <= current:
            return  # the axis still fits: a filter click keeps it (no new ticks, no relayout)
        upper, step = share_scale(extent, full)
        if (upper, step) == self._scale:
            return  # unchanged: no new ticks, no new range (a redraw stays one frame)
        self._scale = (upper, step)
        self._plot.getAxis("bottom").setTicks(percent_ticks(0, upper, step))
        self._grid.set_positions([v / 2 for v in range(step, 2 * upper + 1, step)])
        self._plot.setXRange(-upper * 0.01, upper * (1 + LABEL_ROOM), padding=0)

    def _update(self) -> None:
        summary = self._summary
        lang = self._lang
        groups = list(summary.groups)
        kind = summary.question.kind
        mode = "rows" if kind == "yesno" and groups else (
            "stacked" if kind in ("single", "yesno") and len(groups) > MAX_SERIES else "options")
        self._set_scale(self._extent(groups, mode), mode)
        self._values.begin()
        notes = [self._total_line()]
        self._mode = mode
        empty = summary.total.n == 0
        if mode == "stacked":
            marks = self._draw_stacked(groups)
        elif mode == "rows":
            marks = self._draw_rows(groups)
        else:
            marks, hidden = self._draw_options(groups)
            if hidden:
                names = ", ".join(f"{self._group_name(g)} ({self._n_label(g)})" for g in hidden)
                notes.append(texts.tr("chart.note.more_groups", lang, shown=MAX_SERIES,
                                      count=len(groups), hidden=names))
        self._values.end()
        self._show_empty(self._plot, empty, 50, (self._rows - 1) / 2 if self._rows else 0)
        if mode != "stacked":
            notes.append(texts.tr("chart.note.interval", lang))
        else:
            notes.append(texts.tr("chart.note.stacked", lang))
        if kind == "multi":
            notes.append(texts.tr("chart.note.multi", lang))
            if mode == "options":
                notes.append(texts.tr("chart.note.sorted", lang))
        notes.extend(self._mark_notes(marks))
        if summary.question.dont_know:
            notes.append(texts.tr("chart.note.dont_know", lang, answers=", ".join(summary.question.dont_know)))
        self._set_notes(notes)

    def _set_axis_title(self, text: str) -> None:
        if text != self._axis_title:
            self._axis_title = text
            self._plot.setLabel("bottom", html.escape(text), color=palette.MUTED_INK)

    def _set_rows(self, labels: list[RowLabel]) -> None:
        self._rows = len(labels)
        self._plot.setYRange(-0.5, max(self._rows, 1) - 0.5, padding=0)
        row_px = self._row_height_px(self._plot, self._rows, self._rows)
        self._rows_axis.set_rows([(float(i), label) for i, label in enumerate(labels)], self.width(), row_px)

    def _on_view_resized(self, *_args) -> None:
        if self._rows:
            self._rows_axis.relayout(self.width(), self._row_height_px(self._plot, self._rows, self._rows))

    def _series_item(self, index: int) -> MarkedBars:
        while len(self._series) <= index:
            self._series.append(MarkedBars(self._plot))
        bars = self._series[index]
        if not bars.is_visible():
            bars.set_visible(True)
        return bars

    def _hide_series_from(self, index: int) -> None:
        for bars in self._series[index:]:
            if bars.is_visible():
                bars.set_visible(False)

    def _set_whiskers(self, x, y, left, right, beam) -> None:
        arrays = {"x": np.asarray(x, dtype=float), "y": np.asarray(y, dtype=float),
                  "left": np.asarray(left, dtype=float), "right": np.asarray(right, dtype=float), "beam": beam}
        set_error_bars(self._whiskers, **arrays)

    def _bar_value_label(self, bar: _Bar, y: float, fill: str) -> None:
        """'42%' just beyond the bar's end and its whisker: never on the bar, never crossed by a line
        (the axis leaves room for it past its last tick)."""
        lang = self._lang
        gap = self._scale[0] * 0.012
        if bar.suppressed:
            self._values.add(gap, y, "c", palette.SUPPRESSED_INK, bold=True)
            return
        if not math.isfinite(bar.share):
            return
        share = bar.share * 100
        hi = bar.ci[1] * 100 if math.isfinite(bar.ci[1]) else share
        text = texts.format_percent(bar.share, lang)
        colour = palette.TINY_INK if bar.mark == MARK_TINY else palette.INK
        self._values.add(max(hi, share) + gap, y, text, colour)

    def _draw_options(self, groups) -> tuple[set[str], list]:
        summary = self._summary
        lang = self._lang
        self._stack.set_visible(False)
        self._separator.setVisible(False)
        options = list(summary.options)
        if self.sort_by_total:
            total = summary.total.shares
            order = sorted(range(len(options)),
                           key=lambda i: (-(total.get(options[i], math.nan)) if math.isfinite(
                               total.get(options[i], math.nan)) else math.inf, i))
            options = [options[i] for i in order]
        hidden = []
        if groups:
            series = groups
            if len(groups) > MAX_SERIES:
                keep = set(sorted(range(len(groups)), key=lambda i: (-groups[i].n, i))[:MAX_SERIES])
                series = [g for i, g in enumerate(groups) if i in keep]
                hidden = [g for i, g in enumerate(groups) if i not in keep]
        else:
            series = [summary.total]
        count = len(series)
        self._set_rows([RowLabel(summary.question.option_text(option)) for option in options])
        row_px = self._row_height_px(self._plot, len(options), len(options))
        slot = min(BAND / count, MAX_BAR_PIXELS / BAR_FILL / max(row_px, 1.0))
        height = slot * BAR_FILL
        show_values = row_px * height >= VALUE_LABEL_PIXELS
        marks = set()
        legend = []
        wx, wy, wl, wr = [], [], [], []
        self._series_keys = []
        rows = np.arange(len(options), dtype=float)
        for s, group in enumerate(series):
            colour = palette.series_colour(s)
            mark = self._mark(group.n)
            marks.add(mark)
            y = rows - slot * count / 2 + (s + 0.5) * slot
            shares = np.array([group.shares.get(o, math.nan) for o in options], dtype=float)
            suppressed = [is_suppressed(v, group.n) for v in shares]
            widths = np.nan_to_num(shares) * 100
            self._series_item(s).set(colour, mark, x0=0.0, width=widths, y=y, height=height)
            self._series_keys.append([(group.group, o, sup) for o, sup in zip(options, suppressed)])
            name = self._group_name(group)
            fill = palette.fill_for(colour, mark)
            if groups:
                legend.append((fill, f"{name} · {self._n_label(group)}"))
            for i, option in enumerate(options):
                bar = _Bar(group, option, name, mark, suppressed[i])
                share = shares[i]
                lo, hi = bar.ci
                if math.isfinite(share) and math.isfinite(lo) and math.isfinite(hi):
                    wx.append(share * 100)
                    wy.append(y[i])
                    wl.append(max(0.0, (share - lo) * 100))
                    wr.append(max(0.0, (hi - share) * 100))
                right = max(widths[i], hi * 100 if math.isfinite(hi) else 0.0, 3.0)
                self._hover.add(0.0, right + 1.0, y[i] - slot / 2, y[i] + slot / 2, bar)
                if show_values or bar.suppressed:
                    self._bar_value_label(bar, y[i], fill)
        self._hide_series_from(count)
        self._set_whiskers(wx, wy, wl, wr, beam=height * 0.45)
        self._set_legend(legend)
        key = "chart.axis.ticked" if self._summary.question.kind == "multi" else self.axis_key
        self._set_axis_title(texts.tr(key, lang))
        if not groups:
            marks.discard(MARK_NORMAL)
        return marks, hidden

    def _draw_rows(self, groups) -> set[str]:
        """Yes/no split by a group: the share of the first option per group, the total on top."""
        summary = self._summary
        lang = self._lang
        self._stack.set_visible(False)
        option = summary.options[0] if summary.options else ""
        rows = [summary.total] + list(groups)
        labels = [RowLabel(self._group_name(g), self._n_label(g)) for g in rows]
        self._set_rows(labels)
        self._separator.setVisible(True)
        row_px = self._row_height_px(self._plot, len(rows), len(rows))
        height = min(0.62, MAX_BAR_PIXELS / max(row_px, 1.0))
        show_values = row_px * height >= VALUE_LABEL_PIXELS
        colour = palette.series_colour(0)
        y = np.arange(len(rows), dtype=float)
        shares = np.array([g.shares.get(option, math.nan) for g in rows], dtype=float)
        marks_list = [self._mark(g.n) for g in rows]
        suppressed = [is_suppressed(v, g.n) for v, g in zip(shares, rows)]
        widths = np.nan_to_num(shares) * 100
        self._series_item(0).set(colour, marks_list, x0=0.0, width=widths, y=y, height=height)
        self._hide_series_from(1)
        self._series_keys = [[(g.group, option, sup) for g, sup in zip(rows, suppressed)]]
        wx, wy, wl, wr = [], [], [], []
        for i, group in enumerate(rows):
            bar = _Bar(group, option, self._group_name(group), marks_list[i], suppressed[i])
            lo, hi = bar.ci
            if math.isfinite(shares[i]) and math.isfinite(lo) and math.isfinite(hi):
                wx.append(shares[i] * 100)
                wy.append(y[i])
                wl.append(max(0.0, (shares[i] - lo) * 100))
                wr.append(max(0.0, (hi - shares[i]) * 100))
            right = max(widths[i], hi * 100 if math.isfinite(hi) else 0.0, 3.0)
            self._hover.add(0.0, right + 1.0, y[i] - max(height, 0.45) / 2, y[i] + max(height, 0.45) / 2, bar)
            if show_values or bar.suppressed:
                self._bar_value_label(bar, y[i], palette.fill_for(colour, marks_list[i]))
        self._set_whiskers(wx, wy, wl, wr, beam=height * 0.45)
        self._set_legend([])
        self._set_axis_title(texts.tr("chart.axis.option", lang, option=summary.question.option_text(option)))
        return set(marks_list)

    def _draw_stacked(self, groups) -> set[str]:
        summary = self._summary
        lang = self._lang
        self._hide_series_from(0)
        self._set_whiskers([], [], [], [], beam=0)
        rows = [summary.total] + list(groups)
        self._set_rows([RowLabel(self._group_name(g), self._n_label(g)) for g in rows])
        self._separator.setVisible(True)
        options = list(summary.options)
        widths = np.array([[g.shares.get(o, math.nan) for o in options] for g in rows], dtype=float) * 100
        suppressed = [g.n > 0 and not np.all(np.isfinite(widths[r])) for r, g in enumerate(rows)]
        marks = [self._mark(g.n) for g in rows]
        colours = palette.category_colours(len(options))
        row_px = self._row_height_px(self._plot, len(rows), len(rows))
        height = min(0.7, MAX_BAR_PIXELS * 1.2 / max(row_px, 1.0))
        self._stack.set_visible(True)

        def payload(r: int, level: int) -> _Bar:
            return _Bar(rows[r], options[level], self._group_name(rows[r]), marks[r])

        self._stack.update(y=np.arange(len(rows), dtype=float), widths=widths, colours=colours, marks=marks,
                           suppressed=suppressed, height=height, diverging=False,
                           show_labels=row_px * height >= LABEL_MIN_PIXELS, lang=lang, payload=payload)
        for r, sup in enumerate(suppressed):
            if sup:
                self._values.add(1.0, float(r), "c", palette.SUPPRESSED_INK, bold=True)
        self._set_legend([(colour, summary.question.option_text(o)) for colour, o in zip(colours, options)])
        self._set_axis_title(texts.tr("chart.axis.share", lang))
        return set(marks)

    # ---- hover ---------------------------------------------------------------------------------------

    def _tooltip(self, bar: _Bar) -> str:
        lang = self._lang
        group = bar.group
        lines = [f"<b>{html.escape(bar.name)}</b>"]
        if bar.suppressed:
            lines.append(html.escape(texts.tr("tip.suppressed", lang)))
        else:
            share = texts.format_percent(bar.share, lang)
            option = self._summary.question.option_text(bar.option)
            lines.append(html.escape(texts.tr("tip.share", lang, option=option, share=share)))
            lo, hi = bar.ci
            if math.isfinite(lo) and math.isfinite(hi):
                lines.append(html.escape(texts.tr("tip.interval", lang, low=texts.format_percent(lo, lang, texts.percent_decimals(bar.share)),
                                                  high=texts.format_percent(hi, lang, texts.percent_decimals(bar.share)))))
            if bar.count is not None and not self._export_mode:
                lines.append(html.escape(texts.tr("tip.count", lang, count=texts.format_count(bar.count, lang),
                                                  n=texts.format_count(group.n, lang))))
        lines.append(html.escape(self._n_label(group)))
        if bar.mark == MARK_TINY:
            lines.append(html.escape(texts.tr("tip.tiny", lang, min_n=self._min_n)))
        elif bar.mark == "small":
            lines.append(html.escape(texts.tr("tip.small", lang, small_n=self._small_n)))
        return "<br>".join(lines)


class ChoiceChart(_SharesChart):
    """Single choice and yes/no: a bar per option (per group), 95 % interval whiskers."""

    kinds = ("single", "yesno")


class MultiChart(_SharesChart):
    """Multi-select: the share of respondents who ticked each option, sorted, with whiskers."""

    kinds = ("multi",)
    sort_by_total = True
    axis_key = "chart.axis.ticked"
