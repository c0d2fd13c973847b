"""The question explorer: every question as its kind's chart, split by a firm characteristic or
by the answer to another question.

Left a searchable list of the questions (label, kind, number of answers); right the question,
the selection as readable text and n, a "split by" choice and the chart (`ChartView`). A text
question shows how many firms wrote something instead of a chart.

The view computes nothing of its own: each `set_state` asks core for the summary of the chosen
question and split (`summarize`, and `summary_histogram` for numbers) and hands it to the chart.
A change of language or of the minimum group size relabels the chart without recomputing.
pyqtgraph is imported when the first chart is shown, not when the view is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.core.i18n import tr
from explorer.ui.views.question_explorer_list import (
    KEY_ROLE,
    QuestionDelegate,
    QuestionFilterModel,
    QuestionListModel,
)
from explorer.ui.views.common.figure_header import MUTED, FigureHeader, count_text, figure_message, selection_text
from explorer.ui.views.common.figures import Figures, compute_key, figures_for
from explorer.ui.views.common.splits import SplitCombo
from explorer.ui.views.analysis_view import CHART, SLIDES, TABLE, StateViewMixin

if TYPE_CHECKING:
    from explorer.core.survey import Summary
    from explorer.ui.views.state import AnalysisState

LIST_WIDTH = 290


class QuestionExplorer(QWidget, StateViewMixin):
    """`set_state(state)` on every change; `sig_question_changed(key)` when another question shows."""

    EXPORT_KINDS = frozenset({CHART, TABLE, SLIDES})

    sig_question_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("question_explorer")
        self._state: "AnalysisState | None" = None
        self._lang = "nl"
        self._key: str | None = None          # the question shown
        self._pending: dict = {}              # a restored view state waiting for its survey
        self._figures = Figures()
        self._computed: tuple | None = None
        self._survey_id: int | None = None
        self._chart = None                    # ChartView, made with the first chart
        self._chart_min_n: int | None = None
        self._build()
        self.retranslate(self._lang)

    # ---- building -----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("question_search")
        self.search.setClearButtonEnabled(True)
        self.list_model = QuestionListModel(self)
        self.filter_model = QuestionFilterModel(self)
        self.filter_model.setSourceModel(self.list_model)
        self.list_view = QListView(self)
        self.list_view.setObjectName("question_list")
        self.list_view.setModel(self.filter_model)
        self.list_view.setItemDelegate(QuestionDelegate(self.list_view))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_count = QLabel(self)
        self.list_count.setStyleSheet(f"color: {MUTED};")

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.setSpacing(4)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addWidget(self.list_count)

        self.header = FigureHeader(self)
        self.split_label = QLabel(self)
        self.split_combo = SplitCombo(self)
        self.split_label.setBuddy(self.split_combo)
        split_row = QHBoxLayout()
        split_row.setContentsMargins(0, 0, 0, 0)
        split_row.addWidget(self.split_label)
        split_row.addWidget(self.split_combo)
        split_row.addStretch(1)

        self.message = figure_message(self, "question_message")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.message)
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.setSpacing(6)
        right_layout.addWidget(self.header)
        right_layout.addLayout(split_row)
        right_layout.addWidget(self.stack, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([LIST_WIDTH, 800])
        left.setMinimumWidth(200)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        self.search.textChanged.connect(self._on_search_text_changed)
        self.list_view.selectionModel().currentChanged.connect(self._on_list_current_changed)
        self.split_combo.sig_split_changed.connect(self._on_split_combo_split_changed)

    # ---- public API ---------------------------------------------------------------------------------

    def _clear(self) -> None:
        self._key = None
        self.list_model.set_questions([], self._lang)
        self.split_combo.clear_choices()
        self._show_message(tr("views.no_survey", self._lang))
        self.header.show_texts("", "", "")
        self._update_list_count()

    def _survey_changed(self, survey) -> None:
        self.list_model.set_questions(survey.questions, self._lang)
        self._update_list_count()

    def _apply(self, pending: dict) -> None:
        """Show the chosen question for this state (the survey, filters, scheme, weighting, language)."""
        self.list_model.set_language(self._lang)  # a no-op when the questions were just set
        key = pending.get("question", self._key)
        if key is None or self.list_model.row_of(key) < 0:
            key = self._first_question()
        split = pending.get("split", self.split_combo.split())
        self._set_key(key, split)

    def retranslate(self, lang: str) -> None:
        relabel = self._state is not None and self._state.lang != lang
        self._relabel_state(lang)
        self.search.setPlaceholderText(tr("views.questions.search", lang))
        self.search.setToolTip(tr("views.questions.search.tip", lang))
        self.split_label.setText(tr("views.split.label", lang))
        self.split_combo.retranslate(lang)
        self.list_model.set_language(lang)
        self._update_list_count()
        if relabel:
            self._show()  # relabel from the figures already computed
        elif self._state is None:
            self._show_message(tr("views.no_survey", lang))

    def view_state(self) -> dict:
        """What a saved session remembers: the question shown and the split."""
        pending = dict(self._pending)
        return {"question": pending.get("question", self._key),
                "split": pending.get("split", self.split_combo.split())}

    def restore_view_state(self, data: dict) -> None:
        """Choose the question and split of a saved view state (missing keys stay as they are)."""
        data = {k: v for k, v in dict(data or {}).items() if k in ("question", "split")}
        if not data:
            return
        if self._state is None or not self._state.ready:
            self._pending.update(data)
            return
        key = data.get("question", self._key)
        split = data.get("split", self.split_combo.split())
        if key is not None and self.list_model.row_of(key) < 0:
            self._pending.update(data)  # perhaps a survey that has not arrived yet
            return
        self._set_key(key, split)

    def export_source(self):
        """The ChartView to export (it carries the Summary and histogram), or None."""
        if self._chart is not None and self.stack.currentWidget() is self._chart and self._chart.summary is not None:
            return self._chart
        return None

    def current_key(self) -> str | None:
        return self._key

    def current_split(self) -> str | None:
        return self.split_combo.split()

    def summary(self) -> "Summary | None":
        return self._figures.summary

    def chart_view(self):
        """The ChartView (None until the first chart was shown)."""
        return self._chart

    def select_question(self, key: str) -> bool:
        """Show question `key` (False when the survey has no such question)."""
        if self._state is None or not self._state.ready or self.list_model.row_of(key) < 0:
            return False
        self._set_key(key, self.split_combo.split())
        return True

    def set_split(self, split: str | None) -> bool:
        if self._state is None or not self.split_combo.set_split(split):
            return False
        self._refresh()
        return True

    # ---- work -----------------------------------------------------------------------------------------

    def _first_question(self) -> str | None:
        questions = self.list_model.questions()
        for question in questions:
            if question.kind != "text":
                return question.key
        return questions[0].key if questions else None

    def _set_key(self, key: str | None, split: str | None) -> None:
        changed = key != self._key
        self._key = key
        state = self._state
        self.split_combo.set_choices(state.survey, state.scheme, state.lang, exclude=key)
        if not self.split_combo.set_split(split):
            self.split_combo.set_split(None)
        self._select_in_list(key)
        self._refresh()
        if changed and key is not None:
            self.sig_question_changed.emit(key)

    def _select_in_list(self, key: str | None) -> None:
        row = self.list_model.row_of(key) if key is not None else -1
        selection = self.list_view.selectionModel()
        proxy_index = self.filter_model.mapFromSource(self.list_model.index(row)) if row >= 0 else QModelIndex()
        if proxy_index == self.list_view.currentIndex():
            return
        selection.blockSignals(True)
        if proxy_index.isValid():
            selection.setCurrentIndex(proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.list_view.scrollTo(proxy_index)
        else:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        selection.blockSignals(False)
        self.list_view.viewport().update()

    def _refresh(self) -> None:
        """Ask core for the figures when what they depend on changed, then show them."""
        state = self._state
        if state is None or not state.ready:
            return
        if self._key is None:
            self._figures, self._computed = Figures(), None
            self._show()
            return
        split = self.split_combo.split()
        key = compute_key(state, self._key, split)
        if key != self._computed:
            self._figures = figures_for(state, self._key, split)
            self._computed = key
        self._show()

    def _show(self) -> None:
        state = self._state
        if state is None or not state.ready:
            return
        lang = state.lang
        figures = self._figures
        question = None
        if self._key is not None:
            question = next((q for q in self.list_model.questions() if q.key == self._key), None)
        title = question.label if question is not None else ""
        self.split_combo.setEnabled(question is not None and question.kind != "text")
        self.split_label.setEnabled(self.split_combo.isEnabled())
        if figures.summary is not None:
            chart = self._chart_view()
            if self._chart_min_n != state.min_peers:
                self._chart_min_n = state.min_peers
                chart.set_min_n(state.min_peers)
            shown = chart.show_summary(figures.summary, lang, histogram=figures.histogram)
            if shown is not None:
                shown.set_title_visible(False)  # the header above carries the question
            self.stack.setCurrentWidget(chart)
            self.header.show_texts(title, selection_text(state), count_text(figures.summary, lang))
            return
        if figures.text_answers is not None:
            from explorer.ui.charts.texts import format_count

            answered, selected = figures.text_answers
            self._show_message(tr("views.questions.text", lang, answered=format_count(answered, lang),
                                  selected=format_count(selected, lang)))
            self.header.show_texts(title, selection_text(state), "")
            return
        self._show_message(figures.problem or tr("views.questions.choose", lang))
        self.header.show_texts(title, selection_text(state) if question is not None else "", "")

    def _chart_view(self):
        if self._chart is None:
            from explorer.ui.charts import ChartView

            self._chart = ChartView(self.stack)
            self._chart.setObjectName("question_chart")
            self.stack.addWidget(self._chart)
        return self._chart

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def _update_list_count(self) -> None:
        total = self.list_model.rowCount()
        shown = self.filter_model.rowCount()
        self.list_count.setText(tr("views.questions.count", self._lang, shown=shown, total=total) if total else "")

    # ---- handlers -------------------------------------------------------------------------------------

    def _on_search_text_changed(self, text: str) -> None:
        self.filter_model.set_search(text)
        self._update_list_count()
        self._select_in_list(self._key)

    def _on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self._state is None or not self._state.ready:
            return
        key = current.data(KEY_ROLE)
        if key and key != self._key:
            self._set_key(key, self.split_combo.split())

    def _on_split_combo_split_changed(self, _split) -> None:
        self._refresh()

