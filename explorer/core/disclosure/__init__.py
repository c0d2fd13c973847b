"""Disclosure control (DESIGN.md R1–R5) for everything that leaves the app.

Each rule is a small function on plain numbers or numpy arrays returning `Verdict`s: shown, or
suppressed with a stable reason code, the symbol 'c' and an English note key to translate.
"""

from explorer.core.disclosure.amounts import amount_sensitive
from explorer.core.disclosure.categorical import categorical_verdicts
from explorer.core.disclosure.peers import (
    DEFAULT_MIN_PEERS,
    LOWEST_MIN_PEERS,
    clamp_min_peers,
    differs_by_few,
    peer_group_ok,
)
from explorer.core.disclosure.quartiles import (
    MIN_FIRMS_FOR_QUARTILES,
    Quartiles,
    round_significant,
    safe_quartiles,
)
from explorer.core.disclosure.secondary import (
    secondary_suppression,
    total_discloses_part,
    with_secondary,
)
from explorer.core.disclosure.verdict import (
    REASON_TEXTS,
    SHOWN,
    SUPPRESSED_SYMBOL,
    Reason,
    Verdict,
    combine_verdicts,
)

__all__ = [
    "DEFAULT_MIN_PEERS",
    "LOWEST_MIN_PEERS",
    "MIN_FIRMS_FOR_QUARTILES",
    "Quartiles",
    "REASON_TEXTS",
    "Reason",
    "SHOWN",
    "SUPPRESSED_SYMBOL",
    "Verdict",
    "amount_sensitive",
    "categorical_verdicts",
    "clamp_min_peers",
    "combine_verdicts",
    "differs_by_few",
    "peer_group_ok",
    "round_significant",
    "safe_quartiles",
    "secondary_suppression",
    "total_discloses_part",
    "with_secondary",
]
