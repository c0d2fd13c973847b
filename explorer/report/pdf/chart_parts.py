"""Small drawing pieces the charts share: wrapped labels, markers, whiskers, axes, the `c` mark.

All text is drawn as real PDF text in the embedded font, so it can be searched and extracted.
"""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Drawing, Group, Path, Polygon, Rect, String
from reportlab.lib.colors import Color

from explorer.core.formatting import format_number, format_percent
from explorer.report.pdf.fonts import BOLD, REGULAR, text_width
from explorer.report.pdf.styles import CONTENT_WIDTH, FIRM, MUTED, RULE, TEXT, WHISKER, WHITE

WIDTH = CONTENT_WIDTH  # every chart spans the text column
MARKER_ROW = 22  # room above a strip or box for the firm's marker and label
LABEL_SIZE = 8.5
LABEL_LEADING = 10.5
VALUE_SIZE = 8.5
TICK_SIZE = 7.5


def chart_drawing(height: float) -> Drawing:
    drawing = Drawing(WIDTH, height, initialFontName=REGULAR)  # not the default Helvetica
    drawing.hAlign = "LEFT"
    return drawing


def wrap(text: str, width: float, size: float = LABEL_SIZE, bold: bool = False,
         max_lines: int = 4) -> list[str]:
    """`text` broken into lines no wider than `width`; over-long words are cut, excess lines elided."""
    lines: list[str] = []
    current = ""
    for word in text.split(" ") or [""]:
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, size, bold) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while text_width(current, size, bold) > width and len(current) > 1:  # a word wider than a line
            cut = len(current)
            while cut > 1 and text_width(current[:cut], size, bold) > width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
    lines.append(current)
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and text_width(last + "…", size, bold) > width:
            last = last[:-1]
        lines = lines[: max_lines - 1] + [last.rstrip() + "…"]
    return lines


def text(x: float, y: float, value: str, size: float = LABEL_SIZE, bold: bool = False,
         colour: Color = TEXT, anchor: str = "start") -> String:
    return String(x, y, value, fontName=BOLD if bold else REGULAR, fontSize=size,
                  fillColor=colour, textAnchor=anchor)


def label_lines(group: Group, x: float, y_centre: float, lines: list[str], bold: bool) -> None:
    """Draw lines of a label vertically centred on `y_centre`."""
    top = y_centre + (len(lines) - 1) * LABEL_LEADING / 2
    for i, line in enumerate(lines):
        group.add(text(x, top - i * LABEL_LEADING - LABEL_SIZE * 0.35, line, bold=bold))


def diamond(x: float, y: float, radius: float, colour: Color = FIRM) -> Polygon:
    return Polygon([x - radius, y, x, y + radius, x + radius, y, x, y - radius],
                   fillColor=colour, strokeColor=WHITE, strokeWidth=0.6)


def triangle_down(x: float, tip_y: float, size: float, colour: Color = FIRM) -> Polygon:
    """A marker pointing down at (x, tip_y)."""
    half = size * 0.6
    return Polygon([x - half, tip_y + size, x + half, tip_y + size, x, tip_y],
                   fillColor=colour, strokeColor=WHITE, strokeWidth=0.6)


def triangle_side(x: float, y: float, size: float, right: bool, colour: Color = FIRM) -> Polygon:
    """A marker pointing left or right at (x, y): the firm lies beyond the axis end."""
    back = x - size if right else x + size
    return Polygon([back, y + size * 0.6, back, y - size * 0.6, x, y],
                   fillColor=colour, strokeColor=WHITE, strokeWidth=0.6)


def segments(pieces: list[tuple[float, float, float, float]], colour: Color, width: float,
             dash: list[float] | None = None) -> Path:
    """Several straight lines as one path: one PDF drawing operation instead of one per line,
    which keeps chart rendering fast."""
    path = Path(fillColor=None, strokeColor=colour, strokeWidth=width, strokeDashArray=dash)
    for x0, y0, x1, y1 in pieces:
        path.moveTo(x0, y0)
        path.lineTo(x1, y1)
    return path


def whisker(group: Group, x_low: float, x_high: float, y: float, cap: float = 3.5) -> None:
    """A 95 % interval: a line with end caps (drawn over the bar, so dark on blue and on grey)."""
    group.add(segments([(x_low, y, x_high, y), (x_low, y - cap, x_low, y + cap),
                        (x_high, y - cap, x_high, y + cap)], WHISKER, 0.9))


def suppressed_mark(group: Group, x: float, y: float, number: int, anchor: str = "start",
                    size: float = VALUE_SIZE + 1) -> float:
    """Draw `c` followed by a raised note number; returns the width used."""
    c_width = text_width("c", size, bold=True)
    note = str(number)
    note_width = text_width(note, size * 0.7)
    total = c_width + 1 + note_width
    start = {"start": x, "middle": x - total / 2, "end": x - total}[anchor]
    group.add(text(start, y, "c", size=size, bold=True))
    group.add(text(start + c_width + 1, y + size * 0.4, note, size=size * 0.7))
    return total


def percent_axis(group: Group, x0: float, width: float, y: float, lang: str,
                 grid_top: float | None = None) -> None:
    """Ticks and labels 0–100 % under a bar area; optional light gridlines up to `grid_top`."""
    xs = [x0 + step / 4 * width for step in range(5)]
    if grid_top is not None:
        group.add(segments([(x, y, x, grid_top) for x in xs], RULE, 0.35, dash=[1.5, 1.5]))
    group.add(segments([(x0, y, x0 + width, y)] + [(x, y, x, y - 3) for x in xs], MUTED, 0.5))
    for step, x in enumerate(xs):
        group.add(text(x, y - 11, format_percent(step / 4, lang), size=TICK_SIZE, colour=MUTED,
                       anchor="middle"))


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering [low, high] (1, 2, 2.5 or 5 times a power of ten apart)."""
    span = high - low
    if span <= 0:
        span = abs(high) or 1.0
    raw = span / max(1, count - 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    ticks = []
    value = first
    while value < high + step * 0.999:
        ticks.append(round(value, 10))
        value += step
    return ticks


def value_axis(group: Group, ticks: list[float], to_x, y: float, lang: str) -> None:
    """A horizontal number axis with the given ticks (values are formatted per language)."""
    xs = [to_x(tick) for tick in ticks]
    group.add(segments([(xs[0], y, xs[-1], y)] + [(x, y, x, y - 3) for x in xs], MUTED, 0.5))
    for tick, x in zip(ticks, xs):
        group.add(text(x, y - 11, format_number(tick, lang), size=TICK_SIZE, colour=MUTED,
                       anchor="middle"))


def track(x: float, y: float, width: float, height: float, colour: Color) -> Rect:
    return Rect(x, y, width, height, fillColor=colour, strokeColor=None, strokeWidth=0)


def centred_label(drawing: Drawing, x: float, y: float, label: str) -> None:
    """Bold vermillion label centred on x but kept inside the drawing."""
    width = text_width(label, LABEL_SIZE, bold=True)
    x = min(max(x, width / 2), WIDTH - width / 2)
    drawing.add(text(x, y, label, bold=True, colour=FIRM, anchor="middle"))
