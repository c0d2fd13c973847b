"""Making user text (firm names, question and answer labels) safe for the PDF.

Paragraph text is reportlab mini-markup: an unescaped `<b>` or `&` in a firm name would change
the layout or abort the build. Drawing strings and canvas text take no markup, but control
characters would still print as boxes, so every user string is cleaned first.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape as _xml_escape

# C0/C1 control characters (tabs and newlines are folded into spaces by `clean`).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"\s+")


def clean(text: object) -> str:
    """One line of printable text: control characters dropped, runs of white space made one space."""
    if text is None:
        return ""
    value = _SPACES.sub(" ", str(text))
    return _CONTROL.sub("", value).strip()


def escape(text: object) -> str:
    """`text` cleaned and escaped for a reportlab Paragraph (&, <, > and quotes)."""
    return _xml_escape(clean(text), {'"': "&quot;"})


NBSP = "\u00a0"


def keep_units_together(markup: str) -> str:
    """No line break inside "n = 27" or a unit after its number (no-break spaces; text extraction
    that normalises white space still reads them as ordinary spaces)."""
    return markup.replace(" %", NBSP + "%").replace("n = ", f"n{NBSP}={NBSP}")
