"""What of a Summary (groups × options, and the total) may leave the app, in any form.

The exported table (xlsx/csv), the crosstab's clipboard copy and its on-screen marks, and the
chart export all take their figures from `release_summary`, so the same selection shows the same
`c`s wherever it goes:

- R1: a row with fewer than min_peers answers shows no figures (its n stays).
- Weights: a weighted row also needs the effective n and no firm above half of the weight.
- R4 against the colluding peers (`categorical`), per option for multi-select.
- Complementary suppression over the whole table, the firms in no group included
  (`complementary`), audited by linear programming.
- Numeric questions: quartiles by R3 (`quartiles`); the mean as an amount (R2: p %-rule and
  dominance on the answers behind it); the standard deviation only where the mean goes out and
  from as many firms as quartiles need (with the mean it bounds the largest answers: from 10
  firms and without a dominant one, loosely); minimum and maximum never.

Shares, intervals and quartiles come out rounded by the one rounding rule.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from functools import cached_property

import numpy as np

from explorer.core.disclosure.amounts import amount_sensitive
from explorer.core.disclosure.audit import CountTable
from explorer.core.disclosure.categorical import categorical_verdicts
from explorer.core.disclosure.complementary import complementary_suppression
from explorer.core.disclosure.min_peers import clamp_min_peers, peer_group_ok
from explorer.core.disclosure.quartiles import MIN_FIRMS_FOR_QUARTILES, Quartiles, release_quartiles
from explorer.core.disclosure.rounding import round_share, round_significant
from explorer.core.disclosure.verdict import SHOWN, Reason, Verdict
from explorer.core.disclosure.weights import weight_verdict

NAN = float("nan")
NUMERIC_FIGURES = ("mean", "sd", "median", "q1", "q3")


@dataclass(frozen=True)
class ReleasedFigure:
    """One cell of a released table: the share (or statistic) and interval, or None where withheld."""

    group: str
    option: str
    value: float | None
    low: float | None
    high: float | None
    n: int
    n_eff: float
    verdict: Verdict


@dataclass(frozen=True)
class ReleasedSummary:
    """The summary as it may leave the app.

    `summary`: a copy whose withheld figures are NaN (counts of withheld cells removed, minima and
    maxima NaN), everything else rounded. `n_released`: whether the groups' n may go out; not for
    a single-choice question with one possible answer, where n answered it. `figures`: one per group and option (numeric questions:
    per group and statistic), the groups in order, then the total. `min_peers`: the rule applied.
    `tests`: the tests between the groups that may go out beside these figures (letters, the
    chi-square test), computed on first use from `source`, the summary as computed.
    """

    summary: object
    figures: tuple[ReleasedFigure, ...]
    min_peers: int
    n_released: bool = True  # False: n alone would tell the answers (one possible answer)
    source: object = field(default=None, compare=False, repr=False)

    @cached_property
    def tests(self):
        from explorer.core.disclosure.significance import release_tests

        return release_tests(self.source.tests, self)

    @property
    def rows(self) -> list[tuple[ReleasedFigure, ...]]:
        """The figures row by row: each group's, then the total's."""
        rows: dict[int, list[ReleasedFigure]] = {}
        groups = [*self.summary.groups, self.summary.total]
        per_row = len(self.figures) // len(groups) if groups else 0
        for i, figure in enumerate(self.figures):
            rows.setdefault(i // per_row, []).append(figure)
        return [tuple(r) for r in rows.values()]

    def verdict(self, group: str, option: str) -> Verdict:
        return next((f.verdict for f in self.figures if f.group == group and f.option == option), SHOWN)

    @property
    def reasons(self) -> tuple[Verdict, ...]:
        """The distinct reasons for withheld figures, in the order they first occur."""
        seen: dict[tuple, Verdict] = {}
        for figure in self.figures:
            verdict = figure.verdict
            if verdict.suppressed:
                key = (verdict.reason, tuple(p for p in verdict.params if p[0] in ("min_peers", "min_firms")))
                seen.setdefault(key, verdict)
        return tuple(seen.values())


def _row_verdict(group, weighted: bool, min_peers: int) -> Verdict:
    """R1 and, for weighted figures, the weight rule, for one row as a whole."""
    if group.n == 0:
        return Verdict.suppress(Reason.NO_DATA)
    size = peer_group_ok(group.n, min_peers)
    if size.suppressed or not weighted:
        return size
    return weight_verdict(group.n_eff, group.top_weight_share, min_peers)


def _counts(group, options) -> np.ndarray:
    return np.array([int(group.counts.get(o, 0)) for o in options], dtype=np.int64)


def _primary(summary, rows, min_peers: int) -> list[list[Verdict]]:
    multi = summary.question.kind == "multi"
    verdicts = []
    for group in rows:
        whole = _row_verdict(group, summary.weighted, min_peers)
        if whole.suppressed:
            verdicts.append([whole] * len(summary.options))
            continue
        try:
            verdicts.append(list(categorical_verdicts(_counts(group, summary.options), group.n, multi=multi)))
        except ValueError:  # counts that do not add up cannot be judged: withholding is the safe answer
            verdicts.append([Verdict.suppress(Reason.ALL_OR_ALL_BUT_ONE)] * len(summary.options))
    return verdicts


def _count_table(summary) -> CountTable:
    groups, total, options = list(summary.groups), summary.total, summary.options
    counts = [_counts(g, options) for g in groups]
    n = [g.n for g in groups]
    no_group = bool(groups) and total.n > sum(n)
    if no_group:
        counts.append(np.maximum(_counts(total, options) - np.sum(counts, axis=0), 0))
        n.append(total.n - sum(n))
    counts.append(_counts(total, options))
    n.append(total.n)
    return CountTable(np.array(n, dtype=np.int64), np.array(counts, dtype=np.int64).reshape(len(n), len(options)),
                      multi=summary.question.kind == "multi", no_group=no_group)


def _categorical(summary, min_peers: int) -> list[list[Verdict]]:
    rows = [*summary.groups, summary.total]
    verdicts = _primary(summary, rows, min_peers)
    if summary.overlapping_groups:
        return [*_overlapping(verdicts[:-1]), verdicts[-1]]
    table = _count_table(summary)
    primary = np.array([[v.suppressed for v in row] for row in verdicts], dtype=bool)
    if table.no_group:  # the no-group row is the second to last of the table
        primary = np.insert(primary, len(summary.groups), True, axis=0)
    hidden = complementary_suppression(table, primary)
    if table.no_group:
        hidden = np.delete(hidden, len(summary.groups), axis=0)
    secondary = Verdict.suppress(Reason.SECONDARY)
    return [[secondary if hidden[r, j] and v.shown else v for j, v in enumerate(row)]
            for r, row in enumerate(verdicts)]


def _overlapping(rows: list[list[Verdict]]) -> list[list[Verdict]]:
    """Groups that share firms (a split by the options of a multi-select) do not leave the app.

    Two such groups that differ by one firm each way give both firms' answers by subtraction,
    and no total ties them together for complementary suppression to work with. Each option
    exported on its own, as a filter, is a release of its own that the register judges.
    """
    overlap = Verdict.suppress(Reason.OVERLAPPING_GROUPS)
    return [[overlap] * len(row) for row in rows]


def _safe_choice_group(group, options, verdicts: list[Verdict]):
    shares, ci, counts = {}, {}, {}
    for option, verdict in zip(options, verdicts):
        if verdict.suppressed:
            shares[option], ci[option] = NAN, (NAN, NAN)
            continue
        low, high = group.ci.get(option, (NAN, NAN))
        shares[option] = round_share(group.shares.get(option, NAN))
        ci[option] = (round_share(low), round_share(high))
        counts[option] = group.counts.get(option, 0)
    return replace(group, shares=shares, ci=ci, counts=counts)


def _numeric_verdicts(group, weighted: bool, min_peers: int) -> tuple[dict[str, Verdict], Quartiles | None, float]:
    whole = _row_verdict(group, weighted, min_peers)
    numeric = group.numeric
    if whole.suppressed or numeric is None:
        return {figure: whole for figure in NUMERIC_FIGURES}, None, (NAN, NAN)
    quartiles = release_quartiles(numeric.values, (numeric.q1, numeric.median, numeric.q3) if weighted else None,
                                  min_peers=min_peers)
    quartile_verdict = quartiles if isinstance(quartiles, Verdict) else SHOWN
    mean_verdict = amount_sensitive(numeric.values)
    sd_verdict = mean_verdict
    if sd_verdict.shown and numeric.n < MIN_FIRMS_FOR_QUARTILES:
        sd_verdict = Verdict.suppress(Reason.SPREAD_NEEDS_10, min_firms=MIN_FIRMS_FOR_QUARTILES)
    verdicts = {"mean": mean_verdict, "sd": sd_verdict, "median": quartile_verdict, "q1": quartile_verdict,
                "q3": quartile_verdict}
    mean = round_significant(numeric.mean) if mean_verdict.shown else NAN
    sd = round_significant(numeric.sd) if sd_verdict.shown and math.isfinite(numeric.sd) else NAN
    return verdicts, (quartiles if isinstance(quartiles, Quartiles) else None), (mean, sd)


def _numeric(summary, min_peers: int):
    figures, groups = [], []
    for group in [*summary.groups, summary.total]:
        verdicts, quartiles, (mean, sd) = _numeric_verdicts(group, summary.weighted, min_peers)
        if summary.overlapping_groups and group is not summary.total:
            verdicts = dict(zip(NUMERIC_FIGURES, _overlapping([list(NUMERIC_FIGURES)])[0]))
            quartiles, mean, sd = None, NAN, NAN
        q1, median, q3 = quartiles if quartiles is not None else (NAN, NAN, NAN)
        values = {"mean": mean, "sd": sd, "median": median, "q1": q1, "q3": q3}
        for figure in NUMERIC_FIGURES:
            value = values[figure]
            figures.append(ReleasedFigure(group.group, figure, value if math.isfinite(value) else None, None, None,
                                          group.n, group.n_eff, verdicts[figure]))
        if group.numeric is not None:
            numeric = replace(group.numeric, mean=mean, sd=sd, median=median, q1=q1, q3=q3, min=NAN, max=NAN,
                              values=np.zeros(0))
            group = replace(group, numeric=numeric)
        groups.append(group)
    return figures, groups


def release_summary(summary, min_peers: int | None = None) -> ReleasedSummary:
    """Every figure of `summary` as it may leave the app (free-text questions have none)."""
    required = clamp_min_peers(min_peers)
    kind = summary.question.kind
    if kind == "text":
        return ReleasedSummary(summary, (), required, source=summary)
    if kind == "numeric":
        figures, groups = _numeric(summary, required)
    else:
        verdicts = _categorical(summary, required)
        figures, groups = [], []
        for group, row in zip([*summary.groups, summary.total], verdicts):
            safe = _safe_choice_group(group, summary.options, row)
            groups.append(safe)
            for option, verdict in zip(summary.options, row):
                low, high = safe.ci.get(option, (NAN, NAN))
                share = safe.shares.get(option, NAN)
                shown = verdict.shown and math.isfinite(share)
                figures.append(ReleasedFigure(group.group, option, share if shown else None,
                                              low if shown else None, high if shown else None,
                                              group.n, group.n_eff, verdict))
    safe = replace(summary, groups=tuple(groups[:-1]), total=groups[-1])
    one_answer = kind not in ("multi", "numeric") and len(summary.options) < 2
    return ReleasedSummary(safe, tuple(figures), required, n_released=not one_answer, source=summary)

