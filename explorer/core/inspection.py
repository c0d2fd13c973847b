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
