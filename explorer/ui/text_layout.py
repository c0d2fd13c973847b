"""Laying out label text in a fixed width: wrapped over a few lines, the last one elided."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics


def wrap_text(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """Words of `text` over at most `max_lines` lines of `width` pixels; the last one elided."""
    words = text.split()
    if not words:
        return [""]
    lines: list[str] = []
    current = ""
    for index, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            current = " ".join(words[index:])
            break
    lines.append(current)
    lines = lines[:max_lines]
    lines[-1] = metrics.elidedText(lines[-1], Qt.TextElideMode.ElideRight, width)
    return lines
