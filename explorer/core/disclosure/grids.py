"""What of a grid of statements may leave the app: each statement as its own released table, and
the figures made from its shares only where those shares go out.

A statement's shares are a question's shares for the selection: `release_summary` decides them
(R1, R4, weights; the statement is a table of one row). The top-box share is the sum of its scale
points' shares: shown beside one withheld point it would give that point back, so it goes out only
where every point in it goes out. The mean score and its standard deviation rest on every point's
count (the mean and the shown shares would solve for a withheld one), so they go out only where the
whole statement goes out, and then rounded by the one rounding rule.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from explorer.core.disclosure.min_peers import clamp_min_peers
from explorer.core.disclosure.rounding import round_share, round_significant
from explorer.core.disclosure.tables import ReleasedSummary, release_summary
from explorer.core.disclosure.verdict import SHOWN, Reason, Verdict


@dataclass(frozen=True)
class ReleasedStatement:
    key: str
    text: str
    released: ReleasedSummary            # the statement's shares as they may go out
    top: float | None
    top_ci: tuple[float, float] | None
    mean: float | None
    sd: float | None
    verdict: Verdict                      # why the top box, mean or sd are withheld (SHOWN when not)

    @property
    def n(self) -> int:
        return self.released.summary.total.n


@dataclass(frozen=True)
class ReleasedGrid:
    summary: object                       # the GridSummary as computed
    statements: tuple[ReleasedStatement, ...]
    min_peers: int


def release_grid(grid_summary, min_peers: int | None = None) -> ReleasedGrid:
    """Every statement of `grid_summary` (core/survey/grid_summary.py) as it may leave the app."""
    required = clamp_min_peers(min_peers)
    top_options = grid_summary.grid.top_options
    out = []
    for statement in grid_summary.statements:
        released = release_summary(statement.summary, required)
        shown = {f.option for f in released.figures if f.group == "total" and f.verdict.shown and f.value is not None}
        first_hidden = next((f.verdict for f in released.figures if f.group == "total" and f.verdict.suppressed), None)
        top_ok = all(o in shown for o in top_options) and math.isfinite(statement.top)
        all_ok = first_hidden is None and released.n_released and statement.n > 0
        verdict = SHOWN if all_ok else (first_hidden or Verdict.suppress(Reason.NO_DATA))
        if not all_ok and top_ok:
            verdict = Verdict.suppress(Reason.SECONDARY)
        out.append(ReleasedStatement(
            key=statement.question.key, text=statement.text, released=released,
            top=round_share(statement.top) if top_ok else None,
            top_ci=(round_share(statement.top_ci[0]), round_share(statement.top_ci[1])) if top_ok else None,
            mean=round_significant(statement.mean) if all_ok and math.isfinite(statement.mean) else None,
            sd=round_significant(statement.sd) if all_ok and math.isfinite(statement.sd) else None,
            verdict=verdict))
    return ReleasedGrid(grid_summary, tuple(out), required)
