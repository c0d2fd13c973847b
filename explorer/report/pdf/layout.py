"""Page templates: the cover band, the running header and "page X of Y" footers.

"Y" is only known when the story has been laid out, so the canvas keeps each finished page and
stamps the numbers on all of them at save time (one layout pass instead of reportlab's
two-pass multiBuild).
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from explorer.report.pdf.fonts import BOLD, REGULAR, text_width
from explorer.report.pdf.styles import (
    CONTENT_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    PEER,
    RULE,
    WHITE,
)
from explorer.report.pdf.text import clean

COVER_BAND = 34 * mm
FOOTER_Y = 11 * mm
HEADER_Y = PAGE_HEIGHT - 13 * mm
SMALL = 7.5


def fit(text: str, width: float, size: float, bold: bool = False) -> str:
    """`text` shortened with an ellipsis to fit `width` on one line."""
    if text_width(text, size, bold) <= width:
        return text
    while text and text_width(text + "…", size, bold) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _time_stamp(created: dt.datetime) -> TimeStamp:
    """reportlab's time stamp in invariant mode, set to `created` (UTC) instead of 2000-01-01."""
    stamp = TimeStamp(invariant=1)
    moment = created.astimezone(dt.timezone.utc)
    stamp.t = moment.timestamp()
    stamp.lt = moment.timetuple()
    stamp.YMDhms = tuple(stamp.lt)[:6]
    return stamp


def numbered_canvas(page_text: str, created: dt.datetime | None = None) -> type[Canvas]:
    """A Canvas class that writes `page_text` (with {page} and {total}) in every footer and dates
    the document `created`."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._finished_pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._finished_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            if created is not None:
                self._doc._timeStamp = _time_stamp(created)
            total = len(self._finished_pages)
            for number, state in enumerate(self._finished_pages, start=1):
                self.__dict__.update(state)
                self.setFont(REGULAR, SMALL)
                self.setFillColor(MUTED)
                self.drawRightString(PAGE_WIDTH - MARGIN_X, FOOTER_Y,
                                     page_text.format(page=number, total=total))
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


class BriefingDocument(BaseDocTemplate):
    """A4 with a cover template (coloured title band) and a body template (running header)."""

    def __init__(self, target, *, title: str, subtitle: str, firm_name: str, date_text: str,
                 footer: str, author: str, lang: str) -> None:
        # initialFontName: otherwise every page starts in a non-embedded Helvetica.
        super().__init__(target, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN_X,
                         rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
                         title=f"{title} – {clean(firm_name)}", author=author, subject=subtitle,
                         creator="Survey Explorer", invariant=1, lang=lang,
                         initialFontName=REGULAR, initialFontSize=10, initialLeading=12)
        self._title = title
        self._subtitle = subtitle
        self._firm = clean(firm_name)
        self._date = date_text
        self._footer = clean(footer)  # the organisation; the data file is named on the method page only
        height = PAGE_HEIGHT - MARGIN_BOTTOM
        cover = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, height - COVER_BAND - 10 * mm,
                      id="cover", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        body = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, height - MARGIN_TOP, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[cover], onPage=self._draw_cover),
            PageTemplate(id="body", frames=[body], onPage=self._draw_body),
        ])

    def _draw_footer(self, canvas: Canvas) -> None:
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, FOOTER_Y + 9, PAGE_WIDTH - MARGIN_X, FOOTER_Y + 9)
        canvas.setFont(REGULAR, SMALL)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, FOOTER_Y, fit(self._footer, CONTENT_WIDTH * 0.6, SMALL))

    def _draw_cover(self, canvas: Canvas, _doc) -> None:
        canvas.saveState()
        canvas.setFillColor(PEER)
        canvas.rect(0, PAGE_HEIGHT - COVER_BAND, PAGE_WIDTH, COVER_BAND, stroke=0, fill=1)
        canvas.setFillColor(WHITE)
        canvas.setFont(BOLD, 22)
        canvas.drawString(MARGIN_X, PAGE_HEIGHT - COVER_BAND + 19 * mm, self._title)
        canvas.setFont(REGULAR, 11)
        canvas.drawString(MARGIN_X, PAGE_HEIGHT - COVER_BAND + 11 * mm, self._subtitle)
        self._draw_footer(canvas)
        canvas.restoreState()

    def _draw_body(self, canvas: Canvas, _doc) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, SMALL)
        canvas.setFillColor(MUTED)
        date_width = text_width(self._date, SMALL)
        head = fit(f"{self._title} · {self._firm}", CONTENT_WIDTH - date_width - 20, SMALL)
        canvas.drawString(MARGIN_X, HEADER_Y, head)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, HEADER_Y, self._date)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, HEADER_Y - 4, PAGE_WIDTH - MARGIN_X, HEADER_Y - 4)
        self._draw_footer(canvas)
        canvas.restoreState()
