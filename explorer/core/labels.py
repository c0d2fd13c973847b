"""How a label reads: a cell value as the label it is shown and matched by, and labels folded so
that those written by different tools compare equal. Used by every room that matches answers or
keys (the survey model, the release register's lineage, the peer choice)."""

from __future__ import annotations

import re
import unicodedata


def answer_text(value: object) -> str:
    """A cell value as the label it is shown and matched by: 3.0 reads "3"."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def fold(text: object) -> str:
    """Lower case, no accents, single spaces: for comparing labels written by different tools."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"\s+", " ", text.strip().lower())
