"""`inspect` as text: the file, its roles, questions, grids, rounds and warnings, a line each.

Reads the dictionary `core.inspection.describe_file` returns (the JSON contract), so the text and
the JSON never disagree.
"""

from __future__ import annotations


def format_report(report: dict) -> str:
    lines = [
        f"File:        {report['file']}",
        f"Sheet:       {report['sheet'] or '-'}",
        f"Format:      {report['format']}",
        f"Rows:        {report['rows']:,}",
        f"Header rows: {report['header_rows']}",
        "Roles:",
    ]
    for role, column in report["roles"].items():
        pending = report.get("pending_roles", {}).get(role)
        if pending is not None:
            lines.append(f"  {role:<8} - (proposed, to confirm in the mapping: {pending['column']}, "
                         f"confidence {pending['confidence']:.0%})")
        else:
            lines.append(f"  {role:<8} {column if column is not None else '-'}")
    lines.append(f"Questions ({len(report['questions'])}):")
    for question in report["questions"]:
        options = question.get("options") or []
        suffix = f"  [{len(options)} options]" if options else ""
        lines.append(f"  {question['kind']:<8} {question['key']}{suffix}")
    for grid in report.get("grids", ()):
        lines.append(f"Grid of {len(grid['statements'])} statements on one scale: {grid['key']}")
    if report.get("panel"):
        lines.extend(_panel_lines(report["panel"]))
    if report["warnings"]:
        lines.append("Warnings:")
        lines.extend(f"  - {w}" for w in report["warnings"])
    return "\n".join(lines)


def _panel_lines(panel: dict) -> list[str]:
    from explorer.core.survey.panel import PanelCounts, RoundCount
    from explorer.core.survey.panel_text import counts_sentence, round_lines

    has_ids = panel["firms"] is not None
    per_round = tuple(RoundCount(r["round"], r["answers"], r["firms"] or 0) for r in panel["rounds"])
    counts = PanelCounts(panel["answers"], panel["firms"] or 0, sum(1 for r in per_round if r.answers),
                         per_round, has_ids)
    order = {"time": "in time order", "number": "by their number", "file": "in file order"}[panel["ordered_by"]]
    lines = [f"Rounds:      {counts_sentence(counts, 'en')} ({order})"]
    if panel["is_panel"]:
        lines.append(f"             a panel: firms answer in several rounds; "
                     f"{panel['firms_in_every_round']:,} answered in every round")
    if has_ids:
        lines.extend(f"  {line}" for line in round_lines(counts, "en"))
    else:
        lines.extend(f"  {r.label}: {r.answers:,} answers" for r in per_round)
    return lines
