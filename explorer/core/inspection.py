"""`inspect`: what was understood of a survey file, as a plain dictionary (the JSON contract)."""

from __future__ import annotations

from pathlib import Path

from explorer.core.reading import LoadedTable, ParsedCache, read_table
from explorer.core.task import NO_TASK, TaskContext

ROLE_NAMES = ("id", "name", "sector", "size", "tech", "region", "wave", "weight")


def describe_table(table: LoadedTable) -> dict:
    from explorer.core.survey import build_survey

    from explorer.core.survey.derived import derived_json
    from explorer.core.survey.grid_summary import find_grids

    survey = build_survey(table)
    return {
        "file": table.path,
        "sheet": table.sheet,
        "rows": table.rows,
        "header_rows": table.header_rows,
        "format": table.format,
        "roles": {role: survey.roles.get(role) for role in ROLE_NAMES},
        # How sure detection was of each applied role (1.0: set by the user or a profile), and the
        # roles proposed from weak evidence that wait for the user's confirmation in the mapping.
        "role_confidence": {role: round(survey.role_confidence[role], 2) if survey.roles.get(role) else None
                            for role in ROLE_NAMES},
        "pending_roles": {role: {"column": guess.column, "confidence": round(guess.confidence, 2)}
                          for role, guess in survey.pending_roles.items()},
        "questions": [q.to_json() for q in survey.questions],
        "grids": [grid.to_json() for grid in find_grids(survey)],
        "derived": derived_json(survey),
        "warnings": list(table.warnings) + list(survey.warnings),
        "panel": panel_json(survey),
    }


def panel_json(survey) -> dict | None:
    """Rounds in time order with answers and firms per round; None without a round column."""
    panel = survey.panel
    if panel is None:
        return None
    counts = panel.counts()
    return {"is_panel": panel.is_panel, "ordered_by": panel.ordered_by, "answers": counts.answers,
            "firms": counts.firms if panel.has_ids else None, "firms_in_every_round": panel.firms_in_every_round
            if panel.has_ids else None,
            "rounds": [{"round": r.label, "answers": r.answers, "firms": r.firms if panel.has_ids else None}
                       for r in counts.per_round]}


def describe_file(path: Path, sheet: str | None = None, cache: ParsedCache | None = None,
                  task: TaskContext = NO_TASK) -> dict:
    return describe_table(read_table(path, sheet, cache=cache, task=task))


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
