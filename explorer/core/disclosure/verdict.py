"""The value object every disclosure rule returns: may this figure leave the app, and if not, why."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Iterable

SUPPRESSED_SYMBOL = "c"  # the usual statistical-office mark for a confidential cell


class Reason(StrEnum):
    """Stable reason codes; they are strings, so they compare equal to 'dominance' etc. and go into JSON."""

    TOO_FEW_PEERS = "too_few_peers"
    NO_DATA = "no_data"
    P_PERCENT = "p_percent"
    DOMINANCE = "dominance"
    QUARTILES_NEED_10 = "quartiles_need_10"
    ALL_OR_ALL_BUT_ONE = "all_or_all_but_one"
    SECONDARY = "secondary"
    DIFFERENCING = "differencing"
    EFFECTIVE_N = "effective_n"
    ONE_FIRM_WEIGHT = "one_firm_weight"
    QUARTILE_IS_A_VALUE = "quartile_is_a_value"
    SPREAD_NEEDS_10 = "spread_needs_10"
    OVERLAPPING_GROUPS = "overlapping_groups"


# Short English notes, used as translation keys (gettext style: the English text is the key).
# Placeholders are filled from Verdict.params, after translation.
REASON_TEXTS: dict[Reason, str] = {
    Reason.TOO_FEW_PEERS: "Fewer than {min_peers} peer firms.",
    Reason.NO_DATA: "No answers to show.",
    Reason.P_PERCENT: "One firm's amount could be estimated too closely.",
    Reason.DOMINANCE: "Two firms make up most of the total.",
    Reason.QUARTILES_NEED_10: "Quartiles need at least {min_firms} firms.",
    Reason.ALL_OR_ALL_BUT_ONE: "(Nearly) all peers gave the same answer.",
    Reason.SECONDARY: "Hidden so that another hidden figure cannot be worked out.",
    Reason.DIFFERENCING: "Differs from another peer group by fewer than {threshold} firms.",
    Reason.EFFECTIVE_N: "The weights leave an effective number of firms below {min_peers}.",
    Reason.ONE_FIRM_WEIGHT: "One firm carries more than {share}% of the weight.",
    Reason.QUARTILE_IS_A_VALUE: "A quartile would equal one firm's answer.",
    Reason.OVERLAPPING_GROUPS: "Groups that share firms are shown on screen only; export one option at a time with a filter.",
    Reason.SPREAD_NEEDS_10: "A standard deviation needs at least {min_firms} firms.",
}


@dataclass(frozen=True)
class Verdict:
    """Whether one figure may be shown. `reason` is None when shown.

    `params` carries the numbers a note needs (e.g. min_peers=5) as (name, value) pairs so the
    object stays hashable.
    """

    shown: bool
    reason: Reason | None = None
    params: tuple[tuple[str, int | float], ...] = ()

    def __post_init__(self) -> None:
        if self.shown != (self.reason is None):
            raise ValueError("a shown verdict has no reason and a suppressed one needs one")

    @classmethod
    def suppress(cls, reason: Reason, **params: int | float) -> Verdict:
        return cls(False, Reason(reason), tuple(sorted(params.items())))

    @property
    def suppressed(self) -> bool:
        return not self.shown

    @property
    def symbol(self) -> str | None:
        """'c' for a suppressed cell; None when the figure itself is shown."""
        return None if self.shown else SUPPRESSED_SYMBOL

    @property
    def text_key(self) -> str | None:
        """The English note with placeholders, to be translated then filled with `params`."""
        return None if self.reason is None else REASON_TEXTS[self.reason]

    def note(self) -> str:
        """The English note with its numbers filled in ('' when shown); for logs and tests."""
        key = self.text_key
        return "" if key is None else key.format(**dict(self.params))


SHOWN = Verdict(True)


def combine_verdicts(verdicts: Iterable[Verdict]) -> Verdict:
    """The first suppressing verdict, or SHOWN: a figure goes out only if every rule allows it."""
    for verdict in verdicts:
        if verdict.suppressed:
            return verdict
    return SHOWN
