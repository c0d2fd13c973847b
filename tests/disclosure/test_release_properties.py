"""Random small surveys, random filters and splits, every export path: the intruder learns nothing.

5–40 firms with random answers (yes/no, single choice, multi-select, numbers) and random weights;
a random filter and split. For each, what the app releases is read back as a reader would see it
-- the table written as .csv, the crosstab's clipboard text, the chart export's figures, the
briefing's peer figures -- and handed to the independent integer-programming intruder
(`intruder_lp`), which must recover no withheld count and no single firm's answer.
"""

from __future__ import annotations

import math

import numpy as np
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from explorer.core.disclosure import release_chart
from explorer.core.errors import InputError
from explorer.core.export.frame_file import write_table
from explorer.core.export.long_form import summary_frame
from explorer.core.survey import FilterSpec, summarize
from explorer.core.survey.group_labels import group_label
from explorer.report.content.briefing import build_briefing
from explorer.report.content.model import LikertItem, MultiItem, NumericItem, ShareItem
from intruder_lp import COLLUDERS, Published, findings, from_summary, read_csv
from small_surveys import survey_of

REGIONS = ["Noord", "Oost", "Zuid", "West"]
OPTIONS = ["ja", "nee", "misschien"]


@st.composite
def surveys(draw, one_size: bool = False):
    n = draw(st.integers(5, 40))
    rows = st.lists
    regions = draw(rows(st.sampled_from(REGIONS + [None]), min_size=n, max_size=n))
    single = draw(rows(st.sampled_from(OPTIONS), min_size=n, max_size=n))
    yesno = draw(rows(st.sampled_from(["yes", "no"]), min_size=n, max_size=n))
    ticks = {f"Motives: {o}": draw(rows(st.integers(0, 1), min_size=n, max_size=n)) for o in ("A", "B")}
    amounts = draw(rows(st.integers(0, 60), min_size=n, max_size=n))
    weights = draw(rows(st.sampled_from([0.2, 0.5, 1.0, 1.0, 1.5, 3.0]), min_size=n, max_size=n))
    sizes = [30] if one_size else [12, 30, 60, 120, 300]
    employees = draw(rows(st.sampled_from(sizes), min_size=n, max_size=n))
    columns = {"region": regions, "employees": employees, "plan": single, "backshoring": yesno, **ticks,
               "export share (%)": [float(a) for a in amounts], "weight": weights}
    return survey_of(columns)


FILTERS = st.sampled_from([[], ["size=small"], ["size=small,medium"], ["region=Noord,Oost"], ["size=large"]])
SPLITS = st.sampled_from([None, "region", "size"])
QUESTIONS = st.sampled_from(["plan", "backshoring", "Motives"])
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def summary_of(survey, question, by=None, filters=(), weighted=False):
    """The summary, or the test case dropped when the filter names a value no firm has."""
    try:
        return summarize(survey, question, by=by, filters=FilterSpec.parse(list(filters)), weighted=weighted)
    except InputError:
        assume(False)


def released_table(summary, tmp_path) -> Published | None:
    """The table as written to .csv and read back; None when the export is refused."""
    kind = "multi" if summary.question.kind == "multi" else "single"
    path = tmp_path / "table.csv"
    try:
        frame = summary_frame(summary, 5, "en")
    except InputError:
        assert kind == "single" and len(summary.options) < 2
        return None
    write_table(frame, path)
    return read_csv(path, kind)


@SETTINGS
@given(survey=surveys(), question=QUESTIONS, by=SPLITS, filters=FILTERS)
def test_no_table_or_chart_gives_a_firm_away(tmp_path_factory, survey, question, by, filters):
    tmp_path = tmp_path_factory.mktemp("release")
    summary = summary_of(survey, question, by, filters)
    if summary.total.n == 0:
        return
    table = released_table(summary, tmp_path)
    tables = [table] if table is not None else []
    plan = release_chart(summary)
    if plan.allowed:
        tables.append(from_summary(plan.summary))
    for released in tables:
        assert findings(released) == []
    if len(tables) == 2:  # a table and a chart of the same selection, read together
        assert findings(*tables) == []


@SETTINGS
@given(survey=surveys(), question=QUESTIONS, filters=FILTERS)
def test_two_views_of_one_selection_read_together_give_nothing_away(tmp_path_factory, survey, question, filters):
    tmp_path = tmp_path_factory.mktemp("views")
    by_region = summary_of(survey, question, "region", filters)
    by_size = summary_of(survey, question, "size", filters)
    tables = [released_table(by_region, tmp_path), released_table(by_size, tmp_path)]
    if by_region.total.n == 0 or None in tables:
        return
    assert findings(*tables) == []


@SETTINGS
@given(survey=surveys(), question=QUESTIONS, by=SPLITS)
def test_weighted_figures_never_stand_on_too_few_effective_firms(survey, question, by):
    summary = summary_of(survey, question, by, weighted=True)
    if summary.question.kind != "multi" and len(summary.options) < 2:
        return
    frame = summary_frame(summary, 5, "en")
    groups = {group_label(g.group, summary.by, summary.scheme, "en"): g for g in (*summary.groups, summary.total)}
    for row in frame.to_dict("records"):
        if row["Share"] != "c":
            group = groups[row["Group"]]
            assert group.n_eff >= 5 and group.top_weight_share <= 0.5
            assert row["Effective n"] == round(group.n_eff, 1)


def briefing_tables(survey, briefing) -> list[Published]:
    """The peer figures of a briefing as one-group tables (shares × n give counts)."""
    tables = []
    for theme in briefing.themes:
        for item in theme.items:
            if isinstance(item, ShareItem) and item.share is not None:
                options = list(survey.question(item.question).options)  # the others stay unknown
                table = Published("single", options, {"total": item.n})
                table.counts[("total", item.firm_answer)] = round(item.share * item.n)
                tables.append(table)
            elif isinstance(item, LikertItem) and item.shares is not None:
                table = Published("single", list(item.levels), {"total": item.n})
                table.counts.update({("total", lv): round(s * item.n) for lv, s in zip(item.levels, item.shares)})
                tables.append(table)
            elif isinstance(item, MultiItem):
                for option in item.options:
                    if option.share is not None:
                        table = Published("multi", [option.label], {"total": option.n})
                        table.counts[("total", option.label)] = round(option.share * option.n)
                        tables.append(table)
    return tables


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(survey=surveys(one_size=True), firm=st.integers(0, 39))
def test_briefing_figures_give_no_peer_away(survey, firm):
    """All firms in one sector and size class: the peers are every firm but the benchmarked one."""
    row = firm % survey.size
    firm_id = f"F{row + 1:03d}"
    briefing = build_briefing(survey, firm_id, "en")
    for table in briefing_tables(survey, briefing):
        # The other options' shares are not printed, not withheld: only a firm's answer counts here.
        assert [f for f in findings(table) if f.what != "hidden count recovered"] == []
    for theme in briefing.themes:
        for item in theme.items:
            if isinstance(item, NumericItem):
                assert item.band is None or item.band in ((0, 25), (25, 50), (50, 75), (75, 100))
                peers = np.delete(survey.numeric_values(survey.question("export share (%)")), row)
                for quartile in (item.q1, item.median, item.q3):
                    if quartile is not None:
                        assert math.isfinite(quartile)
                        held = int(np.count_nonzero(peers == quartile))
                        assert held == 0 or held >= 5, "a printed quartile is one firm's answer"
    assert COLLUDERS == 2


def percent_of(text: str) -> float | None:
    """The leading percentage of a crosstab cell's copied text ('46 % (23–71)', '4,5%'), or None for c."""
    if text in ("c", "–", ""):
        return None
    return float(text.split("%")[0].strip().replace(".", "").replace(",", ".")) if "," in text.split("%")[0] \
        else float(text.split("%")[0].strip())


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(survey=surveys(), question=QUESTIONS, by=SPLITS, filters=FILTERS, lang=st.sampled_from(["nl", "en"]))
def test_the_crosstab_copy_gives_no_firm_away(qtbot, survey, question, by, filters, lang):
    from explorer.ui.views.crosstab_model import CrosstabModel

    summary = summary_of(survey, question, by, filters)
    model = CrosstabModel()
    model.set_summary(summary, lang, 5)
    kind = "multi" if summary.question.kind == "multi" else "single"
    table = Published(kind, list(summary.options), {})
    n_column = model.stat_column("n")
    for row in model.rows():
        name = "total" if row.total else row.group
        if model.cell(model.group_row(row.group), n_column).copy_text == "c":
            return  # n withheld: one possible answer, nothing to read
        table.n[name] = row.n
        for option in summary.options:
            copied = model.cell(model.group_row(row.group), model.option_column(option)).copy_text
            percent = percent_of(copied)
            table.counts[(name, option)] = None if percent is None else round(percent / 100 * row.n)
    if table.n.get("total"):
        assert findings(table) == []
