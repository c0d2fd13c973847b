"""`TrendChart`: a question's shares round by round, with 95 % intervals, n, and the changes that
are more than chance marked.

One line per answer option over the rounds that asked the question (in time order), whiskers for
the Wilson intervals, n under each round. A change between consecutive rounds that its test finds
significant at 5 % gets a star on its segment; the first-against-last comparison is named in the
notes. Yes/no questions draw only the yes line (the no line mirrors it). The figures and the
marks come from core (`trend()`, or for an export `release_chart` and `release_changes`); the
chart computes nothing.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetrics

from explorer.core.disclosure import SUPPRESSED_SYMBOL
from explorer.ui.charts import palette, texts
from explorer.ui.charts.base import ChartBase, GridLines, TextPool, configure_plot, percent_ticks, set_error_bars

X_PAD = 0.45
DODGE = 0.05        # options drawn side by side at one round, so that whiskers do not overlap
STAR = "*"


def shown_options(summary) -> tuple[str, ...]:
    """The options drawn: every option, but only the yes of a yes/no question."""
    from explorer.core.survey.vocabulary import YES
    from explorer.core.labels import fold

    options = tuple(summary.options)
    if summary.question.kind == "yesno":
        yes = [o for o in options if fold(o) in YES]
        return tuple(yes[:1]) or options[:1]
    return options


def rounds_asked(summary) -> list:
    """The round groups that hold answers to the question, in the summary's (time) order."""
    return [g for g in summary.groups if g.n > 0]


class TrendChart(ChartBase):
    kinds = ("yesno", "single", "multi", "likert")

    def __init__(self, *args, **kwargs) -> None:
        self._marks: tuple = ()
        super().__init__(*args, **kwargs)

    # ---- public API ----------------------------------------------------------------------------

    def set_trend(self, summary, changes, lang: str = "nl") -> None:
        """Show `summary` (split by round) and mark the significant ones among `changes` (core
        `Change` or released `ReleasedChange` values: option, first, second, significant, test)."""
        self._marks = tuple(changes)
        self.set_summary(summary, lang)

    def preferred_export_size(self) -> tuple[int, int]:
        return 1000, 600

    # ---- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        plot = self._view.getPlotItem()
        configure_plot(plot, self._tick_font)
        self._plot = plot
        left = plot.getAxis("left")
        left.setTicks(percent_ticks())
        left.setWidth(48)
        plot.setYRange(-2.0, 104.0, padding=0)
        self._grid = GridLines(plot, angle=0)
        self._grid.set_positions(range(20, 101, 20))
        self._lines: list[pg.PlotDataItem] = []
        self._whiskers: list[pg.ErrorBarItem] = []
        self._labels = TextPool(plot, self._label_font)
        star_font = QFont(self._tick_font)
        star_font.setPointSizeF(star_font.pointSizeF() + 6)
        self._stars = TextPool(plot, star_font)
        self._options: tuple[str, ...] = ()
        self._rounds: list = []

    def _series(self, count: int) -> None:
        while len(self._lines) < count:
            line = pg.PlotDataItem(x=np.zeros(0), y=np.zeros(0), connect="finite")
            line.setZValue(10)
            whisker = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), pen=palette.pen(palette.WHISKER, 1.0), beam=0.06)
            whisker.setZValue(9)
            self._plot.addItem(whisker)
            self._plot.addItem(line)
            self._lines.append(line)
            self._whiskers.append(whisker)
        for index, (line, whisker) in enumerate(zip(self._lines, self._whiskers)):
            line.setVisible(index < count)
            whisker.setVisible(index < count)

    # ---- drawing -------------------------------------------------------------------------------

    def _update(self) -> None:
        summary = self._summary
        self._rounds = rounds_asked(summary)
        self._options = shown_options(summary)
        rounds, options = self._rounds, self._options
        self._series(len(options))
        self._plot.setXRange(-X_PAD, max(len(rounds), 1) - 1 + X_PAD, padding=0)
        self._labels.begin()
        spread = (len(options) - 1) / 2.0
        legend = []
        for index, option in enumerate(options):
            colour = palette.series_colour(index)
            xs = np.arange(len(rounds), dtype=float) + (index - spread) * DODGE
            shares = np.array([g.shares.get(option, math.nan) for g in rounds], dtype=float) * 100.0
            lows = np.array([g.ci.get(option, (math.nan, math.nan))[0] for g in rounds], dtype=float) * 100.0
            highs = np.array([g.ci.get(option, (math.nan, math.nan))[1] for g in rounds], dtype=float) * 100.0
            tiny = np.array([g.n < self._min_n for g in rounds], dtype=bool)
            brushes = [pg.mkBrush(palette.TINY_FILL if t else colour) for t in tiny]
            self._lines[index].setData(x=xs, y=shares, pen=palette.pen(colour, 2.0), symbol="o", symbolSize=8,
                                       symbolPen=palette.pen(colour, 1.0), symbolBrush=brushes)
            finite = np.isfinite(shares)
            set_error_bars(self._whiskers[index], x=xs[finite], y=shares[finite],
                           top=(highs - shares)[finite], bottom=(shares - lows)[finite])
            for x, share, group in zip(xs, shares, rounds):
                if not math.isfinite(share):  # withheld on export: a 'c' where the point would be
                    self._labels.add(x, 4.0, SUPPRESSED_SYMBOL, palette.SUPPRESSED_INK, anchor=(0.5, 0.5), bold=True)
                    continue
                self._hover.add(x - 0.08, x + 0.08, share - 3.0, share + 3.0, (group, option))
            legend.append((colour, summary.question.option_text(option)))
        self._labels.end()
        self._draw_stars()
        self._set_round_axis()
        self._set_legend(legend if len(options) > 1 or summary.question.kind == "yesno" else [])
        self._set_notes(self._notes_parts())
        self._show_empty(self._plot, not rounds, (len(rounds) - 1) / 2.0 if rounds else 0.0, 50.0)

    def _consecutive_marks(self) -> list:
        order = {g.group: i for i, g in enumerate(self._rounds)}
        return [c for c in self._marks if c.significant and c.option in self._options
                and c.first in order and c.second in order and order[c.second] - order[c.first] == 1]

    def _draw_stars(self) -> None:
        order = {g.group: i for i, g in enumerate(self._rounds)}
        spread = (len(self._options) - 1) / 2.0
        self._stars.begin()
        for change in self._consecutive_marks():
            index = self._options.index(change.option)
            a, b = order[change.first], order[change.second]
            ya = self._rounds[a].shares.get(change.option, math.nan) * 100.0
            yb = self._rounds[b].shares.get(change.option, math.nan) * 100.0
            if not (math.isfinite(ya) and math.isfinite(yb)):
                continue
            x = (a + b) / 2.0 + (index - spread) * DODGE
            self._stars.add(x, (ya + yb) / 2.0 + 3.0, STAR, palette.series_colour(index), anchor=(0.5, 0.75),
                            bold=True)
        self._stars.end()

    def _set_round_axis(self) -> None:
        bottom = self._plot.getAxis("bottom")
        ticks = [(float(i), f"{g.group}\n{self._n_label(g)}") for i, g in enumerate(self._rounds)]
        bottom.setTicks([ticks, []])
        bottom.setHeight(2 * QFontMetrics(self._tick_font).lineSpacing() + 14)  # round and n, two lines

    def _notes_parts(self) -> list[str]:
        lang = self._lang
        parts = [texts.tr("chart.note.interval", lang)]
        stars = self._consecutive_marks()
        tests = {getattr(c.test, "test", c.test) for c in self._marks if c.option in self._options}
        tests.discard(None)
        if tests:
            key = "trend.note.stars.mcnemar" if tests == {"mcnemar"} else (
                "trend.note.stars.two" if tests == {"two-proportion"} else "trend.note.stars.mixed")
            parts.append(texts.tr(key, lang) if stars else texts.tr("trend.note.none", lang))
        order = {g.group: i for i, g in enumerate(self._rounds)}
        for change in self._marks:
            if change.significant and change.option in self._options and change.first in order \
                    and change.second in order and order[change.second] - order[change.first] > 1:
                option = self._summary.question.option_text(change.option)
                parts.append(texts.tr("trend.note.first_last", lang, option=option, first=change.first,
                                      second=change.second))
        return parts  # n and the selection: in the view's header on screen, in the caption of an export

    def _tooltip(self, payload) -> str:
        group, option = payload
        lang = self._lang
        share = group.shares.get(option, math.nan)
        low, high = group.ci.get(option, (math.nan, math.nan))
        places = texts.percent_decimals(share) if math.isfinite(share) else 0
        return texts.tr("trend.tooltip", lang, round=group.group, option=self._summary.question.option_text(option),
                        share=texts.format_percent(share, lang), low=texts.format_percent(low, lang, places),
                        high=texts.format_percent(high, lang, places), n=texts.format_count(group.n, lang))
