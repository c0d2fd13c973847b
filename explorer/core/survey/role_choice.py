"""Which detected roles are applied, which wait for the user, and which weight column is used.

Detection (`roles.detect_roles`) proposes a column per role with a confidence. A proposal below
`ROLE_SURE` is not applied: the column stays a question and the role waits until the user
confirms it in the mapping. The user's own choices (`Mapping.roles`) always win.
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.core.reading.table import LoadedTable
from explorer.core.survey.model import ROLE_SURE
from explorer.core.survey.roles import RoleGuess, header_match, score, weight_rank


@dataclass(frozen=True)
class ResolvedRoles:
    """The roles applied (detected with confidence, or set by the user), their confidence, and the
    roles proposed from weak evidence that wait for the user's confirmation."""

    columns: dict[str, str]
    confidence: dict[str, float]
    pending: dict[str, RoleGuess]


def resolve_roles(guesses: dict[str, RoleGuess], chosen: dict[str, str | None], names: set[str]) -> ResolvedRoles:
    """Apply sure guesses and the user's choices (`Mapping.roles`); keep unsure guesses pending."""
    columns = {role: g.column for role, g in guesses.items() if g.confidence >= ROLE_SURE}
    confidence = {role: g.confidence for role, g in guesses.items() if g.confidence >= ROLE_SURE}
    pending = {role: g for role, g in guesses.items() if g.confidence < ROLE_SURE}
    for role, column in chosen.items():
        pending.pop(role, None)
        if column is None:
            columns.pop(role, None)
            confidence.pop(role, None)
        elif column in names:
            columns = {r: c for r, c in columns.items() if c != column}
            pending = {r: g for r, g in pending.items() if g.column != column}
            columns[role] = column
            confidence[role] = 1.0
    used = set(columns.values())
    pending = {r: g for r, g in pending.items() if g.column not in used}
    return ResolvedRoles(columns, confidence, pending)


def weight_warning(table: LoadedTable, chosen: str | None) -> list[str]:
    """A note when several columns hold weights: which one is used, and that the others can be."""
    if chosen is None:
        return []
    others = [name for name in weight_columns(table) if name != chosen]
    if not others:
        return []
    listed = ", ".join(f"'{name}'" for name in others)
    return [f"Several columns hold weights; '{chosen}' is used. The mapping can use another instead: {listed}."]


def weight_columns(table: LoadedTable) -> list[str]:
    """Every column whose header and values say it holds weights, best first."""
    frame = table.frame
    found = [info.name for info in table.columns
             if header_match("weight", info) and score("weight", info, frame[info.name], 1) >= 0.9]
    order = {name: i for i, name in enumerate(found)}
    return sorted(found, key=lambda name: (weight_rank(name), order[name]))
