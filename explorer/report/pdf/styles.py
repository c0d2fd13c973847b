"""Page geometry, colours and paragraph styles shared by pages and charts.

Colours are the Okabe–Ito palette (safe for the common colour-vision deficiencies), and the firm
is never marked by colour alone: it also gets a marker shape and bold text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from explorer.report.pdf.fonts import BOLD, REGULAR, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

# Okabe–Ito: blue for peers, vermillion for the firm; greys for structure.
PEER = colors.HexColor("#0072B2")
PEER_LIGHT = colors.HexColor("#B9DDF1")
FIRM = colors.HexColor("#D55E00")
TEXT = colors.HexColor("#1F1F1F")
MUTED = colors.HexColor("#5F5F5F")
RULE = colors.HexColor("#BDBDBD")
TRACK = colors.HexColor("#EDEDED")
PANEL = colors.HexColor("#F4F7FA")
WHISKER = colors.HexColor("#1F1F1F")
WHITE = colors.white

# Sequential blues (ColorBrewer "Blues") for Likert levels, low → high: told apart by lightness,
# not hue, so they survive colour-vision deficiencies and greyscale printing.
_BLUES = [colors.HexColor(h) for h in ("#DEEBF7", "#9ECAE1", "#6BAED6", "#3182BD", "#08519C")]


def likert_colours(levels: int) -> list[colors.Color]:
    """`levels` colours spread evenly over the Blues ramp."""
    if levels <= 1:
        return [_BLUES[2]]
    result = []
    for i in range(levels):
        position = i * (len(_BLUES) - 1) / (levels - 1)
        low = min(int(position), len(_BLUES) - 2)
        result.append(colors.linearlyInterpolatedColor(_BLUES[low], _BLUES[low + 1], 0, 1,
                                                       position - low))
    return result


def is_dark(colour: colors.Color) -> bool:
    """Whether white text reads better than black on `colour` (relative luminance)."""
    return 0.2126 * colour.red + 0.7152 * colour.green + 0.0722 * colour.blue < 0.5


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    firm: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    question: ParagraphStyle
    statement: ParagraphStyle   # a grid's item under the grid's question
    body: ParagraphStyle
    caption: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    bullet: ParagraphStyle
    rule: ParagraphStyle
    rule_compact: ParagraphStyle
    note_plain: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The paragraph styles (built once; ParagraphStyle objects are never modified afterwards)."""
    register_fonts()

    def style(name: str, size: float, leading: float, font: str = REGULAR, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, textColor=kw.pop(
            "textColor", TEXT), alignment=TA_LEFT, splitLongWords=1, **kw)

    return Styles(
        title=style("title", 13, 16, BOLD, textColor=WHITE),
        firm=style("firm", 24, 29, BOLD, spaceAfter=4),
        subtitle=style("subtitle", 12, 16, textColor=MUTED, spaceAfter=18),
        h1=style("h1", 17, 21, BOLD, textColor=PEER, spaceAfter=4),
        h2=style("h2", 12, 15, BOLD, spaceBefore=10, spaceAfter=5),
        question=style("question", 10.5, 13.5, BOLD, spaceAfter=3),
        statement=style("statement", 10.5, 13.5, spaceAfter=3),
        body=style("body", 10, 14),
        caption=style("caption", 8.5, 11.5, textColor=MUTED),
        small=style("small", 8.5, 11),
        note=style("note", 8, 10.5, textColor=MUTED, leftIndent=10, firstLineIndent=-10),
        cell=style("cell", 9, 12),
        cell_bold=style("cell_bold", 9, 12, BOLD),
        bullet=style("bullet", 10.5, 15, leftIndent=18, spaceAfter=8, bulletFontName=BOLD,
                     bulletFontSize=10.5, bulletIndent=0, bulletColor=PEER),
        rule=style("rule", 8.5, 11, leftIndent=20, spaceAfter=2, bulletFontName=BOLD,
                   bulletFontSize=8.5, bulletIndent=0),
        rule_compact=style("rule_compact", 7.8, 9.8, leftIndent=20, spaceAfter=1, bulletFontName=BOLD,
                           bulletFontSize=7.8, bulletIndent=0),
        note_plain=style("note_plain", 7.8, 9.6),
    )


def table_style(*commands: tuple) -> TableStyle:
    """A TableStyle whose default font is the embedded one (reportlab's default is Helvetica,
    which is not embedded and would be referenced even by empty cells)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def header_grid_style() -> TableStyle:
    """A small table with a shaded header row and a rule under every row (withheld figures, rounds)."""
    return table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), PANEL),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    )
