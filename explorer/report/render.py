"""Render a Briefing to an A4 PDF: `render_briefing_bytes` and the atomic `render_briefing`.

Output is deterministic (reportlab's invariant mode: no random IDs; the creation time is the
briefing's own `created_at`), so the same briefing gives the same bytes and batch runs can be
compared or resumed.
"""

from __future__ import annotations

import datetime as dt
import io
import os

from reportlab import rl_config

from explorer.core.atomic import write_atomically
from explorer.core.formatting import format_date
from explorer.report.i18n import texts
from explorer.report.layout import BriefingDocument, numbered_canvas
from explorer.report.model import Briefing
from explorer.report.pages import story
from explorer.report.styles import styles

# Process-wide reportlab settings, set once so output stays byte-identical between runs:
# shape attribute checking is a development aid that costs ~10 % of a briefing's time, and the
# ASCII-85 layer over compressed page streams only makes the file a quarter larger.
rl_config.shapeChecking = 0
rl_config.useA85 = 0


def render_briefing_bytes(briefing: Briefing) -> bytes:
    """The PDF of `briefing` as bytes."""
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
    document.build(story(briefing, t, st), canvasmaker=numbered_canvas(t["page"], created))
    return buffer.getvalue()


def render_briefing(briefing: Briefing, out_path: str | os.PathLike[str]) -> None:
    """Write the PDF of `briefing` to `out_path` atomically.

    Raises explorer.core.errors.InputError (one plain sentence) when the target cannot be written.
    """
    write_atomically(out_path, render_briefing_bytes(briefing))
