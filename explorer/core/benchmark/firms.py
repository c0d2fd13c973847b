"""Finding the benchmarked firm in the survey by its id, its name or its row number (and, in a
survey asked in rounds, its answer in one round: firm_rounds.py)."""

from __future__ import annotations

import pandas as pd

from explorer.core.benchmark.firm_rounds import pick_answer
from explorer.core.errors import InputError, Phrase
from explorer.core.labels import answer_text, fold


def _text(value: object) -> str:
    return answer_text(value).strip()


def find_firm(survey, firm: str, wave: str | None = None) -> int:
    """The row index of the firm; ids are matched first, then names, then `#row` numbers.

    In a survey with rounds a firm has a row per round: its answer in round `wave`, by default its
    latest, is the one benchmarked.
    """
    wanted = str(firm).strip()
    for role in ("id", "name"):
        column = survey.roles.get(role)
        if column is None:
            continue
        values = survey.frame[column]
        matches = [i for i, v in enumerate(values.astype("object")) if not pd.isna(v) and _text(v) == wanted]
        if not matches and role == "name":
            matches = [i for i, v in enumerate(values.astype("object")) if not pd.isna(v) and fold(v) == fold(wanted)]
        if matches:
            chosen = pick_answer(survey, matches, wanted, wave)
            if chosen is not None:
                return chosen
            raise InputError("error.firm.not_unique", count=len(matches), role=role, wanted=wanted)
    if wanted.startswith("#") and wanted[1:].isdigit():
        row = int(wanted[1:]) - 1
        if 0 <= row < survey.size:
            if wave is not None and pick_answer(survey, [row], wanted, wave) != row:
                raise InputError("error.round.row_elsewhere", row=wanted, wave=wave)
            return row
    hint = Phrase("error.firm.hint.id" if survey.roles.get("id") else "error.firm.hint.row")
    raise InputError("error.firm.unknown", wanted=wanted, hint=hint)


def firm_label(survey, row: int) -> tuple[str, str]:
    """(id, name) of a firm for display; the id falls back to `#row`."""
    frame = survey.frame
    id_column, name_column = survey.roles.get("id"), survey.roles.get("name")
    firm_id = _text(frame[id_column].iloc[row]) if id_column and not pd.isna(frame[id_column].iloc[row]) else f"#{row + 1}"
    name = _text(frame[name_column].iloc[row]) if name_column and not pd.isna(frame[name_column].iloc[row]) else ""
    return firm_id, name
