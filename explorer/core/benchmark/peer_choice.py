"""Choosing the peer group of one briefing and clearing it with the release ledger.

The automatic group starts at the ladder step the data choose (peer_groups.py) and widens one step
further for as long as the ledger finds that a group would difference an earlier release; a
user's own group is taken or withheld as it is. The group finally used is recorded (admitted)
before any of its figures leave the app; a preview passes a gate that only checks.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import chain

from explorer.core.benchmark.peer_dimensions import PeerDefinitionError
from explorer.core.benchmark.peer_groups import PeerGroup, PeerSpec, ladder, peer_group_from_spec
from explorer.core.disclosure import DEFAULT_MIN_PEERS, Reason, Verdict, clamp_min_peers
from explorer.core.disclosure.ledger import Conflict
from explorer.core.disclosure.release import Release, release_of


@dataclass(frozen=True)
class PeerChoice:
    group: PeerGroup                       # its verdict says 'differencing' when withheld
    conflict: Conflict | None = None       # why the group is withheld
    passed_over: tuple[Conflict, ...] = ()  # narrower steps the ledger ruled out
    release: Release | None = None         # what was recorded (None when nothing was)

    @property
    def withheld(self) -> bool:
        return self.conflict is not None


def require_reason(min_peers: int | None, reason: str) -> None:
    """A minimum below the default needs a reason, which the ledger and the method page keep."""
    if clamp_min_peers(min_peers) < DEFAULT_MIN_PEERS and not (reason or "").strip():
        raise PeerDefinitionError("peers.error.reason_needed", default=DEFAULT_MIN_PEERS)


def choose_peers(survey, row: int, peers: str | None, scheme: str = "eu", min_peers: int | None = None,
                 gate=None, reason: str = "") -> PeerChoice:
    """The peer group of the firm in `row`; with a ledger `gate` (check/admit), cleared against it."""
    require_reason(min_peers, reason)
    spec = PeerSpec.parse(peers or "auto")
    if spec is None:
        options = ladder(survey, row, scheme, min_peers)  # lazy: wider steps only when needed
    else:
        options = iter([peer_group_from_spec(survey, row, spec, scheme, min_peers)])
    chosen = next(options)
    if gate is None:
        return PeerChoice(chosen)
    passed: list[Conflict] = []
    for group in chain([chosen], options):
        if group.verdict.suppressed:  # R1 shows none of its figures: there is nothing to release
            return PeerChoice(group, passed_over=tuple(passed))
        release = release_of(survey, group.members, row, "briefing", group.definition, min_peers, reason.strip())
        conflict = gate.admit(release)
        if conflict is None:
            return PeerChoice(group, passed_over=tuple(passed), release=release)
        passed.append(conflict)
    # Every step would difference an earlier release: the group the data chose is the one withheld.
    first = passed[0]
    verdict = Verdict.suppress(Reason.DIFFERENCING, threshold=first.threshold, differing=first.differing)
    return PeerChoice(replace(chosen, verdict=verdict), first)
