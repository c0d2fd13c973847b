"""The analysis state of the window: the survey, its filters, size scheme and weighting, and the views.

Each change builds a new `AnalysisState` and hands it to the visible view (the others catch up
when shown). The workspace builds the filter panel and the analysis views when the first survey
arrives and says so by a signal; it never touches the window: what the window should show (a
status message, weighting, the selection, a tab to bring forward, a preference to keep) leaves as
a signal carrying values, and MainWindow (through ui/wiring.py) connects them.
Nothing here imports pandas or pyqtgraph before a survey arrives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from explorer.core.i18n import tr
from explorer.ui.views.state import AnalysisState

if TYPE_CHECKING:
    from explorer.core.preferences import Preferences
    from explorer.core.session import Session
    from explorer.core.survey import FilterSpec, Mapping, Survey
    from explorer.ui.views.analysis_view import AnalysisView


class Workspace(QObject):
    sig_views_built = Signal(object, dict)  # the filter panel, {view key: AnalysisView widget}
    sig_survey_shown = Signal(object)  # the Survey now on screen (new, re-mapped or from a session)
    sig_view_wanted = Signal(object)  # a view to bring to the front
    sig_status = Signal(str)  # a message for the status bar
    sig_weighting_shown = Signal(bool, bool)  # weighted, weights available
    sig_pending_roles = Signal(tuple)  # roles detection proposes but does not apply yet
    sig_selection_shown = Signal(object, object)  # frame positions (None: all), (selected, total) rounds
    sig_scheme_shown = Signal(str)  # the size scheme in use
    sig_remember = Signal(dict)  # preferences to keep for the next start (size_scheme, weighted)
    sig_export_kinds = Signal(frozenset)  # what the Export menu can make now (see MainActions.set_export_kinds)

    def __init__(self, lang: str, preferences: Callable[[], "Preferences"], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._preferences = preferences
        self._survey: "Survey | None" = None
        self._filters: "FilterSpec | None" = None
        self._scheme = preferences().size_scheme
        self._weighted = preferences().weighted
        self._state: AnalysisState | None = None
        self._stale: set[str] = set()
        self._pending_session: "Session | None" = None
        self._current: QWidget | None = None
        self.views: dict[str, AnalysisView] = {}
        self._import_runner = None  # imports the tests of change in the background (once)

    def _build_views(self) -> None:
        """The analysis views, created when the first survey arrives (they import pyqtgraph)."""
        from explorer.ui.panels.filter_panel import FilterPanel
        from explorer.ui.tasks import TaskRunner
        from explorer.ui.views.benchmark_view import BenchmarkView
        from explorer.ui.views.crosstab import CrosstabView
        from explorer.ui.views.grid import GridView
        from explorer.ui.views.overview import OverviewView
        from explorer.ui.views.question_explorer import QuestionExplorer
        from explorer.ui.views.trend import TrendView

        self.filter_panel = FilterPanel(self._lang)
        self.filter_panel.sig_filter_changed.connect(self._on_filter_panel_filter_changed)
        self.views = {
            "overview": OverviewView(),
            "questions": QuestionExplorer(),
            "crosstab": CrosstabView(),
            "grid": GridView(),
            "trend": TrendView(),
            # Its own runner: the window's runner treats every result as a loaded file, and an
            # export must not abandon a load (or the reverse).
            "benchmark": BenchmarkView(TaskRunner(self), self._lang),
        }
        self.views["overview"].sig_open_question.connect(self._on_overview_open_question)
        self.sig_views_built.emit(self.filter_panel, self.views)

    # The analysis state -----------------------------------------------------------------------

    @property
    def survey(self) -> "Survey | None":
        return self._survey

    @property
    def state(self) -> AnalysisState | None:
        return self._state

    def current_view(self) -> AnalysisView | None:
        """The analysis view on screen (None on the data tab)."""
        return next((view for view in self.views.values() if view is self._current), None)

    def set_survey(self, survey: "Survey") -> None:
        """A newly loaded (or re-mapped) survey: reset filters, show it everywhere."""
        from explorer.core.survey import FilterSpec

        if not self.views:
            self._build_views()
        self._survey = survey
        self._filters = FilterSpec()
        self._show_weighting()
        self.sig_pending_roles.emit(tuple(survey.pending_roles))
        self.filter_panel.set_survey(survey, self._scheme, self._lang)
        self._load_tests()
        self.sig_survey_shown.emit(survey)
        self._emit_export_kinds()
        session, self._pending_session = self._pending_session, None
        if session is not None:
            self._apply_session(session)
        self._publish()
        if self.current_view() is None:
            self.sig_view_wanted.emit(self.views["overview"])

    def _load_tests(self) -> None:
        """Import the statistical tests off the UI thread, so that the Crosstab and Trend tabs do
        not freeze for the second scipy.stats takes to import."""
        from explorer.core.stats.change import load_tests
        from explorer.ui.tasks import TaskRunner

        if self._import_runner is None:
            self._import_runner = TaskRunner(self, max_threads=1)
            self._import_runner.start(load_tests)

    def set_scheme(self, scheme: str) -> None:
        if scheme == self._scheme:
            return
        self._scheme = scheme
        self.sig_scheme_shown.emit(scheme)
        self.sig_remember.emit({"size_scheme": scheme})
        if self._survey is not None:
            self.filter_panel.set_scheme(scheme)  # emits the filters without a size filter
            self._publish()

    def set_weighted(self, weighted: bool) -> None:
        if weighted == self._weighted:
            return
        self._weighted = weighted
        self.sig_remember.emit({"weighted": weighted})
        if self._survey is not None:
            self._show_weighting()
            self._publish()

    def _show_weighting(self) -> None:
        has_weights = self._survey.roles.get("weight") is not None
        self.sig_weighting_shown.emit(self._weighted and has_weights, has_weights)

    def apply_preferences(self, preferences: "Preferences") -> None:
        """Preferences chosen in Edit ▸ Preferences: size classes, weighting and the minimum of peers."""
        self.set_scheme(preferences.size_scheme)
        self.set_weighted(preferences.weighted)
        self._publish()

    def _publish(self) -> None:
        """Build the state of this moment and show it in the visible view."""
        if self._survey is None:
            return
        from explorer.core.disclosure import DEFAULT_MIN_PEERS
        from explorer.core.survey.filter_text import describe_filters

        lang = self._lang
        weighted = self._weighted and self._survey.roles.get("weight") is not None
        preferences = self._preferences()
        self._state = AnalysisState(
            survey=self._survey, filters=self._filters, scheme=self._scheme, weighted=weighted, lang=lang,
            filter_text=describe_filters(self._filters, self._survey, self._scheme, lang),
            min_peers=max(DEFAULT_MIN_PEERS, preferences.min_peers), briefing_min_peers=preferences.min_peers,
            min_peers_reason=preferences.min_peers_reason, branding=preferences.branding)
        self._stale = set(self.views)
        self._refresh_current()

    def _refresh_current(self) -> None:
        for key, view in self.views.items():
            if key in self._stale and view is self._current:
                view.set_state(self._state)
                self._stale.discard(key)

    def show_current(self, widget: QWidget | None) -> None:
        """The tab on screen changed: bring its view up to date and say what it can export."""
        self._current = widget
        if self._state is not None:
            self._refresh_current()
        self._emit_export_kinds()

    def _emit_export_kinds(self) -> None:
        view = self.current_view()
        kinds = set(view.export_kinds()) if view is not None and self._state is not None else set()
        if self._survey is not None:
            kinds |= {"deck", "data"}
        self.sig_export_kinds.emit(frozenset(kinds))

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
        self.sig_selection_shown.emit(positions, rounds)

    def _on_overview_open_question(self, key: str) -> None:
        self.views["questions"].restore_view_state({"question": key})
        self.sig_view_wanted.emit(self.views["questions"])

    def apply_mapping(self, mapping: "Mapping") -> None:
        """The survey again with a changed mapping (columns, roles, derived questions); views keep their place."""
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
        self.sig_status.emit(tr("status.mapping_applied", self._lang, questions=len(survey.questions)))

    # Sessions ---------------------------------------------------------------------------------

    def current_session(self) -> "Session | None":
        """What File ▸ Save session keeps (None before a survey is shown)."""
        from explorer.core.session import Session

        if self._survey is None:
            return None
        table = self._survey.table
        views = {key: view.view_state() for key, view in self.views.items()}
        views["tab"] = next((key for key, view in self.views.items() if view is self._current), "overview")
        return Session(source_path=table.path, source_sha256=table.sha256, sheet=table.sheet,
                       mapping=self._survey.mapping, filters=self._filters, size_scheme=self._scheme,
                       weighted=self._weighted, views=views)

    def expect_session(self, session: "Session") -> None:
        """Restore `session` once its survey arrives (the window is loading its file)."""
        self._pending_session = session

    def _apply_session(self, session: "Session") -> None:
        """Restore what a session remembers, once its survey is loaded (called from set_survey)."""
        from explorer.core.survey import build_survey

        if not session.mapping.is_empty:
            self._survey = build_survey(self._survey.table, session.mapping)
            self.filter_panel.set_survey(self._survey, self._scheme, self._lang)
        if session.size_scheme != self._scheme:
            self._scheme = session.size_scheme
            self.sig_scheme_shown.emit(self._scheme)
            self.filter_panel.set_scheme(self._scheme)
        self._weighted = session.weighted
        self._show_weighting()
        self.filter_panel.set_spec(session.filters)
        self._filters = self.filter_panel.spec()
        self._show_selection()
        for key, view in self.views.items():
            view.restore_view_state(dict(session.views.get(key) or {}))
        tab = session.views.get("tab")
        if tab in self.views:
            self.sig_view_wanted.emit(self.views[tab])

    def shutdown(self) -> None:
        """Let running exports finish before the window closes."""
        if self.views:
            self.views["benchmark"].shutdown()
        if self._import_runner is not None:
            self._import_runner.shutdown()

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self._publish()


def _mask_of(positions, size: int):
    """A boolean mask from frame positions (None: every row)."""
    import numpy as np

    if positions is None:
        return np.ones(size, dtype=bool)
    mask = np.zeros(size, dtype=bool)
    mask[positions] = True
    return mask
