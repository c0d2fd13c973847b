"""A numeric question's histogram out of the app: small bins withheld, axes from released bins only.

Bins holding 1 to min_peers − 1 firms are withheld (they place a handful of firms in a narrow
range), all bins when one holds all but the colluders; then complementary suppression over the
bins, which add up to n. Withheld or empty bins at either end are cut off, so the axis ends where
the released figures end and never at the largest (or smallest) firm's answer.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from explorer.core.disclosure.audit import CountTable
from explorer.core.disclosure.complementary import complementary_suppression
from explorer.core.disclosure.intruder import colluders_in
from explorer.core.disclosure.min_peers import clamp_min_peers
from explorer.core.disclosure.rounding import round_share
from explorer.core.disclosure.verdict import SHOWN, Reason, Verdict


def _bin_verdicts(counts: np.ndarray, n: int, min_peers: int) -> list[Verdict]:
    if n and counts.size and int(counts.max()) >= n - colluders_in(n):
        return [Verdict.suppress(Reason.ALL_OR_ALL_BUT_ONE)] * counts.size
    small = Verdict.suppress(Reason.TOO_FEW_PEERS, min_peers=min_peers)
    return [small if 0 < c < min_peers else SHOWN for c in counts]


def release_histogram(histogram, min_peers: int | None = None) -> tuple[object | None, tuple[Verdict, ...]]:
    """The histogram that may be drawn (None when no bin may) and the verdicts of withheld bins."""
    if histogram is None:
        return None, ()
    required = clamp_min_peers(min_peers)
    counts = np.asarray(histogram.counts, dtype=np.int64)
    n = int(histogram.n)
    verdicts = _bin_verdicts(counts, n, required)
    primary = np.array([[v.suppressed for v in verdicts]], dtype=bool)
    table = CountTable(n=np.array([n]), counts=counts.reshape(1, -1), multi=False)
    hidden = complementary_suppression(table, primary)[0] if n else primary[0]
    secondary = Verdict.suppress(Reason.SECONDARY)
    verdicts = [secondary if hidden[i] and verdicts[i].shown else verdicts[i] for i in range(counts.size)]
    shown = np.flatnonzero(~hidden & (counts > 0))
    withheld = tuple(v for v in verdicts if v.suppressed)
    if shown.size == 0:
        return None, withheld
    first, last = int(shown[0]), int(shown[-1]) + 1
    shares = np.array([round_share(s) for s in histogram.shares], dtype=float)
    shares[hidden] = np.nan
    safe_counts = np.where(hidden, 0, counts)
    released = replace(histogram, edges=np.asarray(histogram.edges)[first:last + 1], counts=safe_counts[first:last],
                       shares=shares[first:last])
    return released, withheld
