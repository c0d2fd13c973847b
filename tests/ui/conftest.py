"""pytest-qt set-up for the window tests: offscreen, settings and cache in tmp, Qt warnings fail.

QT_QPA_PLATFORM must be set before anything imports Qt, hence at the top of this conftest.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_data" / "association_reshoring_survey_surveymonkey.csv"

# Noise from the offscreen platform plugin itself, not from the app.
OFFSCREEN_NOISE = r"This plugin does not support"


def pytest_collection_modifyitems(config, items):
    """Qt warnings fail every test in tests/ui (what `qt_log_level_fail = WARNING` does in ini)."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


def _top_level_widgets() -> dict[int, str]:
    """The application's top-level widgets by C++ address (wrappers come and go), with a name to report."""
    import shiboken6
    from PySide6.QtWidgets import QApplication

    return {shiboken6.getCppPointer(widget)[0]: f"{type(widget).__name__} {widget.objectName()!r}"
            for widget in QApplication.topLevelWidgets() if shiboken6.isValid(widget)}


def _leaked(before: dict[int, str]) -> list[str]:
    """The top-level widgets made since `before` that outlive the deleteLater()s of closed widgets
    (processEvents alone skips them) and Python's cycle collection (a parentless widget made in
    Python lives as long as its wrapper); collecting is slow, so only when something is left."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    for collect in (False, True, True):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if collect:
            gc.collect()
        leaked = sorted(name for address, name in _top_level_widgets().items() if address not in before)
        if not leaked:
            break
    return leaked


@pytest.fixture(autouse=True)
def no_leaked_widgets(qapp):
    """Fail a test that leaves top-level widgets behind (a window, dialog or menu nobody deletes),
    as napari's make_napari_viewer does: widgets registered with qtbot are closed and deleted
    before this check runs, so what is left was leaked by the test or the code under test."""
    before = _top_level_widgets()
    yield
    leaked = _leaked(before)
    assert not leaked, f"the test left top-level widgets behind: {', '.join(leaked)}"


@pytest.fixture(autouse=True)
def no_blocking_mapping_review(request, monkeypatch):
    """The mapping dialog opens by itself when detection is unsure; a modal dialog would stall a
    test that did not ask for it, so it answers "no change" unless a test replaces it (the
    dialog's own tests use the real one)."""
    from explorer.ui.dialogs import mapping_dialog

    if request.module.__name__.endswith("test_mapping_dialog"):
        return
    monkeypatch.setattr(mapping_dialog, "edit_mapping", lambda parent, survey, lang: None)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Every QSettings (user and system scope) and the parsed-file cache live in tmp_path."""
    folder = tmp_path / "settings"
    folder.mkdir()
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder / scope.name))
    monkeypatch.setenv("SURVEY_EXPLORER_CACHE_DIR", str(tmp_path / "cache"))
    return folder


@pytest.fixture
def store(tmp_path):
    from explorer.ui.settings_store import SettingsStore

    return SettingsStore(tmp_path / "settings" / "store.ini")


@pytest.fixture
def make_window(qtbot, store):
    """A MainWindow on the isolated store; closed (and its workers joined) after the test."""
    from explorer.ui import language
    from explorer.ui.main_window import MainWindow

    windows = []

    def make(lang: str = "nl", reader=None, **kwargs):
        language.apply_qt_language(lang)
        extra = {} if reader is None else {"reader": reader}
        window = MainWindow(store=kwargs.get("store", store), language=lang, **extra)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.runner.shutdown()
    language.apply_qt_language("en")  # leave Qt untranslated for the next test


@pytest.fixture
def sample_file() -> Path:
    return SAMPLE
