"""Differencing through the window's exports: Export ▸ Table, a chart export and the crosstab copy,
each made twice with two filters one firm apart (the intruder of test_export_differencing)."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from disclosure.intruder_lp import from_summary, read_xlsx
from disclosure.ledger_intruder import YES_NO
from disclosure.test_export_differencing import WITH_TARGET, WITHOUT_TARGET, possible_answers, survey_file
from explorer.core.disclosure import release_chart
from explorer.core.survey import FilterSpec
from explorer.core.survey.filters import Filter
from explorer.ui.dialogs import mapping_dialog, open_dialogs, save_dialogs

LOAD_TIMEOUT_MS = 30_000
WITH = FilterSpec.parse(["sector=25"])
WITHOUT = FilterSpec((*WITH.filters, Filter("region", ("Zuid", "Oost"))))


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    """The main window, its settings in tmp_path, with the attack survey opened through File ▸ Open."""
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings_store import SettingsStore

    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path / "settings" / scope.name))
    made = MainWindow(store=SettingsStore(tmp_path / "settings" / "store.ini"), language="en")
    qtbot.addWidget(made)
    made.show()
    source = survey_file(tmp_path)
    monkeypatch.setattr(open_dialogs, "ask_open_file", lambda parent, lang, start="": str(source))
    monkeypatch.setattr(open_dialogs, "ask_sheet", lambda parent, lang, name, sheets, current: current)
    monkeypatch.setattr(mapping_dialog, "edit_mapping", lambda parent, survey, lang: None)
    with qtbot.waitSignal(made.sig_table_loaded, timeout=LOAD_TIMEOUT_MS):
        made.menu_actions.open.trigger()
    qtbot.waitUntil(lambda: made.workspace.survey is not None, timeout=LOAD_TIMEOUT_MS)
    made.source_hash = hashlib.sha256(source.read_bytes()).hexdigest()
    made.source = source
    yield made
    made.runner.shutdown()


@pytest.fixture
def problems(monkeypatch) -> list[str]:
    """What the window would say in a message box (a real one would wait for a click)."""
    said: list[str] = []
    for name in ("show_export_problem", "show_export_withheld"):
        monkeypatch.setattr(save_dialogs, name, lambda parent, lang, reason: said.append(reason))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *rest: said.append(text)))
    return said


def show_crosstab(window, spec: FilterSpec):
    view = window.workspace.views["crosstab"]
    window.tabs.setCurrentWidget(view)
    window.workspace.filter_panel.set_spec(spec)
    assert view.set_question(YES_NO)
    assert view.export_source().filters.to_texts() == spec.to_texts()
    return view


def test_two_table_exports_from_the_window_one_firm_apart(window, problems, monkeypatch, tmp_path):
    targets = iter([tmp_path / "with.xlsx", tmp_path / "without.xlsx"])
    monkeypatch.setattr(save_dialogs, "ask_save_path", lambda *args: str(next(targets)))
    show_crosstab(window, WITH)
    window.menu_actions.export_table_long.trigger()  # the long form, one row per group and answer
    show_crosstab(window, WITHOUT)
    window.menu_actions.export_table_long.trigger()

    released = [(WITH_TARGET, read_xlsx(tmp_path / "with.xlsx", "single"))]
    if (tmp_path / "without.xlsx").exists():
        released.append((WITHOUT_TARGET, read_xlsx(tmp_path / "without.xlsx", "single")))
    assert possible_answers(released) == {"Yes", "No"}, "the two tables give F010's answer by subtraction"
    assert len(problems) == 1 and "1 firm" in problems[0] and "filter" in problems[0]
    assert hashlib.sha256(window.source.read_bytes()).hexdigest() == window.source_hash


def test_a_chart_export_and_a_table_export_one_firm_apart(window, problems, monkeypatch, tmp_path):
    explorer = window.workspace.views["questions"]
    window.tabs.setCurrentWidget(explorer)
    window.workspace.filter_panel.set_spec(WITH)
    assert explorer.select_question(YES_NO)
    monkeypatch.setattr(save_dialogs, "ask_save_path", lambda *args: str(tmp_path / "with.png"))
    window.menu_actions.export_chart.trigger()
    assert (tmp_path / "with.png").stat().st_size > 0
    chart_figures = from_summary(release_chart(explorer.export_source().summary).summary)
    assert chart_figures.n["total"] == len(WITH_TARGET)

    monkeypatch.setattr(save_dialogs, "ask_save_path", lambda *args: str(tmp_path / "without.png"))
    window.workspace.filter_panel.set_spec(WITHOUT)
    window.menu_actions.export_chart.trigger()
    released = [(WITH_TARGET, chart_figures)]
    if (tmp_path / "without.png").exists():
        released.append((WITHOUT_TARGET, from_summary(release_chart(explorer.export_source().summary).summary)))
    assert possible_answers(released) == {"Yes", "No"}, "the two charts give F010's answer by subtraction"
    assert len(problems) == 1 and "1 firm" in problems[0]

    QGuiApplication.clipboard().setText("held before")
    window.menu_actions.copy_chart.trigger()  # the chart of the narrower filter, to the clipboard
    assert QGuiApplication.clipboard().text() == "held before" and len(problems) == 2


def test_the_crosstab_copy_is_an_export_too(window, problems, monkeypatch, tmp_path):
    monkeypatch.setattr(save_dialogs, "ask_save_path", lambda *args: str(tmp_path / "with.xlsx"))
    show_crosstab(window, WITH)
    window.menu_actions.export_table.trigger()
    window.menu_actions.export_table.trigger()  # the same table again: nothing new, nothing refused
    view = show_crosstab(window, WITHOUT)
    QGuiApplication.clipboard().setText("held before")
    view.table.selectAll()
    assert view.copy_selection(headers=True) == ""
    assert QGuiApplication.clipboard().text() == "held before"
    assert len(problems) == 1 and "1 firm" in problems[0]
    show_crosstab(window, WITH)
    view.table.selectAll()
    assert view.copy_selection(headers=True), "the table already exported may be copied"
