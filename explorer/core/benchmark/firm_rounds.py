"""Which answer of a firm a briefing benchmarks, in a survey asked in rounds.

A firm answers once per round. A briefing compares one answer, by default the firm's latest, with
other firms' answers in the same round; the firm's answers in other rounds are never its peers
(they are its own trajectory). Without a round column, or with one round, every row is a firm of
its own and all other rows are candidate peers.
"""

from __future__ import annotations

import numpy as np

from explorer.core.errors import InputError
from explorer.core.labels import fold


def rounds_apply(survey) -> bool:
    """Does the survey hold answers of more than one round?"""
    panel = survey.panel
    return panel is not None and len(panel.rounds) >= 2


def round_label(survey, row: int) -> str:
    """The round of the answer in `row` ("" without rounds or without a round in that row)."""
    if not rounds_apply(survey):
        return ""
    code = int(survey.panel.round_of_row[row])
    return survey.panel.rounds[code] if code >= 0 else ""


def same_firm(survey, row: int) -> np.ndarray:
    """Mask of the rows of the firm in `row`: its answers in every round."""
    panel = survey.panel
    if panel is None:
        mask = np.zeros(survey.size, dtype=bool)
        mask[row] = True
        return mask
    return panel.firm_of_row == panel.firm_of_row[row]


def peer_candidates(survey, row: int) -> np.ndarray:
    """Rows that may be peers of the answer in `row`: other firms, in the same round."""
    mask = ~same_firm(survey, row)
    if rounds_apply(survey):
        mask &= survey.panel.round_of_row == survey.panel.round_of_row[row]
    return mask


def answers_in_order(survey, row: int) -> list[int]:
    """The rows of the firm in `row`, one per round it answered in, in time order (the row itself
    where it answered twice within a round)."""
    if not rounds_apply(survey):
        return [row]
    panel = survey.panel
    chosen: dict[int, int] = {}
    for found in np.flatnonzero(same_firm(survey, row) & (panel.round_of_row >= 0)).tolist():
        chosen.setdefault(int(panel.round_of_row[found]), found)
    if panel.round_of_row[row] >= 0:
        chosen[int(panel.round_of_row[row])] = row
    return [chosen[code] for code in sorted(chosen)]


def round_index(survey, wave: str) -> int:
    """The position of the round named `wave` (as shown, case and accents folded)."""
    if not rounds_apply(survey):
        raise InputError("error.round.none")
    rounds = survey.panel.rounds
    wanted = fold(wave)
    for index, label in enumerate(rounds):
        if fold(label) == wanted:
            return index
    raise InputError("error.round.unknown", wave=wave, rounds=", ".join(rounds))


def pick_answer(survey, rows: list[int], firm: str, wave: str | None) -> int | None:
    """The row to benchmark among the rows that name one firm: in round `wave`, else its latest.

    None when the rows belong to more than one firm (the caller refuses the ambiguous name).
    """
    if not rounds_apply(survey):
        if wave is not None:
            round_index(survey, wave)  # raises: no rounds
        return rows[0] if len(rows) == 1 else None
    panel = survey.panel
    if len(set(panel.firm_of_row[rows].tolist())) > 1:
        return None
    by_round: dict[int, list[int]] = {}
    for found in rows:
        by_round.setdefault(int(panel.round_of_row[found]), []).append(found)
    wanted = max(by_round) if wave is None else round_index(survey, wave)
    if wanted not in by_round:
        answered = ", ".join(panel.rounds[code] for code in sorted(by_round) if code >= 0)
        raise InputError("error.round.not_answered", firm=firm, round=panel.rounds[wanted], answered=answered)
    chosen = by_round[wanted]
    if len(chosen) > 1:
        label = panel.rounds[wanted] if wanted >= 0 else ""
        raise InputError("error.round.twice", firm=firm, count=len(chosen), round=label)
    return chosen[0]


def answer_rows_of(survey, wave: str | None = None, every_wave: bool = False) -> list[int]:
    """The rows a batch writes a briefing for: each firm's latest answer, or every answer in round
    `wave`, or (`every_wave`) every answer, in file order."""
    if not rounds_apply(survey):
        if wave is not None:
            round_index(survey, wave)  # raises: no rounds
        return list(range(survey.size))
    panel = survey.panel
    if every_wave:
        return list(range(survey.size))
    if wave is not None:
        return np.flatnonzero(panel.round_of_row == round_index(survey, wave)).tolist()
    # Latest round per firm: the last row of the highest round code, per firm.
    order = np.lexsort((np.arange(survey.size), panel.round_of_row, panel.firm_of_row))
    last_of_firm = np.r_[panel.firm_of_row[order][1:] != panel.firm_of_row[order][:-1], True]
    return sorted(order[last_of_firm].tolist())
