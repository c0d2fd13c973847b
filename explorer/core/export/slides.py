"""Slides for a board: PowerPoint decks whose charts are native, editable chart objects with their data.

Every chart is a python-pptx chart (not a picture), so an advisor can restyle it, and PowerPoint's
"Edit data" shows the released figures: shares as fractions with a percent format in the
precision the app shows, a withheld share left out (an empty point) and named in the notes under
the chart. Each slide is titled with the question and carries the selection, n, the notes of
every `c` and the date. Figures come from the release module (`release_chart`), as for every
export; a selection that may not leave the app gets a slide saying why instead of a chart.

Charts per kind: single choice, yes/no and multi-select as horizontal bars (a series per group,
or the total); Likert scales as 100 % stacked bars (a series per level); numeric questions as
bars of their released quartiles and median per group; a crosstab as a table, the way
`export_table` lays it out.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from dataclasses import dataclass

from explorer.core.disclosure import release_chart
from explorer.core.export.table import ExportTable, export_table, selection_lines
from explorer.core.formatting import format_count, format_number, format_percent, format_share_interval
from explorer.core.i18n import reason_text, tr
from explorer.core.survey.group_labels import group_label

# Excel number format of the app's precision rule: 0%, one decimal below 10 %, whole from 10 % up.
PERCENT_FORMAT = "[>=0.0995]0%;[=0]0%;0.0%"  # no "<": python-pptx writes it into XML unescaped
SLIDE_WIDTH_IN, SLIDE_HEIGHT_IN = 13.333, 7.5   # 16:9
FONT = "Calibri"
MAX_TABLE_ROWS = 14


@dataclass(frozen=True)
class SlideSpec:
    """One slide: a chart of `summary`, or a table (`table`), or a title slide (`lines` only)."""

    title: str
    summary: object | None = None
    table: ExportTable | None = None
    lines: tuple[str, ...] = ()
    released_from: object | None = None  # the summary whose figures the slide shows (for the register)


def chart_slide(summary, title: str | None = None) -> SlideSpec:
    return SlideSpec(title or summary.question.label, summary=summary, released_from=summary)


def crosstab_slide(summary, lang: str, min_peers: int | None, filter_text: str = "",
                   title: str | None = None) -> SlideSpec:
    table = export_table(summary, lang, min_peers, filter_text, title)
    return SlideSpec(table.title, table=table, released_from=summary)


def deck_bytes(slides: list[SlideSpec], lang: str, min_peers: int | None = None, filter_text: str = "",
               when: dt.date | None = None) -> bytes:
    """The .pptx of `slides` as bytes."""
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(SLIDE_WIDTH_IN), Inches(SLIDE_HEIGHT_IN)
    when = when or dt.date.today()
    for spec in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[5])  # "Title Only": the title stays editable
        _title(slide, spec.title)
        if spec.table is not None:
            _table_slide(slide, spec.table, lang)
        elif spec.summary is not None:
            _chart_or_refusal(slide, spec.summary, lang, min_peers, filter_text, when)
        else:
            _text(slide, spec.lines, top=1.8, size=18)
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


# ---- slide parts ----------------------------------------------------------------------------------

def _title(slide, text: str) -> None:
    from pptx.util import Inches, Pt

    shape = slide.shapes.title
    shape.left, shape.top = Inches(0.5), Inches(0.3)
    shape.width, shape.height = Inches(SLIDE_WIDTH_IN - 1), Inches(1.1)
    shape.text = text
    for paragraph in shape.text_frame.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(26 if len(text) < 70 else 20)
            run.font.name = FONT


def _text(slide, lines, top: float, size: int = 11, height: float | None = None) -> None:
    from pptx.util import Inches, Pt

    box = slide.shapes.add_textbox(Inches(0.5), Inches(top), Inches(SLIDE_WIDTH_IN - 1),
                                   Inches(height or SLIDE_HEIGHT_IN - top - 0.2))
    frame = box.text_frame
    frame.word_wrap = True
    for i, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        paragraph.text = line
        for run in paragraph.runs:
            run.font.size = Pt(size)
            run.font.name = FONT


def _footer_lines(summary, plan, lang: str, filter_text: str, when: dt.date) -> list[str]:
    lines = selection_lines(summary, lang, filter_text)
    lines += [tr("export.suppressed", lang, reason=reason_text(v.reason, lang, dict(v.params)))
              for v in (plan.reasons if plan is not None else ())]
    lines.append(tr("export.made", lang, date=when.isoformat()))
    return lines


def _chart_or_refusal(slide, summary, lang: str, min_peers, filter_text: str, when: dt.date) -> None:
    plan = release_chart(summary, None, min_peers)
    if not plan.allowed:
        key, params = plan.refusal
        _text(slide, [tr(key, lang, **params), *_footer_lines(summary, None, lang, filter_text, when)], top=1.8,
              size=16)
        return
    released = plan.summary
    _chart(slide, released, lang)
    _text(slide, _footer_lines(released, plan, lang, filter_text, when), top=6.2, size=10, height=1.2)


def chart_series(summary, lang: str) -> tuple[list[str], list[tuple[str, list[float | None]]], bool]:
    """(categories, [(series name, values)], stacked) of a released summary; withheld values are None."""
    groups = list(summary.groups) or [summary.total]
    if summary.question.kind == "numeric":  # the released quartiles and median, per group
        categories = [group_label(g.group, summary.by, summary.scheme, lang, short=True) for g in groups]
        series = [(tr(f"views.crosstab.{stat}", lang), [_value(getattr(g.numeric, stat, None)) for g in groups])
                  for stat in ("q1", "median", "q3")]
        return categories, series, False
    if summary.question.kind == "likert":
        rows = [summary.total, *summary.groups] if summary.groups else [summary.total]
        categories = [group_label(g.group, summary.by, summary.scheme, lang, short=True) for g in rows]
        series = [(summary.question.option_text(option), [_value(g.shares.get(option)) for g in rows])
                  for option in summary.options]
        return categories, series, True
    series = [(group_label(g.group, summary.by, summary.scheme, lang, short=True) + f" (n = {format_count(g.n, lang)})",
               [_value(g.shares.get(option)) for option in summary.options]) for g in groups]
    return [summary.question.option_text(option) for option in summary.options], series, False


def _value(share) -> float | None:
    return None if share is None or not math.isfinite(share) else float(share)


def _chart(slide, summary, lang: str) -> None:
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION, XL_LABEL_POSITION
    from pptx.util import Inches, Pt

    categories, series, stacked = chart_series(summary, lang)
    numeric = summary.question.kind == "numeric"
    number_format = "#,##0.##" if numeric else PERCENT_FORMAT
    data = CategoryChartData(number_format=number_format)
    data.categories = categories
    for name, values in series:
        data.add_series(name, values, number_format=number_format)
    kind = XL_CHART_TYPE.BAR_STACKED_100 if stacked else XL_CHART_TYPE.BAR_CLUSTERED
    frame = slide.shapes.add_chart(kind, Inches(0.5), Inches(1.4), Inches(SLIDE_WIDTH_IN - 1), Inches(4.7), data)
    chart = frame.chart
    chart.font.size = Pt(12)
    chart.font.name = FONT
    chart.has_legend = len(series) > 1
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
    plot = chart.plots[0]
    plot.has_data_labels = True
    labels = plot.data_labels
    labels.number_format = number_format
    labels.number_format_is_linked = False
    labels.font.size = Pt(11)
    if not stacked:
        labels.position = XL_LABEL_POSITION.OUTSIDE_END  # beside the bar's end, never on top of it
        plot.gap_width = 60
    categories_axis = chart.category_axis
    categories_axis.reverse_order = True  # the first answer on top, as on screen
    value_axis = chart.value_axis
    if numeric:
        return
    value_axis.tick_labels.number_format = "0%"
    value_axis.tick_labels.number_format_is_linked = False
    value_axis.minimum_scale = 0.0
    if stacked:
        value_axis.maximum_scale = 1.0
    else:
        highest = max((v for _, values in series for v in values if v is not None), default=1.0)
        value_axis.maximum_scale = min(1.0, math.ceil((highest + 0.05) * 10) / 10)


def _table_slide(slide, table: ExportTable, lang: str, footer: bool = True) -> None:
    from pptx.util import Inches, Pt

    rows = table.rows[:MAX_TABLE_ROWS]
    heads, texts = _slide_columns(table, rows, lang)
    shape = slide.shapes.add_table(len(rows) + 1, len(heads), Inches(0.5), Inches(1.4),
                                   Inches(SLIDE_WIDTH_IN - 1), Inches(0.4 * (len(rows) + 1)))
    grid = shape.table
    for j, head in enumerate(heads):
        grid.cell(0, j).text = head
    for i, row in enumerate(texts, start=1):
        for j, text in enumerate(row):
            grid.cell(i, j).text = text
    for i in range(len(rows) + 1):
        for j in range(len(heads)):
            for paragraph in grid.cell(i, j).text_frame.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(11 if len(heads) <= 8 else 9)
                    run.font.name = FONT
    if footer:
        _text(slide, [*table.header, *table.notes], top=6.2, size=10, height=1.2)


def _slide_columns(table: ExportTable, rows, lang: str) -> tuple[list[str], list[list[str]]]:
    """Heads and cell texts of a slide's table: one column per answer, its share with the interval
    beside it ("48% (38–57)"), so that a question of eight answers still fits a slide's width."""
    heads, picks = [], []
    for j, column in enumerate(table.columns):
        if not column.over:
            heads.append(column.name)
            picks.append((j,))
        elif column.share:  # the share, then the two ends of its interval
            heads.append(column.over)
            picks.append((j, j + 1, j + 2))
    texts = []
    for row in rows:
        line = []
        for pick in picks:
            column = table.columns[pick[0]]
            share = row[pick[0]]
            if len(pick) == 3 and isinstance(share.value, float):
                line.append(format_share_interval(share.value, row[pick[1]].value, row[pick[2]].value, lang))
            else:
                line.append(_cell_text(share, column.kind, lang))
        texts.append(line)
    return heads, texts


def _cell_text(cell, kind: str, lang: str) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if kind == "share":
        return format_percent(value, lang, cell.places)
    if kind == "count":
        return format_count(value, lang)
    return format_number(value, lang, cell.places)


__all__ = ["PERCENT_FORMAT", "SlideSpec", "chart_series", "chart_slide", "crosstab_slide", "deck_bytes"]
