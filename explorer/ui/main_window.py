"""The main window: the one place where widgets are wired to each other.

Layout: menu bar and toolbar (actions.py); a filter dock on the left; in the centre an info bar
for reading notes above a tab widget (Overzicht, Vragen, Kruistabel, Statements, Trend, Benchmark,
Gegevens); the status bar (panels/status_panel.py) with file, "N of M firms selected", weighting
and progress.

The window loads files (loading.py, off the UI thread) and owns the menus, the data tab and the
status bar. The survey side is a workspace (workspace.py: the survey, filters and analysis views)
and three controllers (mapping_controller.py, export_controller.py, session_controller.py); none
of them imports this module. They signal values back and `wiring.wire_survey_side` connects them
here. The analysis views replace the placeholder tabs through `set_view`, the filter panel the
dock's placeholder through `set_filter_panel`; a widget with a `retranslate(lang)` method is
retranslated with the window.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from explorer.core.formatting import format_count
from explorer.core.i18n import tr
from explorer.core.preferences import Preferences
from explorer.core.resources import sample_path
from explorer.ui import language as ui_language
from explorer.ui.actions import MainActions
from explorer.ui.dialogs import messages, open_dialogs
from explorer.ui.export_controller import ExportController
from explorer.ui.loading import DEFAULT_SAMPLE, LoadOutcome, LoadRequest, Reader, load_job, read_request
from explorer.ui.mapping_controller import MappingController
from explorer.ui.panels.info_bar import InfoBar
from explorer.ui.panels.placeholder import PlaceholderPanel
from explorer.ui.panels.status_panel import StatusFacts, StatusPanel
from explorer.ui.session_controller import SessionController
from explorer.ui.settings_store import SettingsStore
from explorer.ui.tasks import JobFailure, JobProgress, JobResult, TaskRunner
from explorer.ui.views.data_table import DataFrameModel, DataTableView
from explorer.ui.wiring import wire_survey_side
from explorer.ui.workspace import Workspace

if TYPE_CHECKING:
    import numpy as np

    from explorer.core.disclosure.ledger import ReleaseLedger
    from explorer.core.reading import LoadedTable
    from explorer.ui.dialogs.ledger_dialog import LedgerDialog
    from explorer.ui.dialogs.preferences_dialog import PreferencesDialog

VIEW_KEYS = ("overview", "questions", "crosstab", "grid", "trend", "benchmark", "data")
_PLACEHOLDER_VIEWS = ("overview", "questions", "crosstab", "grid", "trend", "benchmark")


@dataclass(frozen=True)
class LoadProblem:
    """A file that did not open: `is_input_error` False means a bug in the app, not the file."""

    path: str
    message: str
    is_input_error: bool


class MainWindow(QMainWindow):
    sig_table_loaded = Signal(object)  # LoadedTable, once it is shown
    sig_load_failed = Signal(object)  # LoadProblem
    sig_load_cancelled = Signal(str)  # the path whose loading was cancelled
    sig_language_changed = Signal(str)  # "nl" or "en", after the window was retranslated

    def __init__(self, store: SettingsStore, language: str, reader: Reader = read_request,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setAcceptDrops(True)
        self._store = store
        self._preferences: Preferences = store.load_preferences()
        self._language = language
        self._reader = reader
        self._table: LoadedTable | None = None
        self._loading: LoadRequest | None = None
        self._views: dict[str, QWidget] = {}

        self.runner = TaskRunner(self)
        self.menu_actions = MainActions(self, language, self._preferences.size_scheme)
        self._build_central()
        self._build_filter_dock()
        self.status = StatusPanel(self.statusBar(), language)
        self._connect()
        self.menu_actions.set_recent_files(store.recent_files())
        self._restore_geometry()
        self._build_survey_side()
        self.retranslate()

    # Building ---------------------------------------------------------------------------

    def _build_central(self) -> None:
        central = QWidget(self)
        self.info_bar = InfoBar(self._language, central)
        self.tabs = QTabWidget(central)
        self.tabs.setObjectName("view_tabs")
        self.tabs.setDocumentMode(True)
        for key in _PLACEHOLDER_VIEWS:  # until the first survey arrives: set_view replaces them
            self._add_view(key, PlaceholderPanel(f"placeholder.{key}", self._language))
        self.data_model = DataFrameModel(self, self._language)
        self.data_view = DataTableView()
        self.data_view.setModel(self.data_model)
        self.data_hint = QLabel()
        self.data_hint.setObjectName("data_hint")
        self.data_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.data_hint.setWordWrap(True)
        self.data_stack = QStackedWidget()
        self.data_stack.addWidget(self.data_hint)
        self.data_stack.addWidget(self.data_view)
        self._add_view("data", self.data_stack)
        # Start on the data tab, whose empty page says how to open a file; the workspace brings the
        # overview forward once a survey is shown.
        self.tabs.setCurrentWidget(self.data_stack)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self.info_bar)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

    def _build_filter_dock(self) -> None:
        self.filter_dock = QDockWidget(self)
        self.filter_dock.setObjectName("dock_filters")  # saveState() needs the name
        self.filter_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                                     | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.filter_dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        # set_filter_panel replaces this placeholder when the first survey arrives.
        self._filter_panel: QWidget = PlaceholderPanel("placeholder.filters", self._language)
        self.filter_dock.setWidget(self._filter_panel)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.filter_dock)
        self.resizeDocks([self.filter_dock], [260], Qt.Orientation.Horizontal)
        self.menu_actions.view_menu.addAction(self.filter_dock.toggleViewAction())

    def _add_view(self, key: str, widget: QWidget) -> None:
        self._views[key] = widget
        self.tabs.addTab(widget, "")

    def _connect(self) -> None:
        actions = self.menu_actions
        actions.open.triggered.connect(self._on_open_action_triggered)
        actions.open_sample.triggered.connect(self._on_open_sample_action_triggered)
        actions.quit.triggered.connect(self.close)
        actions.clear_recent.triggered.connect(self._on_clear_recent_action_triggered)
        actions.about.triggered.connect(self._on_about_action_triggered)
        actions.ledger.triggered.connect(self._on_ledger_action_triggered)
        actions.preferences.triggered.connect(self._on_preferences_action_triggered)
        actions.sig_recent_chosen.connect(self._on_menu_actions_recent_chosen)
        actions.sig_language_chosen.connect(self._on_menu_actions_language_chosen)
        self.runner.sig_progress.connect(self._on_runner_progress)
        self.runner.sig_finished.connect(self._on_runner_finished)
        self.runner.sig_failed.connect(self._on_runner_failed)
        self.runner.sig_cancelled.connect(self._on_runner_cancelled)
        self.status.sig_cancel_clicked.connect(self._on_status_cancel_clicked)
        self.info_bar.sig_details_requested.connect(self._on_info_bar_details_requested)

    def _build_survey_side(self) -> None:
        """The workspace (survey, filters, views) and the controllers of mapping, exports and sessions."""
        def language() -> str:  # read at each use: the language can change
            return self._language

        self.workspace = Workspace(self._language, lambda: self._preferences, self)
        self.mapping = MappingController(self, lambda: self.workspace.survey, language)
        self.exports = ExportController(self, lambda: self.workspace.state, self.workspace.current_view,
                                        self.release_ledger, language)
        self.sessions = SessionController(self, self.workspace.current_session, language)
        wire_survey_side(self, self.workspace, self.exports, self.sessions, self.mapping)

    def _restore_geometry(self) -> None:
        geometry, state = self._store.window_geometry(), self._store.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen()
            available = screen.availableGeometry() if screen is not None else None
            if available is not None and (available.width() <= 1440 or available.height() <= 900):
                # A laptop screen (1366×768 is common): every pixel is needed for tables and charts.
                self.resize(available.size())
                self.setWindowState(Qt.WindowState.WindowMaximized)
            else:
                self.resize(1280, 800)
        if state is not None:
            self.restoreState(state)

    # Public API -------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self._language

    @property
    def preferences(self) -> Preferences:
        return self._preferences

    @property
    def table(self) -> "LoadedTable | None":
        """The table on screen (not one still loading)."""
        return self._table

    def open_path(self, path: str | Path, sheet: str | None = None) -> int:
        """Start loading `path` off the UI thread; any load in progress is abandoned. Returns the job id."""
        request = LoadRequest(str(path), sheet, cache_enabled=self._preferences.cache_enabled)
        self._loading = request
        self.status.show_progress(0.0, "hashing")
        self.status.show_message(tr("status.loading", self._language, file=request.file_name), 0)
        return self.runner.start(load_job(request, self._reader))

    def open_sample(self) -> int:
        return self.open_path(sample_path(DEFAULT_SAMPLE))

    def set_language(self, lang: str, remember: bool = True) -> None:
        """Switch every visible string, Qt's own dialogs included, to `lang` ("nl" or "en")."""
        self._language = lang
        ui_language.apply_qt_language(lang)
        if remember:
            self._preferences = replace(self._preferences, language=lang)
            self._store.save_preferences(self._preferences)
        self.retranslate()
        self.sig_language_changed.emit(lang)

    def set_view(self, key: str, widget: QWidget) -> None:
        """Put an analysis view in place of the placeholder tab `key`."""
        index = VIEW_KEYS.index(key)
        old = self._views[key]
        self._views[key] = widget
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, tr(f"tab.{key}", self._language))
        old.deleteLater()
        self._retranslate_plugged(widget)

    def view(self, key: str) -> QWidget:
        return self._views[key]

    def set_filter_panel(self, widget: QWidget) -> None:
        """The filter panel goes into the left dock."""
        old, self._filter_panel = self._filter_panel, widget
        self.filter_dock.setWidget(widget)
        old.deleteLater()
        self._retranslate_plugged(widget)

    def show_selection(self, positions: "np.ndarray | None", rounds: tuple | None = None) -> None:
        """The filtered firms (frame positions; None = all) in the data tab and status bar.

        `rounds`: (selected, total) PanelCounts of a survey asked in rounds, which the status bar
        words as answers, firms and rounds.
        """
        if self._table is None:
            return
        self.data_model.set_selection(positions)
        total = self._table.rows
        selected = total if positions is None else len(positions)
        self.status.show_facts(replace(self.status.facts, selected=selected, total=total, rounds=rounds))

    def remember(self, **changes) -> None:
        """Keep a changed preference (size scheme, weighting) for the next start."""
        self._preferences = replace(self._preferences, **changes)
        self._store.save_preferences(self._preferences)

    def show_weighting(self, on: bool, available: bool) -> None:
        """Whether figures are weighted, and whether the file has a weight column at all."""
        self.menu_actions.show_weighting(on, available)
        self.status.show_facts(replace(self.status.facts, weighted=on, weights_available=available))

    def show_pending_roles(self, roles: tuple[str, ...]) -> None:
        """The roles detection proposes but does not apply until the user confirms them."""
        self.status.show_facts(replace(self.status.facts, pending_roles=roles))

    def retranslate(self) -> None:
        lang = self._language
        self.menu_actions.retranslate(lang)
        self.status.retranslate(lang)
        self.info_bar.retranslate(lang)
        self.filter_dock.setWindowTitle(tr("dock.filters", lang))
        self.data_hint.setText(tr("data.empty", lang))
        self.data_model.set_language(lang)
        for index, key in enumerate(VIEW_KEYS):
            self.tabs.setTabText(index, tr(f"tab.{key}", lang))
        for widget in (*self._views.values(), self._filter_panel):
            self._retranslate_plugged(widget)
        self.workspace.retranslate(lang)
        self._update_title()

    # Loading ----------------------------------------------------------------------------

    def _on_runner_progress(self, progress: JobProgress) -> None:
        self.status.show_progress(progress.fraction, progress.message)

    def _on_runner_finished(self, result: JobResult) -> None:
        outcome: LoadOutcome = result.value
        self.status.hide_progress()
        if outcome.other_sheets_possible:
            chosen = open_dialogs.ask_sheet(self, self._language, outcome.request.file_name,
                                            outcome.candidate_sheets, outcome.table.sheet)
            if self.runner.is_busy():
                return  # another file was opened (dropped) while the picker was open: it wins
            if chosen is None:
                self._loading = None
                self.status.show_message(tr("status.cancelled", self._language, file=outcome.request.file_name))
                self.sig_load_cancelled.emit(outcome.request.path)
                return
            if chosen != outcome.table.sheet:
                self.open_path(outcome.request.path, chosen)
                return
        self._show_table(outcome)

    def _show_table(self, outcome: LoadOutcome) -> None:
        table = outcome.table
        self._loading = None
        self._table = table
        self.data_model.set_frame(table.frame, table.columns)
        self.data_stack.setCurrentWidget(self.data_view)
        self.status.show_facts(StatusFacts(file_name=Path(table.path).name, selected=table.rows, total=table.rows,
                                           weighted=self._preferences.weighted, weights_available=False))
        self.info_bar.show_notes(Path(table.path).name, len(table.warnings))
        self.menu_actions.set_recent_files(self._store.add_recent_file(outcome.request.path))
        if outcome.survey is None:
            self.tabs.setCurrentWidget(self._views["data"])
        self._update_title()
        self.status.show_message(tr("status.loaded", self._language, rows=format_count(table.rows, self._language),
                                    columns=format_count(len(table.frame.columns), self._language)))
        self.sig_table_loaded.emit(table)
        if outcome.survey is not None:
            self.workspace.set_survey(outcome.survey)
            if outcome.survey.profile_name:
                self.status.show_message(tr("status.profile_applied", self._language,
                                            profile=outcome.survey.profile_name))
            elif self._preferences.show_mapping_when_unsure:
                self.mapping.review_if_unsure()

    def _on_runner_failed(self, failure: JobFailure) -> None:
        request, self._loading = self._loading, None
        path = request.path if request is not None else ""
        name = request.file_name if request is not None else ""
        self.status.hide_progress()
        self.status.show_message(tr("status.refused", self._language, file=name))
        if failure.is_input_error:
            messages.show_refusal(self, self._language, name, failure.text(self._language))
        else:
            messages.show_bug(self, self._language, name, failure.detail or failure.message)
        self.sig_load_failed.emit(LoadProblem(path, failure.message, failure.is_input_error))

    def _on_runner_cancelled(self, job: int) -> None:
        request, self._loading = self._loading, None
        self.status.hide_progress()
        if request is not None:
            self.status.show_message(tr("status.cancelled", self._language, file=request.file_name))
            self.sig_load_cancelled.emit(request.path)

    def _on_status_cancel_clicked(self) -> None:
        self.runner.cancel()

    # Menu handlers ----------------------------------------------------------------------

    def _on_open_action_triggered(self) -> None:
        recent = self._store.recent_files()
        start = str(Path(recent[0]).parent) if recent else ""
        path = open_dialogs.ask_open_file(self, self._language, start)
        if path:
            self.open_path(path)

    def _on_open_sample_action_triggered(self) -> None:
        self.open_sample()

    def _on_menu_actions_recent_chosen(self, path: str) -> None:
        if not Path(path).is_file():
            self.menu_actions.set_recent_files(self._store.remove_recent_file(path))
            messages.show_missing_recent(self, self._language, path)
            return
        self.open_path(path)

    def _on_clear_recent_action_triggered(self) -> None:
        self._store.clear_recent_files()
        self.menu_actions.set_recent_files(())

    def _on_menu_actions_language_chosen(self, lang: str) -> None:
        if lang != self._language:
            self.set_language(lang)

    def release_ledger(self) -> "ReleaseLedger":
        """The register of released groups, the one the Benchmark view and `report` use."""
        from explorer.core.disclosure.ledger import ReleaseLedger

        benchmark = self._views.get("benchmark")
        return benchmark.ledger() if hasattr(benchmark, "ledger") else ReleaseLedger()

    def _releases_changed(self, _cleared: int = 0) -> None:
        benchmark = self._views.get("benchmark")
        if hasattr(benchmark, "releases_changed"):  # a clear may let a withheld briefing through
            benchmark.releases_changed()

    def show_ledger(self, parent: QWidget | None = None) -> "LedgerDialog":
        """The register of released groups (modal to the window, or to `parent`, e.g. Preferences)."""
        from explorer.ui.dialogs.ledger_dialog import LedgerDialog

        dialog = LedgerDialog(self.release_ledger(), self._language, parent or self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_cleared.connect(self._releases_changed)
        dialog.open()
        return dialog

    def show_preferences(self) -> "PreferencesDialog":
        """Edit ▸ Preferences (window-modal); OK applies and stores the preferences chosen."""
        from explorer.ui.dialogs.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self._preferences, self.release_ledger(), self._language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_preferences(dialog.preferences()))
        dialog.sig_register_requested.connect(
            lambda: self.show_ledger(dialog).sig_cleared.connect(lambda _count: dialog.refresh_register()))
        dialog.sig_register_cleared.connect(self._releases_changed)
        dialog.open()
        return dialog

    def apply_preferences(self, chosen: Preferences) -> None:
        """Store `chosen` and bring the window in line with it (language, size classes, weighting, minimum)."""
        self._preferences = chosen
        self._store.save_preferences(chosen)
        language = ui_language.choose_language(None, chosen.language)
        if language != self._language:
            self.set_language(language, remember=False)
        self.workspace.apply_preferences(chosen)

    def _on_preferences_action_triggered(self) -> None:
        self.show_preferences()

    def _on_ledger_action_triggered(self) -> None:
        self.show_ledger()

    def _on_about_action_triggered(self) -> None:
        messages.show_about(self, self._language)

    def _on_info_bar_details_requested(self) -> None:
        if self._table is not None:
            messages.show_read_notes(self, self._language, Path(self._table.path).name, self._table.warnings)

    # Qt overrides -----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if _local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = _local_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_path(files[0])  # one survey at a time: the first dropped file

    def closeEvent(self, event: QCloseEvent) -> None:
        self._store.save_window(self.saveGeometry(), self.saveState())
        self.workspace.shutdown()
        self.runner.shutdown()
        super().closeEvent(event)

    # Helpers ----------------------------------------------------------------------------

    def _update_title(self) -> None:
        if self._table is None:
            self.setWindowTitle(tr("app.name", self._language))
        else:
            self.setWindowTitle(tr("window.title.file", self._language, file=Path(self._table.path).name))

    def _retranslate_plugged(self, widget: QWidget) -> None:
        retranslate = getattr(widget, "retranslate", None)
        if callable(retranslate):
            retranslate(self._language)


def _local_files(mime) -> list[str]:
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and Path(url.toLocalFile()).is_file()]
