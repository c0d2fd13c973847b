"""A last check before a peer figure is printed: the renderer never trusts a verdict blindly.

Content code applies R1–R5 properly (with counts); this repeats the parts that can be judged from
the finished briefing alone, so a bug upstream cannot put a small group's figure on paper:
too few peers (R1), quartiles from fewer than 10 firms (R3), and shares of exactly 0 or 1 where
they tell every peer's answer (R4). Weights are positive, so a weighted share of 1 also means
that every peer gave that answer.
"""

from __future__ import annotations

from explorer.core.disclosure import (
    MIN_FIRMS_FOR_QUARTILES,
    SHOWN,
    Reason,
    Verdict,
    clamp_min_peers,
)
from explorer.report.model import LikertItem, MultiOption, NumericItem, ShareItem


def _base(verdict: Verdict, n: int, min_peers: int) -> Verdict:
    if verdict.suppressed:
        return verdict
    required = clamp_min_peers(min_peers)
    if n < required:
        return Verdict.suppress(Reason.TOO_FEW_PEERS, min_peers=required)
    return SHOWN


def share_verdict(item: ShareItem, min_peers: int) -> Verdict:
    verdict = _base(item.verdict, item.n, min_peers)
    if verdict.shown and item.share is None:
        return Verdict.suppress(Reason.NO_DATA)
    if verdict.shown and item.share >= 1.0:  # every peer gave the firm's answer
        return Verdict.suppress(Reason.ALL_OR_ALL_BUT_ONE)
    return verdict


def option_verdict(option: MultiOption, min_peers: int) -> Verdict:
    verdict = _base(option.verdict, option.n, min_peers)
    if verdict.shown and option.share is None:
        return Verdict.suppress(Reason.NO_DATA)
    if verdict.shown and option.share in (0.0, 1.0):  # each peer's tick on this option is known
        return Verdict.suppress(Reason.ALL_OR_ALL_BUT_ONE)
    return verdict


def likert_verdict(item: LikertItem, min_peers: int) -> Verdict:
    verdict = _base(item.verdict, item.n, min_peers)
    if verdict.shown and item.shares is None:
        return Verdict.suppress(Reason.NO_DATA)
    if verdict.shown and max(item.shares) >= 1.0:
        return Verdict.suppress(Reason.ALL_OR_ALL_BUT_ONE)
    return verdict


def numeric_verdict(item: NumericItem, min_peers: int) -> Verdict:
    return _base(item.verdict, item.n, min_peers)


def quartiles_verdict(item: NumericItem, min_peers: int) -> Verdict:
    verdict = numeric_verdict(item, min_peers)
    if verdict.suppressed:
        return verdict
    if item.quartiles_verdict is not None and item.quartiles_verdict.suppressed:
        return item.quartiles_verdict
    if not item.has_quartiles or item.n < MIN_FIRMS_FOR_QUARTILES:
        return Verdict.suppress(Reason.QUARTILES_NEED_10, min_firms=MIN_FIRMS_FOR_QUARTILES)
    return SHOWN
