"""Start the desktop app: QApplication, translations, the main window — fast.

The window must be visible within 0.25 s of start (DESIGN.md "Speed budgets"), so nothing here
or in the window's modules imports pandas or pyqtgraph; the file is opened from the event loop
(QTimer.singleShot) after the window is shown, and read on a worker thread.
"""

from __future__ import annotations

import sys
from pathlib import Path

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
    return window


def run(file: str | None = None, sample: bool = False, lang: str | None = None) -> int:
    app = create_application()
    window = build_window(file=file, sample=sample, lang=lang)  # noqa: F841 - kept alive by this frame
    return app.exec()
