"""Peer groups: the firms a firm is compared with (DESIGN.md R1).

By default the firm's NACE division × size class × technology class. When fewer than the
default minimum of firms besides the firm itself remain, the group is widened along a fixed
ladder:

1. the division is replaced by its NACE section,
2. the size class is dropped,
3. the section is dropped (technology class only).

The step is chosen by the default minimum (5), never by a user's own minimum: a minimum of 7
instead of 6 must not move the boundary so that exactly one more firm joins. A higher minimum
withholds the figures of a group below it (R1); a lower one, allowed only with a recorded reason,
lets a group of that size show its figures. The user may define the peer group instead
(`DIM=VALUE,...`, dimensions only: peer_dimensions.py). The firm itself is never one of its peers.

In a survey asked in rounds the group is taken from the round of the benchmarked answer, and none
of the firm's own answers, in any round, is a peer (firm_rounds.py). The round is part of the
group's definition (`wave=september 2021,sector=13,...`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

import numpy as np

from explorer.core.benchmark.firm_rounds import peer_candidates, round_label, rounds_apply
from explorer.core.disclosure import DEFAULT_MIN_PEERS, clamp_min_peers
from explorer.core.disclosure.verdict import SHOWN, Verdict
from explorer.core.errors import InputError
from explorer.core.survey.filters import FilterSpec, filter_mask

# Each step of the default group, from narrow to wide: the dimensions it keeps.
WIDENING_STEPS: tuple[tuple[str, ...], ...] = (
    ("sector", "size", "tech"),
    ("section", "size", "tech"),
    ("section", "tech"),
    ("tech",),
)
# What each step changed, as a stable code the briefing translates.
WIDENING_CODES = ("division_to_section", "size_dropped", "section_dropped")


@dataclass(frozen=True)
class PeerSpec:
    """A peer group definition: dimension = value pairs combined with AND."""

    terms: tuple[tuple[str, str], ...]

    @classmethod
    def parse(cls, text: str) -> "PeerSpec | None":
        """`auto` (None) or `DIM=VALUE,DIM=VALUE` (alternatives of one DIM joined with `|`)."""
        text = (text or "").strip()
        if text in ("", "auto"):
            return None
        terms = []
        for part in text.split(","):
            dimension, sep, value = part.partition("=")
            if not sep or not dimension.strip() or not value.strip():
                raise InputError("error.peers.form", part=part)
            terms.append((dimension.strip(), value.strip()))
        return cls(tuple(terms))

    def to_filter(self) -> FilterSpec:
        return FilterSpec.parse([f"{d}={v.replace('|', ',')}" for d, v in self.terms])


@dataclass(frozen=True)
class PeerGroup:
    firm_row: int
    terms: tuple[tuple[str, str], ...]      # the definition finally used, e.g. (("sector", "25"), ...)
    members: np.ndarray = field(repr=False)  # boolean mask of peers (the firm excluded)
    widened: tuple[str, ...] = ()            # WIDENING_CODES applied, in order
    verdict: Verdict = SHOWN                 # R1 for the group as a whole
    round: str = ""                          # the round the peers answered in ("" without rounds)

    @property
    def n(self) -> int:
        return int(self.members.sum())

    @property
    def definition(self) -> str:
        """The definition as the command line writes it (`sector=25,size=small`); never member ids."""
        terms = ((("wave", self.round),) if self.round else ()) + self.terms
        return ",".join(f"{dimension}={value}" for dimension, value in terms) or "all"

    def cell(self) -> frozenset[int]:
        """The firms of the group including the benchmarked firm (what a reader could difference)."""
        rows = set(np.flatnonzero(self.members).tolist())
        rows.add(self.firm_row)
        return frozenset(rows)


def _same_as_firm(survey, dimension: str, row: int, scheme: str) -> tuple[str, np.ndarray] | None:
    """(the firm's value, mask of firms sharing it) for one dimension; None when the firm has none.

    Compares categorical codes: the firm's own code is its value, so no text is compared per row.
    """
    if not survey.has_dimension(dimension):
        return None
    series = survey.dimension(dimension, scheme)
    codes = series.cat.codes.to_numpy()
    code = int(codes[row])
    if code < 0:
        return None
    return str(series.cat.categories[code]), codes == code


def peer_group_candidates(survey, row: int, scheme: str = "eu", min_peers: int | None = None):
    """Division × size × tech around the firm, then each wider step (DESIGN.md R1), in order, lazily.

    Each carries R1's verdict under `min_peers`; which step is used is up to `ladder`.
    """
    from explorer.core.disclosure import peer_group_ok

    min_peers = clamp_min_peers(min_peers)
    same = {d: _same_as_firm(survey, d, row, scheme) for d in ("sector", "section", "size", "tech")}
    not_self = peer_candidates(survey, row)
    round_name = round_label(survey, row)
    for step, dimensions in enumerate(WIDENING_STEPS):
        kept = [d for d in dimensions if same[d] is not None]
        mask = not_self.copy()
        for dimension in kept:
            mask &= same[dimension][1]
        yield PeerGroup(firm_row=row, terms=tuple((d, same[d][0]) for d in kept), members=mask,
                        widened=WIDENING_CODES[:step], verdict=peer_group_ok(int(mask.sum()), min_peers),
                        round=round_name)


def ladder(survey, row: int, scheme: str = "eu", min_peers: int | None = None) -> Iterator[PeerGroup]:
    """The steps from the first with the default minimum of peers onwards (only the widest when
    none has it). Fixed by the data alone, so a user's minimum never picks a step one firm wider."""
    started, last = False, None
    for group in peer_group_candidates(survey, row, scheme, min_peers):
        started = started or group.n >= DEFAULT_MIN_PEERS
        if started:
            yield group
        last = group
    if not started:
        yield last


def default_peer_group(survey, row: int, scheme: str = "eu", min_peers: int | None = None) -> PeerGroup:
    """The step of the ladder the data choose, with R1's verdict under `min_peers`."""
    return next(ladder(survey, row, scheme, min_peers))


def peer_group_from_spec(survey, row: int, spec: PeerSpec, scheme: str = "eu", min_peers: int | None = None) -> PeerGroup:
    """The user's own group; refused (PeerDefinitionError) unless it is made of dimensions."""
    from explorer.core.benchmark.peer_dimensions import PeerDefinitionError, validate_terms
    from explorer.core.disclosure import peer_group_ok

    terms = validate_terms(survey, spec.terms, scheme)
    if rounds_apply(survey) and any(dimension == "wave" for dimension, _value in terms):
        raise PeerDefinitionError("peers.error.round_term")  # the round is the benchmarked answer's
    mask = filter_mask(survey, PeerSpec(terms).to_filter(), scheme) & peer_candidates(survey, row)
    return PeerGroup(firm_row=row, terms=spec.terms, members=mask, verdict=peer_group_ok(int(mask.sum()),
                     clamp_min_peers(min_peers)), round=round_label(survey, row))
