"""The window on repeated surveys: the status bar and the filter panel say answers, firms and
rounds apart, the Trend tab shows core's shares per round and marks the significant changes, and
its exports go through the release module."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from explorer.core.disclosure import release_changes, release_summary
from explorer.core.survey import FilterSpec, summarize
from explorer.core.survey.trend import trend
from explorer.ui.dialogs import open_dialogs, save_dialogs
from chart_reading import marked_changes, plotted_values
from filter_reading import counts_shown
from paths import PANEL_FIXTURES, SAMPLES

LOAD_TIMEOUT_MS = 30_000
FEDUSTRIA = SAMPLES / "fedustria_quick_survey_2021.csv"
PANEL = PANEL_FIXTURES / "barometer_panel.csv"
ROUNDS = PANEL_FIXTURES / "barometer_rounds.csv"
RESHORE = "Haalt u productie terug naar Europa?"


@pytest.fixture
def opened(qtbot, make_window, monkeypatch):
    def open_file(path: Path, lang: str = "nl"):
        window = make_window(lang)
        monkeypatch.setattr(open_dialogs, "ask_open_file", lambda parent, lang, start="": str(path))
        with qtbot.waitSignal(window.sig_table_loaded, timeout=LOAD_TIMEOUT_MS):
            window.menu_actions.open.trigger()
        qtbot.waitUntil(lambda: window.workspace.survey is not None, timeout=LOAD_TIMEOUT_MS)
        return window

    return open_file


def _fedustria() -> pd.DataFrame:
    return pd.read_csv(FEDUSTRIA, sep=";", encoding="cp1252", dtype=str, keep_default_na=False, na_values=[""])


def _show_trend(window, key: str):
    view = window.workspace.views["trend"]
    window.tabs.setCurrentWidget(view)
    assert view.set_question(key)
    return view


def test_status_bar_and_filter_panel_say_answers_firms_and_rounds_apart(opened, qtbot):
    frame = _fedustria()
    firms = frame["Ondernemingsnummer"].nunique()
    window = opened(FEDUSTRIA)
    whole = f"385 antwoorden van {firms} bedrijven in 3 rondes"
    assert window.status.selection_label.text() == whole
    panel = window.workspace.filter_panel
    assert panel.selected_label.text() == whole
    # The round group counts firms per round.
    rounds = panel.group("wave")
    per_round = frame.groupby("Bevraging")["Ondernemingsnummer"].nunique()
    assert counts_shown(rounds) == {v: str(per_round[v]) for v in rounds.values}
    assert rounds.values == ("juni 2020", "mei 2021", "september 2021")
    # One round ticked: a selection of answers, firms and rounds.
    with qtbot.waitSignal(panel.sig_filter_changed, timeout=5000):
        panel.set_spec(FilterSpec.parse(["wave=september 2021"]))
    september = frame[frame["Bevraging"] == "september 2021"]
    expected = (f"{len(september)} van 385 antwoorden · {september['Ondernemingsnummer'].nunique()} van "
                f"{firms} bedrijven · 1 van 3 rondes")
    assert window.status.selection_label.text() == expected
    window.set_language("en", remember=False)
    assert window.status.selection_label.text().endswith("· 1 of 3 rounds")


def test_trend_view_shows_core_shares_per_round_and_marks_significant_changes(opened):
    window = opened(PANEL)
    view = _show_trend(window, RESHORE)
    survey = window.workspace.survey
    expected = summarize(survey, RESHORE, by="wave")
    chart = view.chart()
    values = plotted_values(chart)
    for group in expected.groups:
        assert values[(group.group, "Ja")] == pytest.approx(100 * group.shares["Ja"])
    assert ("2021-Q3", "Nee") not in values  # a yes/no question draws its yes line only
    core = trend(survey, RESHORE)
    stars = {(c.option, c.first, c.second) for c in core.changes if c.significant and c.option == "Ja"
             and core.rounds.index(c.second) - core.rounds.index(c.first) == 1}
    assert stars and set(marked_changes(chart)) == stars
    model = view.table_model
    assert model.rowCount() == len([c for c in core.changes if c.option == "Ja"])
    assert model.item(0, 3).text().startswith("McNemar")
    assert "in beide rondes" in model.item(0, 4).text()


def test_filters_apply_in_the_trend_view(opened, qtbot):
    window = opened(PANEL)
    view = _show_trend(window, "Grootste knelpunt")
    panel = window.workspace.filter_panel
    with qtbot.waitSignal(panel.sig_filter_changed, timeout=5000):
        panel.set_spec(FilterSpec.parse(["size=small"]))
    expected = summarize(window.workspace.survey, "Grootste knelpunt", by="wave", filters=panel.spec())
    values = plotted_values(view.chart())
    for group in expected.groups:
        for option, share in group.shares.items():
            assert values[(group.group, option)] == pytest.approx(100 * share)


def test_independent_rounds_are_tested_as_two_proportions(opened):
    window = opened(ROUNDS, lang="en")
    view = _show_trend(window, RESHORE)
    assert view.table_model.item(0, 3).text() == "Two proportions"
    assert "answers" in view.table_model.item(0, 4).text()


def test_a_survey_without_rounds_says_so(opened):
    window = opened(SAMPLES / "ems_2015_extract.xlsx")
    view = window.workspace.views["trend"]
    window.tabs.setCurrentWidget(view)
    assert view.stack.currentWidget() is view.message
    assert "ronde" in view.message.text()
    assert view.export_source() is None


def test_trend_exports_go_through_the_release_module(opened, monkeypatch, tmp_path):
    window = opened(PANEL)
    view = _show_trend(window, RESHORE)
    workspace = window.workspace
    paths = iter([tmp_path / "trend.png", tmp_path / "trend.xlsx"])
    monkeypatch.setattr(save_dialogs, "ask_save_path", lambda *args: str(next(paths)))
    window.menu_actions.export_chart.trigger()
    window.menu_actions.export_table.trigger()
    assert (tmp_path / "trend.png").stat().st_size > 0
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "trend.xlsx").active
    column = [row[0].value for row in sheet.iter_rows()]
    groups = column[column.index("Groep") + 1:]  # the crosstab: a row per round below the heads
    assert groups[:4] == ["2021-Q3", "2021-Q4", "2022-Q1", "2022-Q2"]  # in time order
    # The exported chart marks only the changes the release module lets through.
    from explorer.ui.charts.export import build_export_chart

    source = view.export_source()
    for min_peers in (5, 36):
        chart, result = build_export_chart(source, lang="nl", min_peers=min_peers)
        assert result.ok
        released = {(c.option, c.first, c.second) for c in release_changes(source.trend, min_peers) if c.significant}
        assert set(marked_changes(chart)) <= released
        shown = release_summary(source.summary, min_peers)
        for (group, option), _value in plotted_values(chart).items():
            assert not shown.verdict(group, option).suppressed
        chart.deleteLater()
    assert workspace.state is not None


def test_firm_search_names_id_name_and_the_rounds_a_firm_answered_in(opened):
    from explorer.ui.views.benchmark_preview import firm_entries

    frame = _fedustria()
    window = opened(FEDUSTRIA)
    survey = window.workspace.survey
    entries = firm_entries(survey, "nl")
    assert len({text for text, _row in entries}) == len(frame)  # one entry per answer, none repeated
    order = ["juni 2020", "mei 2021", "september 2021"]
    for text, row in entries:
        firm = frame.loc[row, "Ondernemingsnummer"]
        rounds = sorted(frame.loc[frame["Ondernemingsnummer"] == firm, "Bevraging"], key=order.index)
        expected = f"{firm} — {frame.loc[row, 'Bedrijfsnaam']} · {frame.loc[row, 'Bevraging']}"
        if len(rounds) > 1:
            expected += f" (antwoordde in {', '.join(rounds)})"
        assert text == expected
    view = window.workspace.views["benchmark"]
    window.tabs.setCurrentWidget(view)
    listed = view.firm_model.stringList()
    assert listed == [text for text, _row in entries]
    window.set_language("en", remember=False)
    assert any("(answered in juni 2020, mei 2021, september 2021)" in t for t in view.firm_model.stringList())


def test_benchmark_view_picks_the_round_of_the_answer_benchmarked(opened, qtbot):
    frame = _fedustria()
    rounds = frame.groupby("Ondernemingsnummer")["Bevraging"].nunique()
    firm = sorted(rounds[rounds == 3].index)[0]
    window = opened(FEDUSTRIA)
    view = window.workspace.views["benchmark"]
    window.tabs.setCurrentWidget(view)
    assert view.choose_firm(firm)
    latest = frame.index[(frame["Ondernemingsnummer"] == firm) & (frame["Bevraging"] == "september 2021")][0]
    assert view.firm_row == latest  # by id: the firm's latest round
    combo = view.round_combo
    assert combo.isVisible() and [combo.itemText(i) for i in range(combo.count())] == [
        "juni 2020", "mei 2021", "september 2021"]
    qtbot.waitUntil(lambda: view.preview is not None and view.preview.request.row == latest, timeout=LOAD_TIMEOUT_MS)
    assert "ronde september 2021" in view.peer_definition.text()
    combo.activated.emit(combo.findText("juni 2020"))  # what choosing it in the combo does
    june = frame.index[(frame["Ondernemingsnummer"] == firm) & (frame["Bevraging"] == "juni 2020")][0]
    assert view.firm_row == june and combo.currentText() == "juni 2020"
    qtbot.waitUntil(lambda: view.preview is not None and view.preview.request.row == june, timeout=LOAD_TIMEOUT_MS)
    assert view.preview.briefing.round == "juni 2020" and "ronde juni 2020" in view.peer_definition.text()
    peers = view.preview.briefing.peer_n
    in_june = frame[(frame["Bevraging"] == "juni 2020") & (frame["Ondernemingsnummer"] != firm)]
    assert 0 < peers <= len(in_june)


def test_benchmark_view_hides_the_round_picker_without_rounds(opened):
    window = opened(SAMPLES / "ems_2015_extract.xlsx")
    view = window.workspace.views["benchmark"]
    window.tabs.setCurrentWidget(view)
    assert view.choose_firm("#3")
    assert not view.round_combo.isVisible() and not view.round_label.isVisible()
