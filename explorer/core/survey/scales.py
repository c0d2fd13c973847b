"""Answer scales: yes/no, Likert scales in words, numbered scales, and bare answer codes.

A scale is judged from the distinct answers alone, so a grid of items can be judged on the
answers of all its items together (see `grids`). Every judge returns the whole scale, including
points that nobody chose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from explorer.core.labels import fold
from explorer.core.survey.vocabulary import DONT_KNOW, LIKERT_SCALES, NO, YES

# "1 - strongly disagree", "5 = Zeer eens", "0: not at all", "3", "10 (extremely)"
_SCALE_POINT = re.compile(r"^\s*(\d{1,2})(?:\s*[-–:=.)(]\s*|\s+)?(.*?)\)?\s*$")
MAX_SCALE_POINT = 10
_LEADING_NUMBER = re.compile(r"^\s*(-?\d+(?:[.,]\d+)?)")


@dataclass(frozen=True)
class ColumnKind:
    kind: str
    options: tuple[str, ...] = ()
    separator: str = ""
    dont_know: tuple[str, ...] = ()
    confidence: float = 1.0


def _likert(labels: list[str]) -> ColumnKind | None:
    folded = {fold(label): label for label in labels}
    scale_part = {f for f in folded if f not in DONT_KNOW}
    if len(scale_part) < 2:
        return None
    for scale in LIKERT_SCALES:
        if scale_part <= set(scale) and len(scale_part) >= min(3, len(scale)):
            ordered = tuple(folded.get(level, level[:1].upper() + level[1:]) for level in scale)
            dont_know = tuple(folded[f] for f in folded if f in DONT_KNOW)
            return ColumnKind("likert", options=ordered, dont_know=dont_know, confidence=0.95)
    return None


def _yes_no(labels: list[str]) -> ColumnKind | None:
    folded = {fold(label): label for label in labels}
    yes = [folded[f] for f in folded if f in YES]
    no = [folded[f] for f in folded if f in NO]
    rest = [folded[f] for f in folded if f not in YES and f not in NO]
    if len(yes) == 1 and len(no) == 1 and all(fold(r) in DONT_KNOW for r in rest):
        return ColumnKind("yesno", options=(yes[0], no[0], *rest), confidence=0.95)
    return None


def likert_order(options: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Options in scale order, negative to positive, "don't know" answers last.

    A known scale (NL/EN/DE/FR) gives the order; otherwise labels that start with a number
    ("1 - helemaal niet", "5 - zeer") are sorted by it; otherwise the order is kept.
    """
    options = tuple(options)
    scale_part = [o for o in options if fold(o) not in DONT_KNOW]
    outside = [o for o in options if fold(o) in DONT_KNOW]
    folded = {fold(o): o for o in scale_part}
    for scale in LIKERT_SCALES:
        if set(folded) <= set(scale) and len(folded) >= 2:
            return tuple(folded[level] for level in scale if level in folded) + tuple(outside)
    numbers = [_LEADING_NUMBER.match(o) for o in scale_part]
    if scale_part and all(numbers):
        keyed = sorted(zip(scale_part, numbers), key=lambda pair: float(pair[1].group(1).replace(",", ".")))
        return tuple(o for o, _ in keyed) + tuple(outside)
    return tuple(scale_part) + tuple(outside)


def numbered_scale(labels: list[str]) -> ColumnKind | None:
    """A 1–5, 1–7 or 0–10 scale written as numbers whose end points carry words.

    `1 - strongly disagree`, `2`, `3`, `4`, `5 - strongly agree` is an ordered scale, not five
    answer options; points between the lowest and highest that nobody chose are part of it.
    Lists where every point has words are answer codes with labels, not this.
    """
    points: dict[int, str] = {}
    dont_know = []
    worded = 0
    for label in labels:
        if fold(label) in DONT_KNOW:
            dont_know.append(label)
            continue
        match = _SCALE_POINT.match(label)
        if match is None or int(match.group(1)) in points:
            return None
        number, words = int(match.group(1)), match.group(2).strip()
        if words and not re.search(r"[^\W\d_]", words):
            return None  # "1.5", "2-3": a number or a range, not a point with words
        points[number] = label
        worded += bool(words)
    if len(points) < 2 or max(points) > MAX_SCALE_POINT or not worded or worded == len(points):
        return None
    low, high = min(points), max(points)
    ends_worded = any(_SCALE_POINT.match(points[n]).group(2).strip() for n in (low, high))
    if not ends_worded:
        return None
    options = tuple(points.get(n, str(n)) for n in range(low, high + 1))
    return ColumnKind("likert", options=options, dont_know=tuple(dont_know), confidence=0.9)


def coded_range(values: set[float]) -> ColumnKind:
    """Whole-number answer codes without labels (a numeric export): every code from the lowest to
    the highest, unsure, so the mapping dialog asks the user to confirm."""
    low, high = int(min(values)), int(max(values))
    return ColumnKind("single", options=tuple(str(n) for n in range(low, high + 1)), confidence=0.5)


def scale_of_labels(labels: list[str]) -> ColumnKind | None:
    """Yes/no, a Likert scale in words, or a numbered scale; None for other answers."""
    for judge in (_yes_no, _likert, numbered_scale):
        found = judge(labels)
        if found:
            return found
    return None
