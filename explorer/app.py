"""Start the desktop app: QApplication, translations, the main window — fast.

The window must be visible within 0.25 s of start (DESIGN.md "Speed budgets"), so nothing here
or in the window's modules imports pandas or pyqtgraph; the file is opened from the event loop
(QTimer.singleShot) after the window is shown, and read on a worker thread.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

# Start-up measurement (SURVEY_EXPLORER_EXIT_AFTER_SHOW=1): the clock starts before Qt is imported.
_IMPORTED_AT = time.perf_counter()
EXIT_AFTER_SHOW_ENV = "SURVEY_EXPLORER_EXIT_AFTER_SHOW"

from PySide6.QtCore import QTimer, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from explorer import __version__
from explorer.core.resources import sample_path
from explorer.ui import language as ui_language
from explorer.ui.loading import DEFAULT_SAMPLE
from explorer.ui.main_window import MainWindow
from explorer.ui.settings_store import APPLICATION, ORGANISATION, SettingsStore


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused if one exists, as under pytest-qt), named for QSettings."""
    existing = QApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    # Qt 6 scales for high DPI by default; pass-through keeps fractional factors (125 %, 150 %,
    # common on Windows laptops) exact instead of rounding them to 1× or 2×.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(sys.argv[:1] if argv is None else argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Survey Explorer")
    app.setApplicationVersion(__version__)
    return app


def build_window(file: str | None = None, sample: bool = False, lang: str | None = None,
                 store: SettingsStore | None = None) -> MainWindow:
    """Show the main window and schedule the file (or the sample) to open once it is on screen."""
    store = store or SettingsStore()
    language = ui_language.choose_language(lang, store.load_preferences().language)
    ui_language.apply_qt_language(language)
    window = MainWindow(store=store, language=language)
    window.show()
    target = Path(file) if file else (sample_path(DEFAULT_SAMPLE) if sample else None)
    if target is not None:
        QTimer.singleShot(0, lambda: window.open_path(target))
    # Workbooks are read in a worker process; have one started once the window is up.
    QTimer.singleShot(0, _keep_a_reader_ready)
    return window


def _keep_a_reader_ready() -> None:
    from explorer.core.reading.isolation import keep_a_spare

    keep_a_spare(True)


def run(file: str | None = None, sample: bool = False, lang: str | None = None) -> int:
    app = create_application()
    window = build_window(file=file, sample=sample, lang=lang)  # noqa: F841 - kept alive by this frame
    if os.environ.get(EXIT_AFTER_SHOW_ENV):
        return _exit_after_show(app, window)
    try:
        return app.exec()
    finally:
        from explorer.core.reading.isolation import stop_spare

        stop_spare()


def _exit_after_show(app: QApplication, window: MainWindow) -> int:
    """Start-up measurement: once the window is on screen and painted, print the time and quit."""
    deadline = time.perf_counter() + 60
    while (window.windowHandle() is None or not window.windowHandle().isExposed()) and time.perf_counter() < deadline:
        app.processEvents()
    app.processEvents()  # the first paint
    shown = window.windowHandle() is not None and window.windowHandle().isExposed()
    if sys.stdout is not None:  # a windowed build on Windows has none
        print(f"window shown {(time.perf_counter() - _IMPORTED_AT) * 1000:.0f} ms after explorer.app was imported"
              if shown else "window not shown within 60 s", flush=True)
    window.runner.shutdown()  # a file given on the command line may have started loading
    return 0 if shown else 1
