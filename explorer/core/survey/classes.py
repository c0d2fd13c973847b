"""Classes of a numeric question: bins for a split, a filter or a recoded question.

A class holds the answers from its lower edge up to, not including, its upper edge: `< 10`,
`10 – < 50`, `≥ 50`. By default the edges are the quartiles of all answers in the file (not of
the selection, so that a class means the same after every filter click), rounded to two
significant figures by the release module's rule so that no edge is one firm's exact value
(DESIGN.md R3), and only from 10 answers up.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from explorer.core.errors import Count, InputError

MIN_ANSWERS_FOR_QUARTILES = 10


def quartile_edges(values: np.ndarray) -> tuple[float, ...]:
    """The rounded quartiles of the finite values, without repeats; refused below 10 answers."""
    from explorer.core.disclosure import round_significant

    finite = values[np.isfinite(values)]
    if finite.size < MIN_ANSWERS_FOR_QUARTILES:
        raise InputError("error.classes.too_few", needed=MIN_ANSWERS_FOR_QUARTILES, count=Count(finite.size))
    quartiles = np.quantile(finite, [0.25, 0.5, 0.75])
    edges = sorted({round_significant(q) for q in quartiles})
    if not edges:
        raise InputError("error.classes.no_spread")
    return tuple(edges)


def checked_edges(edges) -> tuple[float, ...]:
    """Edges given by the user: finite numbers, strictly rising."""
    try:
        numbers = tuple(float(e) for e in edges)
    except (TypeError, ValueError):
        raise InputError("error.classes.not_numbers") from None
    if not numbers or not all(np.isfinite(numbers)):
        raise InputError("error.classes.none")
    if any(b <= a for a, b in zip(numbers, numbers[1:])):
        raise InputError("error.classes.not_rising")
    return numbers


def class_labels(edges: tuple[float, ...]) -> tuple[str, ...]:
    """`< e1`, `e1 – < e2`, …, `≥ ek`: one label per class, language-neutral."""
    texts = [_number(e) for e in edges]
    labels = [f"< {texts[0]}"]
    labels += [f"{low} – < {high}" for low, high in zip(texts, texts[1:])]
    labels.append(f"≥ {texts[-1]}")
    return tuple(labels)


def classes_of(values: np.ndarray, edges: tuple[float, ...], index=None) -> pd.Series:
    """Each answer's class as an ordered categorical; no answer (NaN) has none."""
    labels = class_labels(edges)
    codes = np.searchsorted(np.asarray(edges, dtype=float), values, side="right").astype(np.int64)
    codes[~np.isfinite(values)] = -1
    return pd.Series(pd.Categorical.from_codes(codes, categories=list(labels), ordered=True), index=index)


def _number(value: float) -> str:
    return format(value, ".15g")
