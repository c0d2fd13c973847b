"""A chart out of the app: PNG (2× scale), SVG, or the clipboard, with a caption that makes it stand
on its own (question, selection, n, date) and only figures that pass disclosure control.

Every export draws a fresh copy of the chart in export mode from the copy the release module
allows (`explorer.core.disclosure.release_chart`): hidden figures show as `c` with the reason
under the chart, a numeric chart's axis ends where the released bins end, a group
under the minimum shows 'n < 5' rather than its n, tooltips with counts are off. The chart on the
screen is never touched. When the selection as a whole may not leave the app the export is
refused: the result says why, in the user's language, and nothing is written.

Files are written by the one atomic writer (core/atomic.py: a temp file renamed over the target),
which also refuses the survey file itself; a target that cannot be written gives a failed result
with the reason, so the caller can ask for another name. PNG and SVG are both painted with
QWidget.render, so the caption and legend (Qt labels) are in the SVG as well; pyqtgraph's
SVGExporter only sees the plot scene.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEventLoop, QMimeData, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

from explorer.core.disclosure import release_changes, release_chart
from explorer.core.atomic import write_atomically
from explorer.core.errors import InputError, TranslatableError
from explorer.core.export.figure_notes import made_line, withheld_notes
from explorer.ui.charts import texts
from explorer.ui.charts.base import DEFAULT_MIN_N, ChartBase

PNG_SCALE = 2.0


@dataclass(frozen=True)
class ExportResult:
    """ok, or the reason why not (in the user's language); notes list the suppressions made."""

    ok: bool
    reason: str | None = None
    path: Path | None = None
    notes: tuple[str, ...] = ()
    caption: str = ""
    image: QImage | None = field(default=None, compare=False, repr=False)
    withheld: bool = False  # refused by the register of released groups (the reason says what to do)


# ---- what to export --------------------------------------------------------------------------------

def _unpack(source, lang: str | None, histogram):
    """(summary, lang, histogram) from a chart widget, a ChartView or a Summary."""
    summary = getattr(source, "summary", None)
    if summary is not None and not hasattr(source, "question"):
        return summary, lang or getattr(source, "lang", "nl"), histogram if histogram is not None \
            else getattr(source, "histogram", None)
    if hasattr(source, "question") and hasattr(source, "total"):
        return source, lang or "nl", histogram
    raise ValueError("nothing to export: the chart shows no summary")


def default_filter_text(summary, lang: str) -> str:
    parts = summary.filters.to_texts() if summary.filters is not None else []
    return " · ".join(parts) if parts else texts.tr("export.filter.all", lang)


def caption_text(summary, lang: str, filter_text: str | None = None, when: _dt.date | None = None,
                 notes: tuple[str, ...] = ()) -> str:
    """The lines under an exported chart: question, selection (and split), n, suppressions, date."""
    when = when or _dt.date.today()
    selection = texts.tr("export.filter", lang, filter=filter_text or default_filter_text(summary, lang))
    if summary.by:
        selection += " · " + texts.tr("export.split", lang, by=texts.by_label(summary.by, lang))
    count = texts.total_text(summary, lang)
    lines = [texts.tr("export.question", lang, question=summary.question.label), selection, count]
    lines.extend(notes)
    lines.append(made_line(when, lang))
    return "\n".join(lines)


def build_export_chart(source, *, lang: str | None = None, filter_text: str | None = None,
                       when: _dt.date | None = None, min_peers: int = DEFAULT_MIN_N, histogram=None,
                       size: tuple[int, int] | None = None, admit=None) -> tuple[ChartBase | None, ExportResult]:
    """A laid-out, off-screen export copy of the chart, or (None, refusal).

    `admit(summary, histogram_shown)` records the groups the chart shows in the release register
    (explorer.core.export.admission) before anything is drawn; its refusal is the result's reason.

    The caller owns the widget and should `deleteLater()` it; `render_image`, `export_png`,
    `export_svg` and `copy_to_clipboard` do all of that.
    """
    from explorer.ui.charts.numeric import NumericChart
    from explorer.ui.charts.view import chart_class_for

    summary, lang, histogram = _unpack(source, lang, histogram)
    lang = lang if lang in ("nl", "en") else texts.FALLBACK
    plan = release_chart(summary, histogram, min_peers)
    if not plan.allowed:
        key, params = plan.refusal
        return None, ExportResult(False, reason=texts.tr(key, lang, **params))
    trend = getattr(source, "trend", None)  # the Trend view: shares by round and their tested changes
    if trend is not None:
        from explorer.ui.charts.trend import TrendChart

        cls, changes = TrendChart, release_changes(trend, plan.min_peers)
    else:
        cls, changes = chart_class_for(summary.question.kind), ()
    if cls is None:
        return None, ExportResult(False, reason=texts.tr("export.refused.kind", lang))
    if admit is not None:
        try:
            admit(summary, plan.histogram is not None)
        except TranslatableError as refusal:
            return None, ExportResult(False, reason=refusal.text(lang), withheld=True)
    notes = withheld_notes(plan.reasons, lang)
    caption = caption_text(plan.summary, lang, filter_text, when, notes)
    chart = cls(None, min_n=plan.min_peers, export_mode=True)
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    if getattr(source, "full_scale", False) and hasattr(chart, "set_full_scale"):
        chart.set_full_scale(True)  # as the user chose on screen

    def draw() -> None:
        if isinstance(chart, NumericChart):
            chart.set_summary(plan.summary, lang, histogram=plan.histogram)
        elif trend is not None:
            chart.set_trend(plan.summary, changes, lang)
        else:
            chart.set_summary(plan.summary, lang)

    draw()
    chart.set_caption(caption)
    width, height = size or chart.preferred_export_size()
    chart.resize(width, height)
    chart.show()
    _settle()
    draw()  # again, now that the plot knows its size in pixels (label wrapping, value labels)
    _settle()
    return chart, ExportResult(True, notes=notes, caption=caption)


def _settle() -> None:
    """Let Qt finish layout (graphics layouts are activated by posted events)."""
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def _dispose(chart: ChartBase) -> None:
    chart.hide()
    chart.deleteLater()


def _paint_image(chart: ChartBase, scale: float) -> QImage:
    size = chart.size()
    image = QImage(int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("#FFFFFF"))
    dots_per_metre = int(round(96 * scale / 0.0254))
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    try:
        chart.render(painter, QPoint(0, 0))
    finally:
        painter.end()
    return image


def render_image(source, *, lang: str | None = None, filter_text: str | None = None,
                 when: _dt.date | None = None, min_peers: int = DEFAULT_MIN_N, histogram=None,
                 scale: float = PNG_SCALE, size: tuple[int, int] | None = None, admit=None) -> ExportResult:
    """The export image (in `result.image`), or a refusal."""
    chart, result = build_export_chart(source, lang=lang, filter_text=filter_text, when=when,
                                       min_peers=min_peers, histogram=histogram, size=size, admit=admit)
    if chart is None:
        return result
    try:
        image = _paint_image(chart, scale)
    finally:
        _dispose(chart)
    return ExportResult(True, notes=result.notes, caption=result.caption, image=image)


# ---- files and the clipboard ----------------------------------------------------------------------

def _write_atomically(path: Path, write, lang: str) -> str | None:
    """Run `write(device)` into memory and save the bytes with the one atomic writer, which refuses
    the survey file itself; None on success, else the reason."""
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    try:
        ok = write(buffer)
    finally:
        buffer.close()
    if not ok:
        return texts.tr("export.failed", lang, file=path.name, error="write error")
    try:
        write_atomically(path, bytes(buffer.data()))
    except InputError as exc:
        return texts.tr("export.failed", lang, file=path.name, error=exc.text(lang))
    return None


def export_png(source, path: str | Path, *, lang: str | None = None, filter_text: str | None = None,
               when: _dt.date | None = None, min_peers: int = DEFAULT_MIN_N, histogram=None,
               scale: float = PNG_SCALE, size: tuple[int, int] | None = None, admit=None) -> ExportResult:
    """The chart as a PNG at `scale` × its size (2× by default), written atomically."""
    path = Path(path)
    rendered = render_image(source, lang=lang, filter_text=filter_text, when=when, min_peers=min_peers,
                            histogram=histogram, scale=scale, size=size, admit=admit)
    if not rendered.ok:
        return rendered
    lang = _unpack(source, lang, histogram)[1]
    error = _write_atomically(path, lambda device: rendered.image.save(device, "PNG"), lang)
    if error:
        return ExportResult(False, reason=error, notes=rendered.notes, caption=rendered.caption)
    return ExportResult(True, path=path, notes=rendered.notes, caption=rendered.caption, image=rendered.image)


def export_svg(source, path: str | Path, *, lang: str | None = None, filter_text: str | None = None,
               when: _dt.date | None = None, min_peers: int = DEFAULT_MIN_N, histogram=None,
               size: tuple[int, int] | None = None, admit=None) -> ExportResult:
    """The chart as SVG (vector: bars, whiskers, text), written atomically."""
    from PySide6.QtSvg import QSvgGenerator

    path = Path(path)
    chart, result = build_export_chart(source, lang=lang, filter_text=filter_text, when=when,
                                       min_peers=min_peers, histogram=histogram, size=size, admit=admit)
    if chart is None:
        return result
    lang = _unpack(source, lang, histogram)[1]
    summary = chart.summary

    def write(device) -> bool:
        from PySide6.QtCore import QBuffer, QIODevice

        from explorer.ui.charts.svg_portable import portable_svg

        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        width, height = chart.width(), chart.height()
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRect(0, 0, width, height))
        generator.setResolution(96)
        generator.setTitle(summary.question.label)
        generator.setDescription(result.caption)
        painter = QPainter()
        if not painter.begin(generator):
            return False
        try:
            chart.render(painter, QPoint(0, 0))
        finally:
            painter.end()
        svg = portable_svg(bytes(buffer.data()).decode("utf-8"))  # the same in every renderer
        return device.write(svg.encode("utf-8")) >= 0

    try:
        error = _write_atomically(path, write, lang)
    finally:
        _dispose(chart)
    if error:
        return ExportResult(False, reason=error, notes=result.notes, caption=result.caption)
    return ExportResult(True, path=path, notes=result.notes, caption=result.caption)


def copy_to_clipboard(source, *, lang: str | None = None, filter_text: str | None = None,
                      when: _dt.date | None = None, min_peers: int = DEFAULT_MIN_N, histogram=None,
                      scale: float = PNG_SCALE, size: tuple[int, int] | None = None, admit=None) -> ExportResult:
    """The export image on the clipboard (with the caption as its text, for pasting into notes)."""
    rendered = render_image(source, lang=lang, filter_text=filter_text, when=when, min_peers=min_peers,
                            histogram=histogram, scale=scale, size=size, admit=admit)
    if not rendered.ok:
        return rendered
    clipboard = QGuiApplication.clipboard()
    if clipboard is None:
        return ExportResult(False, reason=texts.tr("export.no_clipboard", _unpack(source, lang, histogram)[1]))
    data = QMimeData()
    data.setImageData(rendered.image)
    data.setText(rendered.caption)
    # PNG bytes too: some targets (browsers, chat) prefer them to the platform image format.
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    rendered.image.save(buffer, "PNG")
    data.setData("image/png", QByteArray(buffer.data()))
    buffer.close()
    clipboard.setMimeData(data)
    return rendered
