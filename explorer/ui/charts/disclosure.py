"""What of a summary may leave the app in an exported chart (DESIGN.md "Disclosure control").

Pure Python on the core's value objects (no Qt), so it is tested without a screen. The verdicts
come from `explorer.core.disclosure`; this module only decides which cells of a chart they apply
to and returns a *safe copy* of the Summary in which every suppressed figure is NaN (drawn as `c`):

- R1: a group (or the total) with fewer than `min_peers` respondents shows no figures.
- R4: single choice, yes/no and Likert: a group where all or all but one gave the same answer
  shows no figures; multi-select: each option is judged on its own (`categorical_verdicts`).
- R5: with groups, when exactly one group (single choice, yes/no, Likert) or one group's option
  (multi-select) is hidden, a second one is hidden too, so that the total minus the shown groups
  does not give it back. This is applied whether or not the chart draws the total: the total of
  the same selection can be exported on its own.
- R3 (numeric): quartiles only from 10 firms, rounded to two significant figures; mean, minimum
  and maximum never leave. Histogram bins holding 1 to min_peers − 1 firms are hidden (they place
  a handful of firms in a narrow range), and all bins when one bin holds all or all but one firm;
  then R5 over the bins.

When the total itself cannot be shown, the export is refused with a reason.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from explorer.core.disclosure import (
    MIN_FIRMS_FOR_QUARTILES,
    SHOWN,
    Reason,
    Verdict,
    categorical_verdicts,
    clamp_min_peers,
    combine_verdicts,
    peer_group_ok,
    round_significant,
    with_secondary,
)

NAN = float("nan")


@dataclass(frozen=True)
class ExportPlan:
    """The safe copy to draw, the reasons to print under it, or why nothing may be exported."""

    summary: object | None                  # Summary with suppressed figures set to NaN
    histogram: object | None                # Histogram with suppressed bins set to NaN
    reasons: tuple[Verdict, ...] = ()       # distinct suppressing verdicts, for the notes
    refusal: tuple[str, dict] | None = None  # (message key, params) when the export is refused
    suppressed_groups: tuple[str, ...] = ()  # groups shown entirely as 'c'
    min_peers: int = 5

    @property
    def allowed(self) -> bool:
        return self.refusal is None


def _group_verdicts(group, options, kind: str, min_peers: int) -> tuple[Verdict, ...]:
    """One verdict per option of one group (numeric: one verdict, for its quartiles)."""
    size = peer_group_ok(group.n, min_peers)
    if kind == "numeric":
        if size.suppressed:
            return (size,)
        if group.n < MIN_FIRMS_FOR_QUARTILES:
            return (Verdict.suppress(Reason.QUARTILES_NEED_10, min_firms=MIN_FIRMS_FOR_QUARTILES, n=group.n),)
        return (SHOWN,)
    if group.n == 0:
        return (Verdict.suppress(Reason.NO_DATA),) * len(options)
    if size.suppressed:
        return (size,) * len(options)
    counts = np.array([int(group.counts.get(o, 0)) for o in options], dtype=np.int64)
    try:
        r4 = categorical_verdicts(counts, int(group.n), multi=(kind == "multi"))
    except ValueError:
        # Counts that do not add up to n cannot be judged; hiding is the safe answer.
        r4 = (Verdict.suppress(Reason.ALL_OR_ALL_BUT_ONE),) * len(options)
    return tuple(combine_verdicts((size, v)) for v in r4)


def _secondary_by_group(verdicts: list[tuple[Verdict, ...]], sizes: list[int]) -> list[tuple[Verdict, ...]]:
    """R5 over groups whose figures go together (single choice, yes/no, Likert).

    A group without answers hides nothing (its counts are all 0), so it does not call for a
    second suppression.
    """
    whole = [combine_verdicts(v) for v in verdicts]
    judged = [SHOWN if w.reason == Reason.NO_DATA else w for w in whole]
    final = with_secondary(judged, np.asarray(sizes, dtype=float), total_shown=True)
    return [v if f.shown or combine_verdicts(v).suppressed else (f,) * len(v)
            for v, f in zip(verdicts, final)]


def _secondary_by_option(verdicts: list[tuple[Verdict, ...]], counts: list[list[int]]) -> list[tuple[Verdict, ...]]:
    """R5 per option across groups (multi-select: options do not add up, groups do)."""
    if not verdicts:
        return verdicts
    result = [list(v) for v in verdicts]
    for i in range(len(verdicts[0])):
        column = [v[i] for v in verdicts]
        judged = [SHOWN if v.reason == Reason.NO_DATA else v for v in column]
        final = with_secondary(judged, np.asarray([c[i] for c in counts], dtype=float), total_shown=True)
        for g, verdict in enumerate(final):
            if column[g].shown and verdict.suppressed:
                result[g][i] = verdict
    return [tuple(v) for v in result]


def _safe_group(group, options, kind: str, verdicts: tuple[Verdict, ...]):
    if kind == "numeric":
        summary = group.numeric
        if summary is None:
            return group
        if verdicts[0].suppressed:
            numeric = replace(summary, mean=NAN, median=NAN, q1=NAN, q3=NAN, min=NAN, max=NAN)
        else:
            numeric = replace(summary, mean=NAN, min=NAN, max=NAN,
                              median=round_significant(summary.median), q1=round_significant(summary.q1),
                              q3=round_significant(summary.q3))
        return replace(group, numeric=numeric)
    shares = dict(group.shares)
    ci = dict(group.ci)
    counts = dict(group.counts)
    for option, verdict in zip(options, verdicts):
        if verdict.suppressed:
            shares[option] = NAN
            ci[option] = (NAN, NAN)
            counts.pop(option, None)
    return replace(group, shares=shares, ci=ci, counts=counts)


def _safe_histogram(histogram, min_peers: int) -> tuple[object | None, list[Verdict]]:
    if histogram is None:
        return None, []
    counts = np.asarray(histogram.counts, dtype=np.int64)
    n = int(histogram.n)
    small = Verdict.suppress(Reason.TOO_FEW_PEERS, min_peers=min_peers)
    verdicts = [small if 0 < c < min_peers else SHOWN for c in counts]
    if n and counts.size and int(counts.max()) >= n - 1:
        verdicts = [Verdict.suppress(Reason.ALL_OR_ALL_BUT_ONE)] * counts.size
    verdicts = list(with_secondary(verdicts, counts.astype(float), total_shown=True))
    shares = np.array(histogram.shares, dtype=float)
    hidden = np.array([v.suppressed for v in verdicts], dtype=bool)
    shares[hidden] = NAN
    safe_counts = np.where(hidden, 0, counts)
    return replace(histogram, shares=shares, counts=safe_counts), [v for v in verdicts if v.suppressed]


def plan_export(summary, histogram=None, min_peers: int | None = None) -> ExportPlan:
    """Which figures of `summary` (and the numeric `histogram`) may be exported, as a safe copy."""
    required = clamp_min_peers(min_peers)
    kind = summary.question.kind
    if kind == "text":
        return ExportPlan(None, None, refusal=("export.refused.kind", {}), min_peers=required)
    options = list(summary.options)
    total_verdicts = _group_verdicts(summary.total, options, kind, required)
    if all(v.suppressed for v in total_verdicts):
        first = total_verdicts[0]
        if first.reason in (Reason.TOO_FEW_PEERS, Reason.NO_DATA):
            return ExportPlan(None, None, refusal=("export.refused.total", {"min_peers": required}),
                              reasons=(first,), min_peers=required)
        if kind != "numeric":
            return ExportPlan(None, None, refusal=("export.refused.all", {}), reasons=(first,), min_peers=required)
    groups = list(summary.groups)
    verdicts = [_group_verdicts(g, options, kind, required) for g in groups]
    if groups:
        if kind == "multi":
            counts = [[int(g.counts.get(o, 0)) for o in options] for g in groups]
            verdicts = _secondary_by_option(verdicts, counts)
        elif kind != "numeric":  # quartiles do not add up: nothing to recover by subtraction
            verdicts = _secondary_by_group(verdicts, [g.n for g in groups])
    safe_total = _safe_group(summary.total, options, kind, total_verdicts)
    safe_groups = tuple(_safe_group(g, options, kind, v) for g, v in zip(groups, verdicts))
    safe_histogram, bin_verdicts = _safe_histogram(histogram, required) if kind == "numeric" else (None, [])
    reasons: list[Verdict] = []
    seen = set()
    for verdict in [v for vs in [total_verdicts, *verdicts] for v in vs] + bin_verdicts:
        if verdict.suppressed:
            key = (verdict.reason, tuple(p for p in verdict.params if p[0] in ("min_peers", "min_firms")))
            if key not in seen:
                seen.add(key)
                reasons.append(verdict)
    suppressed_groups = tuple(g.group for g, v in zip(groups, verdicts) if all(x.suppressed for x in v))
    safe = replace(summary, total=safe_total, groups=safe_groups)
    return ExportPlan(safe, safe_histogram, tuple(reasons), None, suppressed_groups, required)


def is_hidden(value: float) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))
