"""The analysis views show what core says: the question explorer's chart, the overview's charts and
the crosstab's cells equal `summarize` for the same selection; copies leave withheld figures out;
view states round-trip; the views speak both languages.

Values are read back from what the widgets hold (the chart's plot items through `plotted_values`,
the table model's cells), never from what they were asked to show.
"""

from __future__ import annotations

import math
import os
import string
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit

from explorer.core.disclosure import release_summary
from explorer.core.messages_views import VIEW_MESSAGES
from explorer.core.reading import read_table
from explorer.core.survey import FilterSpec, build_survey, summarize
from explorer.core.survey.filter_text import describe_filters
from explorer.ui.views.crosstab import CrosstabView
from explorer.ui.views.crosstab_model import COPY_ROLE, LETTERS_ROLE, SMALL_ROLE, VALUE_ROLE, WITHHELD_ROLE
from explorer.ui.views.overview import OverviewView
from explorer.ui.views.question_explorer import QuestionExplorer
from explorer.ui.views.state import AnalysisState

from chart_reading import notes_text, plotted_values
from filter_specs import filters as filter_selection
from paths import ROOT, SAMPLES

EMS = SAMPLES / "ems_2015_extract.xlsx"
MONKEY = SAMPLES / "association_reshoring_survey_surveymonkey.csv"
FEDUSTRIA = SAMPLES / "fedustria_quick_survey_2021.csv"
FLANDERS = SAMPLES / "flanders_make_industry40_2021.xlsx"

MOVE = "Overweegt uw bedrijf de komende twee jaar productie te verplaatsen?"
MOTIVES = "Wat zijn de belangrijkste motieven?"
ASIA = "Welk percentage van uw inkoop komt uit Azië?"


@pytest.fixture(scope="module")
def ems():
    return build_survey(read_table(EMS), use_profiles=False)


@pytest.fixture(scope="module")
def monkey():
    return build_survey(read_table(MONKEY), use_profiles=False)


@pytest.fixture(scope="module")
def fedustria():
    return build_survey(read_table(FEDUSTRIA), use_profiles=False)


@pytest.fixture(scope="module")
def flanders():
    return build_survey(read_table(FLANDERS), use_profiles=False)


def state_for(survey, filters: tuple[str, ...] = (), lang: str = "nl", weighted: bool = False,
              scheme: str = "eu", min_peers: int = 5) -> AnalysisState:
    # 'size=small,medium': one filter with two values, as the filter panel makes it
    spec = filter_selection(*((text.partition("=")[0], tuple(text.partition("=")[2].split(","))) for text in filters))
    return AnalysisState(survey=survey, filters=spec, scheme=scheme, weighted=weighted, lang=lang,
                         filter_text=describe_filters(spec, survey, scheme, lang), min_peers=min_peers)


@pytest.fixture
def make_view(qtbot):
    def make(cls):
        view = cls()
        qtbot.addWidget(view)
        view.resize(1100, 650)
        view.show()
        qtbot.waitExposed(view)
        return view

    return make


def assert_plotted_equal(plotted: dict, summary) -> None:
    """Every bar the chart holds is the share `summarize` gives (in percent); every group is there."""
    assert plotted
    groups = {g.group: g for g in (*summary.groups, summary.total)}
    for (group, option), percent in plotted.items():
        expected = groups[group].shares[option] * 100
        if math.isnan(expected):  # a group without answers to this question: an empty bar
            assert groups[group].n == 0 and (percent == 0 or math.isnan(percent)), (group, option)
            continue
        assert percent == pytest.approx(expected, abs=1e-9), (group, option)
    shown = {group for group, _ in plotted}
    # Split single/multi-select charts show the groups side by side (the total only when unsplit).
    assert shown == set(groups) or shown == {g.group for g in summary.groups}


def choose_split(combo: QComboBox, code: str | None) -> None:
    """Pick a split the way a user does: by the combo's index."""
    index = next(i for i in range(combo.count()) if combo.itemData(i) == code and combo.itemText(i))
    combo.setCurrentIndex(index)


# ---- question explorer ------------------------------------------------------------------------------

def test_question_explorer_plots_what_summarize_says(make_view, ems):
    view = make_view(QuestionExplorer)
    state = state_for(ems, ("tech=high,medium-high",))
    view.set_state(state)
    assert view.current_key() == "backshoring"  # the first question that has a chart
    plotted = plotted_values(view.chart_view().current_chart())
    assert_plotted_equal(plotted, summarize(ems, "backshoring", filters=state.filters))


def test_changing_the_split_updates_the_chart(make_view, ems):
    view = make_view(QuestionExplorer)
    state = state_for(ems, ("region=Netherlands,Germany",))
    view.set_state(state)
    before = plotted_values(view.chart_view().current_chart())
    choose_split(view.split_combo, "size")
    assert view.current_split() == "size"
    after = plotted_values(view.chart_view().current_chart())
    assert after != before
    assert_plotted_equal(after, summarize(ems, "backshoring", by="size", filters=state.filters))
    choose_split(view.split_combo, "tech")
    assert_plotted_equal(plotted_values(view.chart_view().current_chart()),
                         summarize(ems, "backshoring", by="tech", filters=state.filters))


def test_split_choices_are_the_dimensions_and_the_questions_that_can_split(make_view, monkey):
    view = make_view(QuestionExplorer)
    view.set_state(state_for(monkey))
    view.select_question(MOTIVES)
    codes = view.split_combo.codes()
    assert codes[:5] == [None, "size", "tech", "sector", "region"]   # one section (C) only: no split by it
    assert MOVE in codes                                               # single choice, 5 answers
    assert MOTIVES not in codes                                        # the question shown does not split itself
    assert ASIA in codes                                               # numbers split by their quartile classes
    assert "Welke drempels ervaart u bij het terughalen van productie?" in codes  # multi-select by option
    assert view.set_split(MOVE)
    assert_plotted_equal(plotted_values(view.chart_view().current_chart()),
                         summarize(monkey, MOTIVES, by=MOVE))


def test_a_filter_click_follows_through(make_view, monkey):
    view = make_view(QuestionExplorer)
    view.set_state(state_for(monkey))
    view.select_question(MOTIVES)
    view.set_split("tech")
    state = state_for(monkey, ("size=small,medium",))
    view.set_state(state)
    assert view.current_key() == MOTIVES and view.current_split() == "tech"
    assert_plotted_equal(plotted_values(view.chart_view().current_chart()),
                         summarize(monkey, MOTIVES, by="tech", filters=state.filters))
    assert "Klein (10–49)" in view.header.selection.text()


def test_numeric_and_text_questions(make_view, monkey, fedustria):
    view = make_view(QuestionExplorer)
    view.set_state(state_for(monkey))
    assert view.select_question(ASIA)
    values = plotted_values(view.chart_view().current_chart())
    total = summarize(monkey, ASIA).total.numeric
    assert values[("total", "median")] == pytest.approx(total.median)
    assert values[("total", "q1")] == pytest.approx(total.q1)
    assert view.chart_view().histogram is not None
    assert view.export_source() is view.chart_view()

    view.set_state(state_for(fedustria, lang="en"))
    assert view.select_question("Opmerkingen")
    assert view.stack.currentWidget() is view.message
    assert "9 of the 385 selected firms" in view.message.text()
    assert view.export_source() is None and not view.split_combo.isEnabled()


def test_view_state_round_trips(make_view, monkey):
    first = make_view(QuestionExplorer)
    first.set_state(state_for(monkey))
    first.select_question(MOVE)
    first.set_split("size")
    saved = first.view_state()
    assert saved == {"question": MOVE, "split": "size"}

    second = make_view(QuestionExplorer)
    second.restore_view_state(saved)      # as a session does: before the survey arrives
    assert second.view_state() == saved
    second.set_state(state_for(monkey))
    assert second.view_state() == saved
    assert plotted_values(second.chart_view().current_chart()) == \
        plotted_values(first.chart_view().current_chart())


def test_restoring_a_question_emits_and_keeps_the_split(make_view, qtbot, ems):
    view = make_view(QuestionExplorer)
    view.set_state(state_for(ems))
    view.set_split("tech")
    with qtbot.waitSignal(view.sig_question_changed) as blocker:
        view.restore_view_state({"question": "offshoring"})
    assert blocker.args == ["offshoring"]
    assert view.view_state() == {"question": "offshoring", "split": "tech"}
    assert_plotted_equal(plotted_values(view.chart_view().current_chart()),
                         summarize(ems, "offshoring", by="tech"))


def test_clicking_a_question_in_the_list_shows_it(make_view, qtbot, ems):
    view = make_view(QuestionExplorer)
    view.set_state(state_for(ems))
    row = view.list_model.row_of("offshoring")
    index = view.filter_model.mapFromSource(view.list_model.index(row))
    rect = view.list_view.visualRect(index)
    with qtbot.waitSignal(view.sig_question_changed):
        qtbot.mouseClick(view.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.current_key() == "offshoring"


def test_search_filters_the_list_ignoring_case_and_accents(make_view, qtbot, monkey):
    view = make_view(QuestionExplorer)
    view.set_state(state_for(monkey, lang="en"))
    qtbot.keyClicks(view.search, "AZIE")
    assert view.filter_model.rowCount() == 1
    assert view.filter_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).startswith(ASIA)
    assert view.list_count.text() == "1 of 8 questions"
    view.search.clear()
    assert view.filter_model.rowCount() == 8


def test_grid_statements_show_first_in_the_list(make_view, monkey):
    view = make_view(QuestionExplorer)
    view.set_state(state_for(monkey))
    shown = [view.list_model.index(i).data() for i in range(view.list_model.rowCount())]
    assert "Onze toeleveringsketen is sinds 2020 kwetsbaarder geworden" in shown
    assert MOVE in shown


def test_a_language_switch_relabels_without_recomputing(make_view, monkeypatch, ems):
    from explorer.ui.views import question_explorer

    calls = []
    original = question_explorer.figures_for
    monkeypatch.setattr(question_explorer, "figures_for", lambda *a, **k: calls.append(1) or original(*a, **k))
    view = make_view(QuestionExplorer)
    view.set_state(state_for(ems))
    view.set_state(state_for(ems, lang="en"))
    assert len(calls) == 1
    assert "selected firms" in notes_text(view.chart_view().current_chart())
    view.set_state(state_for(ems, ("size=large",), lang="en"))
    assert len(calls) == 2


# ---- overview ------------------------------------------------------------------------------------------

def test_overview_finds_backshoring_and_splits_by_size_and_tech(make_view, ems):
    view = make_view(OverviewView)
    view.set_state(state_for(ems))
    assert view.current_key() == "backshoring" and VIEW_MESSAGES["views.overview.fallback"]["nl"] not in view.note_line.text()
    assert set(view.question_keys()) >= {"backshoring", "backshored_from", "offshoring"}
    assert view.splits() == ["size", "tech"]
    for split in ("size", "tech"):
        assert_plotted_equal(plotted_values(view.chart_view(split).current_chart()),
                             summarize(ems, "backshoring", by=split))
    # The reference figure of the seeds: 4.3 % of the EMS firms backshored (report 002, §2.3.1).
    assert view.share_line.text().startswith("yes: 4,3%")
    assert "n = 2.450" in view.count_line.text()
    assert view.export_source() is view.chart_view("size")


def test_overview_follows_the_filter(make_view, ems):
    view = make_view(OverviewView)
    state = state_for(ems, ("region=Spain",), lang="en")
    view.set_state(state)
    assert_plotted_equal(plotted_values(view.chart_view("size").current_chart()),
                         summarize(ems, "backshoring", by="size", filters=state.filters))
    assert view.share_line.text().startswith("yes: 7.9%")   # Spain 7.9 % (report 002)


def test_overview_of_a_survey_tool_export_and_open_in_explorer(make_view, qtbot, monkey):
    view = make_view(OverviewView)
    view.set_state(state_for(monkey))
    assert view.current_key() == MOVE
    assert "(reshoring)" in view.share_line.text()
    with qtbot.waitSignal(view.sig_open_question) as blocker:
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [MOVE]
    assert_plotted_equal(plotted_values(view.chart_view("tech").current_chart()),
                         summarize(monkey, MOVE, by="tech"))


def test_overview_falls_back_and_remembers_its_question(make_view, flanders):
    view = make_view(OverviewView)
    view.set_state(state_for(flanders, lang="en"))
    assert view.note_line.isVisible() and "No question about relocating" in view.note_line.text()
    key = view.question_keys()[1]
    view.restore_view_state({"question": key})
    assert view.view_state() == {"question": key}
    other = make_view(OverviewView)
    other.restore_view_state(view.view_state())
    other.set_state(state_for(flanders))
    assert other.current_key() == key


def test_overview_stacks_its_charts_when_too_narrow_for_two(make_view, qtbot, ems):
    view = make_view(OverviewView)
    view.set_state(state_for(ems))
    assert not view.stacked()
    view.resize(700, 650)
    qtbot.waitUntil(view.stacked)
    assert all(panel.width() >= 420 for panel in view.panels)
    view.resize(1100, 650)
    qtbot.waitUntil(lambda: not view.stacked())


def test_clicking_a_chart_makes_it_the_one_to_export(make_view, qtbot, ems):
    view = make_view(OverviewView)
    view.set_state(state_for(ems))
    tech = view.panels[1]
    qtbot.mouseClick(tech.heading, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.export_source() is view.chart_view("tech"))


# ---- crosstab -----------------------------------------------------------------------------------------

def test_crosstab_cells_equal_summarize(make_view, monkey):
    view = make_view(CrosstabView)
    view.restore_view_state({"question": MOVE, "split": "size"})
    state = state_for(monkey, ("region=Antwerpen,Oost-Vlaanderen,West-Vlaanderen,Noord-Brabant",))
    view.set_state(state)
    summary = summarize(monkey, MOVE, by="size", filters=state.filters)
    model = view.model
    assert [r.group for r in model.rows()] == [g.group for g in summary.groups] + ["total"]
    n_column = model.stat_column("n")
    for group in (*summary.groups, summary.total):
        row = model.group_row(group.group)
        assert model.index(row, n_column).data(VALUE_ROLE) == group.n
        for option in summary.options:
            index = model.index(row, model.option_column(option))
            assert index.data(VALUE_ROLE) == pytest.approx(group.shares[option])
    assert view.export_source() == summary


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_crosstab_letters_are_the_tests_between_groups(make_view, monkey, lang):
    """Relocation by size class on the association sample: every share carries the letters of the
    groups it is significantly above (as core's tests say), the groups carry their letters, the
    footnote gives the chi-square test, and a copy keeps only the letters an export may show."""
    view = make_view(CrosstabView)
    view.restore_view_state({"question": MOVE, "split": "size"})
    view.set_state(state_for(monkey, lang=lang))
    summary = summarize(monkey, MOVE, by="size")
    tests, released = summary.tests, release_summary(summary, 5).tests
    model = view.model
    marked = 0
    for group in summary.groups:
        row = model.group_row(group.group)
        assert model.index(row, 0).data().startswith(f"({tests.letters[group.group]}) ")
        for option in summary.options:
            index = model.index(row, model.option_column(option))
            letters = tests.higher_than(group.group, option)
            assert index.data(LETTERS_ROLE) == letters
            if letters:
                marked += 1
                assert index.data().endswith(" " + "".join(letters))
                kept = released.higher_than(group.group, option)
                copied = index.data(COPY_ROLE)
                assert copied == "c" or copied.endswith(" " + "".join(kept) if kept else ")")
    assert marked >= 2, "the sample's size classes differ on reshoring and on 'Nee'"
    statistic = f"{tests.table.statistic:.2f}".replace(".", "," if lang == "nl" else ".")
    assert f"χ² = {statistic}, df = 12" in view.legend.text()
    assert ("Holm" in view.legend.text()) and ("Letters" in view.legend.text())


def test_crosstab_says_why_there_are_no_tests(make_view, fedustria):
    view = make_view(CrosstabView)
    view.restore_view_state({"question": "Ondervindt u logistieke problemen?", "split": "size"})
    view.set_state(state_for(fedustria, lang="en"))
    assert "more than one answer of the same firm" in view.legend.text()
    assert all(view.model.index(r, c).data(LETTERS_ROLE) in ((), None)
               for r in range(view.model.rowCount()) for c in range(view.model.columnCount()))


def test_crosstab_text_reads_like_a_row_percentage_with_interval(make_view, ems):
    view = make_view(CrosstabView)
    view.set_state(state_for(ems, lang="en"))
    model = view.model
    total = model.group_row("total")
    assert model.index(total, model.option_column("yes")).data() == "4.3% (3.6–5.2)"
    assert model.index(total, model.stat_column("n")).data() == "2,450"
    assert model.index(total, 0).data(Qt.ItemDataRole.FontRole).bold()


def test_weighted_crosstab_shows_effective_n(make_view, ems):
    view = make_view(CrosstabView)
    view.restore_view_state({"question": "backshoring", "split": "tech"})
    view.set_state(state_for(ems, weighted=True))
    summary = summarize(ems, "backshoring", by="tech", weighted=True)
    model = view.model
    column = model.stat_column("n_eff")
    assert column > 0
    for group in (*summary.groups, summary.total):
        index = model.index(model.group_row(group.group), column)
        assert index.data(VALUE_ROLE) == pytest.approx(group.n_eff)
        share = model.index(model.group_row(group.group), model.option_column("yes")).data(VALUE_ROLE)
        assert share == pytest.approx(group.shares["yes"])
    assert "effectief" in view.header.count.text()


def test_crosstab_marks_withheld_cells_and_small_groups(make_view, ems):
    view = make_view(CrosstabView)
    view.restore_view_state({"question": "backshoring", "split": "region"})
    state = state_for(ems, ("size=large", "tech=high"))
    view.set_state(state)
    summary = summarize(ems, "backshoring", by="region", filters=state.filters)
    verdicts = {(c.group, c.option): c.verdict for c in release_summary(summary, 5).figures}
    model = view.model
    withheld = 0
    for group in (*summary.groups, summary.total):
        row = model.group_row(group.group)
        assert model.index(row, 0).data(SMALL_ROLE) == (group.n < 5)
        for option in summary.options:
            index = model.index(row, model.option_column(option))
            assert index.data(WITHHELD_ROLE) == verdicts[(group.group, option)].suppressed
            assert index.data(VALUE_ROLE) == pytest.approx(group.shares[option])   # all shown in the app
            if index.data(WITHHELD_ROLE):
                withheld += 1
                assert "c" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert withheld and any(g.n < 5 for g in summary.groups)
    small = model.group_row(next(g.group for g in summary.groups if g.n < 5))
    assert model.index(small, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "minder dan 5" in model.index(small, 1).data(Qt.ItemDataRole.ToolTipRole)


def test_copy_leaves_withheld_cells_out(make_view, qtbot, ems):
    view = make_view(CrosstabView)
    view.restore_view_state({"question": "backshoring", "split": "region"})
    view.set_state(state_for(ems, ("size=large", "tech=high")))
    model = view.model
    view.table.selectAll()
    view.table.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    lines = copied.rstrip("\n").split("\n")
    assert len(lines) == model.rowCount()
    for r, line in enumerate(lines):
        cells = line.split("\t")
        assert len(cells) == model.columnCount()
        for c, text in enumerate(cells):
            index = model.index(r, c)
            assert text == index.data(COPY_ROLE)
            if index.data(WITHHELD_ROLE):
                assert text == "c"
            else:
                assert text == index.data()
    assert any(text == "c" for line in lines for text in line.split("\t"))
    shown_withheld = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())
                      if model.index(r, c).data(WITHHELD_ROLE)]
    assert all(text not in copied.split("\t") for text in shown_withheld if text not in ("c",))


def test_copy_with_headers_of_a_partial_selection(make_view, ems):
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    view = make_view(CrosstabView)
    view.restore_view_state({"question": "backshoring", "split": "tech"})
    view.set_state(state_for(ems, lang="en"))
    model = view.model
    total = model.group_row("total")
    selection = QItemSelection(model.index(total, 0), model.index(total, model.option_column("yes")))
    view.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    text = view.copy_selection(headers=True)
    assert text.splitlines() == ["Group\tn\tyes", "Total\t2,450\t4.3% (3.6–5.2)"]
    assert QGuiApplication.clipboard().text() == text


def test_numeric_crosstab(make_view, fedustria):
    view = make_view(CrosstabView)
    view.restore_view_state({"question": "Omzetdaling (%)", "split": "wave"})
    view.set_state(state_for(fedustria))
    summary = summarize(fedustria, "Omzetdaling (%)", by="wave")
    model = view.model
    for group in (*summary.groups, summary.total):
        row = model.group_row(group.group)
        for stat in ("mean", "sd", "median", "q1", "q3"):
            assert model.index(row, model.stat_column(stat)).data(VALUE_ROLE) == \
                pytest.approx(getattr(group.numeric, stat))
        assert model.index(row, model.stat_column("n")).data(VALUE_ROLE) == group.n
    assert model.option_column("Ja") == -1


def test_numeric_crosstab_copies_quartiles_only_from_ten_firms(make_view, fedustria):
    view = make_view(CrosstabView)
    view.restore_view_state({"question": "Omzetdaling (%)", "split": "region"})
    view.set_state(state_for(fedustria, ("wave=juni 2020",)))
    model = view.model
    for row in model.rows():
        median = row.cells[model.stat_column("median")]
        mean = row.cells[model.stat_column("mean")]
        sd = row.cells[model.stat_column("sd")]
        if row.n < 5:
            assert mean.withheld and median.withheld and sd.withheld
        elif row.n < 10:
            assert median.withheld and sd.withheld
        else:  # from ten firms, only a quartile that is one firm's answer stays in the app
            assert not median.withheld or "gelijk zijn aan het antwoord" in median.tooltip
            assert median.withheld or median.copy_text != median.text or median.copy is not None
    assert any(r.n < 10 for r in model.rows())


def test_crosstab_view_state_round_trips(make_view, monkey):
    first = make_view(CrosstabView)
    first.set_state(state_for(monkey))
    assert first.set_question(MOTIVES, "tech")
    saved = first.view_state()
    assert saved == {"question": MOTIVES, "split": "tech"}
    second = make_view(CrosstabView)
    second.restore_view_state(saved)
    second.set_state(state_for(monkey))
    assert second.view_state() == saved
    assert second.model.rowCount() == first.model.rowCount() == 5
    choose_split(second.split_combo, "size")
    assert second.view_state()["split"] == "size"


def test_crosstab_starts_split_by_size_until_told_otherwise(make_view, ems, monkey):
    view = make_view(CrosstabView)
    view.set_state(state_for(ems))
    assert view.current_split() == "size"
    choose_split(view.split_combo, None)
    view.set_state(state_for(monkey))   # another survey: the user's choice (no split) stays
    assert view.current_split() is None and view.model.rowCount() == 1


def test_crosstab_offers_no_text_questions(make_view, fedustria):
    view = make_view(CrosstabView)
    view.set_state(state_for(fedustria))
    keys = [view.question_combo.itemData(i) for i in range(view.question_combo.count())]
    assert "Opmerkingen" not in keys and "Omzetdaling (%)" in keys


# ---- every view ---------------------------------------------------------------------------------------

VIEWS = (QuestionExplorer, OverviewView, CrosstabView)


def visible_texts(widget) -> list[str]:
    texts = []
    for child in widget.findChildren(QLabel):
        if child.isVisibleTo(widget) and child.text():
            texts.append(child.text())
    for child in widget.findChildren(QAbstractButton):
        if child.isVisibleTo(widget):
            texts.append(child.text())
    for child in widget.findChildren(QLineEdit):
        texts.append(child.placeholderText())
    for child in widget.findChildren(QComboBox):
        texts.extend(child.itemText(i) for i in range(child.count()))
    model = getattr(widget, "model", None)
    if model is not None and hasattr(model, "headerData"):
        texts.extend(str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount()))
        texts.extend(str(model.index(r, 0).data()) for r in range(model.rowCount()))
    return texts


def dutch_only_messages() -> set[str]:
    """Whole view messages (no placeholders) that differ between Dutch and English."""
    result = set()
    for texts in VIEW_MESSAGES.values():
        nl = texts["nl"]
        if nl != texts["en"] and not any(name for _, name, _, _ in string.Formatter().parse(nl) if name):
            result.add(nl)
    return result


@pytest.mark.parametrize("cls", VIEWS)
def test_retranslate_changes_the_visible_texts(make_view, cls, monkey):
    view = make_view(cls)
    view.set_state(state_for(monkey, ("size=small",)))
    dutch = visible_texts(view)
    view.retranslate("en")
    view.set_state(state_for(monkey, ("size=small",), lang="en"))
    english = visible_texts(view)
    assert dutch != english
    leftovers = dutch_only_messages() & set(english)
    assert not leftovers
    joined = "\n".join(english)
    assert "Selection: Size: Small (10–49)" in joined or cls is OverviewView
    for word in ("Splitsen", "Vraag:", "geselecteerd", "Totaal", "Openen in"):
        assert word not in joined.replace("&", ""), word
    view.retranslate("nl")
    view.set_state(state_for(monkey, ("size=small",)))
    assert visible_texts(view) == dutch


@pytest.mark.parametrize("cls", VIEWS)
def test_without_a_survey_the_views_say_so(make_view, cls):
    view = make_view(cls)
    view.set_state(AnalysisState(survey=None, filters=FilterSpec(), lang="en"))
    assert view.export_source() is None
    assert any("Open a survey file" in text for text in visible_texts(view))


@pytest.mark.parametrize("cls", VIEWS)
def test_a_new_survey_replaces_the_old_one(make_view, cls, ems, monkey):
    view = make_view(cls)
    view.set_state(state_for(ems))
    view.set_state(state_for(monkey))
    source = view.export_source()
    summary = source if hasattr(source, "question") else source.summary
    assert summary.question.key in {q.key for q in monkey.questions}
    assert not math.isnan(summary.total.n)


def test_views_do_not_load_pandas_or_pyqtgraph_when_built(tmp_path):
    script = textwrap.dedent("""
        import sys
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from explorer.ui.views.crosstab import CrosstabView
        from explorer.ui.views.overview import OverviewView
        from explorer.ui.views.question_explorer import QuestionExplorer
        views = [QuestionExplorer(), OverviewView(), CrosstabView()]
        for view in views:
            view.retranslate("en")
        print(",".join(sorted(m for m in ("pandas", "pyqtgraph", "numpy") if m in sys.modules)) or "-")
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SURVEY_EXPLORER_CACHE_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "-"
