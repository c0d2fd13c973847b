"""Qt's SVG made to render the same in browsers, LibreOffice, Inkscape and librsvg.

QSvgGenerator writes two things only Qt and browsers agree on:

- the widget font's family as Qt names it ("Sans Serif"), which other programs do not know; it
  becomes an explicit family with common fallbacks;
- lines of plot items (whiskers, grid lines, separators) as paths in scaled data coordinates
  with `vector-effect="non-scaling-stroke"`; renderers that ignore that effect (librsvg,
  Inkscape) scale a 2-pixel pen by the plot's scale and draw black blocks. The scale goes into
  the coordinates instead, so every renderer draws the stroke as wide as Qt meant. The same holds
  for outlined rectangles (the segments of a stacked bar, with a white pen between them): scaled,
  their outline would cover the whole segment.
"""

from __future__ import annotations

import re

FONT_FAMILY = "'DejaVu Sans', Verdana, Arial, Helvetica, sans-serif"

_FONT = re.compile(r'font-family="[^"]*"')
_GROUP = re.compile(r'(<g\b[^>]*?)\stransform="matrix\(([^)]*)\)"([^>]*>)(.*?)(</g>)', re.S)
_LINE_ELEMENT = re.compile(r"<(path|polyline|polygon|rect)\b[^>]*/>", re.S)
_RECT = re.compile(r"<rect\b[^>]*/>", re.S)
_NUMBER = r"(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)"
_RECT_BOX = re.compile(rf'\sx="{_NUMBER}"\s+y="{_NUMBER}"\s+width="{_NUMBER}"\s+height="{_NUMBER}"')
_PAIR = re.compile(r"(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?),(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)")
_POINTS = re.compile(r'\b(d|points)="([^"]*)"')


def portable_svg(svg: str) -> str:
    """`svg` with an explicit font family and the scale of line-only groups moved into their points."""
    svg = _FONT.sub(f'font-family="{FONT_FAMILY}"', svg)
    return _GROUP.sub(_unscale_group, svg)


def _unscale_group(match: re.Match) -> str:
    head, matrix, rest, body, end = match.groups()
    try:
        a, b, c, d, e, f = (float(v) for v in matrix.split(","))
    except ValueError:
        return match.group(0)
    scaled = abs(a - 1) > 1e-9 or abs(d - 1) > 1e-9 or b or c
    elements = _LINE_ELEMENT.findall(body)
    only_lines = elements and not re.sub(r"\s+", "", _LINE_ELEMENT.sub("", body))
    if not scaled or not only_lines or (_RECT.search(body) and (b or c)):
        return match.group(0)  # text and images keep their transform; they render alike

    def move(pair: re.Match) -> str:
        x, y = float(pair.group(1)), float(pair.group(2))
        return f"{a * x + c * y + e:.3f},{b * x + d * y + f:.3f}"

    def points(attribute: re.Match) -> str:
        return f'{attribute.group(1)}="{_PAIR.sub(move, attribute.group(2))}"'

    def box(rect: re.Match) -> str:
        x, y, width, height = (float(v) for v in rect.groups())
        left, right = sorted((a * x + e, a * (x + width) + e))
        top, bottom = sorted((d * y + f, d * (y + height) + f))
        return f' x="{left:.3f}" y="{top:.3f}" width="{right - left:.3f}" height="{bottom - top:.3f}"'

    body = _RECT.sub(lambda rect: _RECT_BOX.sub(box, rect.group(0)), body)
    return head + rest + _POINTS.sub(points, body) + end
