"""What of a summary may leave the app as a chart (PNG, SVG, the clipboard).

The figures are those of the table (`tables.release_summary`), so a chart and a table of one
selection hide the same cells; numeric questions add their histogram (`histograms`), cut to the
released bins so that the axis is set from released figures only. When the selection as a whole
may not leave the app (too few firms, or every figure withheld), the export is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.core.disclosure.histograms import release_histogram
from explorer.core.disclosure.min_peers import clamp_min_peers
from explorer.core.disclosure.tables import release_summary
from explorer.core.disclosure.verdict import Reason, Verdict


@dataclass(frozen=True)
class ChartRelease:
    """The copy to draw, the reasons to print under it, or why nothing may be exported.

    `refusal` is (message key, params) when the export is refused; `summary` and `histogram` are
    then None.
    """

    summary: object | None
    histogram: object | None
    reasons: tuple[Verdict, ...] = ()
    refusal: tuple[str, dict] | None = None
    suppressed_groups: tuple[str, ...] = ()
    min_peers: int = 5

    @property
    def allowed(self) -> bool:
        return self.refusal is None


def release_chart(summary, histogram=None, min_peers: int | None = None) -> ChartRelease:
    """The chart of `summary` (and the numeric `histogram`) as it may leave the app."""
    required = clamp_min_peers(min_peers)
    kind = summary.question.kind
    if kind == "text":
        return ChartRelease(None, None, refusal=("export.refused.kind", {}), min_peers=required)
    released = release_summary(summary, required)
    *group_rows, total_row = released.rows or [()]
    total = [f.verdict for f in total_row]
    if total and all(v.suppressed for v in total):
        first = total[0]
        if first.reason in (Reason.TOO_FEW_PEERS, Reason.NO_DATA, Reason.EFFECTIVE_N, Reason.ONE_FIRM_WEIGHT):
            return ChartRelease(None, None, reasons=(first,), min_peers=required,
                                refusal=("export.refused.total", {"min_peers": required}))
        if kind != "numeric":
            return ChartRelease(None, None, reasons=(first,), refusal=("export.refused.all", {}), min_peers=required)
    safe_histogram, bins = release_histogram(histogram, required) if kind == "numeric" else (None, ())
    if kind == "numeric" and safe_histogram is None and all(v.suppressed for v in total):
        return ChartRelease(None, None, reasons=(total[0],), refusal=("export.refused.all", {}), min_peers=required)
    reasons = list(released.reasons)
    for verdict in bins:
        if all(verdict.reason != r.reason for r in reasons):
            reasons.append(verdict)
    suppressed_groups = tuple(row[0].group for row in group_rows if row and all(f.verdict.suppressed for f in row))
    return ChartRelease(released.summary, safe_histogram, tuple(reasons), None, suppressed_groups, required)
