"""Colours of the charts: colour-blind safe, with readable text on every fill.

Series colours are the Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008), which
stays distinguishable under the common forms of colour blindness. Likert scales diverge from
orange (disagree) through a light grey (neutral) to blue (agree): orange against blue is the
pair that survives deuteranopia, protanopia and tritanopia alike.

Marks for small groups (DESIGN.md R1 and the n < 30 rule of thumb):
- n < small_n (30): the fill is lightened and hatched in the series colour ("interpret with care");
- n < min_n (5):    the fill is grey, whatever the series ("too few to share").

Colours are hex strings here; the few Qt objects (brushes) are made lazily and cached, because a
QPixmap needs a QGuiApplication and a repaint should not build brushes.
"""

from __future__ import annotations

from functools import lru_cache

# Okabe–Ito, reordered so that the first colours are the strongest on white. Yellow (#F0E442)
# comes late: as a bar on white it is the weakest of the eight.
OKABE_ITO = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "bluish_green": "#009E73",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "sky_blue": "#56B4E9",
    "yellow": "#F0E442",
    "black": "#000000",
}
SERIES = (
    OKABE_ITO["blue"],
    OKABE_ITO["orange"],
    OKABE_ITO["bluish_green"],
    OKABE_ITO["vermillion"],
    OKABE_ITO["reddish_purple"],
    OKABE_ITO["sky_blue"],
    OKABE_ITO["yellow"],
    "#3C3C3C",  # Okabe–Ito black, softened (only the 7th/8th option of a stacked bar gets here)
)
MAX_SERIES = len(SERIES)

# Ink and paper.
BACKGROUND = "#FFFFFF"
INK = "#1A1A1A"          # titles, labels
MUTED_INK = "#595959"    # notes, axis text (7:1 on white)
AXIS = "#8C8C8C"
GRID = "#E6E6E6"
WHISKER = "#1A1A1A"
TINY_FILL = "#C8C8C8"    # n < min_n: grey, never a series colour
TINY_INK = "#6E6E6E"
SUPPRESSED_INK = "#404040"  # the 'c' of a suppressed cell in an export

# Diverging ends and centre for Likert scales (negative → neutral → positive).
LIKERT_NEGATIVE = ("#F6B26B", "#B35806")   # light → strong orange
LIKERT_NEUTRAL = "#DDDDDD"
LIKERT_POSITIVE = ("#8CB8DD", "#1F5F99")   # light → strong blue

SMALL_LIGHTEN = 0.55      # how far a small group's fill moves towards white


def _rgb(colour: str) -> tuple[int, int, int]:
    text = colour.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"expected a colour like #RRGGBB, got {colour!r}")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02X}" for c in rgb)


def mix(a: str, b: str, t: float) -> str:
    """The colour a fraction `t` of the way from `a` to `b`."""
    ra, rb = _rgb(a), _rgb(b)
    return _hex(tuple(x + (y - x) * t for x, y in zip(ra, rb)))


def lighten(colour: str, amount: float = SMALL_LIGHTEN) -> str:
    return mix(colour, "#FFFFFF", amount)


def greyed(colour: str) -> str:
    """A light grey of the colour's lightness, so that the levels of a greyed Likert bar differ."""
    lum = relative_luminance(colour)
    level = 150 + 90 * lum  # 150 (dark fills) .. 240 (light fills)
    return _hex((level, level, level))


def series_colour(index: int) -> str:
    return SERIES[index % MAX_SERIES]


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance, 0 (black) to 1 (white)."""
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def text_on(fill: str) -> str:
    """Black or white, whichever reads better on `fill` (larger WCAG contrast)."""
    return INK if contrast_ratio(fill, INK) >= contrast_ratio(fill, "#FFFFFF") else "#FFFFFF"


def likert_colours(levels: int) -> tuple[str, ...]:
    """Fill colours of a diverging scale of `levels` ordered levels (negative first).

    An odd scale has a neutral centre. Within each half the level farthest from the centre is
    the strongest colour.
    """
    if levels <= 0:
        return ()
    if levels == 1:
        return (LIKERT_NEUTRAL,)
    half = levels // 2
    negative = [mix(LIKERT_NEGATIVE[0], LIKERT_NEGATIVE[1], 1 - i / max(half - 1, 1)) if half > 1
                else LIKERT_NEGATIVE[1] for i in range(half)]
    positive = [mix(LIKERT_POSITIVE[0], LIKERT_POSITIVE[1], i / max(half - 1, 1)) if half > 1
                else LIKERT_POSITIVE[1] for i in range(half)]
    middle = [LIKERT_NEUTRAL] if levels % 2 else []
    return tuple(negative + middle + positive)


def category_colours(count: int) -> tuple[str, ...]:
    """Colours for the options of a stacked (non-diverging) bar."""
    return tuple(series_colour(i) for i in range(count))


# ---- Qt objects, made on first use -------------------------------------------------------------

MARK_NORMAL = "normal"
MARK_SMALL = "small"
MARK_TINY = "tiny"


def fill_for(colour: str, mark: str) -> str:
    """The flat fill colour (as in a legend swatch) of a series colour under a mark."""
    if mark == MARK_TINY:
        return greyed(colour)
    if mark == MARK_SMALL:
        return lighten(colour)
    return colour


@lru_cache(maxsize=256)
def brush(colour: str, mark: str = MARK_NORMAL):
    """The flat QBrush of a bar: the series colour, lightened (small group) or grey (tiny group).

    The hatching of a small group is a second brush (`hatch`) drawn over this one: Qt's pattern
    brushes are cosmetic (drawn in device pixels), whereas a texture brush would be stretched by
    the plot's data-to-pixel transform.
    """
    from PySide6.QtGui import QBrush, QColor

    return QBrush(QColor(fill_for(colour, mark)))


@lru_cache(maxsize=128)
def hatch(colour: str):
    """Diagonal hatching in `colour` on a transparent ground (for small groups)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QBrush, QColor

    return QBrush(QColor(colour), Qt.BrushStyle.BDiagPattern)


@lru_cache(maxsize=1)
def no_brush():
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QBrush

    return QBrush(Qt.BrushStyle.NoBrush)


@lru_cache(maxsize=64)
def pen(colour: str, width: float = 1.0, cosmetic: bool = True):
    from PySide6.QtGui import QColor, QPen

    result = QPen(QColor(colour))
    result.setWidthF(width)
    result.setCosmetic(cosmetic)
    return result


def no_pen():
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPen

    return QPen(Qt.PenStyle.NoPen)
