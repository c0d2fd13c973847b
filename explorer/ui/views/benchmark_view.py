"""The Benchmark view: one firm against its peers, previewed as the PDF briefing will show it.

From top to bottom: a search field for the firm (completion over "id — name"), the briefing's
language and the Export button; the peer group (automatic or defined here) with its definition,
n and how it was widened, beside the disclosure line and the key points; then a table of every
question: the firm's answer, the peers' figure and n, or `c` with the reason.

Everything shown comes from one `Briefing` (explorer/report/content/briefing.py), built off the UI thread,
so the preview and the PDF cannot disagree. Peer groups come from the peer definition alone, not
from the explorer's filters. The differencing guard is the user's release register, shared with
`report` and recorded into only by exports; a preview is judged against it without recording
(benchmark_jobs.py). A briefing the register withholds cannot be exported; the disclosure line
says why and what to do.

Plugging in: `BenchmarkView(runner)`, then `set_state(AnalysisState)`, `retranslate(lang)`,
`view_state()` / `restore_view_state(d)`; `sig_status(str)` for the status bar. Give it a runner
of its own: MainWindow treats every result of `window.runner` as a loaded file, and a new job
there abandons the one before. Previews run on a runner this view makes itself, so that a
preview never abandons an export; call `shutdown()` when the window closes.
"""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from explorer.core.disclosure import DEFAULT_MIN_PEERS
from explorer.core.i18n import LANGUAGE_NAMES, LANGUAGES, tr, tr_count
from explorer.ui.tasks import JobFailure, JobResult, TaskRunner
from explorer.ui.views import benchmark_dialogs
from explorer.ui.views.benchmark_jobs import (
    BriefingRequest,
    ExportResult,
    PreviewResult,
    export_job,
    preview_job,
)
from explorer.ui.views.benchmark_peers import PeerEditor
from explorer.ui.views.benchmark_table import BenchmarkTable, BenchmarkTableModel
from explorer.ui.views.analysis_view import StateViewMixin
from explorer.ui.views.common.figure_header import MUTED, figure_message

if TYPE_CHECKING:
    from explorer.core.disclosure.ledger import ReleaseLedger
    from explorer.core.survey import Survey
    from explorer.ui.views.state import AnalysisState

# The disclosure line: blue when every figure can be shown, amber when some are withheld (the
# words say it too: colour is never the only sign).
_BOX = "QLabel#benchmark_disclosure {{ {colours} border-radius: 3px; padding: 5px 7px; }}"
_OK_STYLE = _BOX.format(colours="background: #E8F1F8; border: 1px solid #8CB8DD;")
_WITHHELD_STYLE = _BOX.format(colours="background: #FFF4CE; border: 1px solid #E0C060;")
_PLAIN_STYLE = _BOX.format(colours="border: 1px solid #E6E6E6;")


class BenchmarkView(QWidget, StateViewMixin):
    sig_status = Signal(str)  # a message for the status bar
    sig_preview_ready = Signal(object)  # PreviewResult, once shown
    sig_exported = Signal(str)  # the path of a briefing just written

    def __init__(self, runner: TaskRunner | None = None, lang: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("benchmark_view")
        self._lang = lang
        self._export_runner = runner if runner is not None else TaskRunner(self)
        self._preview_runner = TaskRunner(self)
        self._state: "AnalysisState | None" = None
        self._survey: "Survey | None" = None
        self._scheme = "eu"
        self._min_peers = 5
        self._min_peers_reason = ""
        self._branding = None
        self._entries: dict[str, int] = {}
        self._row_texts: dict[int, str] = {}
        self._firm_row: int | None = None
        self._firm_id: str | None = None
        self._pending: dict | None = None  # view state restored before its survey arrived
        self._ledger: "ReleaseLedger | None" = None  # the user's release register, opened when first needed
        self._releases = 0  # exports and clears so far: a preview made before one may be out of date
        self._preview: PreviewResult | None = None
        self._preview_job: int | None = None
        self._preview_key: tuple | None = None  # (request, releases) of the preview shown or coming
        self._problem: str | None = None  # the firm or peer definition could not be used
        self._export_job: int | None = None
        self._export_path: str | None = None
        self._briefing_lang: str | None = None  # chosen by the user; None follows the window
        self.last_folder: str = ""  # where the last briefing went (kept for this run only)
        self._build()
        self._connect()
        self.retranslate(lang)
        self._show_preview()

    # Building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.stack = QStackedWidget(self)
        self.empty_label = figure_message(self, "benchmark_empty")
        self.stack.addWidget(self.empty_label)
        self.content = QWidget(self)
        self.stack.addWidget(self.content)

        # The firm, the briefing's language and the export.
        self.firm_label = QLabel(self.content)
        self.search = QLineEdit(self.content)
        self.search.setObjectName("benchmark_search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        self.firm_label.setBuddy(self.search)
        self.firm_model = QStringListModel(self)
        self.completer = QCompleter(self.firm_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.search.setCompleter(self.completer)
        self.firm_problem = QLabel(self.content)
        self.firm_problem.setObjectName("benchmark_firm_problem")
        self.firm_problem.setStyleSheet("color: #B35806;")
        self.firm_problem.setVisible(False)
        # In a survey asked in rounds: which of the firm's answers is benchmarked (its latest by default).
        self.round_label = QLabel(self.content)
        self.round_combo = QComboBox(self.content)
        self.round_combo.setObjectName("benchmark_round")
        self.round_label.setBuddy(self.round_combo)
        self.round_label.setVisible(False)
        self.round_combo.setVisible(False)
        self.lang_label = QLabel(self.content)
        self.lang_combo = QComboBox(self.content)
        self.lang_combo.setObjectName("benchmark_lang")
        for code in LANGUAGES:
            self.lang_combo.addItem(LANGUAGE_NAMES[code], code)
        self.lang_label.setBuddy(self.lang_combo)
        self.export_button = QPushButton(self.content)
        self.export_button.setObjectName("benchmark_export")
        self.export_button.setEnabled(False)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.firm_label)
        top.addWidget(self.search, 3)
        top.addWidget(self.round_label)
        top.addWidget(self.round_combo)
        top.addWidget(self.firm_problem, 2)
        top.addStretch(1)
        top.addWidget(self.lang_label)
        top.addWidget(self.lang_combo)
        top.addSpacing(6)
        top.addWidget(self.export_button)

        # The peer group.
        self.peer_box = QGroupBox(self.content)
        self.peer_box.setObjectName("benchmark_peer_box")
        self.peer_editor = PeerEditor(self._lang, self.peer_box)
        self.peer_definition = self._wrapped_label("benchmark_peer_definition")
        self.peer_n = self._wrapped_label("benchmark_peer_n")
        self.peer_widened = self._wrapped_label("benchmark_peer_widened")
        self.peer_hint = self._wrapped_label("benchmark_peer_hint")
        self.peer_hint.setStyleSheet(f"color: {MUTED};")
        peer_layout = QVBoxLayout(self.peer_box)
        peer_layout.setContentsMargins(8, 6, 8, 6)
        peer_layout.setSpacing(3)
        peer_layout.addWidget(self.peer_editor)
        peer_layout.addSpacing(3)
        peer_layout.addWidget(self.peer_definition)
        peer_layout.addWidget(self.peer_n)
        peer_layout.addWidget(self.peer_widened)
        peer_layout.addStretch(1)
        peer_layout.addWidget(self.peer_hint)
        peer_scroll = self._scrolling(self.peer_box)
        peer_scroll.setMinimumWidth(330)

        # Disclosure and key points.
        self.disclosure = self._wrapped_label("benchmark_disclosure")
        self.key_points_title = QLabel(self.content)
        self.key_points_title.setObjectName("benchmark_key_points_title")
        bold = self.key_points_title.font()
        bold.setBold(True)
        self.key_points_title.setFont(bold)
        # A text browser rather than a label: it wraps to its width and scrolls when it must.
        self.key_points = QTextBrowser(self.content)
        self.key_points.setObjectName("benchmark_key_points")
        self.key_points.setFrameShape(QFrame.Shape.NoFrame)
        self.key_points.setOpenLinks(False)
        self.key_points.viewport().setAutoFillBackground(False)
        self.key_points.document().setDocumentMargin(2)
        right = QWidget(self.content)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(4)
        right_layout.addWidget(self.disclosure)
        right_layout.addSpacing(2)
        right_layout.addWidget(self.key_points_title)
        right_layout.addWidget(self.key_points, 1)

        self.upper = QSplitter(Qt.Orientation.Horizontal, self.content)
        self.upper.setObjectName("benchmark_upper_splitter")
        self.upper.setChildrenCollapsible(False)
        self.upper.addWidget(peer_scroll)
        self.upper.addWidget(right)
        self.upper.setStretchFactor(0, 0)
        self.upper.setStretchFactor(1, 1)
        self.upper.setSizes([420, 680])

        # The table.
        self.table_title = QLabel(self.content)
        self.table_title.setFont(bold)
        self.table_model = BenchmarkTableModel(self._lang, self)
        self.table = BenchmarkTable(self.content)
        self.table.setModel(self.table_model)
        lower = QWidget(self.content)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.setSpacing(3)
        lower_layout.addWidget(self.table_title)
        lower_layout.addWidget(self.table, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self.content)
        self.splitter.setObjectName("benchmark_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([295, 355])

        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(6, 6, 6, 6)
        content_layout.setSpacing(6)
        content_layout.addLayout(top)
        content_layout.addWidget(self.splitter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _wrapped_label(self, name: str) -> QLabel:
        label = QLabel(self.content)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        return label

    def _scrolling(self, widget: QWidget) -> QScrollArea:
        area = QScrollArea(self.content)
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(widget)
        return area

    def _connect(self) -> None:
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.completer.activated[str].connect(self._on_completer_activated)
        self.search.textEdited.connect(self._on_search_text_edited)
        self.peer_editor.sig_definition_changed.connect(self._on_peer_editor_definition_changed)
        self.lang_combo.activated.connect(self._on_lang_combo_activated)
        self.round_combo.activated.connect(self._on_round_combo_activated)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self._preview_runner.sig_finished.connect(self._on_preview_runner_finished)
        self._preview_runner.sig_failed.connect(self._on_preview_runner_failed)
        self._export_runner.sig_finished.connect(self._on_export_runner_finished)
        self._export_runner.sig_failed.connect(self._on_export_runner_failed)
        self._export_runner.sig_cancelled.connect(self._on_export_runner_cancelled)
        self._export_runner.sig_started.connect(self._on_export_runner_started)

    # Public API -----------------------------------------------------------------------------

    @property
    def firm_row(self) -> int | None:
        return self._firm_row

    @property
    def firm_id(self) -> str | None:
        return self._firm_id

    @property
    def preview(self) -> PreviewResult | None:
        """The preview on screen (None while none is shown)."""
        return self._preview

    def briefing_language(self) -> str:
        return self._briefing_lang or self._lang

    def set_state(self, state: "AnalysisState") -> None:
        """The survey and choices of this moment; the filters play no part in a peer group."""
        self._state = state
        if state.lang != self._lang:
            self.retranslate(state.lang)
        survey = state.survey
        # A minimum below the default only with the reason from Preferences (recorded with each release).
        reason = state.min_peers_reason.strip()
        min_peers = state.briefing_min_peers if reason else max(DEFAULT_MIN_PEERS, state.briefing_min_peers)
        changed_scheme = (state.scheme, min_peers) != (self._scheme, self._min_peers)
        self._scheme, self._min_peers = state.scheme, min_peers
        self._min_peers_reason = reason if min_peers < DEFAULT_MIN_PEERS else ""
        self._branding = state.branding
        if survey is not self._survey:
            self._set_survey(survey)
        elif changed_scheme and survey is not None:
            self.peer_editor.set_survey(survey, self._scheme)
        self._refresh()

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.empty_label.setText(tr("benchmark.no_survey", lang))
        self.firm_label.setText(tr("benchmark.firm.label", lang))
        self.search.setPlaceholderText(tr("benchmark.firm.placeholder", lang))
        self.search.setToolTip(tr("benchmark.firm.tip", lang))
        self.round_label.setText(tr("benchmark.round", lang))
        self.round_label.setToolTip(tr("benchmark.round.tip", lang))
        self.round_combo.setToolTip(tr("benchmark.round.tip", lang))
        self.lang_label.setText(tr("benchmark.export.lang", lang))
        self.lang_label.setToolTip(tr("benchmark.export.lang.tip", lang))
        self.lang_combo.setToolTip(tr("benchmark.export.lang.tip", lang))
        if self._briefing_lang is None:
            self.lang_combo.setCurrentIndex(self.lang_combo.findData(lang))
        self.export_button.setText(tr("benchmark.export.button", lang))
        self.export_button.setToolTip(tr("benchmark.export.tip", lang))
        self.peer_box.setTitle(tr("benchmark.peers.title", lang))
        self.peer_hint.setText(tr("benchmark.peers.hint", lang))
        self.disclosure.setToolTip(tr("benchmark.disclosure.tip", lang))
        self.key_points_title.setText(tr("benchmark.key_points", lang))
        self.table_title.setText(tr("benchmark.table.title", lang))
        self.table_model.set_language(lang)
        self.peer_editor.retranslate(lang)
        if self._survey is not None and self._survey.panel is not None:
            self._fill_firms()  # the entries name the rounds in words
        if self._firm_row is None and self.firm_problem.isVisible():
            self.firm_problem.setVisible(False)
        # The briefing's own words (key points, peer definition) are in the language it was made in.
        self._refresh()

    def view_state(self) -> dict:
        state = {"firm": self._firm_id, "peers": self.peer_editor.definition()}
        if self._firm_row is not None:
            state["firm_row"] = self._firm_row
        if self._briefing_lang is not None:
            state["briefing_lang"] = self._briefing_lang
        return state

    def restore_view_state(self, state: dict) -> None:
        state = dict(state or {})
        if self._survey is None:
            self._pending = state
            return
        self._apply_view_state(state)
        self._refresh()

    def choose_firm(self, text: str) -> bool:
        """Benchmark the firm named by `text` ("id — name" from the list, an id, a name or #row)."""
        row = self._entries.get(text.strip())
        if row is None and self._survey is not None:
            from explorer.core.benchmark import find_firm
            from explorer.core.errors import InputError

            try:
                row = find_firm(self._survey, text)
            except InputError:
                row = None
        if row is None:
            self._show_firm_problem(tr("benchmark.firm.not_found", self._lang, text=text.strip()))
            return False
        self._choose_row(row)
        self._refresh()
        return True

    def set_peer_definition(self, text: str) -> str:
        """Use the peer definition `text` (`auto` or `DIM=VALUE,...`); returns what the survey allows."""
        kept = self.peer_editor.set_definition(text)
        self._refresh()
        return kept

    def export_briefing(self, path: str) -> int | None:
        """Write the briefing of the chosen firm to `path` off the UI thread (no dialog); the job id."""
        if self._survey is None or self._firm_row is None or self._export_job is not None:
            return None
        request = replace(self._request(self.briefing_language()), ledger=self.ledger())
        self._export_path = path
        self._export_job = self._export_runner.start(export_job(request, path))
        self.export_button.setEnabled(False)
        self.sig_status.emit(tr("benchmark.export.busy", self._lang, path=path))
        return self._export_job

    def export_source(self) -> None:
        """Nothing for the window's Export menu: this view exports briefings, through its own button."""
        return None

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Stop the preview worker (the window is closing); False if it did not finish in time."""
        done = self._preview_runner.shutdown(timeout_ms)
        if self._export_runner.parent() is self:
            done = self._export_runner.shutdown(timeout_ms) and done
        return done

    # The survey and the firm ------------------------------------------------------------------

    def _set_survey(self, survey: "Survey | None") -> None:
        previous_id, previous_row = self._firm_id, self._firm_row
        same_file = survey is not None and self._survey is not None and _file_key(survey) == _file_key(self._survey)
        self._survey = survey
        self._preview = None
        self._preview_key = None
        self._firm_row = self._firm_id = None
        self._problem = None
        if survey is None:
            self._entries, self._row_texts = {}, {}
            self.firm_model.setStringList([])
            self.stack.setCurrentWidget(self.empty_label)
            return
        self._fill_firms()
        self.peer_editor.set_survey(survey, self._scheme)
        self.stack.setCurrentWidget(self.content)
        pending, self._pending = self._pending, None
        if pending is not None:
            self._apply_view_state(pending)
        elif previous_id is not None and same_file:  # re-mapped: the same firms, keep the one shown
            self._apply_view_state({"firm": previous_id, "firm_row": previous_row,
                                    "peers": self.peer_editor.definition()})
        else:
            self.search.clear()

    def _fill_firms(self) -> None:
        """The search list: one entry per answer (id, name and, in a survey asked in rounds, the rounds)."""
        from explorer.ui.views.benchmark_preview import firm_entries

        entries = firm_entries(self._survey, self._lang)
        self._entries = dict(entries)
        self._row_texts = {row: text for text, row in entries}
        self.firm_model.setStringList([text for text, _row in entries])
        if self._firm_row is not None:
            self.search.setText(self._row_texts.get(self._firm_row, self._firm_id or ""))
            self.search.setCursorPosition(0)

    def _apply_view_state(self, state: dict) -> None:
        peers = state.get("peers")
        if isinstance(peers, str):
            self.peer_editor.set_definition(peers)
        lang = state.get("briefing_lang")
        if lang in LANGUAGES:
            self._briefing_lang = lang
            self.lang_combo.setCurrentIndex(self.lang_combo.findData(lang))
        row = self._row_of(state.get("firm"), state.get("firm_row"))
        if row is not None:
            self._choose_row(row)

    def _row_of(self, firm_id: object, row_hint: object) -> int | None:
        """The row of a remembered firm: its row if the id still matches there, else found by id."""
        if self._survey is None or firm_id is None:
            return None
        from explorer.core.benchmark import find_firm, firm_label
        from explorer.core.errors import InputError

        if isinstance(row_hint, int) and 0 <= row_hint < self._survey.size:
            if firm_label(self._survey, row_hint)[0] == str(firm_id):
                return row_hint
        try:
            return find_firm(self._survey, str(firm_id))
        except InputError:
            return None

    def _choose_row(self, row: int) -> None:
        from explorer.core.benchmark import firm_label

        self._firm_row = row
        self._firm_id = firm_label(self._survey, row)[0]
        self.peer_editor.set_firm_row(row)
        self.search.setText(self._row_texts.get(row, self._firm_id))
        self.search.setCursorPosition(0)
        self.firm_problem.setVisible(False)
        self._fill_rounds(row)

    def _fill_rounds(self, row: int) -> None:
        """The rounds the chosen firm answered in, the benchmarked one selected; hidden without rounds."""
        from explorer.core.benchmark.firm_rounds import answers_in_order, round_label, rounds_apply

        shown = rounds_apply(self._survey)
        self.round_label.setVisible(shown)
        self.round_combo.setVisible(shown)
        self.round_combo.clear()
        if not shown:
            return
        for answer_row in answers_in_order(self._survey, row):
            self.round_combo.addItem(round_label(self._survey, answer_row), answer_row)
        self.round_combo.setCurrentIndex(max(self.round_combo.findData(row), 0))
        self.round_combo.setEnabled(self.round_combo.count() > 1)

    def _show_firm_problem(self, text: str) -> None:
        self.firm_problem.setText(text)
        self.firm_problem.setToolTip(text)
        self.firm_problem.setVisible(True)

    # The release register ----------------------------------------------------------------------

    def ledger(self) -> "ReleaseLedger":
        """The user's release register (the one `report` uses); opened on first use."""
        if self._ledger is None:
            from explorer.core.disclosure.ledger import ReleaseLedger

            self._ledger = ReleaseLedger()
        return self._ledger

    def releases_changed(self) -> None:
        """The register changed outside this view (a clear): judge the preview afresh."""
        self._releases += 1
        self._refresh()

    # The preview ------------------------------------------------------------------------------

    def _request(self, lang: str) -> BriefingRequest:
        return BriefingRequest(self._survey, self._firm_row, self._firm_id or "", self.peer_editor.definition(),
                               self._scheme, self._min_peers, lang, min_peers_reason=self._min_peers_reason,
                               branding=self._branding)

    def _refresh(self) -> None:
        """Start a new preview if what it depends on changed; the newest request wins."""
        if self._survey is None or self._firm_row is None:
            self._preview = None
            self._preview_key = None
            self._show_preview()
            return
        request = self._request(self._lang)
        key = (request, self._releases)
        if key == self._preview_key:
            return  # shown already, or on its way
        self._preview_key = key
        self._problem = None
        from explorer.core.disclosure.ledger import PreviewGate

        gate = PreviewGate(self.ledger())
        self._preview_job = self._preview_runner.start(preview_job(replace(request, ledger=gate)))
        self._show_preview(busy=True)

    def _on_preview_runner_finished(self, result: JobResult) -> None:
        if result.job != self._preview_job:
            return
        self._preview_job = None
        self._preview = result.value
        self._show_preview()
        self.sig_preview_ready.emit(result.value)

    def _on_preview_runner_failed(self, failure: JobFailure) -> None:
        if failure.job != self._preview_job:
            return
        self._preview_job = None
        self._preview = None
        self._problem = failure.text(self._lang)
        self._show_preview()

    def _show_preview(self, busy: bool = False) -> None:
        preview = self._preview
        if busy and preview is not None and preview.request.lang != self._lang:
            preview = None  # words of the other language must not linger
        ready = preview is not None and not busy and preview.briefing.withheld_by is None
        self.export_button.setEnabled(ready and self._export_job is None)
        if preview is None:
            self.table_model.set_rows(())
            self.key_points.clear()
            self.peer_definition.setText("")
            self.peer_n.setText("")
            self.peer_widened.setText("")
            self.key_points_title.setVisible(False)
            self._set_disclosure(self._waiting_text(busy), _PLAIN_STYLE)
            return
        briefing = preview.briefing
        if briefing.round:
            self.peer_definition.setText(tr("benchmark.peers.definition.round", self._lang,
                                            definition=briefing.peer_definition, round=briefing.round))
        else:
            self.peer_definition.setText(tr("benchmark.peers.definition", self._lang,
                                            definition=briefing.peer_definition))
        if preview.summary.group_withheld:
            self.peer_n.setText(tr("benchmark.peers.n.withheld", self._lang))
        else:
            self.peer_n.setText(tr_count("benchmark.peers.n", self._lang, briefing.peer_n))
        if preview.request.peers != "auto":
            self.peer_widened.setText(tr("benchmark.peers.user_defined", self._lang))
        elif briefing.widened_steps:
            self.peer_widened.setText(tr("benchmark.peers.widened", self._lang,
                                         steps=" → ".join(briefing.widened_steps)))
        else:
            self.peer_widened.setText(tr("benchmark.peers.not_widened", self._lang))
        summary = preview.summary
        self._set_disclosure(summary.text, _OK_STYLE if summary.all_shown else _WITHHELD_STYLE)
        self.key_points_title.setVisible(True)
        if briefing.key_points:
            items = "".join(f"<li>{html.escape(point)}</li>" for point in briefing.key_points)
            self.key_points.setHtml(f'<ol style="margin-left: 0px; -qt-list-indent: 1;">{items}</ol>')
        else:
            self.key_points.setPlainText(tr("benchmark.key_points.none", self._lang))
        self.table_model.set_rows(preview.rows)

    def _waiting_text(self, busy: bool) -> str:
        if busy:
            return tr("benchmark.preview.busy", self._lang)
        if self._problem:
            return tr("benchmark.preview.failed", self._lang, reason=self._problem)
        return tr("benchmark.firm.none", self._lang)

    def _set_disclosure(self, text: str, style: str) -> None:
        self.disclosure.setText(text)
        self.disclosure.setStyleSheet(style)

    # Export -----------------------------------------------------------------------------------

    def _suggested_path(self) -> str:
        from explorer.core.benchmark import firm_label
        from explorer.ui.views.benchmark_preview import suggested_file_name

        firm_id, name = firm_label(self._survey, self._firm_row)
        folder = self.last_folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return str(Path(folder) / suggested_file_name(firm_id, name))

    def _ask_and_export(self, suggested: str) -> None:
        path = benchmark_dialogs.ask_pdf_path(self, self._lang, suggested)
        if path:
            self.export_briefing(benchmark_dialogs.with_pdf_suffix(path))

    def _on_export_button_clicked(self) -> None:
        if self._survey is None or self._firm_row is None or self._export_job is not None:
            return
        self._ask_and_export(self._suggested_path())

    def _on_export_runner_finished(self, result: JobResult) -> None:
        if result.job != self._export_job:
            return  # another view's job on a shared runner
        outcome: ExportResult = result.value
        self._export_job = None
        self._releases += 1  # the register may now hold a new group: previews are judged afresh
        if not outcome.written:
            # Another export (here or in another process) released a group this one would difference.
            self.sig_status.emit(tr("benchmark.export.not_saved", self._lang))
            benchmark_dialogs.show_withheld(self, self._lang, outcome.briefing.withheld_by)
            self._refresh()
            return
        self.last_folder = str(Path(outcome.path).parent)
        self.sig_status.emit(tr("benchmark.export.saved", self._lang, path=outcome.path))
        self.sig_exported.emit(outcome.path)
        self._refresh()

    def _on_export_runner_failed(self, failure: JobFailure) -> None:
        if failure.job != self._export_job:
            return
        self._export_job = None
        path, self._export_path = self._export_path, None
        self.sig_status.emit(tr("benchmark.export.not_saved", self._lang))
        self._show_preview(busy=self._preview_job is not None)
        if not failure.is_input_error:
            benchmark_dialogs.show_export_bug(self, self._lang, failure.detail or failure.message)
            return
        if benchmark_dialogs.ask_other_name(self, self._lang, failure.text(self._lang)):
            self._ask_and_export(path or self._suggested_path())

    def _on_export_runner_cancelled(self, job: int) -> None:
        if job == self._export_job:
            self._export_stopped()

    def _on_export_runner_started(self, job: int) -> None:
        # On a shared runner a newer job abandons ours without a word: its result will never come.
        if self._export_job is not None and job != self._export_job:
            self._export_stopped()

    def _export_stopped(self) -> None:
        self._export_job = self._export_path = None
        self.sig_status.emit(tr("benchmark.export.not_saved", self._lang))
        self._show_preview(busy=self._preview_job is not None)

    # Handlers ---------------------------------------------------------------------------------

    def _on_search_return_pressed(self) -> None:
        text = self.search.text().strip()
        if text:
            self.choose_firm(text)

    def _on_completer_activated(self, text: str) -> None:
        self.choose_firm(text)

    def _on_search_text_edited(self, _text: str) -> None:
        self.firm_problem.setVisible(False)

    def _on_peer_editor_definition_changed(self, _definition: str) -> None:
        self._refresh()

    def _on_round_combo_activated(self, index: int) -> None:
        row = self.round_combo.itemData(index)
        if isinstance(row, int) and row != self._firm_row:
            self._choose_row(row)
            self._refresh()

    def _on_lang_combo_activated(self, index: int) -> None:
        lang = self.lang_combo.itemData(index)
        self._briefing_lang = None if lang == self._lang else lang


def _file_key(survey: "Survey") -> tuple:
    """The survey file a survey was read from (its content and sheet): its rows are the same firms."""
    return survey.table.sha256, survey.table.sheet
