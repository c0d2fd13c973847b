"""What a chart draws, read back from its pyqtgraph items and labels, for the tests to check.

The tests compare these with what `summarize` says, so they read the drawn items themselves
(BarGraphItem widths, the stacked segments, PlotDataItem data, the axis ticks, the note and legend
labels), never the figures the chart was asked to draw. The charts keep these items private; only
the tests look inside.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg

from explorer.ui.charts.bars import ChoiceChart, MultiChart
from explorer.ui.charts.grid import GridChart
from explorer.ui.charts.likert import LikertChart
from explorer.ui.charts.numeric import NumericChart
from explorer.ui.charts.stacked import StackedBars
from explorer.ui.charts.trend import TrendChart

SHARES_CHARTS = (ChoiceChart, MultiChart)


def plotted_values(chart) -> dict:
    """What the plot items show: {(group, option): percent} for share, Likert and trend charts
    (NaN for a withheld bar or row), {(statement key, option): percent} for a grid, and
    {'bins': percent per bin, (group, 'q1'|'median'|'q3'): value} for a numeric chart."""
    if isinstance(chart, SHARES_CHARTS):
        return _shares_values(chart)
    if isinstance(chart, GridChart):
        return _segment_values(chart, [statement.question.key for statement in chart.statements()])
    if isinstance(chart, LikertChart):
        return _segment_values(chart, _row_groups(chart))
    if isinstance(chart, NumericChart):
        return _numeric_values(chart)
    if isinstance(chart, TrendChart):
        return _trend_values(chart)
    raise TypeError(f"no read-back for {type(chart).__name__}")


def row_labels(chart) -> list[str]:
    """The row names on the category axis (share, Likert, grid and numeric charts)."""
    return [text for _, text in chart._rows_axis.ticks]


def notes_text(chart) -> str:
    return chart._notes.text()


def legend_text(chart) -> str:
    return chart._legend.text()


def plot_items(chart) -> list[pg.PlotItem]:
    return list(chart._plots())


def stacked_bars(chart) -> StackedBars:
    """The stacked segments of a Likert or grid chart, or of a share chart's 'stacked' layout."""
    return chart._stack


def series_items(chart) -> list[pg.BarGraphItem]:
    """A share chart's BarGraphItems in use, one per group (options layout) or one (rows layout)."""
    return [bars.fill for bars in chart._series if bars.is_visible()]


def hatched_series(chart) -> list[bool]:
    """Whether each series of a share chart in use carries the small-group hatching."""
    return [bars.hatch.isVisible() for bars in chart._series if bars.is_visible()]


def whisker_item(chart) -> pg.ErrorBarItem:
    """The one ErrorBarItem of a share chart."""
    return chart._whiskers


def axis_range(chart) -> tuple[float, float]:
    """A share chart's ticked share range in percent (its view extends beyond for the labels)."""
    return 0.0, float(chart._scale[0])


def marked_changes(chart: TrendChart) -> list[tuple[str, str, str]]:
    """(option, first round, second round) of every star a trend chart draws."""
    return [(change.option, change.first, change.second) for change in chart._consecutive_marks()]


def _row_groups(chart) -> list[str]:
    """The groups of a chart's rows: the total on top, then the split's groups."""
    summary = chart._summary
    return [group.group for group in [summary.total, *summary.groups]]


def _segment_values(chart, row_keys: list) -> dict:
    """{(row key, option): percent} of the stacked segments; NaN for a row drawn as a withheld 'c'."""
    _, _, widths = chart._stack.segments()
    withheld = {int(round(y)) for _x, y, text in chart.value_labels() if text == "c"}
    result = {}
    for r, key in enumerate(row_keys):
        for i, option in enumerate(chart._summary.options):
            result[(key, option)] = math.nan if r in withheld else float(widths[r, i])
    return result


def _shares_values(chart) -> dict:
    if chart.mode() == "stacked":
        return _segment_values(chart, _row_groups(chart))
    result = {}
    for item, keys in zip(series_items(chart), chart._series_keys):
        widths = np.atleast_1d(np.asarray(item.opts["width"], dtype=float))
        for width, (group, option, suppressed) in zip(widths, keys):
            result[(group, option)] = math.nan if suppressed else float(width)
    return result


def _numeric_values(chart: NumericChart) -> dict:
    result: dict = {"bins": np.asarray(chart._hist_bars.fill.opts["height"], dtype=float).copy()}
    x0 = np.atleast_1d(np.asarray(chart._boxes.opts["x0"], dtype=float))
    width = np.atleast_1d(np.asarray(chart._boxes.opts["width"], dtype=float))
    medians = chart._medians.opts["x"]
    medians = np.atleast_1d(np.asarray(medians if medians is not None else [], dtype=float))
    for i, group in enumerate(chart._box_groups):
        result[(group.group, "q1")] = float(x0[i])
        result[(group.group, "q3")] = float(x0[i] + width[i])
        result[(group.group, "median")] = float(medians[i])
    return result


def _trend_values(chart: TrendChart) -> dict:
    values = {}
    for option, item in zip(chart._options, chart._lines):
        xs, ys = item.getData()
        for x, y in zip(xs if xs is not None else [], ys if ys is not None else []):
            if math.isfinite(y):
                values[(chart._rounds[int(round(x))].group, option)] = float(y)
    return values
