"""Multi-select answers written in one cell: "Kosten;Kwaliteit", "A|B", "['a' ;  'b']", "X, Y".

Tools join the ticked options with a separator. Two habits make a plain split wrong: ODK writes
a Python-like list (`['maize' ;  'beans']`), and Google Forms joins with ", " although an option
may itself hold a comma ("Hispanic, Latino, or Spanish origin"). The options are therefore found
from the data: pieces that always travel together, in the same order, are one option
(`_glue`). Cells are then read back into options by matching the longest known option first
(`cell_options`), so counting and ticking agree.
"""

from __future__ import annotations

from collections import Counter

JOIN_SEPARATORS = (";", ", ", ",", "|")
# Separators that also occur inside option labels written in prose.
PROSE_SEPARATORS = (", ", ",")
# A question with more options than this is free text listed with commas, not a multi-select.
MAX_JOINED_OPTIONS = 250
_QUOTES = "'\""


def pieces(value: str, separator: str) -> list[str]:
    """The non-empty parts of a cell, without the list brackets and quotes some tools add."""
    text = value.strip()
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
    parts = []
    for part in text.split(separator.strip() or separator):
        part = part.strip()
        if len(part) >= 2 and part[0] == part[-1] and part[0] in _QUOTES:
            part = part[1:-1].strip()
        if part:
            parts.append(part)
    return parts


def cell_options(value: str, separator: str, options: dict[str, int] | Counter) -> list[str]:
    """The options one cell holds, matching the longest known option (in pieces) first."""
    parts = pieces(value, separator)
    joiner = _joiner(separator)
    found, start = [], 0
    while start < len(parts):
        for end in range(len(parts), start, -1):
            candidate = joiner.join(parts[start:end])
            if end - start == 1 or candidate in options:
                found.append(candidate)
                start = end
                break
    return found


def joined_options(counts: Counter, separator: str) -> Counter | None:
    """Mentions of each option in cells joined by `separator`, or None when there are too many."""
    split = {value: pieces(value, separator) for value in counts}
    glued = _glue(split) if separator in PROSE_SEPARATORS else {}
    options: Counter = Counter()
    for value, parts in split.items():
        for option in cell_options(value, separator, glued) if glued else parts:
            options[option] += counts[value]
        if len(options) > MAX_JOINED_OPTIONS:
            return None
    return options or None


def _joiner(separator: str) -> str:
    """How the pieces of one option are put back together."""
    return ", " if separator in PROSE_SEPARATORS else separator


def _glue(split: dict[str, list[str]]) -> dict[str, int]:
    """Options that contain the separator: a piece that only ever follows one other piece belongs to it.

    "Hispanic, Latino, or Spanish origin" splits into three pieces; "Latino" and "or Spanish
    origin" never occur anywhere else, so the three are one option. A ticked option follows
    whatever was ticked before it, so it is preceded by different pieces (or starts a cell).
    """
    preceding: dict[str, set[str | None]] = {}
    for parts in split.values():
        for i, part in enumerate(parts):
            preceding.setdefault(part, set()).add(parts[i - 1] if i > 0 else None)
    options: dict[str, int] = {}
    for parts in split.values():
        run = parts[:1]
        for previous, part in zip(parts, parts[1:]):
            if preceding[part] == {previous}:
                run.append(part)
                continue
            options[", ".join(run)] = len(run)
            run = [part]
        if run:
            options[", ".join(run)] = len(run)
    return options
