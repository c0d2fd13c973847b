"""The Statements view shows what core's grid summary says: the chart's bars and the table's cells
are read back and compared with `grid_summary` for the same selection, sorted by agreement on
request, in both languages; the Export menu writes the released grid."""

from __future__ import annotations

import math

import pytest

from explorer.core.disclosure import release_grid
from explorer.core.reading import read_table
from explorer.core.survey import FilterSpec, build_survey
from explorer.core.survey.filter_text import describe_filters
from explorer.core.survey.grid_summary import grid_summary
from explorer.ui.views.crosstab_model import COPY_ROLE, VALUE_ROLE, WITHHELD_ROLE
from explorer.ui.views.grid import GridView
from explorer.ui.views.state import AnalysisState

from chart_reading import plotted_values, row_labels
from paths import SAMPLES

MONKEY = SAMPLES / "association_reshoring_survey_surveymonkey.csv"
GRID = "In hoeverre bent u het eens met de volgende stellingen?"


@pytest.fixture(scope="module")
def monkey():
    return build_survey(read_table(MONKEY), use_profiles=False)


def state_for(survey, filters=(), lang="nl", min_peers=5) -> AnalysisState:
    spec = FilterSpec.parse(list(filters))
    return AnalysisState(survey=survey, filters=spec, lang=lang, min_peers=min_peers,
                         filter_text=describe_filters(spec, survey, "eu", lang))


@pytest.fixture
def view(qtbot):
    widget = GridView()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_chart_and_the_table_are_the_grid_summary(view, monkey, lang):
    view.set_state(state_for(monkey, lang=lang))
    assert view.current_key() == GRID
    summary = grid_summary(monkey, GRID)
    plotted = plotted_values(view.chart())
    for statement in summary.statements:
        for option in summary.options:
            expected = statement.summary.total.shares[option] * 100
            assert plotted[(statement.question.key, option)] == pytest.approx(expected)
    model = view.model
    assert [r.group for r in model.rows()] == [s.question.key for s in summary.statements]
    top = model.stat_column("top")
    mean = model.stat_column("mean")
    for row, statement in enumerate(summary.statements):
        assert model.index(row, top).data(VALUE_ROLE) == pytest.approx(statement.top)
        assert model.index(row, mean).data(VALUE_ROLE) == pytest.approx(statement.mean)
        assert model.index(row, model.stat_column("n")).data(VALUE_ROLE) == statement.n
    assert row_labels(view.chart())[0].startswith(summary.statements[0].text[:20])


def test_most_agreed_first_reorders_chart_and_table(view, monkey, qtbot):
    view.set_state(state_for(monkey))
    summary = grid_summary(monkey, GRID)
    view.agreement_box.setChecked(True)
    order = [s.question.key for s in summary.by_agreement()]
    assert order != [s.question.key for s in summary.statements]
    assert [r.group for r in view.model.rows()] == order
    assert [s.question.key for s in view.chart().statements()] == order
    assert view.view_state() == {"grid": GRID, "by_agreement": True}


def test_filters_apply_and_withheld_figures_are_marked_and_copied_as_c(view, monkey):
    filters = ("size=micro", "sector=22")
    view.set_state(state_for(monkey, filters))
    summary = grid_summary(monkey, GRID, filters=FilterSpec.parse(list(filters)))
    released = {s.key: s for s in release_grid(summary, 5).statements}
    model = view.model
    withheld = 0
    for row, statement in enumerate(summary.statements):
        assert model.index(row, model.stat_column("n")).data(VALUE_ROLE) == statement.n
        out = released[statement.question.key]
        index = model.index(row, model.stat_column("mean"))
        assert index.data(WITHHELD_ROLE) == (out.mean is None)
        if out.mean is None:
            withheld += 1
            assert index.data(COPY_ROLE) == "c"
            assert math.isfinite(index.data(VALUE_ROLE))  # the advisor still sees it
    assert withheld


def test_a_survey_without_a_grid_says_so(view):
    survey = build_survey(read_table(SAMPLES / "ems_2015_extract.xlsx"), use_profiles=False)
    view.set_state(state_for(survey, lang="en"))
    assert view.stack.currentWidget() is view.message
    assert "no set of statements" in view.message.text()
    assert view.export_source() is None
