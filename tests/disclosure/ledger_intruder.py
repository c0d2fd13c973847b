"""An intruder who collects briefings and solves for one firm's answer (used by the ledger tests).

The intruder reads released figures off the PDFs, as any reader would, and knows what the intruder
model grants: the benchmarked firm's own answers (they are printed in its briefing) and the answers
of two colluding peers. It also knows who is in each peer group (the worst case: a club's member
list is rarely secret). It then asks an integer program, independent of the app's own checks,
which answers of the attacked firm are consistent with everything released. One consistent answer
means the answer has leaked.

Each firm's answer to one question is a choice of one state (yes/no, or below/equal/above the
benchmarked firm's value); a released figure says that the weighted number of group members in
each state lies in an interval, because the PDF rounds it to a whole per cent.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import numpy as np
from pypdf import PdfReader
from scipy.optimize import Bounds, LinearConstraint, milp

HEADER = ["firm_id", "company", "NACE", "employees", "region", "Plans to reshore production?",
          "Turnover (mln euro)"]
YES_NO = "Plans to reshore production?"
TURNOVER = "Turnover (mln euro)"


@dataclass(frozen=True)
class Firm:
    firm_id: str
    nace: str
    employees: int
    reshore: str  # "Yes" or "No"
    turnover: float
    region: str = "Noord"

    def row(self) -> list[str]:
        return [self.firm_id, f"{self.firm_id} Metaal BV", self.nace, str(self.employees), self.region,
                self.reshore, f"{self.turnover:g}"]


def write_survey(path: Path, firms: list[Firm]) -> Path:
    lines = [";".join(HEADER)] + [";".join(firm.row()) for firm in firms]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def half_up(value: float) -> int:
    return int(Decimal(repr(float(value))).quantize(Decimal(1), rounding=ROUND_HALF_UP))


# ---- reading what a briefing released ------------------------------------------------------------

@dataclass(frozen=True)
class Released:
    """What one English briefing says about the two questions of the test surveys."""

    firm_answer: str | None
    share: int | None          # whole per cent of peers giving the firm's answer; None when `c`
    share_n: int | None
    firm_value: float | None
    band: tuple[int, int] | None  # the firm's quarter among the peers, in per cent; None when not printed
    rank_n: int | None


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)


def _section(text: str, label: str) -> str:
    """The question's own block on a theme page (not its mention among the key points)."""
    for match in re.finditer(re.escape(label), text):
        if text[max(0, match.start() - 1)] not in "‘'":
            end = re.search(r"n = \d+\.", text[match.end():])
            if end:
                return text[match.end(): match.end() + end.end()]
    return ""


def _band(numeric: str) -> tuple[int, int] | None:
    """'among the lowest 25%', 'between 25% and 50%' or 'among the highest 25%' as (low, high)."""
    match = re.search(r"Position among the peer firms: (among the lowest (\d+)%|between (\d+)% and (\d+)%|"
                      r"among the highest (\d+)%)", numeric)
    if not match:
        return None
    if match.group(2):
        return 0, int(match.group(2))
    if match.group(3):
        return int(match.group(3)), int(match.group(4))
    return 100 - int(match.group(5)), 100


def read_release(path: Path) -> Released:
    text = pdf_text(path)
    yes_no = _section(text, YES_NO)
    answer = re.search(r"Your answer: (\w+)\.", yes_no)
    share = re.search(r"(\d+)% of the peer firms gave the same answer", yes_no)
    n = re.search(r"n = (\d+)\.", yes_no)
    numeric = _section(text, TURNOVER)
    value = re.search(r"Your value: €?([\d.,]+)", numeric)
    band = _band(numeric)
    rank_n = re.search(r"n = (\d+)\.", numeric)
    return Released(
        firm_answer=answer.group(1) if answer else None,
        share=int(share.group(1)) if share else None,
        share_n=int(n.group(1)) if n else None,
        firm_value=float(value.group(1).replace(",", "")) if value else None,
        band=band,
        rank_n=int(rank_n.group(1)) if rank_n else None,
    )


# ---- solving -----------------------------------------------------------------------------------

@dataclass
class Intruder:
    """Unknowns: each firm's state for one question; facts: rounded group figures and known firms."""

    states: tuple[str, ...]
    facts: list[tuple[tuple[str, ...], tuple[float, ...], float, float]] = field(default_factory=list)
    known: dict[str, str] = field(default_factory=dict)

    def learn(self, group: list[str] | tuple[str, ...], weights: tuple[float, ...], low: float, high: float) -> None:
        """The weighted count of `group` (weight per state) lies in [low, high]."""
        self.facts.append((tuple(group), weights, low, high))

    def possible(self, target: str) -> set[str]:
        """The states of `target` consistent with every fact (an integer program per state)."""
        firms = sorted({f for group, *_ in self.facts for f in group} | set(self.known) | {target})
        k = len(self.states)
        index = {(firm, s): i * k + j for i, firm in enumerate(firms) for j, s in enumerate(self.states)}
        size = len(firms) * k
        rows, lows, highs = [], [], []
        for i, firm in enumerate(firms):  # each firm is in exactly one state
            row = np.zeros(size)
            row[i * k:(i + 1) * k] = 1
            rows.append(row), lows.append(1), highs.append(1)
        for group, weights, low, high in self.facts:
            row = np.zeros(size)
            for firm in group:
                for j, state in enumerate(self.states):
                    row[index[(firm, state)]] = weights[j]
            rows.append(row), lows.append(low), highs.append(high)
        found = set()
        for candidate in self.states:
            fixed = dict(self.known)
            fixed[target] = candidate
            lower, upper = np.zeros(size), np.ones(size)
            for firm, state in fixed.items():
                lower[index[(firm, state)]] = 1
            result = milp(np.zeros(size), integrality=np.ones(size), bounds=Bounds(lower, upper),
                          constraints=LinearConstraint(np.array(rows), lows, highs))
            if result.status == 0:
                found.add(candidate)
        return found


def count_interval(percent: int, n: int, step: float = 1.0) -> tuple[float, float]:
    """The counts (in `step`s) whose share of n rounds half-up to `percent`."""
    counts = [c * step for c in range(int(n / step) + 1) if half_up(100 * c * step / n) == percent]
    return min(counts), max(counts)


def share_fact(intruder: Intruder, group: list[str], released: Released) -> None:
    """A share of peers giving the firm's own answer, as a count of yes-answers in the group."""
    if released.share is None or not released.share_n:
        return
    low, high = count_interval(released.share, released.share_n)
    if released.firm_answer == "Yes":
        intruder.learn(group, (1, 0), low, high)
    else:
        intruder.learn(group, (0, 1), low, high)


def rank_fact(intruder: Intruder, group: list[str], released: Released) -> None:
    """A band of the mid-rank percentile: firms below count 1, firms equal to the firm count a half.

    The band [low, high) of per cents bounds that count to [low, high) × n / 100 (the top band
    includes 100); counts move in halves, so the open end is closed half a firm below it."""
    if released.band is None or not released.rank_n:
        return
    low, high = released.band
    n = released.rank_n
    counts = [c / 2 for c in range(2 * n + 1) if low <= 100 * (c / 2) / n and (100 * (c / 2) / n < high or high == 100)]
    intruder.learn(group, (1, 0.5, 0), min(counts), max(counts))


def position(value: float, reference: float) -> str:
    return "below" if value < reference else "equal" if math.isclose(value, reference) else "above"
