"""Peer groups for benchmarking one firm: who counts as a peer, widened when too few."""

from explorer.core.benchmark.firms import find_firm, firm_label
from explorer.core.benchmark.peers import PeerGroup, PeerSpec, ReleaseLog, default_peer_group, peer_group_from_spec

__all__ = ["find_firm", "firm_label", "PeerGroup", "PeerSpec", "ReleaseLog", "default_peer_group",
           "peer_group_from_spec"]
