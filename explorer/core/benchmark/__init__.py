"""Peer groups for benchmarking one firm: who counts as a peer, widened when too few."""

from explorer.core.benchmark.firms import find_firm, firm_label
from explorer.core.benchmark.peer_choice import PeerChoice, choose_peers, require_reason
from explorer.core.benchmark.peer_dimensions import PeerDefinitionError
from explorer.core.benchmark.peer_groups import PeerGroup, PeerSpec, default_peer_group, peer_group_from_spec

__all__ = ["find_firm", "firm_label", "PeerChoice", "PeerDefinitionError", "PeerGroup", "PeerSpec",
           "choose_peers", "default_peer_group", "peer_group_from_spec", "require_reason"]
