"""The real window, driven as a user would: open a survey through the menu's code path, filter
with the filter widgets, and check that the charts show what `summarize` computes; edit the
mapping, save and reopen a session, export."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from explorer.core.session import load_session
from explorer.core.survey import FilterSpec, Mapping, summarize
from explorer.ui.dialogs import mapping_dialog, open_dialogs, save_dialogs
from chart_reading import plotted_values
from paths import SAMPLES

LOAD_TIMEOUT_MS = 30_000
EMS = SAMPLES / "ems_2015_extract.xlsx"
ASSOCIATION = SAMPLES / "association_reshoring_survey_surveymonkey.csv"


@pytest.fixture
def opened(qtbot, make_window, monkeypatch):
    """A window with a survey opened through File ▸ Open (the file dialog answered)."""

    def open_file(path: Path, lang: str = "nl"):
        window = make_window(lang)
        monkeypatch.setattr(open_dialogs, "ask_open_file", lambda parent, lang, start="": str(path))
        monkeypatch.setattr(open_dialogs, "ask_sheet", lambda parent, lang, name, sheets, current: current)
        monkeypatch.setattr(mapping_dialog, "edit_mapping", lambda parent, survey, lang: None)
        with qtbot.waitSignal(window.sig_table_loaded, timeout=LOAD_TIMEOUT_MS):
            window.menu_actions.open.trigger()
        qtbot.waitUntil(lambda: window.workspace.survey is not None, timeout=LOAD_TIMEOUT_MS)
        return window

    return open_file


def export_crosstab(window, monkeypatch, target: Path) -> list[str]:
    """Export ▸ Table of backshoring by size from the Crosstab tab into `target`; returns the path
    the save dialog suggested."""
    crosstab = window.workspace.views["crosstab"]
    window.tabs.setCurrentWidget(crosstab)
    assert crosstab.set_question("backshoring", "size")
    suggested = []
    monkeypatch.setattr(save_dialogs, "ask_save_path", lambda *args: suggested.append(args[-1]) or str(target))
    window.menu_actions.export_table.trigger()
    return suggested


def plotted_total(chart) -> dict:
    return {option: value for (group, option), value in plotted_values(chart).items() if group == "total"}


def test_filter_clicks_redraw_the_chart_with_summarize_figures(opened, qtbot):
    window = opened(EMS)
    workspace = window.workspace
    explorer = workspace.views["questions"]
    window.tabs.setCurrentWidget(explorer)
    assert explorer.select_question("backshoring")
    # Tick "medium" in the size filter group through its widget, as a click would.
    size_group = workspace.filter_panel.group("size")
    with qtbot.waitSignal(workspace.filter_panel.sig_filter_changed, timeout=5000):
        qtbot.mouseClick(size_group.box("medium"), Qt.MouseButton.LeftButton)
    spec = workspace.filter_panel.spec()
    assert spec.filters and spec.filters[0].dimension == "size"
    expected = summarize(workspace.survey, "backshoring", filters=spec)
    chart = explorer.chart_view().current_chart()
    assert plotted_total(chart) == pytest.approx({o: 100 * s for o, s in expected.total.shares.items()})
    assert window.status.selection_label.text().startswith(f"{expected.firms_selected:,}".replace(",", "."))


def test_split_by_follows_the_combo(opened):
    window = opened(EMS)
    explorer = window.workspace.views["questions"]
    window.tabs.setCurrentWidget(explorer)
    explorer.select_question("backshoring")
    assert explorer.set_split("tech")
    expected = summarize(window.workspace.survey, "backshoring", by="tech")
    values = plotted_values(explorer.chart_view().current_chart())
    for group in expected.groups:
        assert values[(group.group, "yes")] == pytest.approx(100 * group.shares["yes"])


def test_mapping_edit_changes_the_charts(opened, monkeypatch, qtbot):
    window = opened(EMS)
    workspace = window.workspace
    before = {q.key: q.kind for q in workspace.survey.questions}
    assert before["offshoring"] == "yesno"
    monkeypatch.setattr(mapping_dialog, "edit_mapping",
                        lambda parent, survey, lang: Mapping(kinds={"offshoring": "single"}))
    window.menu_actions.mapping.trigger()
    assert workspace.survey.question("offshoring").kind == "single"
    explorer = workspace.views["questions"]
    window.tabs.setCurrentWidget(explorer)
    explorer.select_question("offshoring")
    assert explorer.summary().question.kind == "single"


def test_session_saves_and_reopens_the_state(opened, monkeypatch, qtbot, tmp_path):
    source = tmp_path / "ems.xlsx"
    shutil.copy(EMS, source)
    window = opened(source)
    workspace = window.workspace
    explorer = workspace.views["questions"]
    window.tabs.setCurrentWidget(explorer)
    explorer.select_question("offshoring")
    explorer.set_split("size")
    workspace.filter_panel.set_spec(FilterSpec.parse(["tech=high"]))
    target = tmp_path / "analyse.sesx.json"
    monkeypatch.setattr(save_dialogs, "ask_save_path", lambda *args: str(target))
    window.menu_actions.save_session.trigger()
    saved = load_session(target)
    assert saved.filters.to_texts() == ["tech=high"] and saved.views["questions"]["question"] == "offshoring"
    assert "recent" not in json.dumps(saved.to_json())

    second = opened(EMS)  # another window, another file
    monkeypatch.setattr(save_dialogs, "ask_open_session", lambda *args: str(target))
    with qtbot.waitSignal(second.sig_table_loaded, timeout=LOAD_TIMEOUT_MS):
        second.menu_actions.open_session.trigger()
    qtbot.waitUntil(lambda: second.workspace.filter_panel.spec().to_texts() == ["tech=high"], timeout=10_000)
    reopened = second.workspace.views["questions"]
    assert reopened.current_key() == "offshoring" and reopened.current_split() == "size"
    assert second.tabs.currentWidget() is reopened


def test_moved_session_source_can_be_located(opened, monkeypatch, qtbot, tmp_path):
    source = tmp_path / "ems.xlsx"
    shutil.copy(EMS, source)
    window = opened(source)
    target = tmp_path / "s.sesx.json"
    monkeypatch.setattr(save_dialogs, "ask_save_path", lambda *args: str(target))
    window.menu_actions.save_session.trigger()
    moved = tmp_path / "moved.xlsx"
    source.rename(moved)
    asked = []
    monkeypatch.setattr(save_dialogs, "ask_open_session", lambda *args: str(target))
    monkeypatch.setattr(save_dialogs, "ask_session_source", lambda parent, lang, key, path: asked.append(key) or "locate")
    monkeypatch.setattr(save_dialogs, "ask_locate_source", lambda *args: str(moved))
    with qtbot.waitSignal(window.sig_table_loaded, timeout=LOAD_TIMEOUT_MS):
        window.menu_actions.open_session.trigger()
    assert asked == ["session.missing"]
    assert window.table.path == str(moved)


def test_exports_write_files_that_pass_disclosure(opened, monkeypatch, tmp_path):
    window = opened(EMS)
    workspace = window.workspace
    explorer = workspace.views["questions"]
    window.tabs.setCurrentWidget(explorer)
    explorer.select_question("backshoring")
    explorer.set_split("region")
    workspace.filter_panel.set_spec(FilterSpec.parse(["size=large"]))  # leaves small, one-sided countries
    paths = iter([tmp_path / "chart.png", tmp_path / "chart.svg", tmp_path / "table.xlsx", tmp_path / "data.csv"])
    monkeypatch.setattr(save_dialogs, "ask_save_path", lambda *args: str(next(paths)))
    asked = []
    monkeypatch.setattr(save_dialogs, "confirm_data_export", lambda *args: asked.append(args[2:]) or False)
    window.menu_actions.export_chart.trigger()
    window.menu_actions.export_chart_svg.trigger()
    window.menu_actions.export_table.trigger()
    window.menu_actions.export_data.trigger()
    for name in ("chart.png", "chart.svg", "table.xlsx", "data.csv"):
        assert (tmp_path / name).stat().st_size > 0, name
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "table.xlsx").active
    values = [c.value for row in sheet.iter_rows() for c in row]
    assert "c" in values, "a one-sided country group is withheld in the exported table"
    rows, left_out = asked[0]
    assert rows > 0 and "firm_id" in left_out, "Export ▸ Filtered data asks first, naming what it leaves out"
    data = (tmp_path / "data.csv").read_text(encoding="utf-8-sig").splitlines()
    assert "individual answers" in data[0] or "afzonderlijke antwoorden" in data[0]
    assert "firm_id" not in data[1]


def test_filtered_data_is_not_written_when_the_user_cancels(opened, monkeypatch, tmp_path):
    window = opened(EMS)
    monkeypatch.setattr(save_dialogs, "confirm_data_export", lambda *args: None)
    monkeypatch.setattr(save_dialogs, "ask_save_path", lambda *args: str(tmp_path / "data.csv"))
    window.menu_actions.export_data.trigger()
    assert not (tmp_path / "data.csv").exists()


def test_language_switch_reaches_the_views(opened):
    window = opened(EMS)
    window.set_language("en", remember=False)
    assert window.tabs.tabText(0) == "Overview"
    assert window.menu_actions.scheme_menu.title() == "Si&ze classes"
    window.set_language("nl", remember=False)
    assert window.tabs.tabText(0) == "Overzicht"


@pytest.mark.parametrize(("lang", "sep", "decimal"), [("nl", ";", ","), ("en", ",", ".")])
def test_a_table_export_reads_back_as_the_crosstab_on_screen(opened, monkeypatch, tmp_path, lang, sep, decimal):
    """The CSV re-read with the user's separators gives the shares the crosstab shows; the file is
    suggested under its question, split and date in the documents folder, not beside the data."""
    import pandas as pd

    from explorer.core.export.names import documents_folder
    from explorer.core.formatting import format_percent

    window = opened(EMS, lang)
    workspace = window.workspace
    crosstab = workspace.views["crosstab"]
    target = tmp_path / "table.csv"
    suggested = export_crosstab(window, monkeypatch, target)
    assert Path(suggested[0]).parent == documents_folder() and Path(suggested[0]).parent != EMS.parent
    assert Path(suggested[0]).name.startswith("backshoring ") and Path(suggested[0]).suffix == ".xlsx"

    frame = pd.read_csv(target, sep=sep, decimal=decimal)
    table = frame[frame["n"].notna()]
    model = crosstab.model
    screen = {(row.label, column.key): row.cells[c].text for row in model.rows()
              for c, column in enumerate(model.columns()) if column.kind == "option"}
    assert list(table.iloc[:, 0]) == [row.label for row in model.rows()]
    for row in table.itertuples(index=False):
        values = dict(zip(table.columns, row))
        for option in ("yes", "no"):
            shown = screen[(values[table.columns[0]], option)]
            assert shown.startswith(format_percent(values[f"{option} (%)"] / 100, lang) + " ("), shown


def test_slides_of_the_chart_the_view_and_every_question(opened, monkeypatch, tmp_path):
    from pptx import Presentation

    window = opened(EMS)
    workspace = window.workspace
    overview = workspace.views["overview"]
    window.tabs.setCurrentWidget(overview)
    paths = iter([tmp_path / "chart.pptx", tmp_path / "view.pptx", tmp_path / "deck.pptx"])
    monkeypatch.setattr(save_dialogs, "ask_save_path", lambda *args: str(next(paths)))
    for scope in ("chart", "view", "deck"):
        window.menu_actions.slides_actions[scope].trigger()

    def charts(name):
        return [shape.chart for slide in Presentation(str(tmp_path / name)).slides for shape in slide.shapes
                if shape.has_chart]

    assert len(charts("chart.pptx")) == 1
    assert len(charts("view.pptx")) == len(overview.export_summaries()) > 1
    questions = [q for q in workspace.survey.questions if q.kind != "text"]
    assert len(charts("deck.pptx")) == len(questions)


def test_a_relabelled_question_names_its_export_and_its_columns(opened, monkeypatch, tmp_path):
    """A short title and an option's display label, given in the mapping, reach the file name and the table."""
    from explorer.core.survey import Mapping
    from explorer.core.survey.mapping_edit import set_option_label, set_title

    window = opened(EMS, "nl")
    workspace = window.workspace
    mapping = set_option_label(set_title(Mapping(), "backshoring", "Terughalen"), "backshoring", "yes", "Ja")
    workspace.apply_mapping(mapping)
    crosstab = workspace.views["crosstab"]
    target = tmp_path / "table.csv"
    suggested = export_crosstab(window, monkeypatch, target)
    assert Path(suggested[0]).name.startswith("Terughalen ")
    head = target.read_text(encoding="utf-8-sig").splitlines()[0].split(";")
    assert "Ja (%)" in head and "yes (%)" not in head
    assert [c.full for c in crosstab.model.columns() if c.kind == "option"] == ["Ja", "no"]


def test_every_analysis_view_offers_the_export_menu_what_it_shows(opened):
    """Each tab implements the AnalysisView Protocol, and the Export menu follows its export kinds:
    charts for the chart views, tables and slides where a figure is on screen, nothing but the
    survey's deck and data on the data and benchmark tabs."""
    from explorer.ui.views.analysis_view import AnalysisView

    window = opened(EMS)
    assert all(isinstance(view, AnalysisView) for view in window.workspace.views.values())
    actions = window.menu_actions
    chart_actions = (actions.export_chart, actions.export_chart_svg, actions.copy_chart)
    expected = {"overview": {"chart", "table", "slides"}, "questions": {"chart", "table", "slides"},
                "crosstab": {"table", "slides"}, "benchmark": set()}
    for key, kinds in expected.items():
        view = window.workspace.views[key]
        window.tabs.setCurrentWidget(view)
        assert view.export_kinds() == kinds
        assert [a.isEnabled() for a in chart_actions] == [("chart" in kinds)] * 3, key
        assert actions.export_table.isEnabled() == actions.export_table_long.isEnabled() == ("table" in kinds), key
        assert actions.slides_actions["chart"].isEnabled() == ("slides" in kinds), key
        assert actions.slides_actions["deck"].isEnabled() and actions.export_data.isEnabled()
    window.tabs.setCurrentWidget(window.view("data"))
    assert window.workspace.current_view() is None
    assert not actions.export_table.isEnabled() and not actions.export_chart.isEnabled()
    assert actions.slides_actions["deck"].isEnabled() and actions.export_data.isEnabled()


@pytest.mark.parametrize("by_agreement", [False, True])
def test_a_statements_table_export_keeps_the_order_on_screen(opened, monkeypatch, tmp_path, by_agreement):
    """Export ▸ Table from the Statements tab writes the statements in the order the tab shows them."""
    import pandas as pd

    from explorer.core.survey.grid_summary import grid_summary

    window = opened(ASSOCIATION, "en")
    grid_view = window.workspace.views["grid"]
    window.tabs.setCurrentWidget(grid_view)
    grid_view.agreement_box.setChecked(by_agreement)
    target = tmp_path / "statements.csv"
    monkeypatch.setattr(save_dialogs, "ask_save_path", lambda *args: str(target))
    window.menu_actions.export_table.trigger()

    summary = grid_summary(window.workspace.survey, grid_view.current_key())
    statements = summary.by_agreement() if by_agreement else summary.statements
    written = pd.read_csv(target, skiprows=1).iloc[:, 0].dropna().tolist()
    assert written[:len(statements)] == [s.text for s in statements]
    assert [r.group for r in grid_view.model.rows()] == [s.question.key for s in statements]
