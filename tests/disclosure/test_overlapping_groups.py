"""A split by the options of a multi-select puts a firm in several groups: no total ties them.

Groups A (F001–F008) and B (F002–F009) share seven firms. Exported side by side, 4 of 8 saying yes
in A and 3 of 8 in B tell that F001 said yes and F009 no — subtraction, no colluder needed. The
intruder reads the exported CSV and knows who ticked which option (the worst case); an integer
program, independent of the app's own checks, says which answers of each firm fit the figures.
"""

from __future__ import annotations

import csv

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

from explorer.core.export.frame_file import write_table

from explorer.core.export.long_form import summary_frame
from explorer.core.survey import summarize
from small_surveys import survey_of

TICKED_A = [1] * 8 + [0] + [0] * 5
TICKED_B = [0] + [1] * 8 + [0] * 5
PLANS = ["yes"] + ["yes", "no", "yes", "no", "yes", "no", "no"] + ["no"] + ["yes", "no", "yes", "no", "yes"]
OPTIONS = ("yes", "no")


def exported_counts(path) -> dict[str, tuple[int, dict[str, int]]]:
    """Per group: (n, count per answer) of every shown share, as a reader of the CSV computes them."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=","))  # an English CSV
    header = next(r for r in rows if r and r[0] == "Group")
    found: dict[str, tuple[int, dict[str, int]]] = {}
    for row in rows[rows.index(header) + 1:]:
        if len(row) < len(header) or not row[0]:
            continue
        record = dict(zip(header, row))
        n = int(record["n"])
        counts = found.setdefault(record["Group"], (n, {}))[1]
        if record["Share"] not in ("c", ""):
            counts[record["Answer"]] = round(float(record["Share"]) * n)
    return found


def determined_answers(released, members: dict[str, list[int]], firms: int) -> dict[int, str]:
    """Firms whose answer is the same in every assignment of answers that fits the released counts."""
    variables = firms * len(OPTIONS)
    rows, low, high = [], [], []
    for f in range(firms):  # every firm gave exactly one answer
        row = np.zeros(variables)
        row[f * len(OPTIONS):(f + 1) * len(OPTIONS)] = 1
        rows.append(row), low.append(1), high.append(1)
    for group, (n, counts) in released.items():
        for o, option in enumerate(OPTIONS):
            if option in counts:
                row = np.zeros(variables)
                for f in members[group]:
                    row[f * len(OPTIONS) + o] = 1
                rows.append(row), low.append(counts[option]), high.append(counts[option])
    constraints = LinearConstraint(np.array(rows), low, high)
    integrality, bounds = np.ones(variables), Bounds(0, 1)
    determined = {}
    for f in range(firms):
        possible = set()
        for o, option in enumerate(OPTIONS):
            goal = np.zeros(variables)
            goal[f * len(OPTIONS) + o] = -1  # can this firm have given this answer?
            result = milp(goal, constraints=constraints, integrality=integrality, bounds=bounds)
            if result.success and -result.fun > 0.5:
                possible.add(option)
        if len(possible) == 1:
            determined[f] = possible.pop()
    return determined


def test_two_overlapping_groups_do_not_give_the_two_odd_firms_away(tmp_path):
    survey = survey_of({"Measures: A": TICKED_A, "Measures: B": TICKED_B, "plans": PLANS})
    split = next(q.key for q in survey.questions if q.kind == "multi")
    summary = summarize(survey, "plans", by=split)
    assert summary.overlapping_groups and [g.n for g in summary.groups] == [sum(TICKED_A), sum(TICKED_B)]
    path = tmp_path / "table.csv"
    write_table(summary_frame(summary, 5, "en"), path, caption="plans", lang="en")
    released = exported_counts(path)
    members = {"A": [i for i, t in enumerate(TICKED_A) if t], "B": [i for i, t in enumerate(TICKED_B) if t],
               "Total": list(range(len(PLANS)))}
    assert determined_answers(released, members, len(PLANS)) == {}, released
