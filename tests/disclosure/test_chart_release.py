"""Chart exports take the table's figures: the same cells hidden, axes from released figures only."""

from __future__ import annotations

import math

import numpy as np
import pytest

from explorer.core.disclosure import Reason, release_chart, release_summary, round_significant
from explorer.core.reading import read_table
from explorer.core.survey import FilterSpec, build_survey, summarize
from explorer.core.survey.distribution import summary_histogram
from intruder_lp import findings, from_summary
from paths import SAMPLES
from small_surveys import survey_of


@pytest.fixture(scope="module")
def ems():
    return build_survey(read_table(SAMPLES / "ems_2015_extract.xlsx"), use_profiles=False)


@pytest.fixture(scope="module")
def monkey():
    return build_survey(read_table(SAMPLES / "association_reshoring_survey_surveymonkey.csv"), use_profiles=False)


def test_a_chart_hides_what_the_table_hides(ems):
    # EMS, NACE 27 by size: 250-999 has 1 'yes' of 23, R4 hides it; secondary cells follow.
    summary = summarize(ems, "backshoring", by="size", scheme="ems", filters=FilterSpec.parse(["sector=27"]))
    plan = release_chart(summary)
    table = release_summary(summary)
    assert plan.allowed
    hidden = {g.group for g in plan.summary.groups if all(math.isnan(v) for v in g.shares.values())}
    assert "250-999" in hidden and len(hidden) >= 2
    assert set(plan.suppressed_groups) == hidden
    assert hidden == {g.group for g in summary.groups if table.verdict(g.group, "yes").suppressed}
    assert {v.reason for v in plan.reasons} == {Reason.ALL_OR_ALL_BUT_ONE, Reason.SECONDARY}
    original = {g.group: g for g in summary.groups}
    for group in plan.summary.groups:
        if group.group not in hidden:
            assert group.shares == pytest.approx(original[group.group].shares, abs=0.0005)
    assert findings(from_summary(plan.summary)) == []


def test_groups_under_the_minimum_leave_no_counts_behind(ems):
    summary = summarize(ems, "backshoring", by="size", scheme="ems", filters=FilterSpec.parse(["sector=30"]))
    plan = release_chart(summary)
    tiny = plan.summary.groups[-1]
    assert tiny.n == 2 and all(math.isnan(v) for v in tiny.shares.values())
    assert Reason.TOO_FEW_PEERS in {v.reason for v in plan.reasons}
    assert not tiny.counts


def test_a_selection_that_cannot_be_shared_is_refused(ems):
    # NACE 14: 9 firms, all answered 'no' -- any chart of it tells each firm's answer.
    plan = release_chart(summarize(ems, "backshoring", filters=FilterSpec.parse(["sector=14"])))
    assert not plan.allowed and plan.refusal[0] == "export.refused.all"
    # NACE 19, medium-sized: 2 firms -- under the minimum of 5 (R1), which cannot be set below 3.
    small = summarize(ems, "backshoring", filters=FilterSpec.parse(["sector=19", "size=medium"]))
    assert release_chart(small).refusal == ("export.refused.total", {"min_peers": 5})
    assert release_chart(small, min_peers=1).refusal is not None


def test_numeric_charts_carry_rounded_quartiles_and_no_extremes(monkey):
    key = next(q.key for q in monkey.questions if q.kind == "numeric")
    summary = summarize(monkey, key, by="size")
    plan = release_chart(summary, summary_histogram(monkey, summary))
    total = plan.summary.total.numeric
    assert math.isnan(total.min) and math.isnan(total.max)
    raw = summary.total.numeric.median
    assert total.median in (round_significant(raw, 2), round_significant(raw, 1))
    values = summary.total.numeric.values
    assert total.median not in values or np.count_nonzero(values == total.median) >= 5  # a common answer
    counts = np.asarray(plan.histogram.counts)
    assert np.all(np.isnan(plan.histogram.shares) | (counts >= 5) | (counts == 0))


def test_attack_4_an_axis_never_ends_at_the_largest_firm():
    # Six small firms and one with a turnover of 250,000: every bin but the first two is empty or tiny.
    survey = survey_of({"turnover": [1.0] * 3 + [2.0] * 3 + [250_000.0] + [3.0] * 2})
    summary = summarize(survey, "turnover")
    histogram = summary_histogram(survey, summary)
    assert histogram.edges[-1] >= 250_000  # the raw bins reach the largest firm
    plan = release_chart(summary, histogram)
    assert not plan.allowed, "nothing of it may be shown: every bin, the quartiles and the mean are withheld"
    # Eighty firms spread from 0 to 1,000 and one at 1,490, alone in its bin: the bins of the
    # eighty are released and the axis ends with them.
    survey = survey_of({"turnover": [12.5 * i for i in range(80)] + [1490.0]})
    summary = summarize(survey, "turnover")
    histogram = summary_histogram(survey, summary)
    plan = release_chart(summary, histogram)
    assert plan.allowed and plan.histogram is not None
    assert plan.histogram.edges[-1] < 1490 <= histogram.edges[-1]
    shown = ~np.isnan(plan.histogram.shares)
    assert shown[0] and shown[-1], "the released bins start and end with a shown figure"
    assert all(not math.isfinite(v) for v in (plan.summary.total.numeric.min, plan.summary.total.numeric.max))
