"""`summarize` as text: shares with their intervals per group, the tests between groups, the
changes between rounds, and a grid of statements, as plain tables for the command line."""

from __future__ import annotations

import math

from explorer.core.survey.summary import GroupResult, Summary


def _pct(value: float) -> str:
    return "-" if value is None or math.isnan(value) else f"{100 * value:5.1f}%"


def _group_lines(group: GroupResult, options: tuple[str, ...], numeric: bool) -> list[str]:
    head = f"{group.group}  (n={group.n:,}" + (f", effective n={group.n_eff:,.1f}" if group.n_eff != group.n else "") + ")"
    if numeric and group.numeric is not None:
        s = group.numeric
        return [head, f"    mean {s.mean:,.2f}   sd {s.sd:,.2f}   median {s.median:,.2f}   "
                      f"quartiles {s.q1:,.2f} – {s.q3:,.2f}"]
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


NOT_TESTED_TEXTS = {
    "one-group": "only one group answered",
    "overlapping-groups": "a firm can be in more than one group",
    "repeated-firms": "the selection holds several answers of one firm (filter on one round to test)",
    "not-categorical": "numbers are not tested between groups",
}


def format_tests(summary: Summary) -> str:
    """The tests between groups: the letters, the chi-square test(s) and which group is above which."""
    if not summary.by:
        return ""
    tests = summary.tests
    if tests.not_tested is not None:
        return f"\nNo tests between groups: {NOT_TESTED_TEXTS.get(tests.not_tested, tests.not_tested)}."
    lines = ["", "Groups: " + ", ".join(f"{letter} {group}" for group, letter in tests.letters.items())]
    overall = [(None, tests.table)] if tests.table is not None else [(o.option, o.table) for o in tests.options if o.table]
    basis = " on the effective n" if tests.weighted else ""
    for option, table in overall:
        what = "the whole table" if option is None else f"'{option}'"
        verdict = "significant at 5 %" if table.significant else "not significant at 5 %"
        line = (f"Chi-square test of {what}{basis}: X² = {table.statistic:.2f}, df = {table.df}, "
                f"p = {table.p_value:.3g} ({verdict})")
        if table.small_cells:
            line += (f"; {table.small_cells} of {table.cells} cells expect fewer than 5 answers "
                     f"(smallest {table.min_expected:.1f}){'' if table.reliable else ', so p is approximate'}")
        lines.append(line + ".")
    lines.append("Significantly higher than the group of the letter (two-proportion z-test, Fisher's exact test "
                 "where an expected count is under 5; Holm-corrected per answer, 5 %):")
    found = False
    for option in summary.options:
        cells = [f"{group} > {', '.join(tests.higher_than(group, option))}" for group in tests.groups
                 if tests.higher_than(group, option)]
        if cells:
            found = True
            lines.append(f"  {option}: " + "; ".join(cells))
    if not found:
        lines.append("  none")
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


def format_grid(summary, by_agreement: bool = False) -> str:
    """A grid of statements: per statement n, the top box with its interval, the mean score and the
    share of every scale point."""
    grid = summary.grid
    top = " + ".join(grid.top_options)
    lines = [grid.label, f"[grid of {len(summary.statements)} statements] top box: {top}; mean score: "
             f"{', '.join(f'{i + 1} {o}' for i, o in enumerate(grid.options))}"]
    if not summary.filters.is_empty:
        lines.append("Filter: " + " AND ".join(summary.filters.to_texts()))
    lines.append(f"Firms selected: {summary.firms_selected:,} of {summary.firms_total:,}"
                 + ("   (weighted)" if summary.weighted else ""))
    width = max(len(o) for o in grid.options)
    for statement in (summary.by_agreement() if by_agreement else summary.statements):
        total = statement.summary.total
        lines += ["", f"{statement.text}  (n={total.n:,}" + (f", effective n={total.n_eff:,.1f}" if summary.weighted else "")
                  + ")",
                  f"    top box {_pct(statement.top)}   95% CI {_pct(statement.top_ci[0])} – {_pct(statement.top_ci[1])}"
                  f"   mean score {statement.mean:.2f}   sd {statement.sd:.2f}"]
        for option in grid.options:
            lines.append(f"    {option:<{width}}  {_pct(total.shares[option])}")
    return "\n".join(lines)
