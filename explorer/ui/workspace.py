"""The survey side of the main window: filters, views, mapping, weighting, exports, sessions.

MainWindow owns the window (menus, loading, status bar); this object holds the analysis state
(survey, filters, size scheme, weighting) and is where the survey widgets are wired to each
other and to the window. Widgets talk through signals carrying frozen values; each change
builds a new `AnalysisState` and hands it to the visible view (the others catch up when shown).
Nothing here imports pandas or pyqtgraph before a survey arrives.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMenu, QMessageBox

from explorer.core.i18n import tr
from explorer.ui.dialogs import save_dialogs
from explorer.ui.views.state import AnalysisState

if TYPE_CHECKING:
    from explorer.core.survey import FilterSpec, Mapping, Survey
    from explorer.ui.main_window import MainWindow

CHART_VIEWS = ("overview", "questions")


class Workspace(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self._window = window
        self._survey: "Survey | None" = None
        self._filters: "FilterSpec | None" = None
        self._scheme = window.preferences.size_scheme
        self._weighted = window.preferences.weighted
        self._state: AnalysisState | None = None
        self._stale: set[str] = set()
        self._pending_session = None
        self._views_built = False
        self._import_runner = None  # imports the tests of change in the background (once)
        self._build_actions()
        window.tabs.currentChanged.connect(self._on_tabs_current_changed)

    # Set-up --------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        actions = self._window.menu_actions
        window = self._window
        self.scheme_menu = QMenu(actions.survey_menu)
        self.scheme_menu.setObjectName("menu_scheme")
        self.scheme_group = QActionGroup(window)
        self.scheme_actions: dict[str, QAction] = {}
        for code in ("eu", "ems"):
            item = QAction(window)
            item.setObjectName(f"action_scheme_{code}")
            item.setCheckable(True)
            item.setChecked(code == self._scheme)
            item.triggered.connect(lambda checked=False, c=code: self.set_scheme(c))
            self.scheme_group.addAction(item)
            self.scheme_menu.addAction(item)
            self.scheme_actions[code] = item
        actions.survey_menu.addMenu(self.scheme_menu)
        self.copy_chart = QAction(window)
        self.copy_chart.setObjectName("action_copy_chart")
        self.export_chart_svg = QAction(window)
        self.export_chart_svg.setObjectName("action_export_chart_svg")
        self.export_table_long = QAction(window)
        self.export_table_long.setObjectName("action_export_table_long")
        actions.export_menu.insertAction(actions.export_table, self.export_chart_svg)
        actions.export_menu.insertAction(actions.export_table, self.copy_chart)
        actions.export_menu.insertAction(actions.export_data, self.export_table_long)
        self.slides_menu = QMenu(actions.export_menu)
        self.slides_menu.setObjectName("menu_slides")
        self.slides_actions: dict[str, QAction] = {}
        for scope in ("chart", "view", "deck"):
            item = QAction(window)
            item.setObjectName(f"action_slides_{scope}")
            item.triggered.connect(lambda checked=False, s=scope: self.export_slides(s))
            self.slides_menu.addAction(item)
            self.slides_actions[scope] = item
        actions.export_menu.insertMenu(actions.export_data, self.slides_menu)
        actions.mapping.triggered.connect(self._on_mapping_action_triggered)
        actions.derived.triggered.connect(self._on_derived_action_triggered)
        actions.weighted.toggled.connect(self._on_weighted_action_toggled)
        actions.export_chart.triggered.connect(lambda: self.export_chart("png"))
        self.export_chart_svg.triggered.connect(lambda: self.export_chart("svg"))
        self.copy_chart.triggered.connect(lambda: self.export_chart("clipboard"))
        actions.export_table.triggered.connect(lambda: self.export_table("crosstab"))
        self.export_table_long.triggered.connect(lambda: self.export_table("long"))
        actions.export_data.triggered.connect(self._on_export_data_action_triggered)
        actions.save_session.triggered.connect(self._on_save_session_action_triggered)
        actions.open_session.setEnabled(True)
        actions.open_session.triggered.connect(self._on_open_session_action_triggered)
        self._set_survey_actions_enabled(False)
        self.retranslate(self._window.language)

    def _build_views(self) -> None:
        """The analysis views, created when the first survey arrives (they import pyqtgraph)."""
        from explorer.ui.panels.filter_panel import FilterPanel
        from explorer.ui.views.benchmark_view import BenchmarkView
        from explorer.ui.views.crosstab import CrosstabView
        from explorer.ui.views.grid import GridView
        from explorer.ui.views.overview import OverviewView
        from explorer.ui.views.question_explorer import QuestionExplorer
        from explorer.ui.views.trend import TrendView
        from explorer.ui.tasks import TaskRunner

        lang = self._window.language
        self.filter_panel = FilterPanel(lang)
        self.filter_panel.sig_filter_changed.connect(self._on_filter_panel_filter_changed)
        self._window.set_filter_panel(self.filter_panel)
        self.views = {
            "overview": OverviewView(),
            "questions": QuestionExplorer(),
            "crosstab": CrosstabView(),
            "grid": GridView(),
            "trend": TrendView(),
            # Its own runner: the window's runner treats every result as a loaded file, and an
            # export must not abandon a load (or the reverse).
            "benchmark": BenchmarkView(TaskRunner(self._window), lang),
        }
        for key, view in self.views.items():
            self._window.set_view(key, view)
        self.views["overview"].sig_open_question.connect(self._on_overview_open_question)
        self.views["benchmark"].sig_status.connect(self._on_view_status)
        self.views["crosstab"].set_release_gate(self.admit_export)
        self._views_built = True

    # The analysis state -----------------------------------------------------------------------

    @property
    def survey(self) -> "Survey | None":
        return self._survey

    @property
    def state(self) -> AnalysisState | None:
        return self._state

    def set_survey(self, survey: "Survey") -> None:
        """A newly loaded (or re-mapped) survey: reset filters, show it everywhere."""
        from explorer.core.survey import FilterSpec

        if not self._views_built:
            self._build_views()
        self._survey = survey
        self._filters = FilterSpec()
        has_weights = survey.roles.get("weight") is not None
        self._window.show_weighting(self._weighted and has_weights, has_weights)
        self._window.show_pending_roles(tuple(survey.pending_roles))
        self.filter_panel.set_survey(survey, self._scheme, self._window.language)
        self._load_tests()
        self._set_survey_actions_enabled(True)
        session, self._pending_session = self._pending_session, None
        if session is not None:
            self._apply_session(session)
        self._publish()
        if self._window.tabs.currentWidget() is self._window.view("data"):
            self._window.tabs.setCurrentWidget(self.views["overview"])

    def _load_tests(self) -> None:
        """Import the statistical tests off the UI thread, so that the Crosstab and Trend tabs do
        not freeze for the second scipy.stats takes to import."""
        from explorer.core.stats.change import load_tests
        from explorer.ui.tasks import TaskRunner

        if self._import_runner is None:
            self._import_runner = TaskRunner(self._window, max_threads=1)
            self._import_runner.start(load_tests)

    def set_scheme(self, scheme: str) -> None:
        if scheme == self._scheme:
            return
        self._scheme = scheme
        self.scheme_actions[scheme].setChecked(True)
        self._window.remember(size_scheme=scheme)
        if self._survey is not None:
            self.filter_panel.set_scheme(scheme)  # emits the filters without a size filter
            self._publish()

    def set_weighted(self, weighted: bool) -> None:
        self._weighted = weighted
        self._window.remember(weighted=weighted)
        if self._survey is not None:
            has_weights = self._survey.roles.get("weight") is not None
            self._window.show_weighting(weighted and has_weights, has_weights)
            self._publish()

    def apply_preferences(self, preferences) -> None:
        """Preferences chosen in Edit ▸ Preferences: size classes, weighting and the minimum of peers."""
        if preferences.size_scheme != self._scheme:
            self.set_scheme(preferences.size_scheme)
        if preferences.weighted != self._weighted:
            self.set_weighted(preferences.weighted)
        self._publish()

    def _publish(self) -> None:
        """Build the state of this moment and show it in the visible view."""
        if self._survey is None:
            return
        from explorer.core.survey.filter_text import describe_filters

        from explorer.core.disclosure import DEFAULT_MIN_PEERS

        lang = self._window.language
        weighted = self._weighted and self._survey.roles.get("weight") is not None
        preferences = self._window.preferences
        self._state = AnalysisState(
            survey=self._survey, filters=self._filters, scheme=self._scheme, weighted=weighted, lang=lang,
            filter_text=describe_filters(self._filters, self._survey, self._scheme, lang),
            min_peers=max(DEFAULT_MIN_PEERS, preferences.min_peers), briefing_min_peers=preferences.min_peers,
            min_peers_reason=preferences.min_peers_reason, branding=preferences.branding)
        self._stale = set(self.views)
        self._refresh_current()

    def _refresh_current(self) -> None:
        for key, view in self.views.items():
            if key in self._stale and self._window.tabs.currentWidget() is view:
                view.set_state(self._state)
                self._stale.discard(key)

    # Handlers ---------------------------------------------------------------------------------

    def _on_filter_panel_filter_changed(self, spec: "FilterSpec") -> None:
        self._filters = spec
        self._show_selection()
        self._publish()

    def _show_selection(self) -> None:
        """The selection in the data tab and the status bar (answers, firms and rounds apart)."""
        positions = self.filter_panel.selected_positions()
        panel = self._survey.panel if self._survey is not None else None
        rounds = None
        if panel is not None:
            selected = self._survey.selection_counts((self._filters, self._scheme),
                                                     _mask_of(positions, panel.answers))
            rounds = (selected, panel.counts())
        self._window.show_selection(positions, rounds)

    def _on_tabs_current_changed(self, index: int) -> None:
        if self._state is not None:
            self._refresh_current()
        self._update_export_actions()

    def _on_overview_open_question(self, key: str) -> None:
        self.views["questions"].restore_view_state({"question": key})
        self._window.tabs.setCurrentWidget(self.views["questions"])

    def _on_view_status(self, message: str) -> None:
        self._window.status.show_message(message)

    def _on_weighted_action_toggled(self, checked: bool) -> None:
        if checked != self._weighted:
            self.set_weighted(checked)

    def _on_mapping_action_triggered(self) -> None:
        self.edit_mapping()

    def edit_mapping(self) -> None:
        from explorer.ui.dialogs import mapping_dialog

        if self._survey is None:
            return
        mapping = mapping_dialog.edit_mapping(self._window, self._survey, self._window.language)
        if mapping is not None:
            self.apply_mapping(mapping)

    def _on_derived_action_triggered(self) -> None:
        self.edit_derived()

    def edit_derived(self) -> None:
        from explorer.ui.dialogs import derived_dialog

        if self._survey is None:
            return
        mapping = derived_dialog.edit_derived(self._window, self._survey, self._window.language)
        if mapping is not None:
            self.apply_mapping(mapping)

    def apply_mapping(self, mapping: "Mapping") -> None:
        from explorer.core.survey import build_survey

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            survey = build_survey(self._survey.table, mapping)
        finally:
            QGuiApplication.restoreOverrideCursor()
        view_states = {key: view.view_state() for key, view in self.views.items()}
        self.set_survey(survey)
        for key, view in self.views.items():
            view.restore_view_state(view_states[key])
        self._window.status.show_message(tr("status.mapping_applied", self._window.language,
                                            questions=len(survey.questions)))

    def review_mapping_if_unsure(self) -> None:
        """Show the mapping dialog by itself when detection is unsure (sector or size missing...)."""
        from explorer.core.survey.mapping_edit import mapping_needs_review

        if self._survey is not None and self._survey.profile_name is None and mapping_needs_review(self._survey):
            self._window.status.show_message(tr("mapping.review", self._window.language,
                                                file=Path(self._survey.table.path).name))
            self.edit_mapping()

    # Export -------------------------------------------------------------------------------------

    def _current_view(self):
        widget = self._window.tabs.currentWidget()
        return next((v for v in self.views.values() if v is widget), None) if self._views_built else None

    def _update_export_actions(self) -> None:
        view = self._current_view()
        source = view.export_source() if view is not None and self._state is not None else None
        chart_ok = source is not None and not _is_summary(source) and not _is_grid(source)
        actions = self._window.menu_actions
        for action in (actions.export_chart, self.export_chart_svg, self.copy_chart):
            action.setEnabled(chart_ok)
        actions.export_table.setEnabled(source is not None and self._survey is not None)
        self.export_table_long.setEnabled(source is not None and self._survey is not None)
        for scope, action in self.slides_actions.items():
            action.setEnabled(self._survey is not None and (scope == "deck" or source is not None))
        actions.export_data.setEnabled(self._survey is not None)

    def _suggested(self, suffix: str, summary=None) -> str:
        """What is in the export (question, split, date), in the documents folder: never beside the data."""
        from explorer.core.export.names import suggested_path

        lang = self._window.language
        if summary is None:
            return str(suggested_path(tr("export.name.selection", lang), None, lang, suffix))
        return str(suggested_path(summary.question.label, summary.by, lang, suffix))  # the short title, if given

    def _suggested_session(self) -> str:
        from explorer.core.export.names import documents_folder, safe_stem
        from explorer.core.session import SUFFIX

        return str(documents_folder() / (safe_stem(Path(self._survey.table.path).stem) + SUFFIX))

    @staticmethod
    def _summary_of(source):
        return source if _is_summary(source) else getattr(source, "summary", None)

    def admit_export(self, summary, histogram_shown: bool = False) -> None:
        """Record the groups an export of `summary` shows in the release register, or raise why it
        is withheld (the on-screen views are never recorded)."""
        from explorer.core.export.admission import admit_export

        admit_export(self._window.release_ledger(), self._survey, summary, self._state.min_peers, histogram_shown)

    def export_chart(self, kind: str) -> None:
        from explorer.ui.charts import export as chart_export

        view, lang = self._current_view(), self._window.language
        source = view.export_source() if view is not None else None
        if source is None or self._state is None:
            QMessageBox.information(self._window, tr("export.title", lang), tr("export.nothing", lang))
            return
        options = dict(lang=lang, filter_text=self._state.filter_text, min_peers=self._state.min_peers,
                       admit=self.admit_export)
        if kind == "clipboard":
            result = chart_export.copy_to_clipboard(source, **options)
            done = tr("export.copied", lang)
        else:
            title, filters = ("dialog.save.chart_svg", "dialog.filter.svg") if kind == "svg" else \
                ("dialog.save.chart_png", "dialog.filter.png")
            path = save_dialogs.ask_save_path(self._window, lang, title, filters,
                                              self._suggested(f".{kind}", self._summary_of(source)))
            if not path:
                return
            writer = chart_export.export_svg if kind == "svg" else chart_export.export_png
            result = writer(source, path, **options)
            done = tr("export.done", lang, path=path)
        if result.ok:
            self._window.status.show_message(done)
        elif result.withheld:
            save_dialogs.show_export_withheld(self._window, lang, result.reason or "")
        else:
            save_dialogs.show_export_problem(self._window, lang, result.reason or "")

    def export_table(self, form: str) -> None:
        """Export ▸ Table: the crosstab as on screen; Export ▸ Table in long form: a row per group and answer."""
        from explorer.core.errors import InputError, TranslatableError
        from explorer.core.export import export_table, write_crosstab
        from explorer.core.exporting import require_table_suffix, summary_frame, write_table

        view, lang = self._current_view(), self._window.language
        source = view.export_source() if view is not None else None
        grid = source if _is_grid(source) else None
        summary = grid if grid is not None else self._summary_of(source)
        if summary is None or self._state is None:
            QMessageBox.information(self._window, tr("export.title", lang), tr("export.nothing", lang))
            return
        path = save_dialogs.ask_save_path(self._window, lang, "dialog.save.table", "dialog.filter.table",
                                          self._suggested(".xlsx", summary))
        if not path:
            return
        try:
            require_table_suffix(Path(path))
            if grid is not None:
                from explorer.core.export.admission import admit_grid_export
                from explorer.core.exporting import grid_frame

                frame = grid_frame(grid, self._state.min_peers, lang, by_agreement=view.by_agreement())
                admit_grid_export(self._window.release_ledger(), self._survey, grid, self._state.min_peers)
                write_table(frame, Path(path), caption=f"{grid.grid.label} — {self._state.filter_text}", lang=lang)
            elif form == "long":
                caption = f"{summary.question.label} — {self._state.filter_text}"
                frame = summary_frame(summary, self._state.min_peers, lang)
                self.admit_export(summary)
                write_table(frame, Path(path), caption=caption, lang=lang)
            else:
                table = export_table(summary, lang, self._state.min_peers, self._state.filter_text)
                self.admit_export(summary)
                write_crosstab(table, Path(path), lang)
        except TranslatableError as refusal:
            save_dialogs.show_export_withheld(self._window, lang, refusal.text(lang))
            return
        except InputError as exc:
            save_dialogs.show_export_problem(self._window, lang, exc.text(lang))
            return
        self._window.status.show_message(tr("export.done", lang, path=path))

    def export_slides(self, scope: str) -> None:
        """Export ▸ Slides: the current chart, the current view or a whole deck, as editable PowerPoint charts."""
        from explorer.core.export.admission import admit_slides
        from explorer.core.errors import InputError, TranslatableError
        from explorer.core.export.deck import write_deck
        from explorer.ui.slides_export import slides_for

        view, lang = self._current_view(), self._window.language
        source = view.export_source() if view is not None else None
        if self._state is None or self._survey is None or (scope != "deck" and source is None):
            QMessageBox.information(self._window, tr("export.title", lang), tr("export.nothing", lang))
            return
        summary = self._summary_of(source)
        suggested = self._suggested(".pptx", summary) if scope != "deck" else \
            self._suggested_named(tr("slides.name.deck", lang), ".pptx")
        path = save_dialogs.ask_save_path(self._window, lang, "dialog.save.slides", "dialog.filter.pptx", suggested)
        if not path:
            return
        try:
            slides = slides_for(scope, self, view, source, lang)
            admit_slides(self._window.release_ledger(), self._survey, slides, self._state.min_peers)
            write_deck(Path(path), slides, lang, self._state.min_peers, self._state.filter_text)
        except TranslatableError as refusal:
            save_dialogs.show_export_withheld(self._window, lang, refusal.text(lang))
            return
        except InputError as exc:
            save_dialogs.show_export_problem(self._window, lang, exc.text(lang))
            return
        self._window.status.show_message(tr("export.done", lang, path=path))

    def _suggested_named(self, name: str, suffix: str) -> str:
        from explorer.core.export.names import suggested_path

        return str(suggested_path(name, None, self._window.language, suffix))

    def _on_export_data_action_triggered(self) -> None:
        from explorer.core.errors import InputError
        from explorer.core.exporting import identifying_columns, write_filtered_data
        from explorer.core.formatting import format_count
        from explorer.core.survey import filter_mask

        lang = self._window.language
        if self._survey is None:
            return
        mask = filter_mask(self._survey, self._filters, self._scheme)
        include = save_dialogs.confirm_data_export(self._window, lang, int(mask.sum()),
                                                   list(identifying_columns(self._survey)))
        if include is None:
            return
        path = save_dialogs.ask_save_path(self._window, lang, "dialog.save.data", "dialog.filter.table",
                                          self._suggested(".xlsx"))
        if not path:
            return
        try:
            rows = write_filtered_data(self._survey, mask, Path(path), lang, include_identifying=include)
        except InputError as exc:
            save_dialogs.show_export_problem(self._window, lang, exc.text(lang))
            return
        self._window.status.show_message(tr("export.rows", lang, rows=format_count(rows, lang), path=path))

    # Sessions ---------------------------------------------------------------------------------

    def current_session(self):
        from explorer.core.session import Session

        table = self._survey.table
        views = {key: view.view_state() for key, view in self.views.items()}
        current = self._current_view()
        views["tab"] = next((k for k, v in self.views.items() if v is current), "overview")
        return Session(source_path=table.path, source_sha256=table.sha256, sheet=table.sheet,
                       mapping=self._survey.mapping, filters=self._filters, size_scheme=self._scheme,
                       weighted=self._weighted, views=views)

    def _on_save_session_action_triggered(self) -> None:
        from explorer.core.errors import InputError
        from explorer.core.session import SUFFIX, save_session

        lang = self._window.language
        if self._survey is None:
            return
        path = save_dialogs.ask_save_path(self._window, lang, "dialog.save.session", "dialog.filter.session",
                                          self._suggested_session())
        if not path:
            return
        if not path.endswith(SUFFIX):
            path = str(Path(path).with_suffix("")) + SUFFIX if path.endswith(".json") else path + SUFFIX
        try:
            save_session(self.current_session(), Path(path))
        except InputError as exc:
            save_dialogs.show_export_problem(self._window, lang, exc.text(lang))
            return
        self._window.status.show_message(tr("session.saved", lang, path=path))

    def _on_open_session_action_triggered(self) -> None:
        path = save_dialogs.ask_open_session(self._window, self._window.language)
        if path:
            self.open_session(path)

    def open_session(self, path: str) -> None:
        """Reopen a saved session; a changed or moved source file is said and can be located."""
        from explorer.core.errors import InputError
        from explorer.core.session import SourceState, load_session, source_state

        lang = self._window.language
        try:
            session = load_session(Path(path))
        except InputError as exc:
            QMessageBox.warning(self._window, tr("session.title", lang), tr("session.failed", lang, reason=exc.text(lang)))
            return
        source = session.source_path
        state = source_state(session)
        if state is not SourceState.OK:
            key = "session.missing" if state is SourceState.MISSING else "session.changed"
            choice = save_dialogs.ask_session_source(self._window, lang, key, source)
            if choice == "cancel":
                return
            if choice == "locate":
                located = save_dialogs.ask_locate_source(self._window, lang, str(Path(source).parent))
                if not located:
                    return
                source = located
        self._pending_session = session
        self._window.open_path(source, session.sheet)

    def _apply_session(self, session) -> None:
        """Restore what a session remembers, once its survey is loaded (called from set_survey)."""
        from explorer.core.survey import build_survey

        if not session.mapping.is_empty:
            self._survey = build_survey(self._survey.table, session.mapping)
            self.filter_panel.set_survey(self._survey, self._scheme, self._window.language)
        if session.size_scheme != self._scheme:
            self._scheme = session.size_scheme
            self.scheme_actions[self._scheme].setChecked(True)
            self.filter_panel.set_scheme(self._scheme)
        self._weighted = session.weighted
        has_weights = self._survey.roles.get("weight") is not None
        self._window.show_weighting(self._weighted and has_weights, has_weights)
        self.filter_panel.set_spec(session.filters)
        self._filters = self.filter_panel.spec()
        self._show_selection()
        for key, view in self.views.items():
            view.restore_view_state(dict(session.views.get(key) or {}))
        tab = session.views.get("tab")
        if tab in self.views:
            self._window.tabs.setCurrentWidget(self.views[tab])

    def shutdown(self) -> None:
        """Let running exports finish before the window closes."""
        if self._views_built:
            self.views["benchmark"].shutdown()
        if self._import_runner is not None:
            self._import_runner.shutdown()

    # Language -------------------------------------------------------------------------------------

    def retranslate(self, lang: str) -> None:
        self.scheme_menu.setTitle(tr("menu.scheme", lang))
        for code, action in self.scheme_actions.items():
            action.setText(tr(f"action.scheme.{code}", lang))
        self.copy_chart.setText(tr("action.copy_chart", lang))
        self.export_chart_svg.setText(tr("action.export_chart_svg", lang))
        self.export_table_long.setText(tr("action.export_table_long", lang))
        self.slides_menu.setTitle(tr("menu.slides", lang))
        for scope, action in self.slides_actions.items():
            action.setText(tr(f"action.slides.{scope}", lang))
        if self._survey is not None:
            self._publish()

    def _set_survey_actions_enabled(self, enabled: bool) -> None:
        actions = self._window.menu_actions
        actions.mapping.setEnabled(enabled)
        actions.derived.setEnabled(enabled)
        actions.save_session.setEnabled(enabled)
        self.scheme_menu.setEnabled(True)
        if enabled:
            self._update_export_actions()
        else:
            for action in (actions.export_chart, actions.export_table, actions.export_data, self.copy_chart,
                           self.export_chart_svg, self.export_table_long, *self.slides_actions.values()):
                action.setEnabled(False)


def _mask_of(positions, size: int):
    """A boolean mask from frame positions (None: every row)."""
    import numpy as np

    if positions is None:
        return np.ones(size, dtype=bool)
    mask = np.zeros(size, dtype=bool)
    mask[positions] = True
    return mask


def _is_grid(source) -> bool:
    if source is None:
        return False
    from explorer.core.survey.grid_summary import GridSummary

    return isinstance(source, GridSummary)


def _is_summary(source) -> bool:
    if source is None:
        return False
    from explorer.core.survey.summary import Summary  # only asked once a survey (and numpy) is loaded

    return isinstance(source, Summary)
