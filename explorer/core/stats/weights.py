"""Survey weights: which are usable, normalisation, Kish effective sample size."""

from __future__ import annotations

import numpy as np


def usable_weight_mask(weights: np.ndarray) -> np.ndarray:
    """True where a weight is finite and strictly positive.

    Missing (NaN), infinite, zero and negative weights cannot represent a firm in a weighted
    estimate: a zero weight contributes nothing yet would inflate n, a negative one has no meaning.
    Share and summary functions therefore leave such rows out of the base when weighting.
    """
    w = np.asarray(weights, dtype=float)
    return np.isfinite(w) & (w > 0)


def normalise_weights(weights: np.ndarray) -> np.ndarray:
    """Weights rescaled to mean 1, so a weighted count reads on the scale of respondents."""
    w = _checked(weights)
    if w.size == 0:
        return w.copy()
    return w / w.mean()


def largest_weight_share(weights: np.ndarray) -> float:
    """The largest single weight as a fraction of the total (0.0 for no weights)."""
    w = _checked(weights)
    total = float(w.sum())
    return float(w.max()) / total if w.size and total > 0 else 0.0


def kish_effective_n(weights: np.ndarray) -> float:
    """Kish's effective sample size (Σw)² / Σw²: equals len(w) for equal weights, less otherwise.

    Invariant to rescaling the weights, so it does not matter whether they are normalised first.
    Returns 0.0 for no weights.
    """
    w = _checked(weights)
    sum_of_squares = float(np.dot(w, w))
    if sum_of_squares == 0.0:
        return 0.0
    total = float(w.sum())
    # Cauchy–Schwarz guarantees <= len(w); the min removes rounding above it.
    return min(total * total / sum_of_squares, float(w.size))


def _checked(weights: np.ndarray) -> np.ndarray:
    w = np.asarray(weights, dtype=float).ravel()
    if not np.all(usable_weight_mask(w)):
        raise ValueError("weights must be finite and positive; drop unusable rows first")
    return w
