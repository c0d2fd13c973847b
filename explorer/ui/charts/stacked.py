"""Stacked horizontal bars, one per row, one segment per answer level.

Used by the Likert chart (diverging: negative levels left of 0, the neutral level centred on 0,
positive levels right of it) and by the choice chart when there are too many groups for bars
side by side (stacked 0–100 %). One BarGraphItem per level, updated in place.
"""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np
import pyqtgraph as pg

from explorer.ui.charts import palette, texts
from explorer.ui.charts.base import HoverIndex, MarkedBars, TextPool

LABEL_MIN_WIDTH = 7.0     # percentage points a segment needs to carry its own label
LABEL_MIN_PIXELS = 13.0   # row thickness a label needs


def stack_offsets(widths: np.ndarray, diverging: bool) -> np.ndarray:
    """Left edges of the segments (rows × levels) for widths in percent.

    Diverging: the neutral level (the middle one of an odd scale) is centred on 0, the negative
    levels extend to the left of it with the mildest nearest the centre, the positive levels to
    the right. Otherwise the segments follow each other from 0.
    """
    w = np.nan_to_num(np.asarray(widths, dtype=float))
    rows, levels = w.shape
    if not diverging:
        return np.cumsum(w, axis=1) - w
    half, odd = levels // 2, levels % 2
    neutral = w[:, half] if odd else np.zeros(rows)
    x0 = np.zeros_like(w)
    for i in range(half):
        x0[:, i] = -neutral / 2 - w[:, i:half].sum(axis=1)
    if odd:
        x0[:, half] = -neutral / 2
    start = half + odd
    for j in range(start, levels):
        x0[:, j] = neutral / 2 + w[:, start:j].sum(axis=1)
    return x0


class StackedBars:
    def __init__(self, plot: pg.PlotItem, labels: TextPool, hover: HoverIndex) -> None:
        self._plot = plot
        self._labels = labels
        self._hover = hover
        self._items: list[MarkedBars] = []
        self._visible = True
        self._levels = 0

    def update(self, *, y: np.ndarray, widths: np.ndarray, colours: Sequence[str], marks: Sequence[str],
               suppressed: Sequence[bool], height: float, diverging: bool, show_labels: bool, lang: str,
               payload: Callable[[int, int], object]) -> None:
        rows, levels = widths.shape
        while len(self._items) < levels:
            self._items.append(MarkedBars(self._plot, pen=palette.pen(palette.BACKGROUND, 1.0)))
        w = np.nan_to_num(np.asarray(widths, dtype=float))
        w[np.asarray(suppressed, dtype=bool)] = 0.0
        x0 = stack_offsets(w, diverging)
        self._levels = levels
        for level, bars in enumerate(self._items):
            if level >= levels:
                bars.set_visible(False)
                continue
            if bars.is_visible() != self._visible:
                bars.set_visible(self._visible)
            bars.set(colours[level], marks, x0=x0[:, level], width=w[:, level], y=np.asarray(y, dtype=float),
                     height=height)
        for r in range(rows):
            if suppressed[r]:
                continue
            for level in range(levels):
                width = w[r, level]
                if width <= 0:
                    continue
                self._hover.add(x0[r, level], x0[r, level] + width, y[r] - height / 2, y[r] + height / 2,
                                payload(r, level))
                if show_labels and width >= LABEL_MIN_WIDTH:
                    fill = palette.fill_for(colours[level], marks[r])
                    self._labels.add(x0[r, level] + width / 2, y[r], texts.format_percent(width / 100, lang),
                                     palette.text_on(fill), anchor=(0.5, 0.5))

    def set_visible(self, visible: bool) -> None:
        self._visible = visible
        for level, bars in enumerate(self._items):
            bars.set_visible(visible and level < self._levels)

    def items(self) -> list[pg.BarGraphItem]:
        """The BarGraphItems of the levels in use (their fills), in level order."""
        return [bars.fill for bars in self._items[:self._levels] if bars.is_visible()]

    def segments(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(y, x0, width) arrays (rows × levels) read back from the plot items."""
        items = self.items()
        if not items:
            return np.zeros(0), np.zeros((0, 0)), np.zeros((0, 0))
        y = np.asarray(items[0].opts["y"], dtype=float)
        x0 = np.column_stack([np.asarray(i.opts["x0"], dtype=float) for i in items])
        width = np.column_stack([np.asarray(i.opts["width"], dtype=float) for i in items])
        return y, x0, width
