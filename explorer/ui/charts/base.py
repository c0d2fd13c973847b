"""What every chart shares: the frame around the plot, fixed axes, small-group marks, hover.

A chart is a QWidget: a title (the question), a legend line, a pyqtgraph view, and a notes line
(n, what the marks mean). An export copy adds a caption (question, selection, n, date).

Redraw discipline (DESIGN.md "Speed budgets"): plot items are made once and updated in place with
`setOpts` / `setData`; axis ranges are fixed and set explicitly, never auto-ranged; labels and
texts are only touched when they change. The numbers come from a `Summary`; a chart computes no
statistic of its own, it only turns fractions into percent and positions.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics, QFontMetricsF, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from explorer.core.disclosure import DEFAULT_MIN_PEERS
from explorer.ui.charts import palette, texts
from explorer.ui.text_layout import wrap_text
from explorer.ui.charts.palette import MARK_NORMAL, MARK_SMALL, MARK_TINY

DEFAULT_MIN_N = DEFAULT_MIN_PEERS  # DESIGN.md R1: below 5 firms a group is marked (and never exported)
DEFAULT_SMALL_N = 30               # below 30 a group is marked as small: interpret with care
HOVER_RATE = 30                    # tooltip updates per second at most


def mark_for(n: int, min_n: int, small_n: int) -> str:
    if n < min_n:
        return MARK_TINY
    if n < small_n:
        return MARK_SMALL
    return MARK_NORMAL


def is_suppressed(value: float, n: int) -> bool:
    """A NaN share of a group that has answers: hidden by disclosure control (shown as 'c')."""
    return n > 0 and not math.isfinite(value)


# ---- small helpers around pyqtgraph -----------------------------------------------------------------

class LabelLayer(pg.GraphicsObject):
    """Many short labels (value labels, 'c' marks) drawn by one graphics item.

    Positions are in data coordinates, the text itself is not scaled (like pg.TextItem), and an
    anchor says which point of the text sits on the position: (0, 0.5) = left edge, middle.
    One item with a list instead of one TextItem per label: a TextItem is a QGraphicsTextItem (a
    rich-text document) and 25 of them cost milliseconds to update and paint; this costs a
    `drawText` per label.
    """

    def __init__(self, font: QFont) -> None:
        super().__init__()
        self._fonts = {False: QFont(font), True: QFont(font)}
        self._fonts[True].setBold(True)
        self._metrics = {bold: QFontMetricsF(f) for bold, f in self._fonts.items()}
        self._labels: list[tuple] = []
        self._pending: list[tuple] = []
        self._bounds = QRectF()
        self.setZValue(20)

    # filled like a pool: begin(), add() per label, end()
    def begin(self) -> None:
        self._pending = []

    def add(self, x: float, y: float, text: str, colour: str, anchor: tuple[float, float] = (0.0, 0.5),
            bold: bool = False) -> None:
        self._pending.append((float(x), float(y), text, colour, anchor, bold))

    def end(self) -> None:
        if self._pending != self._labels:
            self._labels = self._pending
            self.update()
        self._pending = []

    def visible_texts(self) -> list[tuple[float, float, str]]:
        """(x, y, text) of the labels shown; for tests and exports."""
        return [(x, y, text) for x, y, text, *_ in self._labels] if self.isVisible() else []

    # QGraphicsItem
    def viewTransformChanged(self) -> None:  # noqa: N802 (pyqtgraph hook)
        self.prepareGeometryChange()
        self._bounds = QRectF()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        if self._bounds.isNull():
            view = self.viewRect()  # the whole visible view: labels may stick out of their data point
            self._bounds = QRectF(view) if view is not None else QRectF()
        return self._bounds

    def paint(self, painter, *_args) -> None:
        if not self._labels:
            return
        transform = painter.transform()
        painter.save()
        painter.resetTransform()
        current = None
        for x, y, text, colour, (ax, ay), bold in self._labels:
            point = transform.map(QPointF(x, y))
            metrics = self._metrics[bold]
            width = metrics.horizontalAdvance(text)
            left = point.x() - ax * width
            top = point.y() - ay * metrics.height()
            if current != (colour, bold):
                current = (colour, bold)
                painter.setFont(self._fonts[bold])
                painter.setPen(palette.pen(colour, 1.0))
            painter.drawText(QPointF(left, top + metrics.ascent()), text)
        painter.restore()


def TextPool(plot: pg.PlotItem, font: QFont) -> LabelLayer:  # noqa: N802 (kept as a factory name)
    """A label layer added to `plot` (outside its data bounds)."""
    layer = LabelLayer(font)
    plot.addItem(layer, ignoreBounds=True)
    return layer


class MarkedBars:
    """A BarGraphItem (the fills) with a second one over it for the hatching of small groups.

    `fill` is the item whose opts hold the plotted geometry (x0, width, y, height). Both are
    updated in place; the hatch item is hidden while no bar needs hatching.
    """

    def __init__(self, plot: pg.PlotItem, pen=None, z: float = 5.0) -> None:
        empty = {"x0": np.zeros(0), "width": np.zeros(0), "y": np.zeros(0), "height": 0.5}
        self.fill = pg.BarGraphItem(**empty, pen=pen if pen is not None else palette.no_pen(),
                                    brush=palette.SERIES[0])
        self.hatch = pg.BarGraphItem(**empty, pen=palette.no_pen(), brush=palette.no_brush())
        self.fill.setZValue(z)
        self.hatch.setZValue(z + 0.5)
        plot.addItem(self.fill)
        plot.addItem(self.hatch)
        self.hatch.setVisible(False)
        self._visible = True

    def set(self, colours, marks, **geometry) -> None:
        """Geometry as BarGraphItem takes it (x0/width/y/height or y0); one colour and mark per bar
        (or one for all)."""
        count = int(np.size(geometry.get("width", 0)))
        colours = [colours] * count if isinstance(colours, str) else list(colours)
        marks = [marks] * count if isinstance(marks, str) else list(marks)
        fills = [palette.brush(c, m) for c, m in zip(colours, marks)]
        if count and all(f is fills[0] for f in fills):
            self.fill.setOpts(**geometry, brush=fills[0], brushes=None)
        elif count:
            self.fill.setOpts(**geometry, brushes=fills)
        else:
            self.fill.setOpts(**geometry)
        small = [m == MARK_SMALL for m in marks]
        if any(small):
            hatches = [palette.hatch(c) if s else palette.no_brush() for c, s in zip(colours, small)]
            if all(small) and len(set(colours)) == 1:
                self.hatch.setOpts(**geometry, brush=hatches[0], brushes=None)
            else:
                self.hatch.setOpts(**geometry, brushes=hatches)
            self.hatch.setVisible(self._visible)
        elif self.hatch.isVisible():
            self.hatch.setVisible(False)
        if self.fill.isVisible() != self._visible:
            self.fill.setVisible(self._visible)

    def set_visible(self, visible: bool) -> None:
        self._visible = visible
        self.fill.setVisible(visible)
        if not visible:
            self.hatch.setVisible(False)

    def is_visible(self) -> bool:
        return self._visible

    @property
    def opts(self) -> dict:
        return self.fill.opts


class GridLines:
    """Light grid lines at fixed positions: opaque one-pixel InfiniteLines.

    pyqtgraph's own grid (PlotItem.showGrid) is drawn by the axes as alpha-blended lines in their
    cached picture and costs several milliseconds per repaint; these cost a few microseconds each.
    """

    def __init__(self, plot: pg.PlotItem, angle: int = 90) -> None:
        self._plot = plot
        self._angle = angle
        self._lines: list[pg.InfiniteLine] = []
        self._positions: tuple[float, ...] = ()

    def set_positions(self, positions) -> None:
        positions = tuple(float(p) for p in positions)
        if positions == self._positions:
            return
        self._positions = positions
        while len(self._lines) < len(positions):
            line = pg.InfiniteLine(angle=self._angle, movable=False, pen=palette.pen(palette.GRID, 1.0))
            line.setZValue(-10)
            self._plot.addItem(line, ignoreBounds=True)
            self._lines.append(line)
        for index, line in enumerate(self._lines):
            if index < len(positions):
                line.setValue(positions[index])
                line.setVisible(True)
            else:
                line.setVisible(False)


class HoverIndex:
    """Rectangles in data coordinates with what to say about each; `find` is one numpy pass."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        self._boxes: list[tuple[float, float, float, float]] = []
        self._payloads: list[object] = []
        self._array: np.ndarray | None = None

    def add(self, x0: float, x1: float, y0: float, y1: float, payload: object) -> None:
        self._boxes.append((min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)))
        self._payloads.append(payload)
        self._array = None

    def find(self, x: float, y: float) -> object | None:
        if not self._boxes:
            return None
        if self._array is None:
            self._array = np.asarray(self._boxes, dtype=float)
        a = self._array
        hit = np.flatnonzero((a[:, 0] <= x) & (x <= a[:, 1]) & (a[:, 2] <= y) & (y <= a[:, 3]))
        return self._payloads[int(hit[0])] if hit.size else None

    def __len__(self) -> int:
        return len(self._boxes)


def set_error_bars(item: pg.ErrorBarItem, **data) -> None:
    """ErrorBarItem.setData, with its path built now.

    ErrorBarItem builds its path lazily and calls prepareGeometryChange while doing so; when that
    happens inside paint(), Qt schedules a second full repaint. Building it here keeps a filter
    click at one paint.
    """
    item.setData(**data)
    item.boundingRect()


def configure_plot(plot: pg.PlotItem, font: QFont) -> None:
    """A static chart: no mouse zoom, no context menu, no auto-range button, no auto-ranging."""
    plot.setMenuEnabled(False)
    view = plot.getViewWidget()
    if view is not None:  # pyqtgraph makes the (unused) menu parentless: let it go with the chart's view
        plot.ctrlMenu.setParent(view, plot.ctrlMenu.windowFlags())
    plot.hideButtons()
    plot.setMouseEnabled(x=False, y=False)
    plot.disableAutoRange()
    plot.getViewBox().setDefaultPadding(0.0)
    plot.setContentsMargins(2, 4, 24, 2)  # room on the right for the last tick label ('100%')
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(palette.pen(palette.AXIS))
        axis.setTextPen(palette.pen(palette.INK))
        # Labels may reach 28 px past the axis ends ('100%' centred on the last tick, a wrapped
        # category label on the first row) instead of being dropped.
        axis.setStyle(tickFont=font, autoExpandTextSpace=False, tickTextOffset=6, hideOverlappingLabels=28)
    for name in ("top", "right"):
        plot.hideAxis(name)


def percent_ticks(lo: int = 0, hi: int = 100, step: int = 20, absolute: bool = False) -> list:
    major = []
    for value in range(lo, hi + 1, step):
        shown = abs(value) if absolute else value
        major.append((float(value), f"{shown}%" if value else "0"))
    minor = [(float(v), "") for v in range(lo + step // 2, hi, step)]
    return [major, minor]


@dataclass(frozen=True)
class RowLabel:
    """One category on the left axis: a label (wrapped) and an optional second line (n)."""

    text: str
    sub: str = ""


class CategoryAxis:
    """The left axis of a horizontal bar chart: labels wrapped to the room each row has.

    pyqtgraph's AxisItem drops a tick label that sticks out of the axis, so labels are wrapped
    and elided here to fit (re-done when the plot is resized) and the axis width is set from the
    widest line instead of expanding lazily.
    """

    def __init__(self, plot: pg.PlotItem, font: QFont, max_fraction: float = 0.36) -> None:
        self._plot = plot
        self._axis = plot.getAxis("left")
        self._metrics = QFontMetrics(font)
        self._max_fraction = max_fraction
        self._rows: list[tuple[float, RowLabel]] = []
        self._key: tuple | None = None
        self._width = 0
        self.ticks: list[tuple[float, str]] = []

    def set_rows(self, rows: list[tuple[float, RowLabel]], total_width: int, row_height: float) -> None:
        self._rows = rows
        self.relayout(total_width, row_height)

    def relayout(self, total_width: int, row_height: float) -> None:
        width_cap = int(max(110, min(340, total_width * self._max_fraction)))
        line = max(1, self._metrics.lineSpacing())
        lines_fit = max(1, int((row_height * 0.95) // line))
        key = (tuple(self._rows), width_cap, min(lines_fit, 4))
        if key == self._key:
            return
        self._key = key
        ticks = []
        widest = 0
        for position, label in self._rows:
            room = min(lines_fit, 4)
            if label.sub and room >= 2:
                lines = wrap_text(label.text, self._metrics, width_cap, min(room - 1, 3)) + [label.sub]
            elif label.sub:
                joined = f"{label.text} · {label.sub}"
                lines = [self._metrics.elidedText(joined, Qt.TextElideMode.ElideMiddle, width_cap)]
            else:
                lines = wrap_text(label.text, self._metrics, width_cap, min(room, 3))
            widest = max(widest, max(self._metrics.horizontalAdvance(x) for x in lines))
            ticks.append((position, "\n".join(lines)))
        self.ticks = ticks
        self._axis.setTicks([ticks, []])
        # In steps of 24 px: n changes with every filter click, the plot should not jitter (nor
        # be laid out again) for a digit more or less.
        width = int(math.ceil((widest + 16) / 24.0) * 24)
        if width != self._width:
            self._width = width
            self._axis.setWidth(width)

    @property
    def width(self) -> int:
        """The axis width last set (the item's geometry follows at the next layout pass)."""
        return self._width


# ---- the chart frame ---------------------------------------------------------------------------

class ChartBase(QWidget):
    """Common frame of every chart. Subclasses build their plot items once in `_build` and move
    them in `_update`; `set_summary` is the one way in."""

    kinds: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None, *, min_n: int = DEFAULT_MIN_N,
                 small_n: int = DEFAULT_SMALL_N, export_mode: bool = False) -> None:
        super().__init__(parent)
        self._summary = None
        self._histogram = None
        self._lang = "nl"
        self._min_n = int(min_n)
        self._small_n = max(int(small_n), int(min_n))
        self._export_mode = export_mode
        self._hover = HoverIndex()
        self._empty_item: pg.TextItem | None = None

        base = QFont(self.font())
        self._tick_font = QFont(base)
        self._label_font = QFont(base)
        self._label_font.setPointSizeF(max(7.0, base.pointSizeF() - 0.5))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        self._title = QLabel(self)
        self._title.setWordWrap(True)
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        title_font = QFont(base)
        title_font.setBold(True)
        title_font.setPointSizeF(base.pointSizeF() + 1.5)
        self._title.setFont(title_font)
        self._title.setStyleSheet(f"color: {palette.INK};")
        self._legend = QLabel(self)
        self._legend.setWordWrap(True)
        self._legend.setTextFormat(Qt.TextFormat.RichText)
        self._legend.setVisible(False)
        self._view = self._make_view()
        self._view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._notes = QLabel(self)
        self._notes.setWordWrap(True)
        self._notes.setTextFormat(Qt.TextFormat.PlainText)
        notes_font = QFont(base)
        notes_font.setPointSizeF(max(7.0, base.pointSizeF() - 1.0))
        self._notes.setFont(notes_font)
        self._notes.setStyleSheet(f"color: {palette.MUTED_INK};")
        self._caption = QLabel(self)
        self._caption.setWordWrap(True)
        self._caption.setTextFormat(Qt.TextFormat.PlainText)
        self._caption.setFont(notes_font)
        self._caption.setStyleSheet(f"color: {palette.INK}; border-top: 1px solid {palette.GRID}; padding-top: 4px;")
        self._caption.setVisible(False)
        for widget in (self._title, self._legend, self._notes, self._caption):
            widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            layout.addWidget(widget)
        layout.insertWidget(2, self._view, 1)
        background = self.palette()
        background.setColor(QPalette.ColorRole.Window, QColor(palette.BACKGROUND))
        self.setPalette(background)
        self.setAutoFillBackground(True)
        self.setMinimumSize(420, 300)

        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(0)
        self._relayout_timer.timeout.connect(self._on_relayout_timer_timeout)

        self._build()
        if export_mode:
            # Export copies are painted once into an image or SVG: no cached (raster) background.
            self._view.setCacheMode(self._view.CacheModeFlag.CacheNone)
        else:
            self._proxy = pg.SignalProxy(self._view.scene().sigMouseMoved, rateLimit=HOVER_RATE,
                                         slot=self._on_scene_mouse_moved)

    # ---- public API ------------------------------------------------------------------------------

    @property
    def summary(self):
        """The Summary shown, or None."""
        return self._summary

    @property
    def histogram(self):
        return self._histogram

    @property
    def lang(self) -> str:
        return self._lang

    @property
    def min_n(self) -> int:
        return self._min_n

    @property
    def small_n(self) -> int:
        return self._small_n

    @property
    def export_mode(self) -> bool:
        return self._export_mode

    def set_summary(self, summary, lang: str = "nl") -> None:
        """Show `summary` (explorer.core.survey.Summary) with labels in `lang` ('nl' or 'en')."""
        kind = summary.question.kind
        if self.kinds and kind not in self.kinds:
            raise ValueError(f"{type(self).__name__} shows {'/'.join(self.kinds)} questions, not {kind!r}")
        self._summary = summary
        self._lang = lang if lang in ("nl", "en") else texts.FALLBACK
        self._set_label(self._title, summary.question.label)
        self._hover.clear()
        self._update()
        self._flush_views()

    def set_min_n(self, min_n: int = DEFAULT_MIN_N, small_n: int | None = None) -> None:
        """Thresholds of the marks: grey below `min_n`, hatched below `small_n`."""
        self._min_n = int(min_n)
        self._small_n = max(int(small_n if small_n is not None else self._small_n), self._min_n)
        if self._summary is not None:
            self._hover.clear()
            self._update()

    def set_title_visible(self, visible: bool) -> None:
        self._title.setVisible(visible)

    def set_caption(self, text: str) -> None:
        """The export caption under the chart (question, selection, n, date); '' hides it."""
        self._set_label(self._caption, text)
        self._caption.setVisible(bool(text))

    def caption_text(self) -> str:
        return self._caption.text()

    def tooltip_at(self, x: float, y: float, plot: int = 0) -> str | None:
        """The hover text at data position (x, y) of plot `plot` (0 = the main plot), or None."""
        payload = self._find(plot, x, y)
        return None if payload is None else self._tooltip(payload)

    def graphics_view(self) -> pg.GraphicsView:
        return self._view

    def preferred_export_size(self) -> tuple[int, int]:
        return 1000, 640

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self._summary is not None:
            # Bar thickness, label wrapping and which value labels fit depend on the pixels per
            # row: redraw once the new size has settled (coalesced while the user drags).
            self._relayout_timer.start()

    def _on_relayout_timer_timeout(self) -> None:
        if self._summary is not None:
            self._hover.clear()
            self._update()
            self._flush_views()

    # ---- for subclasses --------------------------------------------------------------------------

    def _make_view(self) -> pg.GraphicsView:
        view = pg.PlotWidget(background=palette.BACKGROUND)
        return view

    def _plots(self) -> list[pg.PlotItem]:
        return [self._view.getPlotItem()]

    def _build(self) -> None:
        raise NotImplementedError

    def _update(self) -> None:
        raise NotImplementedError

    def _tooltip(self, payload) -> str:
        return str(payload)

    def _find(self, plot: int, x: float, y: float):
        return self._hover.find(x, y) if plot == 0 else None

    def _flush_views(self) -> None:
        """Apply changed layouts and ranges now rather than after the next paint.

        Graphics layouts are activated by a posted event and pyqtgraph defers a ViewBox's
        transform to the paint; either way the items move after the first paint and ask for a
        second one, so a filter click would cost two paints.
        """
        central = self._view.centralWidget
        layout = getattr(central, "layout", None)
        if callable(getattr(layout, "activate", None)):
            layout.activate()  # a changed axis width or row stretch: lay out now, not after a paint
        for plot in self._plots():
            plot.layout.activate()
            plot.getViewBox().prepareForPaint()

    def _mark(self, n: int) -> str:
        return mark_for(n, self._min_n, self._small_n)

    def _n_label(self, group) -> str:
        """n (and effective n) of a group, or 'n < 5' for a tiny group in an export."""
        if group.n == 0:
            return texts.tr("chart.n.none", self._lang)
        if self._export_mode and group.n < self._min_n:
            return texts.tr("chart.n.tiny", self._lang, min_n=self._min_n)
        label = texts.n_text(group.n, group.n_eff, self._summary.weighted, self._lang)
        if group.n < self._min_n:
            label += f" (< {self._min_n})"
        return label

    def _group_name(self, group) -> str:
        return texts.group_label(group.group, self._summary.by, self._summary.scheme, self._lang, short=True)

    def _total_line(self) -> str:
        """n of the total for the notes line (an export carries it in its caption instead)."""
        if self._export_mode:
            return ""
        return texts.total_text(self._summary, self._lang)

    def _mark_notes(self, marks: set[str]) -> list[str]:
        notes = []
        if MARK_SMALL in marks:
            notes.append(texts.tr("chart.note.small", self._lang, small_n=self._small_n))
        if MARK_TINY in marks and not self._export_mode:
            notes.append(texts.tr("chart.note.tiny", self._lang, min_n=self._min_n))
        return notes

    def _set_notes(self, parts: list[str]) -> None:
        text = "  ·  ".join(p.rstrip(".") for p in parts if p)
        self._set_label(self._notes, text.replace("n < ", "n\u00a0<\u00a0"))  # 'n < 30' on one line

    def _set_legend(self, entries: list[tuple[str, str]]) -> None:
        """(colour, text) pairs as coloured squares; an empty list hides the legend line."""
        if not entries:
            self._legend.setVisible(False)
            return
        parts = [f"<span style='color:{colour}; font-size:large;'>&#9632;</span>&nbsp;"
                 f"<span style='color:{palette.INK};'>{html.escape(text).replace(' ', '&nbsp;')}</span>"
                 for colour, text in entries]
        self._set_label(self._legend, "&nbsp;&nbsp;&nbsp; ".join(parts))
        if not self._legend.isVisible():
            self._legend.setVisible(True)

    @staticmethod
    def _set_label(label: QLabel, text: str) -> None:
        if label.text() != text:
            label.setText(text)

    def _show_empty(self, plot: pg.PlotItem, show: bool, x: float, y: float) -> None:
        if self._empty_item is None:
            if not show:
                return
            self._empty_item = pg.TextItem("", anchor=(0.5, 0.5), color=palette.MUTED_INK)
            self._empty_item.setFont(self._tick_font)
            plot.addItem(self._empty_item, ignoreBounds=True)
        if show:
            self._empty_item.setText(texts.tr("chart.empty", self._lang))
            self._empty_item.setPos(x, y)
        self._empty_item.setVisible(show)

    def _row_height_px(self, plot: pg.PlotItem, rows: int, span: float) -> float:
        """Pixels per row of a plot whose y range spans `span` rows."""
        height = plot.getViewBox().height()
        if height <= 1:  # not laid out yet: estimate from the widget
            height = max(200.0, self.height() - 120.0)
        return height / max(span, 1.0)

    # ---- hover -------------------------------------------------------------------------------------

    def _on_scene_mouse_moved(self, event) -> None:
        pos = event[0]
        for index, plot in enumerate(self._plots()):
            box = plot.getViewBox()
            if box.sceneBoundingRect().contains(pos):
                point: QPointF = box.mapSceneToView(pos)
                text = self.tooltip_at(point.x(), point.y(), index)
                if text:
                    QToolTip.showText(QCursor.pos(), text, self._view)
                    return
        QToolTip.hideText()
