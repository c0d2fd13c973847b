"""The embedded TTF font: DejaVu Sans covers Łódź, Škoda, Ærø, €, → and the chart symbols.

The base-14 PDF fonts know only Latin-1 and are not embedded, so names from Poland or the Czech
Republic would print wrong. reportlab embeds only the glyphs used (a subset), which keeps a
briefing small. Parsing the TTF costs ~80 ms, so it happens once per process.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from explorer.core.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) with reportlab once; safe to call from any thread."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        pdfmetrics.registerFont(TTFont(REGULAR, str(resource_path("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
        # <b> and <i> in paragraphs map onto the family; there is no oblique file, so italic
        # falls back to upright rather than to a non-embedded Helvetica.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True


def text_width(text: str, size: float, bold: bool = False) -> float:
    return pdfmetrics.stringWidth(text, BOLD if bold else REGULAR, size)
