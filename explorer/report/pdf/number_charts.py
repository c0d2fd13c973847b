"""Vector charts of a number question: the peers' quartile box, or the firm's quarter among them.

R3 shapes both: the quartile box shows only rounded quartiles and the median (never a minimum,
maximum or single peer), and the axis spans the box and the firm, not the peers' range.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect

from explorer.report.pdf.chart_parts import (
    MARKER_ROW,
    TICK_SIZE,
    WIDTH,
    centred_label,
    chart_drawing,
    nice_ticks,
    text,
    track,
    triangle_down,
    triangle_side,
    value_axis,
)
from explorer.report.pdf.styles import FIRM, MUTED, PEER, PEER_LIGHT, TRACK

AXIS_INSET = 28
BOX_HEIGHT = 16


def quartile_chart(q1: float, median: float, q3: float, firm_value: float | None,
                   firm_text: str, lang: str) -> Drawing:
    """The middle half of the peers as a box with the median, the firm's value marked above it.

    The axis spans the box and the firm only; if the firm lies so far out that the box would
    shrink to a sliver, the axis stops and an arrow at its end points towards the firm.
    """
    iqr = q3 - q1
    low, high = q1, q3
    if firm_value is not None:
        low, high = min(low, firm_value), max(high, firm_value)
    span = high - low
    reach = max(iqr, abs(median) * 0.2, 1e-9) * 2.5
    clamped = firm_value is not None and span > 0 and iqr / span < 0.15
    if clamped:
        low, high = max(low, q1 - reach), min(high, q3 + reach)
        span = high - low
    if span <= 0:
        span = max(abs(median) * 0.5, 1.0)
    start = low - span * 0.08
    if low >= 0:  # amounts, counts, shares: an axis into negative numbers would mislead
        start = max(0.0, start)
    ticks = nice_ticks(start, high + span * 0.08)
    x0, x1 = AXIS_INSET, WIDTH - AXIS_INSET

    def to_x(value: float) -> float:
        return x0 + (value - ticks[0]) / (ticks[-1] - ticks[0]) * (x1 - x0)

    height = 16 + 4 + BOX_HEIGHT + MARKER_ROW + 2
    drawing = chart_drawing(height)
    axis_y = 16
    box_y = axis_y + 4
    value_axis(drawing, ticks, to_x, axis_y, lang)
    drawing.add(Rect(to_x(q1), box_y, max(1.0, to_x(q3) - to_x(q1)), BOX_HEIGHT,
                     fillColor=PEER_LIGHT, strokeColor=PEER, strokeWidth=0.8))
    drawing.add(Line(to_x(median), box_y - 2, to_x(median), box_y + BOX_HEIGHT + 2,
                     strokeColor=PEER, strokeWidth=2.6))
    if firm_value is not None:
        marker_y = box_y + BOX_HEIGHT + 3
        if clamped and not (ticks[0] <= firm_value <= ticks[-1]):
            right = firm_value > ticks[-1]
            x = to_x(ticks[-1] if right else ticks[0])
            drawing.add(triangle_side(x, box_y + BOX_HEIGHT / 2, 8, right=right))
            label_x = x - 2 if right else x + 2
            anchor = "end" if right else "start"
            label = f"{firm_text} →" if right else f"← {firm_text}"  # off the scale, that way
            drawing.add(text(label_x, marker_y + 10, label, bold=True, colour=FIRM, anchor=anchor))
        else:
            x = to_x(firm_value)
            drawing.add(Line(x, box_y - 2, x, box_y + BOX_HEIGHT + 1, strokeColor=FIRM,
                             strokeWidth=1.6))
            drawing.add(triangle_down(x, marker_y, 7))
            centred_label(drawing, x, marker_y + 10, firm_text)
    return drawing


def band_chart(band: tuple[int, int], firm_text: str, axis_text: str, lang: str) -> Drawing:
    """The quarter of the peers the firm falls in, shaded on a 0–100 scale (when quartiles may not be shown)."""
    x0, x1 = AXIS_INSET, WIDTH - AXIS_INSET
    axis_y = 16 + TICK_SIZE + 2  # room for the axis title under the tick labels
    drawing = chart_drawing(axis_y + 4 + 10 + MARKER_ROW + 2)
    bar_y = axis_y + 4
    drawing.add(track(x0, bar_y, x1 - x0, 10, TRACK))
    ticks = [0.0, 25.0, 50.0, 75.0, 100.0]
    to_x = lambda value: x0 + value / 100 * (x1 - x0)  # noqa: E731 - a one-line scale
    value_axis(drawing, ticks, to_x, axis_y, lang)
    drawing.add(text(x1, axis_y - 11 - TICK_SIZE - 2, axis_text, size=TICK_SIZE, colour=MUTED,
                     anchor="end"))
    low, high = to_x(band[0]), to_x(band[1])
    drawing.add(track(low, bar_y, high - low, 10, FIRM))
    centre = (low + high) / 2
    drawing.add(triangle_down(centre, bar_y + 13, 7))
    centred_label(drawing, centre, bar_y + 23, firm_text)
    return drawing
