"""Attack 2 and its relatives, replayed on released tables: a hidden cell must not come back.

Each test builds a small survey for the purpose, releases a table the way the app does (the
exported .xlsx and .csv, the crosstab's clipboard text, the chart export's figures) and hands
only what was released to an independent integer-programming intruder (`intruder_lp`).
"""

from __future__ import annotations

import pytest

from explorer.core.export.frame_file import write_table

from explorer.core.export.long_form import summary_frame
from explorer.core.survey import FilterSpec, summarize
from intruder_lp import TOTAL, findings, range_of, read_csv, read_xlsx
from small_surveys import survey_of

THREE_REGIONS = ["Noord"] * 6 + ["Oost"] * 6 + ["Zuid"] * 6


def released(summary, tmp_path, fmt: str):
    kind = "multi" if summary.question.kind == "multi" else "single"
    path = tmp_path / f"table.{fmt}"
    write_table(summary_frame(summary, 5, "en"), path, caption=summary.question.label)
    return read_csv(path, kind) if fmt == "csv" else read_xlsx(path, kind)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_hidden_six_of_six_does_not_follow_from_the_total(tmp_path, fmt):
    # Noord: all 6 ticked Automation (R4 hides it); Oost and Zuid 3 of 6 each; total 12 of 18.
    survey = survey_of({"region": THREE_REGIONS,
                        "Motives: Automation": [1] * 6 + [1, 1, 1, 0, 0, 0] * 2,
                        "Motives: Quality": [0, 1] * 9})
    table = released(summarize(survey, "Motives", by="region"), tmp_path, fmt)
    assert table.counts[("Noord", "Automation")] is None, "R4 hides the 6 of 6"
    low, high = range_of(table, "Noord", "Automation")
    assert low < high, f"Noord's Automation count recovered exactly: {low}"
    assert low <= 6 - 3, "two colluders in Noord would learn that the other four ticked it"
    assert findings(table) == []


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_two_hidden_cells_that_are_all_the_same_answer_stay_hidden(tmp_path, fmt):
    # Noord and Oost: every firm ticked Automation (12 of 12 between them); Zuid: 3 of 6.
    survey = survey_of({"region": THREE_REGIONS,
                        "Motives: Automation": [1] * 12 + [1, 1, 1, 0, 0, 0],
                        "Motives: Quality": [0, 1] * 9})
    table = released(summarize(survey, "Motives", by="region"), tmp_path, fmt)
    for region in ("Noord", "Oost"):
        low, high = range_of(table, region, "Automation")
        assert low <= 6 - 3, f"{region}: the intruder learns that at least {low} of 6 ticked Automation"
    assert findings(table) == []


def test_a_single_choice_table_hides_whole_rows_that_cannot_be_recovered(tmp_path):
    # Yes/no by region: Noord all yes (hidden), the rest balanced; the total is shown.
    survey = survey_of({"region": THREE_REGIONS,
                        "backshoring": ["yes"] * 6 + ["yes", "no"] * 6})
    table = released(summarize(survey, "backshoring", by="region"), tmp_path, "csv")
    assert findings(table) == []


def test_one_firm_outside_every_group_is_not_total_minus_groups(tmp_path):
    # Differencing through the grouping itself: one firm has no region, so the total minus the
    # regions is that firm's answer.
    regions = THREE_REGIONS + [None]
    survey = survey_of({"region": regions,
                        "Motives: Automation": [1, 1, 1, 0, 0, 0] * 3 + [1],
                        "Motives: Quality": [0, 1] * 9 + [0]})
    table = released(summarize(survey, "Motives", by="region"), tmp_path, "csv")
    assert table.n[TOTAL] == 19
    assert findings(table) == []


def test_differencing_through_two_filters_in_one_table(tmp_path):
    # Filter sector 25 and split by size: the medium class holds one firm, shown as c; the
    # small class and the total are shown, so total − small would be that firm's answer.
    survey = survey_of({"employees": [20 + i for i in range(8)] + [120],
                        "backshoring": ["yes", "no", "yes", "no", "yes", "no", "yes", "no", "yes"],
                        "nace": ["25.62"] * 9})
    summary = summarize(survey, "backshoring", by="size", filters=FilterSpec.parse(["sector=25"]))
    table = released(summary, tmp_path, "xlsx")
    assert findings(table) == []
