"""A finished briefing as plain values: what the PDF shows, not how it was computed.

Content code (peer groups, statistics, disclosure) fills these; explorer.report.pdf draws them.
Conventions: shares and interval bounds are fractions 0–1; `n` is the number of peer firms that
answered (the benchmarked firm never counts); positions are quarter bands of 0–100. Every peer figure
carries a `Verdict`; a suppressed one prints `c` with the reason in a note, whatever number it
holds. All text fields are user or content text and are escaped by the renderer.
Sequences may be given as lists; they are stored as tuples so briefings stay immutable.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, Union

from explorer.core.branding import Branding
from explorer.core.disclosure import LOWEST_MIN_PEERS, Verdict

if TYPE_CHECKING:
    from explorer.core.disclosure.ledger import Conflict

Lang = Literal["nl", "en"]
LANGUAGES: tuple[str, ...] = ("nl", "en")
Interval = tuple[float, float]

_SHA256 = re.compile(r"[0-9a-fA-F]{64}")


def _freeze(obj: object, *names: str) -> None:
    for name in names:
        object.__setattr__(obj, name, tuple(getattr(obj, name)))


def _check_kinds(values: tuple, kinds: type | tuple[type, ...], message: str) -> None:
    if not all(isinstance(value, kinds) for value in values):
        raise ValueError(message)


def _check_fraction(value: float | None, what: str) -> None:
    if value is None:
        return
    if not (isinstance(value, (int, float)) and math.isfinite(value) and 0.0 <= value <= 1.0):
        raise ValueError(f"{what} must be a fraction between 0 and 1, got {value!r}")


def _check_interval(ci: Interval | None, what: str) -> None:
    if ci is None:
        return
    low, high = ci
    _check_fraction(low, f"{what} lower bound")
    _check_fraction(high, f"{what} upper bound")
    if low > high:
        raise ValueError(f"{what} has its lower bound above its upper bound")


def _check_n(n: int, what: str) -> None:
    if isinstance(n, bool) or not isinstance(n, int) or n < 0:
        raise ValueError(f"{what} must be a whole number of firms, got {n!r}")


def _check_verdict(verdict: Verdict, what: str, *figures: object) -> None:
    """A Verdict is given, and a withheld item carries no figure for the renderer to print."""
    if not isinstance(verdict, Verdict):
        raise ValueError(f"{what} needs a disclosure Verdict, got {verdict!r}")
    if verdict.suppressed and any(figure is not None for figure in figures):
        raise ValueError(f"{what} is withheld ({verdict.reason}) but carries a figure")


@dataclass(frozen=True)
class MultiOption:
    """One option of a multi-select: did the firm tick it, and what share of peers did."""

    label: str
    ticked: bool
    share: float | None
    n: int
    verdict: Verdict
    ci: Interval | None = None

    def __post_init__(self) -> None:
        _check_fraction(self.share, "share")
        _check_interval(self.ci, "ci")
        _check_n(self.n, "n")
        _check_verdict(self.verdict, "an option", self.share, self.ci)


@dataclass(frozen=True)
class ShareItem:
    """Single-choice or yes/no question: the peers' whole distribution, the firm's answer marked.

    firm_answer: the firm's answer label, None when the firm did not answer.
    share / ci: peers giving that answer and its 95 % interval (None when there is nothing to show).
    options: every answer with the peers' share (`ticked` marks the firm's answer), so a firm
    that answered "No" still reads how many peers plan each kind of relocation; empty in
    briefings built before the distribution was shown.
    """

    question: str
    firm_answer: str | None
    share: float | None
    ci: Interval | None
    n: int
    verdict: Verdict
    options: tuple[MultiOption, ...] = ()

    def __post_init__(self) -> None:
        _freeze(self, "options")
        _check_fraction(self.share, "share")
        _check_interval(self.ci, "ci")
        _check_n(self.n, "n")
        _check_verdict(self.verdict, "a share", self.share, self.ci)
        _check_kinds(self.options, MultiOption, "options must be MultiOption values")


@dataclass(frozen=True)
class MultiItem:
    """Multi-select question: the firm's ticks against the peers' share per option.

    firm_answered: False when the firm left the whole question blank (then no tick means nothing).
    """

    question: str
    options: tuple[MultiOption, ...]
    firm_answered: bool = True

    def __post_init__(self) -> None:
        _freeze(self, "options")
        _check_kinds(self.options, MultiOption, "options must be MultiOption values")


@dataclass(frozen=True)
class LikertItem:
    """Ordered scale: the firm's position and how peers spread over the levels.

    levels: scale labels from low to high. firm_level: index into levels, None when unanswered.
    shares: one fraction per level (None when suppressed).
    """

    question: str
    levels: tuple[str, ...]
    firm_level: int | None
    shares: tuple[float, ...] | None
    n: int
    verdict: Verdict

    def __post_init__(self) -> None:
        _freeze(self, "levels")
        if self.shares is not None:
            _freeze(self, "shares")
            if len(self.shares) != len(self.levels):
                raise ValueError("a Likert item needs one share per level")
            for share in self.shares:
                _check_fraction(share, "share")
        if self.firm_level is not None and not 0 <= self.firm_level < len(self.levels):
            raise ValueError("firm_level must index one of the levels")
        if len(self.levels) < 2:
            raise ValueError("a Likert scale needs at least two levels")
        _check_n(self.n, "n")
        _check_verdict(self.verdict, "a Likert item", self.shares)


@dataclass(frozen=True)
class NumericItem:
    """Number question: the firm's value and its quarter among the peers, against the peers' quartiles.

    band: the quarter of the peers the firm's value falls in, in percent ((0, 25) = among the
    lowest 25 %); never an exact percentile rank. median/q1/q3 are None when R3 withholds them;
    `quartiles_verdict` then says why. `verdict` covers the item as a whole (band included).
    unit: printed after values ("%", "FTE", "€"); may be empty.
    """

    question: str
    unit: str
    firm_value: float | None
    band: tuple[int, int] | None
    median: float | None
    q1: float | None
    q3: float | None
    n: int
    verdict: Verdict
    quartiles_verdict: Verdict | None = None

    def __post_init__(self) -> None:
        quartiles = (self.q1, self.median, self.q3)
        given = [value is not None for value in quartiles]
        if any(given) and not all(given):
            raise ValueError("give all of q1, median and q3, or none of them")
        if all(given) and not (self.q1 <= self.median <= self.q3):
            raise ValueError("quartiles must satisfy q1 <= median <= q3")
        for value in (*quartiles, self.firm_value):
            if value is not None and not math.isfinite(value):
                raise ValueError("numeric values must be finite")
        if self.band is not None and not 0 <= self.band[0] < self.band[1] <= 100:
            raise ValueError("a band runs from 0 to 100, low below high")
        _check_n(self.n, "n")
        _check_verdict(self.verdict, "a numeric item", self.band, self.median)
        if self.quartiles_verdict is not None:
            _check_verdict(self.quartiles_verdict, "quartiles", self.median)

    @property
    def has_quartiles(self) -> bool:
        return self.median is not None


Item = Union[ShareItem, MultiItem, LikertItem, NumericItem]
ITEM_TYPES = (ShareItem, MultiItem, LikertItem, NumericItem)


@dataclass(frozen=True)
class Theme:
    """A group of questions shown together on one page or section (e.g. "Reshoring", "Motives")."""

    title: str
    items: tuple[Item, ...]

    def __post_init__(self) -> None:
        _freeze(self, "items")
        _check_kinds(self.items, ITEM_TYPES, "theme items must be ShareItem, MultiItem, LikertItem or NumericItem")


@dataclass(frozen=True)
class SuppressedCell:
    """A withheld figure to list on the method page, e.g. a question left out altogether.

    Figures suppressed on the theme pages are listed automatically; give only the others here.
    """

    figure: str
    verdict: Verdict

    def __post_init__(self) -> None:
        _check_verdict(self.verdict, "a suppressed cell")
        if self.verdict.shown:
            raise ValueError("a suppressed cell needs a suppressing verdict")


@dataclass(frozen=True)
class MethodInfo:
    """What the method page states besides what the briefing itself carries.

    filters: the filters applied to the survey, in words ("" for none).
    interval_method: e.g. "Wilson score, 95 %, unweighted" (in the briefing's language).
    rules_applied: disclosure rule codes checked, "R1".."R5"; the renderer explains each in words.
    notes: further plain sentences (weighting, effective n, ...).
    """

    filters: str
    interval_method: str
    rules_applied: tuple[str, ...] = ("R1", "R2", "R3", "R4", "R5")
    suppressed: tuple[SuppressedCell, ...] = ()
    notes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _freeze(self, "rules_applied", "suppressed", "notes")


@dataclass(frozen=True)
class Reference:
    """A published reference figure shown for comparison (DESIGN.md "Reference figures").

    With unit "%" the value is a fraction 0–1 printed as a percentage; otherwise the value is
    printed as a number followed by `unit` (e.g. 51 and "gevallen").
    """

    text: str
    value: float
    source: str
    unit: str = "%"

    def __post_init__(self) -> None:
        if self.unit == "%":
            _check_fraction(self.value, "a reference share")
        elif not math.isfinite(self.value):
            raise ValueError("a reference value must be finite")


@dataclass(frozen=True)
class RoundAnswer:
    """One round of the firm's own trajectory on a question: its answer then, and what that round's
    peers (same definition, same round) show beside it: the share who gave the same answer, or for
    a number the firm's quarter among them (`band`) and their median where R3 allows it."""

    round: str
    firm_answer: str
    share: float | None
    n: int
    verdict: Verdict
    current: bool = False
    firm_value: float | None = None
    band: tuple[int, int] | None = None
    median: float | None = None

    def __post_init__(self) -> None:
        _check_fraction(self.share, "share")
        _check_n(self.n, "n")
        _check_verdict(self.verdict, "a round's share", self.share, self.band, self.median)


@dataclass(frozen=True)
class Trajectory:
    """The firm's answers to one question in the rounds it answered, oldest first, the briefing's
    round last."""

    question: str
    rounds: tuple[RoundAnswer, ...]
    unit: str = ""

    def __post_init__(self) -> None:
        _freeze(self, "rounds")
        _check_kinds(self.rounds, RoundAnswer, "rounds must be RoundAnswer values")


@dataclass(frozen=True)
class Briefing:
    """One firm's benchmark briefing, ready to render.

    peer_n: peer firms besides the firm itself. widened_steps: how the peer group was widened, in
    words, in order (empty when it was not). min_peers: the R1 threshold in force.
    withheld_by: the earlier release this briefing's group would difference against (then no peer
    figure is shown and the briefing must not leave the app); None when it may.
    round: the survey round of the firm's answer that is benchmarked ("" without rounds); its peers
    answered in the same round. trajectories: the firm's answers in earlier rounds.
    """

    firm_id: str
    firm_name: str
    lang: Lang
    created: dt.date
    source_file: str
    source_sha256: str
    peer_definition: str
    peer_n: int
    widened_steps: tuple[str, ...]
    min_peers: int
    key_points: tuple[str, ...]
    themes: tuple[Theme, ...]
    method: MethodInfo
    references: tuple[Reference, ...] = field(default=())
    withheld_by: "Conflict | None" = None
    round: str = ""
    trajectories: tuple[Trajectory, ...] = ()
    branding: Branding = field(default_factory=Branding)
    created_at: dt.datetime | None = None  # the PDF's creation time (UTC); None: midnight of `created`

    @property
    def firm_title(self) -> str:
        """How the briefing names the firm: its name, or its id when it has none."""
        from explorer.core.i18n import tr

        return self.firm_name.strip() or tr("briefing.firm_id", self.lang, firm_id=self.firm_id)

    def __post_init__(self) -> None:
        object.__setattr__(self, "firm_id", str(self.firm_id))
        _freeze(self, "widened_steps", "key_points", "themes", "references", "trajectories")
        if self.lang not in LANGUAGES:
            raise ValueError(f"lang must be one of {LANGUAGES}, got {self.lang!r}")
        if not isinstance(self.created, dt.date):
            raise ValueError("created must be a date")
        if not _SHA256.fullmatch(self.source_sha256 or ""):
            raise ValueError("source_sha256 must be 64 hexadecimal digits")
        _check_n(self.peer_n, "peer_n")
        _check_n(self.min_peers, "min_peers")
        if self.min_peers < LOWEST_MIN_PEERS:
            raise ValueError(f"min_peers is never below {LOWEST_MIN_PEERS} (DESIGN.md R1)")
        _check_kinds(self.themes, Theme, "themes must be Theme values")
        if not isinstance(self.method, MethodInfo):
            raise ValueError("method must be a MethodInfo")
