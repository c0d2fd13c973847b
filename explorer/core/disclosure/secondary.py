"""R5: secondary suppression, so a hidden part cannot be recovered as total minus the shown parts."""

from __future__ import annotations

from typing import Sequence

import numpy as np

from explorer.core.disclosure.verdict import Reason, Verdict


def secondary_suppression(
    parts_counts: np.ndarray, suppressed_mask: np.ndarray, total_shown: bool = True
) -> np.ndarray:
    """The suppression mask after adding a secondary cell where one is needed.

    When the total is shown and exactly one part is hidden, that part equals total − the others,
    so one more part is hidden: the smallest remaining one (least information lost; ties → the
    first). Two or more hidden parts only reveal their sum, which is the accepted protection.
    For shares of a single-choice question the total is always shown implicitly (100 %).
    If the only part there is is hidden, no other part can be; the total then reveals it and must
    itself be hidden: see `total_discloses_part`.
    """
    parts = np.asarray(parts_counts, dtype=float)
    mask = np.asarray(suppressed_mask, dtype=bool)
    if parts.ndim != 1 or parts.shape != mask.shape:
        raise ValueError("parts_counts and suppressed_mask must be 1-D and of equal length")
    result = mask.copy()
    if not total_shown or np.count_nonzero(mask) != 1:
        return result
    candidates = np.flatnonzero(~mask)
    if candidates.size == 0:
        return result
    # argmin returns the first of equal minima, which keeps the choice stable across runs.
    result[candidates[np.argmin(parts[candidates])]] = True
    return result


def total_discloses_part(suppressed_mask: np.ndarray, total_shown: bool = True) -> bool:
    """True when a shown total would give away the one hidden part (after secondary suppression)."""
    return bool(total_shown and np.count_nonzero(np.asarray(suppressed_mask, dtype=bool)) == 1)


def with_secondary(
    verdicts: Sequence[Verdict], parts_counts: np.ndarray, total_shown: bool = True
) -> tuple[Verdict, ...]:
    """Per-part verdicts with secondary suppression applied; added cells get reason 'secondary'."""
    primary = np.array([v.suppressed for v in verdicts], dtype=bool)
    final = secondary_suppression(parts_counts, primary, total_shown)
    secondary = Verdict.suppress(Reason.SECONDARY)
    return tuple(
        secondary if final[i] and not primary[i] else verdict for i, verdict in enumerate(verdicts)
    )
