"""The release module: the only code that decides what a figure leaving the app shows (DESIGN.md R1–R5).

Everything that leaves the app asks here and renders what it is allowed: the PDF briefing, chart
exports (PNG, SVG, clipboard), table exports (xlsx, csv, clipboard) and the on-screen previews of
those. One intruder model (`COLLUDING_PEERS` = 2 peers who pool their own answers), one rounding
rule (`rounding`), and secondary suppression audited by linear programming (`audit`).

Public API:

- `release_summary(summary, min_peers) -> ReleasedSummary`: a Summary's figures per group and
  option (numeric: mean, median, q1, q3), with verdicts, rounded, and a safe copy to draw.
- `release_chart(summary, histogram, min_peers) -> ChartRelease`: the same figures for a chart,
  with the histogram cut to released bins, or a refusal.
- `release_peer_shares(counts, n, min_peers, multi)`, `release_peer_numbers(firm_value, peers,
  min_peers)`, `released_share(x)`: a briefing's peer figures.
- `release_changes(trend, min_peers) -> (ReleasedChange, ...)`: which tested changes between
  rounds a figure leaving the app may mark as significant.
- `ReleasedSummary.tests -> ReleasedTests`: the letters and chi-square tests between a table's
  groups that may go out beside its released figures.
- `release_grid(grid_summary, min_peers) -> ReleasedGrid`: a grid of statements, each released as
  its own table, with its top-box share and mean score where those may go out.
- `feasible_ranges(CountTable, hidden)`: what the intruder can work out of a table (the audit).
- `peer_group_ok`, `clamp_min_peers`, `differs_by_few`: R1 and the differencing guard for peer
  groups; `Verdict`, `Reason`, `SHOWN`, `SUPPRESSED_SYMBOL`, `REASON_TEXTS`: the
  verdicts and their reason codes (core/i18n.py `reason_text` words them); `round_significant`, `round_share`: the rounding rule, for figures derived from
  released ones (e.g. axis limits).

The rule internals (categorical, amounts, quartiles, weights, complementary) are not imported
from outside this package; a test in tests/disclosure checks that.
"""

from explorer.core.disclosure.audit import CountTable, feasible_ranges
from explorer.core.disclosure.briefing import (
    PeerNumbers,
    release_peer_numbers,
    release_peer_shares,
    released_share,
)
from explorer.core.disclosure.changes import ReleasedChange, release_changes
from explorer.core.disclosure.charts import ChartRelease, release_chart
from explorer.core.disclosure.grids import ReleasedGrid, ReleasedStatement, release_grid
from explorer.core.disclosure.intruder import COLLUDING_PEERS
from explorer.core.disclosure.min_peers import (
    DEFAULT_MIN_PEERS,
    LOWEST_MIN_PEERS,
    clamp_min_peers,
    differs_by_few,
    peer_group_ok,
)
from explorer.core.disclosure.quartiles import MIN_FIRMS_FOR_QUARTILES, Quartiles
from explorer.core.disclosure.ranks import Band
from explorer.core.disclosure.rounding import round_share, round_significant
from explorer.core.disclosure.significance import ReleasedTests
from explorer.core.disclosure.tables import (
    NUMERIC_FIGURES,
    ReleasedFigure,
    ReleasedSummary,
    release_summary,
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
    "COLLUDING_PEERS",
    "DEFAULT_MIN_PEERS",
    "LOWEST_MIN_PEERS",
    "MIN_FIRMS_FOR_QUARTILES",
    "NUMERIC_FIGURES",
    "REASON_TEXTS",
    "SHOWN",
    "SUPPRESSED_SYMBOL",
    "Band",
    "ChartRelease",
    "CountTable",
    "PeerNumbers",
    "Quartiles",
    "Reason",
    "ReleasedChange",
    "ReleasedFigure",
    "ReleasedGrid",
    "ReleasedStatement",
    "ReleasedSummary",
    "ReleasedTests",
    "Verdict",
    "clamp_min_peers",
    "combine_verdicts",
    "differs_by_few",
    "feasible_ranges",
    "peer_group_ok",
    "release_changes",
    "release_chart",
    "release_grid",
    "release_peer_numbers",
    "release_peer_shares",
    "release_summary",
    "released_share",
    "round_share",
    "round_significant",
]
