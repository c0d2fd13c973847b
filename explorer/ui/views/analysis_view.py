"""What every analysis tab offers the window: one Protocol, and the defaults most views share.

The workspace hands each view an `AnalysisState` through `set_state`; the export controller asks
the view on screen what it can export (`export_kinds`), what it shows (`export_source`,
`export_summaries`) and how (`current_split`, `export_options`), and nothing else. Overview,
Questions, Crosstab, Statements (grid), Trend and Benchmark implement it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from explorer.core.i18n import tr
from explorer.ui.views.common.figures import compute_key
from explorer.ui.views.common.question_combo import select_in_combo

if TYPE_CHECKING:
    from explorer.ui.views.state import AnalysisState

# What the Export menu can make of a view's source: a chart (PNG, SVG, clipboard), a table
# (crosstab or long form) and slides of the chart or view. "deck" and "data" need only a survey.
CHART, TABLE, SLIDES = "chart", "table", "slides"


@runtime_checkable
class AnalysisView(Protocol):
    def set_state(self, state: "AnalysisState") -> None:
        """Show the survey and choices of this moment."""

    def view_state(self) -> dict:
        """What a session remembers of the view (question, split...)."""

    def restore_view_state(self, data: dict) -> None:
        """Bring back what `view_state` returned (applied with the next state)."""

    def export_source(self) -> object | None:
        """The figure or table on screen for the Export menu, or None."""

    def export_kinds(self) -> frozenset[str]:
        """Which of CHART, TABLE, SLIDES the Export menu offers for what is on screen now."""

    def export_summaries(self) -> list:
        """The summaries the view shows, in order: what Slides ▸ Current view puts on slides."""

    def current_split(self) -> str | None:
        """The firm characteristic the figures are split by (a deck follows it), or None."""

    def export_options(self) -> dict:
        """Keyword options of a table export that only the view knows (e.g. Statements' order)."""


class StateViewMixin:
    """The parts of `AnalysisView` most views share: keeping the state, a survey seen for the first
    time, the pending view state of a session, and the Protocol's defaults.

    A view defines `EXPORT_KINDS`, `_clear()` (no survey), `_survey_changed(survey)` (fill its
    choosers) and `_apply(pending)` (show the chosen question with the pending view state), and
    keeps a session's view state in `_pending` until its survey arrives. A view of one question and
    one figure (Statements, Trend) gets `_clear`, `_set_key` and `_refresh_figure` from here and
    names its question combo in `_key_combo()`.
    """

    EXPORT_KINDS: frozenset[str] = frozenset()
    _state: "AnalysisState | None" = None
    _survey_id: int | None = None

    def set_state(self, state: "AnalysisState") -> None:
        self._state = state
        self._lang = state.lang
        if not state.ready:
            self._survey_id = None
            self._clear()
            return
        if id(state.survey) != self._survey_id:
            self._survey_id = id(state.survey)
            self._survey_changed(state.survey)
        pending, self._pending = self._pending, {}
        self._apply(pending)

    def _start_one_figure(self) -> None:
        """The fields of a one-figure view (Statements, Trend) before its first survey: no state,
        no question, nothing computed (`_figure` is what `_refresh_figure` computed)."""
        self._state, self._lang, self._survey_id = None, "nl", None
        self._key, self._pending = None, {}
        self._figure, self._problem, self._computed = None, None, None

    def _clear(self) -> None:
        """No survey: a one-figure view (Statements, Trend) forgets its question and its figure.
        The other views override this."""
        self._key, self._figure, self._computed = None, None, None
        self._key_combo().clear()
        self._show()

    def _set_key(self, key: str | None) -> None:
        """A one-question view (Overview, Statements, Trend) shows `key`: its combo follows and the
        figure is refreshed. Views that also keep a split override this."""
        self._key = key
        select_in_combo(self._key_combo(), key)
        self._refresh()

    def _no_survey_shown(self) -> bool:
        """With no survey (yet), put "no survey" in the figure's place and say so."""
        if self._state is None or not self._state.ready:
            self._show_message(tr("views.no_survey", self._lang))
            return True
        return False

    def _refresh_figure(self, compute) -> None:
        """A one-question view (Statements, Trend): compute its figure again only when the survey,
        filters, weighting or question changed (`compute_key`), then show it. `compute(state, key)`
        returns (figure, None) or (None, the reason in the user's language); the view reads
        `_figure` and `_problem`."""
        state = self._state
        if state is None or not state.ready or self._key is None:
            self._figure, self._computed = None, None
        else:
            computed = compute_key(state, self._key, None)
            if computed != self._computed:
                self._figure, self._problem = compute(state, self._key)
                self._computed = computed
        self._show()

    def _relabel_state(self, lang: str) -> None:
        """A language switch: the state keeps its figures and speaks `lang` (retranslate calls this)."""
        self._lang = lang
        if self._state is not None and self._state.lang != lang:
            self._state = replace(self._state, lang=lang)

    # A view that shows one question (Overview, Trend) remembers just that; the others override
    # these and keep their split or order too. Such a view has `_key`, `_question_keys()` and `_set_key(key)`.
    def view_state(self) -> dict:
        return {"question": self._pending.get("question", self._key)}

    def restore_view_state(self, data: dict) -> None:
        key = dict(data or {}).get("question")
        if not key:
            return
        if self._state is None or not self._state.ready or key not in self._question_keys():
            self._pending["question"] = key  # shown once its survey arrives
            return
        self._set_key(key)

    def export_kinds(self) -> frozenset[str]:
        return self.EXPORT_KINDS if self.export_source() is not None else frozenset()

    def export_summaries(self) -> list:
        source = self.export_source()
        summary = source if hasattr(source, "question") and hasattr(source, "total") else getattr(source, "summary", None)
        return [summary] if summary is not None else []

    def current_split(self) -> str | None:
        return None

    def export_options(self) -> dict:
        return {}
