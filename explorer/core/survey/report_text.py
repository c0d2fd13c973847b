"""Plain-text tables of summaries for the command line."""

from __future__ import annotations

import math

from explorer.core.survey.summary import GroupResult, Summary


def _pct(value: float) -> str:
    return "-" if value is None or math.isnan(value) else f"{100 * value:5.1f}%"


def _group_lines(group: GroupResult, options: tuple[str, ...], numeric: bool) -> list[str]:
    head = f"{group.group}  (n={group.n:,}" + (f", effective n={group.n_eff:,.1f}" if group.n_eff != group.n else "") + ")"
    if numeric and group.numeric is not None:
        s = group.numeric
        return [head, f"    mean {s.mean:,.2f}   median {s.median:,.2f}   quartiles {s.q1:,.2f} – {s.q3:,.2f}"]
    lines = [head]
    width = max((len(o) for o in options), default=10)
    for option in options:
        lo, hi = group.ci[option]
        lines.append(f"    {option:<{width}}  {_pct(group.shares[option])}   95% CI {_pct(lo)} – {_pct(hi)}")
    return lines


def format_summary(summary: Summary) -> str:
    question = summary.question
    numeric = question.kind == "numeric"
    lines = [f"{question.label}", f"[{question.kind}] {question.key}"]
    if not summary.filters.is_empty:
        lines.append("Filter: " + " AND ".join(summary.filters.to_texts()))
    lines.append(f"Firms selected: {summary.firms_selected:,} of {summary.firms_total:,}"
                 + ("   (weighted)" if summary.weighted else ""))
    lines.append("")
    for group in summary.groups:
        lines.extend(_group_lines(group, summary.options, numeric))
    lines.extend(_group_lines(summary.total, summary.options, numeric))
    return "\n".join(lines)


def format_changes(trend) -> str:
    """One line per tested change between rounds: the shares, the test, its firms and p-value."""
    if not trend.changes:
        return ""
    lines = ["", "Change between rounds (significant at 5 % marked *):"]
    width = max(len(c.option) for c in trend.changes)
    for change in trend.changes:
        test = change.test
        if test is None:
            how = "not tested"
        elif test.test == "mcnemar":
            how = f"McNemar{' (exact)' if test.exact else ''} on {test.firms:,} firms in both rounds, p = {test.p_value:.3g}"
        else:
            how = f"two-proportion test on {test.firms:,} answers, p = {test.p_value:.3g}"
        mark = "*" if change.significant else " "
        lines.append(f"  {mark} {change.first} -> {change.second}  {change.option:<{width}}  "
                     f"{_pct(change.share_first)} -> {_pct(change.share_second)}   {how}")
    return "\n".join(lines)
