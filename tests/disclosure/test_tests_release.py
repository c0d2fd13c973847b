"""The tests between groups, attacked: a chi-square statistic or a letter must not bring back a
hidden cell.

The attack: the intruder reads the exported table (`intruder_lp` over what it shows) and, for the
hidden counts, tries every value the table's own relations allow; the chi-square statistic of the
whole table (or of one answer) is a function of every count, so if it were printed under the
table, only the true value would reproduce it. The statistic as the app computes it
(`Summary.tests`) is what an export without the release module's say would print: the attack
succeeds on it. The released tests (`ReleasedSummary.tests`, what exports print) leave it out
wherever a figure is withheld, and the exported footnote carries no statistic to match.
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats

from explorer.core.disclosure import release_summary
from explorer.core.export.frame_file import write_table
from explorer.core.export.long_form import summary_frame
from explorer.core.survey import summarize
from intruder_lp import TOTAL, range_of, read_csv
from small_surveys import survey_of

THREE_REGIONS = ["Noord"] * 6 + ["Oost"] * 8 + ["Zuid"] * 10


def _export(summary, tmp_path):
    path = tmp_path / "table.csv"
    write_table(summary_frame(summary, 5, "en"), path, caption=summary.question.label)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    notes = lines[lines.index("") + 1:] if "" in lines else []
    kind = "multi" if summary.question.kind == "multi" else "single"
    return read_csv(path, kind), notes


def _statistic(table) -> float:
    return stats.chi2_contingency(np.asarray(table, dtype=float), correction=False).statistic


def _completions_matching(published, group, option, statistic) -> list[int]:
    """Values of the hidden count that the table allows and that reproduce the printed statistic
    of `option` against its complement (for yes/no: the whole table)."""
    low, high = range_of(published, group, option)
    return [value for value in range(low, high + 1)
            if round(_statistic(_rows_with(published, group, option, value)), 2) == round(statistic, 2)]


def _rows_with(published, group: str, option: str, value: int) -> list[list[int]]:
    """The groups' (option, not option) counts once `group`'s is `value`: a second hidden group's
    count then follows from the shown total."""
    counts = {g: published.counts[(g, option)] for g in published.groups}
    counts[group] = value
    hidden = [g for g, v in counts.items() if v is None]
    assert len(hidden) <= 1, "the attack fixes one hidden count; the total gives the other"
    if hidden:
        counts[hidden[0]] = published.counts[(TOTAL, option)] - sum(v for v in counts.values() if v is not None)
    return [[counts[g], published.n[g] - counts[g]] for g in published.groups]


def test_a_yes_no_table_statistic_would_give_back_the_hidden_all_yes_group(tmp_path):
    # Noord: all 6 said yes (R4 hides the row); Oost 3 of 8, Zuid 4 of 10; the total is shown.
    survey = survey_of({"region": THREE_REGIONS, "backshoring": ["yes"] * 6 + ["yes", "no"] * 3 + ["no"] * 2
                        + ["yes"] * 4 + ["no"] * 6})
    summary = summarize(survey, "backshoring", by="region")
    published, notes = _export(summary, tmp_path)
    assert published.counts[("Noord", "yes")] is None, "R4 hides Noord's 6 of 6"
    low, high = range_of(published, "Noord", "yes")
    assert low < high, "the table alone keeps Noord's count open"
    # The attack succeeds on the statistic as computed: one value reproduces it, and it is 6 of 6.
    raw = summary.tests.table
    assert _completions_matching(published, "Noord", "yes", raw.statistic) == [6]
    # ... and fails on what leaves the app: no statistic, so nothing to match.
    released = release_summary(summary, 5).tests
    assert released.table is None and released.table_verdict.suppressed
    assert not any("χ²" in line for line in notes)


def test_a_multi_select_answer_statistic_would_give_back_the_hidden_six_of_six(tmp_path):
    # Noord: all 6 ticked Automation (R4 hides it); Oost 3 of 8; Zuid 5 of 10.
    survey = survey_of({"region": THREE_REGIONS,
                        "Motives: Automation": [1] * 6 + [1, 1, 1, 0, 0, 0, 0, 0] + [1] * 5 + [0] * 5,
                        "Motives: Quality": [0, 1] * 12})
    summary = summarize(survey, "Motives", by="region")
    published, notes = _export(summary, tmp_path)
    assert published.counts[("Noord", "Automation")] is None
    raw = next(item.table for item in summary.tests.options if item.option == "Automation")
    assert range_of(published, "Noord", "Automation")[0] < 6
    assert _completions_matching(published, "Noord", "Automation", raw.statistic) == [6]
    released = release_summary(summary, 5).tests
    assert "Automation" not in released.options and released.table_verdict.suppressed
    assert not any("Automation" in line for line in notes)


@pytest.mark.parametrize("seed", range(40))
def test_letters_and_statistics_go_out_only_beside_released_figures(seed):
    rng = np.random.default_rng(seed)
    rows = int(rng.integers(14, 60))
    regions = list(rng.choice(["Noord", "Oost", "Zuid", "West"], rows, p=[0.15, 0.25, 0.3, 0.3]))
    answers = list(rng.choice(["Ja", "Nee", "Weet niet"], rows, p=[0.3, 0.6, 0.1]))
    summary = summarize(survey_of({"region": regions, "plan": answers}), "plan", by="region")
    released = release_summary(summary, 5)
    shown = {(f.group, f.option) for f in released.figures if f.verdict.shown and f.value is not None}
    group_of = {letter: group for group, letter in released.tests.letters.items()}
    for (group, option), letters in released.tests.higher.items():
        assert (group, option) in shown
        assert all((group_of[x], option) in shown for x in letters)
        # A released letter is one the tests found.
        assert set(letters) <= set(summary.tests.higher_than(group, option))
    tested = [(g, o) for g in summary.tests.groups for o in summary.options]
    if released.tests.table is not None:
        assert all(cell in shown for cell in tested)
    elif summary.tests.table is not None:
        assert not all(cell in shown for cell in tested)
