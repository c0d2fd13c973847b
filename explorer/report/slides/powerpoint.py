"""Slides drawn as a PowerPoint deck whose charts are native, editable chart objects with their data.

Every chart is a python-pptx chart (not a picture), so an advisor can restyle it, and PowerPoint's
"Edit data" shows the released figures: shares as fractions with a percent format in the
precision the app shows, a withheld share left out (an empty point) and named in the notes under
the chart. What each slide says comes from explorer.report.slides.spec; here it is only laid out:
the title, a horizontal bar chart (100 % stacked for Likert scales) or a table, and the lines under it.
"""

from __future__ import annotations

import datetime as dt
import io
import math

from explorer.core.export.table import ExportTable
from explorer.report.slides.spec import SlideSpec, chart_series, released_chart, slide_table

# Excel number format of the app's precision rule: 0%, one decimal below 10 %, whole from 10 % up.
PERCENT_FORMAT = "[>=0.0995]0%;[=0]0%;0.0%"  # no "<": python-pptx writes it into XML unescaped
SLIDE_WIDTH_IN, SLIDE_HEIGHT_IN = 13.333, 7.5   # 16:9
FONT = "Calibri"


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


def _chart_or_refusal(slide, summary, lang: str, min_peers, filter_text: str, when: dt.date) -> None:
    released = released_chart(summary, lang, min_peers, filter_text, when)
    if released.summary is None:
        _text(slide, released.lines, top=1.8, size=16)
        return
    _chart(slide, released.summary, lang)
    _text(slide, released.lines, top=6.2, size=10, height=1.2)


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


def _table_slide(slide, table: ExportTable, lang: str) -> None:
    from pptx.util import Inches, Pt

    heads, texts = slide_table(table, lang)
    shape = slide.shapes.add_table(len(texts) + 1, len(heads), Inches(0.5), Inches(1.4),
                                   Inches(SLIDE_WIDTH_IN - 1), Inches(0.4 * (len(texts) + 1)))
    grid = shape.table
    for j, head in enumerate(heads):
        grid.cell(0, j).text = head
    for i, row in enumerate(texts, start=1):
        for j, text in enumerate(row):
            grid.cell(i, j).text = text
    for i in range(len(texts) + 1):
        for j in range(len(heads)):
            for paragraph in grid.cell(i, j).text_frame.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(11 if len(heads) <= 8 else 9)
                    run.font.name = FONT
    _text(slide, [*table.header, *table.notes], top=6.2, size=10, height=1.2)
