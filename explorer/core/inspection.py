"""`inspect`: what was understood of a survey file, as a plain dictionary (the JSON contract)."""

from __future__ import annotations

from pathlib import Path

from explorer.core.reading import LoadedTable, ParsedCache, read_table
from explorer.core.task import NO_TASK, TaskContext

ROLE_NAMES = ("id", "name", "sector", "size", "tech", "region", "wave", "weight")


def describe_table(table: LoadedTable) -> dict:
    from explorer.core.survey import build_survey

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
        "warnings": list(table.warnings) + list(survey.warnings),
    }


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
    if report["warnings"]:
        lines.append("Warnings:")
        lines.extend(f"  - {w}" for w in report["warnings"])
    return "\n".join(lines)
