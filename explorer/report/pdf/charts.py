"""Vector charts of shares, drawn by hand with reportlab.graphics shapes: bars for choice and
multi-select questions, a 100 % strip for Likert scales (numbers: `number_charts`).

What is drawn is deliberately limited by R3: group shares with their 95 % intervals and a Likert
spread — never an individual peer. The firm is marked in vermillion with a shape as well
(diamond, triangle), so the mark survives greyscale printing and colour-vision deficiencies.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Group, Rect

from explorer.core.formatting import format_percent, format_percent_range, percent_decimals
from explorer.report.pdf.chart_parts import (
    LABEL_LEADING,
    LABEL_SIZE,
    MARKER_ROW,
    VALUE_SIZE,
    WIDTH,
    chart_drawing,
    diamond,
    label_lines,
    percent_axis,
    suppressed_mark,
    text,
    track,
    triangle_down,
    whisker,
    wrap,
)
from explorer.report.pdf.fonts import text_width
from explorer.report.pdf.styles import (
    FIRM,
    MUTED,
    PEER,
    TEXT,
    TRACK,
    WHITE,
    is_dark,
    likert_colours,
)

# Bar chart columns: marker | label | bar | value.
LABEL_X = 14
LABEL_WIDTH = 168
BAR_X = LABEL_X + LABEL_WIDTH + 8
VALUE_WIDTH = 92
BAR_WIDTH = WIDTH - BAR_X - VALUE_WIDTH - 8
VALUE_X = BAR_X + BAR_WIDTH + 8
BAR_HEIGHT = 10
AXIS_HEIGHT = 16
MAX_CHART_HEIGHT = 560  # well inside the body frame (about 700 pt), with room for the question


@dataclass(frozen=True)
class BarRow:
    """One bar: a peer share (None when suppressed, then `note` is its note number)."""

    label: str
    firm: bool
    share: float | None
    ci: tuple[float, float] | None
    note: int | None = None


def bar_charts(rows: list[BarRow], lang: str, max_height: float = MAX_CHART_HEIGHT) -> list[Drawing]:
    """Horizontal bars of peer shares on a 0–100 % scale, the firm's answers in vermillion, in as
    many parts as needed so that no part is taller than `max_height`.

    A drawing cannot break across pages, so a question with very many options gets one chart
    per page-sized run of options, each with its own axis.
    """
    parts: list[list[tuple[BarRow, list[str], float]]] = [[]]
    used = AXIS_HEIGHT + 4
    for row in rows:
        lines = wrap(row.label, LABEL_WIDTH, bold=row.firm)
        height = _row_height(lines)
        if parts[-1] and used + height > max_height:
            parts.append([])
            used = AXIS_HEIGHT + 4
        parts[-1].append((row, lines, height))
        used += height
    return [_bar_chart(part, lang) for part in parts]


def _row_height(lines: list[str]) -> float:
    return max(18.0, len(lines) * LABEL_LEADING + 7)


def _bar_chart(laid_out: list[tuple[BarRow, list[str], float]], lang: str) -> Drawing:
    total = sum(height for _, _, height in laid_out) + AXIS_HEIGHT + 4
    drawing = chart_drawing(total)
    percent_axis(drawing, BAR_X, BAR_WIDTH, AXIS_HEIGHT, lang, grid_top=total - 2)
    top = total - 2
    for row, lines, height in laid_out:
        centre = top - height / 2
        top -= height
        drawing.add(track(BAR_X, centre - BAR_HEIGHT / 2, BAR_WIDTH, BAR_HEIGHT, TRACK))
        if row.firm:
            drawing.add(diamond(LABEL_X - 8, centre, 4.5))
        label_lines(drawing, LABEL_X, centre, lines, bold=row.firm)
        baseline = centre - VALUE_SIZE * 0.35
        if row.share is None:
            suppressed_mark(drawing, VALUE_X, baseline, row.note or 0)
            continue
        drawing.add(Rect(BAR_X, centre - BAR_HEIGHT / 2, max(0.6, row.share * BAR_WIDTH), BAR_HEIGHT,
                         fillColor=FIRM if row.firm else PEER, strokeColor=None, strokeWidth=0))
        if row.ci is not None:
            whisker(drawing, BAR_X + row.ci[0] * BAR_WIDTH, BAR_X + row.ci[1] * BAR_WIDTH, centre)
        value = format_percent(row.share, lang)
        drawing.add(text(VALUE_X, baseline, value, size=VALUE_SIZE + 0.5, bold=True))
        if row.ci is not None:
            offset = text_width(value, VALUE_SIZE + 0.5, bold=True) + 4
            ci_text = "(" + format_percent_range(row.ci[0], row.ci[1], lang, percent_decimals(row.share)) + ")"
            drawing.add(text(VALUE_X + offset, baseline, ci_text, size=VALUE_SIZE - 0.5, colour=MUTED))
    return drawing


# Likert strip ----------------------------------------------------------------------------------

STRIP_HEIGHT = 20


def likert_chart(levels: list[str], shares: list[float] | None, firm_level: int | None,
                 note: int | None, firm_text: str, lang: str) -> Drawing:
    """A 100 % strip of the peers over the scale, the firm's level outlined and marked above.

    When the spread is suppressed the strip is an empty track with `c`; the firm's own answer is
    then stated in the caption, since its place on the strip would depend on the peers' shares.
    """
    palette = likert_colours(len(levels))
    legend, legend_height = _likert_legend(levels, shares, firm_level, palette, lang)
    show_marker = shares is not None and firm_level is not None
    height = (MARKER_ROW if show_marker else 4) + STRIP_HEIGHT + 8 + legend_height
    drawing = chart_drawing(height)
    strip_y = legend_height + 8
    if shares is None:
        drawing.add(track(0, strip_y, WIDTH, STRIP_HEIGHT, TRACK))
        suppressed_mark(drawing, WIDTH / 2, strip_y + 6, note or 0, anchor="middle")
    else:
        edges = [0.0]
        for share in shares:
            edges.append(edges[-1] + share)
        scale = WIDTH / (edges[-1] or 1.0)  # shares are rounded upstream; fill the strip exactly
        for i, (colour, share) in enumerate(zip(palette, shares)):
            x, width = edges[i] * scale, share * scale
            drawing.add(Rect(x, strip_y, width, STRIP_HEIGHT, fillColor=colour,
                             strokeColor=WHITE, strokeWidth=0.8))
            value = format_percent(share, lang)
            if width >= text_width(value, VALUE_SIZE, bold=True) + 6:
                drawing.add(text(x + width / 2, strip_y + 6.5, value, size=VALUE_SIZE, bold=True,
                                 colour=WHITE if is_dark(colour) else TEXT, anchor="middle"))
        if show_marker:
            x, width = edges[firm_level] * scale, shares[firm_level] * scale
            drawing.add(Rect(x, strip_y, width, STRIP_HEIGHT, fillColor=None, strokeColor=FIRM,
                             strokeWidth=2.2))
            centre = x + width / 2
            drawing.add(triangle_down(centre, strip_y + STRIP_HEIGHT + 2, 7))
            label_width = text_width(firm_text, LABEL_SIZE, bold=True)
            label_x = min(max(centre, label_width / 2), WIDTH - label_width / 2)
            drawing.add(text(label_x, strip_y + STRIP_HEIGHT + 12, firm_text, bold=True,
                             colour=FIRM, anchor="middle"))
    drawing.add(legend)
    return drawing


def _legend_columns(levels: list[str]) -> int:
    """One column per level when that reads well (up to a 0–10 scale of short labels), else a
    grid of columns wide enough for wrapped labels."""
    count = len(levels)
    column = WIDTH / count
    if count <= 5 or (column >= 40 and all(
            text_width(label, LABEL_SIZE, bold=True) <= column - 18 for label in levels)):
        return count
    return max(1, min(count, int(WIDTH // 96)))


def _likert_legend(levels: list[str], shares: list[float] | None, firm_level: int | None,
                   palette: list, lang: str) -> tuple[Group, float]:
    """Swatch, label and share per level in scale order, in a grid; and the legend's height."""
    columns = _legend_columns(levels)
    column = WIDTH / columns
    wrapped = [wrap(label, column - 18, bold=i == firm_level, max_lines=3)
               for i, label in enumerate(levels)]
    extra = 1 if shares is not None else 0
    grid = [list(range(start, min(start + columns, len(levels))))
            for start in range(0, len(levels), columns)]
    row_heights = [(max(len(wrapped[i]) for i in row) + extra) * LABEL_LEADING + 4 for row in grid]
    height = sum(row_heights)
    group = Group()
    top = height
    for row, row_height in zip(grid, row_heights):
        for position, i in enumerate(row):
            _legend_entry(group, position * column, top - 2, wrapped[i], palette[i],
                          format_percent(shares[i], lang) if shares is not None else None,
                          firm=i == firm_level)
        top -= row_height
    return group, height


def _legend_entry(group: Group, x: float, top: float, lines: list[str], colour, value: str | None,
                  firm: bool) -> None:
    group.add(Rect(x, top - 9, 9, 9, fillColor=colour, strokeColor=MUTED, strokeWidth=0.3))
    for row, line in enumerate(lines):
        group.add(text(x + 13, top - 7.5 - row * LABEL_LEADING, line, bold=firm))
    end_y = top - 7.5 - (len(lines) - 1) * LABEL_LEADING
    end_x = x + 13 + text_width(lines[-1], LABEL_SIZE, bold=firm)
    if value is not None:
        end_y -= LABEL_LEADING
        group.add(text(x + 13, end_y, value, bold=True))
        end_x = x + 13 + text_width(value, LABEL_SIZE, bold=True)
    if firm:
        group.add(diamond(end_x + 7, end_y + 3, 4))
