"""Render a Briefing to an A4 PDF: `render_briefing_bytes` and the atomic `render_briefing`.

Output is deterministic (reportlab's invariant mode: no random IDs; the creation time is the
briefing's own `created_at`), so the same Briefing gives the same bytes. Two runs build two
briefings with their own creation times: compare their pages, not their bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import os

from reportlab import rl_config

from explorer.core.atomic import write_atomically
from explorer.core.formatting import format_date
from explorer.report.content.i18n import texts
from explorer.report.pdf.layout import BriefingDocument, numbered_canvas
from explorer.report.content.model import Briefing
from explorer.report.pdf.pages import SPACINGS, EndMark, Spacing, story
from explorer.report.pdf.styles import MARGIN_BOTTOM, MARGIN_TOP, PAGE_HEIGHT, styles

# Process-wide reportlab settings, set once so output stays byte-identical between runs:
# shape attribute checking is a development aid that costs ~10 % of a briefing's time, and the
# ASCII-85 layer over compressed page streams only makes the file a quarter larger.
rl_config.shapeChecking = 0
rl_config.useA85 = 0


REMNANT = 0.3  # a last theme page filled less than this is laid out again, tighter


def render_briefing_bytes(briefing: Briefing) -> bytes:
    """The PDF of `briefing` as bytes; no theme page holds only a remnant of a question or two when
    a tighter spacing brings it back onto the page before."""
    for spacing in SPACINGS:
        end, method_end = EndMark(), EndMark()
        data = _render(briefing, spacing, end, method_end)
        spills = method_end.page is not None and end.page is not None and method_end.page > end.page + 1
        if not (_ends_in_remnant(end) or spills):
            return data
    return data


def _ends_in_remnant(end: EndMark) -> bool:
    """Whether the themes end on a page of their own that is filled less than REMNANT (the key
    points are page 2, so a theme page is 3 or later)."""
    if end.page is None or end.y is None or end.page <= 3:
        return False
    frame_top, frame_height = PAGE_HEIGHT - MARGIN_TOP, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    return (frame_top - end.y) < REMNANT * frame_height


def _render(briefing: Briefing, spacing: Spacing, end: EndMark, method_end: EndMark) -> bytes:
    st = styles()  # registers the embedded font on first use
    t = texts(briefing.lang)
    buffer = io.BytesIO()
    branding = briefing.branding
    document = BriefingDocument(buffer, title=t["title"], subtitle=t["subtitle"],
                                firm_name=briefing.firm_title,
                                date_text=format_date(briefing.created, briefing.lang),
                                footer=branding.organisation, author=branding.organisation or "Survey Explorer",
                                lang=briefing.lang)
    created = briefing.created_at or dt.datetime.combine(briefing.created, dt.time(), dt.timezone.utc)
    document.build(story(briefing, t, st, spacing, end, method_end), canvasmaker=numbered_canvas(t["page"], created))
    return buffer.getvalue()


def render_briefing(briefing: Briefing, out_path: str | os.PathLike[str]) -> None:
    """Write the PDF of `briefing` to `out_path` atomically.

    Raises explorer.core.errors.InputError (one plain sentence) when the target cannot be written.
    """
    write_atomically(out_path, render_briefing_bytes(briefing))
