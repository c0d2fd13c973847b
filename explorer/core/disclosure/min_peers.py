"""R1 (minimum peer group size) and the differencing guard."""

from __future__ import annotations

import math
from typing import Iterable

from explorer.core.disclosure.verdict import SHOWN, Reason, Verdict

DEFAULT_MIN_PEERS = 5
LOWEST_MIN_PEERS = 3  # below 3, two colluding peers would learn the third one's answers outright


def clamp_min_peers(value: object = None) -> int:
    """The min_peers preference made safe: default 5 when unset or unreadable, never below 3.

    Fractions round up (4.2 → 5): erring towards more peers is the safe side.
    """
    if value is None or isinstance(value, bool):
        return DEFAULT_MIN_PEERS
    try:
        number = float(value)  # accepts ints, floats and strings like "7" from a settings store
    except (TypeError, ValueError):
        return DEFAULT_MIN_PEERS
    if not math.isfinite(number):
        return DEFAULT_MIN_PEERS
    return max(LOWEST_MIN_PEERS, math.ceil(number))


def peer_group_ok(n_peers: int, min_peers: int = DEFAULT_MIN_PEERS) -> Verdict:
    """R1: a peer group needs at least `min_peers` firms besides the firm benchmarked.

    `n_peers` must already exclude that firm. `min_peers` is clamped, so a corrupt preference
    cannot weaken the rule.
    """
    required = clamp_min_peers(min_peers)
    if n_peers >= required:
        return SHOWN
    return Verdict.suppress(Reason.TOO_FEW_PEERS, min_peers=required, n_peers=int(n_peers))


def differs_by_few(
    group_a_ids: Iterable[object],
    group_b_ids: Iterable[object],
    threshold: int = DEFAULT_MIN_PEERS,
) -> Verdict:
    """Differencing guard: suppress the second of two outputs whose peer groups differ by 1..threshold-1 firms.

    Subtracting the figures of two groups gives the figure of the firms in one and not the other
    (sum(A) − sum(B) = sum(A∖B) − sum(B∖A)), so the symmetric difference is what must be a
    respectable group of its own. Identical groups reveal nothing new and pass. `threshold` is a
    min_peers setting and clamped like one.
    """
    required = clamp_min_peers(threshold)
    a, b = set(group_a_ids), set(group_b_ids)
    differing = len(a ^ b)
    if differing == 0 or differing >= required:
        return SHOWN
    return Verdict.suppress(Reason.DIFFERENCING, threshold=required, differing=differing)
