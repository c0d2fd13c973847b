"""Attack 3: a weighted share that is one firm's answer.

One firm weighs 9.1, nine weigh 0.1; unweighted the answers are 5 yes, 5 no. The intruder knows
the weights (they are design weights, published with the survey) and solves for the heavy firm's
answer from the released weighted share with an integer programme of its own.
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy.optimize import Bounds, LinearConstraint, milp

from explorer.core.disclosure import release_chart
from explorer.core.export.frame_file import write_table
from explorer.core.export.long_form import summary_frame
from explorer.core.survey import summarize
from intruder_lp import read_csv
from small_surveys import survey_of

WEIGHTS = [9.1] + [0.1] * 9


def heavy_firm_answers_consistent_with(share: float, tolerance: float = 0.0005) -> set[int]:
    """Which answers (1 = yes) of the heavy firm fit a weighted 'yes' share, given the weights."""
    possible = set()
    for heavy in (0, 1):
        # variables: how many of the nine light firms said yes (0..9)
        total = sum(WEIGHTS)
        low, high = (share - tolerance) * total - 9.1 * heavy, (share + tolerance) * total - 9.1 * heavy
        result = milp(np.zeros(1), constraints=[LinearConstraint(np.array([[0.1]]), low, high)],
                      bounds=Bounds([0], [9]), integrality=np.ones(1))
        if result.status == 0:
            possible.add(heavy)
    return possible


def survey(heavy_answer: str):
    light = ["yes", "no"] * 4 + ["no" if heavy_answer == "yes" else "yes"]
    return survey_of({"backshoring": [heavy_answer] + light, "weight": WEIGHTS})


def test_the_intruder_works_as_intended_on_an_unprotected_share():
    assert heavy_firm_answers_consistent_with(0.95) == {1}
    assert heavy_firm_answers_consistent_with(0.05) == {0}


@pytest.mark.parametrize("heavy_answer", ["yes", "no"])
def test_the_weighted_table_does_not_tell_the_heavy_firms_answer(tmp_path, heavy_answer):
    summary = summarize(survey(heavy_answer), "backshoring", weighted=True)
    frame = summary_frame(summary, 5, "en")
    assert "Effective n" in frame.columns, "a weighted table shows the effective n beside n"
    assert frame["Effective n"].iloc[0] == pytest.approx(100 / (9.1**2 + 9 * 0.01), abs=0.05)
    write_table(frame, tmp_path / "t.csv")
    released = read_csv(tmp_path / "t.csv", "single")
    share = released.counts[("total", "yes")]
    assert share is None, "the weighted share is withheld"
    rows = frame.to_dict("records")
    for row in rows:
        if row["Share"] != "c":
            assert heavy_firm_answers_consistent_with(float(row["Share"])) == {0, 1}


@pytest.mark.parametrize("heavy_answer", ["yes", "no"])
def test_the_weighted_chart_export_is_refused(heavy_answer):
    plan = release_chart(summarize(survey(heavy_answer), "backshoring", weighted=True))
    assert not plan.allowed
    assert plan.reasons and plan.reasons[0].reason in ("effective_n", "one_firm_weight")


def test_even_weights_still_show():
    survey_even = survey_of({"backshoring": ["yes", "no", "no"] * 4, "weight": [1.0, 1.2, 0.8] * 4})
    summary = summarize(survey_even, "backshoring", weighted=True)
    assert release_chart(summary).allowed
