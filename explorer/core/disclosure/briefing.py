"""What a peer-benchmark briefing may print about the peers, question by question.

The briefing compares one firm with its peer group (unweighted: comparisons count firms). Per
question: R1 on the peers who answered it, R4 against the colluding peers on the whole answer
distribution (per option for multi-select), and for numbers the quartiles by R3 and the firm's
position as a band of a quarter, never an exact percentile rank.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explorer.core.disclosure.categorical import categorical_verdicts
from explorer.core.disclosure.min_peers import peer_group_ok
from explorer.core.disclosure.quartiles import Quartiles, release_quartiles
from explorer.core.disclosure.ranks import Band, percentile_band
from explorer.core.disclosure.rounding import round_share
from explorer.core.disclosure.verdict import Verdict


def release_peer_shares(counts: np.ndarray, n: int, min_peers: int, multi: bool = False) -> tuple[Verdict, ...]:
    """One verdict per option for the peers' answer counts (`n` peers answered)."""
    counts = np.asarray(counts, dtype=np.int64)
    group = peer_group_ok(int(n), min_peers)
    if group.suppressed:
        return (group,) * counts.size
    return categorical_verdicts(counts, int(n), multi=multi)


def released_share(share: float) -> float:
    """A peer share (or interval end) as printed: the one rounding rule."""
    return round_share(share)


@dataclass(frozen=True)
class PeerNumbers:
    """A numeric question's peer figures as they may be printed.

    `verdict` covers the item (R1); `band` is the firm's quarter among the peers (None without a
    firm value or when withheld); `quartiles` are released ones or None, `quartiles_verdict` then
    says why.
    """

    verdict: Verdict
    band: Band | None
    quartiles: Quartiles | None
    quartiles_verdict: Verdict | None


def release_peer_numbers(firm_value: float | None, peer_values: np.ndarray, min_peers: int) -> PeerNumbers:
    peers = np.asarray(peer_values, dtype=float)
    peers = peers[np.isfinite(peers)]
    verdict = peer_group_ok(int(peers.size), min_peers)
    if verdict.suppressed:
        return PeerNumbers(verdict, None, None, verdict)
    band = percentile_band(firm_value, peers) if firm_value is not None else None
    quartiles = release_quartiles(peers, min_peers=min_peers)
    if isinstance(quartiles, Quartiles):
        return PeerNumbers(verdict, band, quartiles, None)
    return PeerNumbers(verdict, band, None, quartiles)
