"""A firm's position among its peers, released as a band, never as an exact percentile rank.

An exact rank of 0 or 100 says that every peer lies above (or below) the firm's own value, a bound
on each of them; a rank moving by a few points between two releases places a firm. Bands of a
quarter say where the firm stands and nothing that sharp: "among the lowest 25 %".
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from explorer.core.stats import percentile_rank

BAND_EDGES = (0, 25, 50, 75, 100)


class Band(NamedTuple):
    """The quarter of the peers' distribution the firm falls in, in percent (e.g. 0–25)."""

    low: int
    high: int


def percentile_band(firm_value: float, peer_values: np.ndarray) -> Band:
    """The band of the firm's mid-rank percentile among the finite peer values (at least one)."""
    peers = np.asarray(peer_values, dtype=float).ravel()
    peers = peers[np.isfinite(peers)]
    if peers.size == 0:
        raise ValueError("a band needs at least one peer value")
    rank = float(percentile_rank(firm_value, peers))
    for low, high in zip(BAND_EDGES, BAND_EDGES[1:]):
        if rank < high:
            return Band(low, high)
    return Band(BAND_EDGES[-2], BAND_EDGES[-1])
