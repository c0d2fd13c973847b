"""The organisation's logo, name and advisor on a briefing (explorer.core.branding holds the values).

A logo is a PNG (drawn as an image) or an SVG (drawn as vectors through svglib), scaled to fit a
box with its proportions kept. A logo that cannot be read is refused with one plain sentence
before any page is drawn, so a briefing never goes out with a broken logo.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Image, Paragraph, Table

from explorer.core.branding import LOGO_SUFFIXES, Branding
from explorer.core.errors import InputError
from explorer.report.pdf.styles import CONTENT_WIDTH, Styles, table_style
from explorer.report.pdf.text import escape

LOGO_BOX = (52 * 2.83465, 18 * 2.83465)  # 52 × 18 mm
MAX_LOGO_BYTES = 5_000_000


def logo_flowable(path: str, lang: str, box: tuple[float, float] = LOGO_BOX) -> Flowable:
    """The logo at `path` scaled into `box` (points), or InputError in `lang`."""
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix not in LOGO_SUFFIXES:
        raise InputError("branding.logo.kind", file=file.name)
    try:
        if file.stat().st_size > MAX_LOGO_BYTES:
            raise InputError("branding.logo.large", file=file.name)
        return _svg(file, box) if suffix == ".svg" else _png(file, box)
    except InputError:
        raise
    except Exception:  # a missing, damaged or hostile file: say so plainly, never a traceback
        raise InputError("branding.logo.unreadable", file=file.name) from None


def _scale(width: float, height: float, box: tuple[float, float]) -> float:
    return min(box[0] / width, box[1] / height) if width > 0 and height > 0 else 0.0


def _png(file: Path, box: tuple[float, float]) -> Flowable:
    from reportlab.lib.utils import ImageReader

    reader = ImageReader(str(file))
    width, height = reader.getSize()
    factor = _scale(width, height, box)
    if not factor:
        raise ValueError("empty image")
    return Image(str(file), width=width * factor, height=height * factor)


def _svg(file: Path, box: tuple[float, float]) -> Flowable:
    from svglib.svglib import svg2rlg

    drawing = svg2rlg(str(file))
    if drawing is None:
        raise ValueError("not an SVG drawing")
    factor = _scale(drawing.width, drawing.height, box)
    if not factor:
        raise ValueError("empty drawing")
    drawing.scale(factor, factor)
    drawing.width, drawing.height = drawing.width * factor, drawing.height * factor
    return drawing


def masthead(branding: Branding, lang: str, st: Styles) -> list[Flowable]:
    """The organisation's logo and name above the firm's name on the cover (nothing without branding)."""
    if not (branding.logo or branding.organisation):
        return []
    cells: list = [logo_flowable(branding.logo, lang) if branding.logo else ""]
    cells.append(Paragraph(f"<b>{escape(branding.organisation)}</b>", st.body) if branding.organisation else "")
    table = Table([cells], colWidths=[LOGO_BOX[0] + 8, CONTENT_WIDTH - LOGO_BOX[0] - 8], hAlign="LEFT")
    table.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 10)))
    return [table]


def advisor_text(branding: Branding) -> str:
    """'Anna de Vries · anna@metaalunie.nl', escaped markup; '' without an advisor."""
    parts = [escape(part) for part in (branding.advisor, branding.contact) if part.strip()]
    return " · ".join(parts)
