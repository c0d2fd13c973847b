"""The real window, driven the way a user drives it: menu actions, buttons, drops."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from explorer.core.errors import Cancelled
from explorer.ui.dialogs import messages, open_dialogs
from explorer.ui.loading import read_request

LOAD_TIMEOUT_MS = 20_000


def open_via_menu(qtbot, window, monkeypatch, path: Path, signal=None):
    """Trigger File ▸ Open with the file dialog answered by `path`; wait for `signal`."""
    monkeypatch.setattr(open_dialogs, "ask_open_file", lambda parent, lang, start="": str(path))
    with qtbot.waitSignal(signal or window.sig_table_loaded, timeout=LOAD_TIMEOUT_MS) as blocker:
        window.menu_actions.open.trigger()
    return blocker


def test_open_sample_through_the_menu_fills_status_bar_and_data_tab(qtbot, make_window, monkeypatch, sample_file,
                                                                     store):
    window = make_window("nl")
    assert window.status.file_label.text() == "Geen bestand geopend"

    blocker = open_via_menu(qtbot, window, monkeypatch, sample_file)

    table = blocker.args[0]
    assert table.rows == 417
    assert window.status.file_label.text() == sample_file.name
    assert window.status.selection_label.text() == "417 van 417 bedrijven geselecteerd"
    assert window.status.weights_label.text() == "Ongewogen"
    assert not window.status.progress_bar.isVisible()
    assert window.data_model.rowCount() == 417
    assert window.data_model.columnCount() == len(table.frame.columns)
    assert window.tabs.currentWidget() is window.view("overview"), "a survey opens on the overview"
    assert window.windowTitle().startswith(sample_file.name)
    assert store.recent_files() == (str(sample_file),)


def test_status_bar_shows_selection_and_weighting(qtbot, make_window, sample_file):
    import numpy as np

    from paths import SAMPLES

    window = make_window("en")
    with qtbot.waitSignal(window.sig_table_loaded, timeout=LOAD_TIMEOUT_MS):
        window.open_path(sample_file)
    window.show_selection(np.arange(0, 417, 3))
    assert window.status.selection_label.text() == "139 of 417 firms selected"
    assert window.data_model.rowCount() == 139
    assert not window.menu_actions.weighted.isEnabled(), "this survey has no weight column"

    with qtbot.waitSignal(window.sig_table_loaded, timeout=LOAD_TIMEOUT_MS):
        window.open_path(SAMPLES / "ems_2015_extract.xlsx")
    qtbot.waitUntil(lambda: window.menu_actions.weighted.isEnabled(), timeout=LOAD_TIMEOUT_MS)
    window.menu_actions.weighted.trigger()
    assert window.menu_actions.weighted.isChecked()
    assert window.status.weights_label.text() == "Weighted"
    assert window.workspace.state.weighted


def test_cancel_stops_a_slow_load_and_keeps_the_window_usable(qtbot, make_window, sample_file):
    stopped = threading.Event()
    never = threading.Event()

    def slow_reader(request, task):
        try:
            while True:  # a load that only ends when cancelled
                task.step(0.4, "reading")
                never.wait(0.005)
        finally:
            stopped.set()

    window = make_window("nl", reader=slow_reader)
    with qtbot.waitSignal(window.runner.sig_progress, timeout=LOAD_TIMEOUT_MS):
        window.open_path(sample_file)
    assert window.status.progress_bar.isVisible()
    assert window.status.cancel_button.text() == "Annuleren"

    with qtbot.waitSignal(window.sig_load_cancelled, timeout=LOAD_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(window.status.cancel_button, Qt.MouseButton.LeftButton)

    assert blocker.args == [str(sample_file)]
    assert not window.status.progress_bar.isVisible()
    assert window.table is None
    assert window.data_model.rowCount() == 0
    qtbot.waitUntil(stopped.is_set, timeout=LOAD_TIMEOUT_MS)  # the worker really stopped


def test_a_newer_open_wins_over_a_slower_older_one(qtbot, make_window, sample_file, tmp_path):
    release = threading.Event()
    other = tmp_path / "ander.csv"
    other.write_text("id;sector\n1;25\n2;28\n", encoding="utf-8")

    def reader(request, task):
        if request.path == str(sample_file):
            release.wait(10)  # the older job is slow ...
            if task.is_cancelled():
                raise Cancelled()
        return read_request(request, task)

    window = make_window("en", reader=reader)
    loaded = []
    window.sig_table_loaded.connect(lambda table: loaded.append(table.path))
    window.open_path(sample_file)
    with qtbot.waitSignal(window.sig_table_loaded, timeout=LOAD_TIMEOUT_MS):
        window.open_path(other)
    release.set()
    assert window.runner.shutdown(LOAD_TIMEOUT_MS)
    QApplication.processEvents()

    assert loaded == [str(other)]
    assert window.table.path == str(other)


def test_refused_file_shows_the_reason_in_a_translated_message(qtbot, make_window, monkeypatch, tmp_path, store):
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"PK\x03\x04 this zip ends here")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append((title, text)))
    window = make_window("nl")

    blocker = open_via_menu(qtbot, window, monkeypatch, broken, window.sig_load_failed)

    problem = blocker.args[0]
    assert problem.is_input_error
    [(title, text)] = shown
    assert title == "Bestand niet geopend"
    assert text.startswith("kapot.xlsx kon niet worden geopend.")
    assert problem.message not in text, "the reason is worded in the window's language, not in English"
    assert "Reden: kapot.xlsx is beschadigd of onvolledig" in text
    assert "\n" not in problem.message  # core's reason is one line
    assert store.recent_files() == ()
    assert window.status.file_label.text() == "Geen bestand geopend"


def test_a_bug_while_reading_is_reported_as_one_not_as_a_bad_file(qtbot, make_window, monkeypatch, sample_file):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *rest: shown.append(title))

    def broken_reader(request, task):
        raise ZeroDivisionError("division by zero")

    window = make_window("en", reader=broken_reader)
    with qtbot.waitSignal(window.sig_load_failed, timeout=LOAD_TIMEOUT_MS) as blocker:
        window.open_path(sample_file)

    assert not blocker.args[0].is_input_error
    assert shown == ["Internal error"]


def test_switching_language_retranslates_the_window_live(qtbot, make_window, store, sample_file):
    window = make_window("nl")
    with qtbot.waitSignal(window.sig_table_loaded, timeout=LOAD_TIMEOUT_MS):
        window.open_path(sample_file)
    assert window.menu_actions.file_menu.title() == "&Bestand"
    assert window.tabs.tabText(window.tabs.indexOf(window.view("data"))) == "Gegevens"
    assert _cancel_button_text() == "Annuleren"  # Qt's own strings, from qtbase_nl

    with qtbot.waitSignal(window.sig_language_changed):
        window.menu_actions.language_actions["en"].trigger()

    assert window.menu_actions.file_menu.title() == "&File"
    assert window.menu_actions.open.text() == "&Open…"
    assert window.tabs.tabText(window.tabs.indexOf(window.view("data"))) == "Data"
    assert window.filter_dock.windowTitle() == "Filters"
    assert window.status.selection_label.text() == "417 of 417 firms selected"
    assert window.menu_actions.language_actions["en"].isChecked()
    assert _cancel_button_text() == "Cancel"
    assert store.load_preferences().language == "en"


def _cancel_button_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    try:
        return box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    finally:
        box.deleteLater()


def test_dropping_a_file_on_the_window_opens_it(qtbot, make_window, sample_file):
    window = make_window("nl")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_file))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()

    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.sig_table_loaded, timeout=LOAD_TIMEOUT_MS) as blocker:
        QApplication.sendEvent(window, drop)

    assert blocker.args[0].path == str(sample_file)
    assert window.status.file_label.text() == sample_file.name


def test_dragging_something_that_is_not_a_file_is_refused(make_window):
    window = make_window("nl")
    mime = QMimeData()
    mime.setText("just text")
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_workbook_with_several_data_sheets_asks_which_one(qtbot, make_window, monkeypatch, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "twee_rondes.xlsx"
    book = openpyxl.Workbook()
    first = book.active
    first.title = "Ronde 2022"
    for row in [("id", "sector", "plan"), *[(i, "25", "ja") for i in range(40)]]:
        first.append(row)
    second = book.create_sheet("Ronde 2023")
    for row in [("id", "sector", "plan"), *[(i, "28", "nee") for i in range(12)]]:
        second.append(row)
    book.save(path)
    asked = []

    def pick(parent, lang, file_name, sheets, current):
        asked.append((file_name, sheets, current))
        return "Ronde 2023"

    monkeypatch.setattr(open_dialogs, "ask_sheet", pick)
    window = make_window("nl")
    blocker = open_via_menu(qtbot, window, monkeypatch, path)

    assert asked == [("twee_rondes.xlsx", ("Ronde 2022", "Ronde 2023"), "Ronde 2022")]
    assert blocker.args[0].sheet == "Ronde 2023"
    assert window.data_model.rowCount() == 12


def test_reading_notes_show_in_an_info_bar_with_details(qtbot, make_window, monkeypatch, tmp_path):
    disguised = tmp_path / "antwoorden.xlsx"  # text named like a workbook: core notes it
    disguised.write_text("id;sector\n1;25\n2;28\n", encoding="utf-8")
    details = []
    monkeypatch.setattr(messages, "show_read_notes", lambda parent, lang, name, notes: details.append((name, notes)))
    window = make_window("nl")
    with qtbot.waitSignal(window.sig_table_loaded, timeout=LOAD_TIMEOUT_MS) as blocker:
        window.open_path(disguised)

    assert window.info_bar.isVisible()
    assert window.info_bar.text_label.text() == "Bij het openen van antwoorden.xlsx viel 1 ding op."
    qtbot.mouseClick(window.info_bar.details_button, Qt.MouseButton.LeftButton)
    assert details == [("antwoorden.xlsx", blocker.args[0].warnings)]


def test_recent_files_menu_follows_opens_and_stays_out_of_preferences(qtbot, make_window, monkeypatch, store,
                                                                       sample_file, tmp_path):
    window = make_window("en")
    with qtbot.waitSignal(window.sig_table_loaded, timeout=LOAD_TIMEOUT_MS):
        window.open_path(sample_file)

    entries = [a for a in window.menu_actions.recent_menu.actions() if a.data()]
    assert [a.data() for a in entries] == [str(sample_file)]
    assert "recent" not in " ".join(store.load_preferences().to_dict())
    settings_text = Path(store.file_name).read_text(encoding="utf-8")
    assert "[state]" in settings_text
    preferences_part = settings_text.split("[state]")[0]  # everything before the transient group
    assert sample_file.name not in preferences_part

    gone = tmp_path / "verdwenen.csv"
    store.add_recent_file(str(gone))
    window.menu_actions.set_recent_files(store.recent_files())
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *rest: told.append(text))
    next(a for a in window.menu_actions.recent_menu.actions() if a.data() == str(gone)).trigger()
    assert told and str(gone) in told[0]
    assert store.recent_files() == (str(sample_file),)

    window.menu_actions.clear_recent.trigger()
    assert store.recent_files() == ()
    assert not [a for a in window.menu_actions.recent_menu.actions() if a.data()]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_menu_mnemonics_are_unique_within_each_menu(make_window, lang):
    window = make_window(lang)
    menus = [window.menuBar(), *[a.menu() for a in window.menuBar().actions() if a.menu()]]
    menus += [window.menu_actions.recent_menu, window.menu_actions.export_menu]
    for menu in menus:
        letters = [_mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        letters = [letter for letter in letters if letter]
        assert len(letters) == len(set(letters)), (menu.objectName(), letters)


def _mnemonic(text: str) -> str | None:
    index = text.replace("&&", "").find("&")
    return text.replace("&&", "")[index + 1].lower() if index >= 0 else None


def test_window_geometry_is_kept_in_state_not_preferences(qtbot, make_window, store):
    window = make_window("nl")
    window.resize(900, 600)
    window.close()
    assert store.window_geometry() is not None
    assert set(store.load_preferences().to_dict()) == {
        "schema_version", "language", "size_scheme", "weighted", "min_peers", "min_peers_reason", "cache_enabled",
        "show_mapping_when_unsure", "organisation", "logo", "advisor", "contact", "note",
    }
