"""The Trend view: a question's shares per round, with 95 % intervals and n, and the tested changes.

A question combo above the header (question, selection, answers/firms/rounds), the trend chart
(ui/charts/trend.py) and a table of every tested change: between consecutive rounds and between
the first and the last, per answer, with the test used (McNemar on the firms that answered both
rounds in a panel, a two-proportion test otherwise), the firms it rests on and its p-value. The
filters apply as everywhere. The figures come from core `trend()`; the Export menu exports the
chart (through `release_chart` and `release_changes`) and the table of shares per round (through
`release_summary`), as it does for the other views.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.core.i18n import tr
from explorer.ui.views.common.figure_header import (
    MUTED, FigureHeader, count_text, figure_column, figure_message, selection_text)
from explorer.ui.views.common.question_combo import combo_keys, fill_question_combo, question_combo
from explorer.ui.views.analysis_view import CHART, SLIDES, TABLE, StateViewMixin

if TYPE_CHECKING:
    from explorer.core.survey.trend import Trend
    from explorer.ui.views.state import AnalysisState

TREND_KINDS = ("yesno", "single", "multi", "likert", "numeric")
TABLE_COLUMNS = ("change", "option", "shares", "test", "firms", "p")


@dataclass(frozen=True)
class TrendFigures:
    """What the Export menu takes from this view: the summary by round and its tested changes."""

    summary: object
    trend: "Trend"
    lang: str = "nl"


class TrendView(QWidget, StateViewMixin):
    """`set_state(state)` on every change; shows the chosen question's trend over the rounds."""

    EXPORT_KINDS = frozenset({CHART, TABLE, SLIDES})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trend")
        self._start_one_figure()
        self._chart = None
        self._build()
        self.retranslate(self._lang)

    # ---- building -----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.question_label = QLabel(self)
        self.question_combo = question_combo(self, "trend_question_combo")
        self.question_label.setBuddy(self.question_combo)
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.question_label)
        controls.addWidget(self.question_combo, 1)

        self.header = FigureHeader(self)
        self.message = figure_message(self, "trend_message")
        self.chart_holder = QWidget(self)
        self._chart_layout = QVBoxLayout(self.chart_holder)
        self._chart_layout.setContentsMargins(0, 0, 0, 0)

        self.table_model = QStandardItemModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("trend_changes")
        self.table.setModel(self.table_model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setHighlightSections(False)
        rows = self.table.fontMetrics().height() + 8
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(rows)
        self.table.setMinimumHeight(int(3.5 * rows) + self.table.horizontalHeader().sizeHint().height())
        self.table_legend = QLabel(self)
        self.table_legend.setObjectName("trend_legend")
        self.table_legend.setWordWrap(True)
        self.table_legend.setStyleSheet(f"color: {MUTED};")
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.chart_holder)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.chart_holder.setMinimumHeight(260)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.splitter)

        layout = figure_column(self, controls, self.header, self.stack)
        layout.addWidget(self.table_legend)  # outside the splitter: a wrapped label needs its height
        self.question_combo.currentIndexChanged.connect(self._on_question_combo_current_index_changed)

    def chart(self):
        """The trend chart (made on first use: it imports pyqtgraph)."""
        if self._chart is None:
            from explorer.ui.charts.trend import TrendChart

            self._chart = TrendChart(self.chart_holder, min_n=self._min_n())
            self._chart.set_title_visible(False)  # the header above says the question
            self._chart_layout.addWidget(self._chart)
        return self._chart

    # ---- public API ---------------------------------------------------------------------------------

    def _survey_changed(self, survey) -> None:
        self._fill_questions()

    def _apply(self, pending: dict) -> None:
        key = pending.get("question", self._key)
        keys = self._question_keys()
        if key not in keys:
            key = self._first_tested(keys)
        self._set_key(key)

    def retranslate(self, lang: str) -> None:
        self._relabel_state(lang)
        self.question_label.setText(tr("trend.question", lang))
        self.table_legend.setText(tr("trend.table.legend", lang))
        self._show()

    def export_source(self) -> TrendFigures | None:
        if self._figure is None or self._figure.summary.question.kind == "numeric" or len(self._figure.rounds) < 2:
            return None
        return TrendFigures(self._figure.summary, self._figure, self._lang)

    def current_key(self) -> str | None:
        return self._key

    def set_question(self, key: str) -> bool:
        if self._state is None or not self._state.ready or key not in self._question_keys():
            return False
        self._set_key(key)
        return True

    # ---- work -----------------------------------------------------------------------------------------

    def _min_n(self) -> int:
        return self._state.min_peers if self._state is not None else 5

    def _question_keys(self) -> list[str]:
        return combo_keys(self.question_combo)

    def _first_tested(self, keys: list[str]) -> str | None:
        """The first question answered in two or more rounds (else the first question)."""
        panel = self._state.survey.panel
        if panel is None:
            return keys[0] if keys else None
        rounds = self._state.survey.panel_rounds().cat.codes.to_numpy()
        for key in keys:
            question = self._state.survey.question(key)
            if question.kind == "numeric":
                continue
            answered = self._state.survey.frame[list(question.columns)].notna().to_numpy().any(axis=1)
            if len(set(rounds[answered & (rounds >= 0)].tolist())) >= 2:
                return key
        return keys[0] if keys else None

    def _fill_questions(self) -> None:
        roles = {column for column in self._state.survey.roles.values() if column}
        fill_question_combo(self.question_combo, [
            q for q in self._state.survey.questions
            if q.kind in TREND_KINDS and not (len(q.columns) == 1 and q.columns[0] in roles)])

    def _key_combo(self):
        return self.question_combo

    def _refresh(self) -> None:
        self._refresh_figure(_trend_for)

    def _show(self) -> None:
        if self._no_survey_shown():
            return
        state, lang = self._state, self._lang
        if state.survey.panel is None:
            self._show_message(tr("trend.no_rounds", lang))
            return
        trend = self._figure
        if trend is None:
            self._show_message(self._problem or tr("trend.no_rounds", lang))
            return
        summary = trend.summary
        self.header.show_texts(summary.question.label, selection_text(state), count_text(summary, lang))
        if summary.question.kind == "numeric":
            self._show_message(tr("trend.numeric", lang), keep_header=True)
            return
        if len(trend.rounds) < 2:
            self._show_message(tr("trend.one_round", lang), keep_header=True)
            return
        chart = self.chart()
        chart.set_min_n(state.min_peers)
        chart.set_trend(summary, trend.changes, lang)
        self._fill_table(trend, lang)
        self.stack.setCurrentWidget(self.splitter)
        self.table_legend.setVisible(True)

    def _show_message(self, text: str, keep_header: bool = False) -> None:
        if not keep_header:
            self.header.show_texts("", "", "")
        self.table_model.clear()
        self.table_legend.setVisible(False)
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def _fill_table(self, trend: "Trend", lang: str) -> None:
        from explorer.ui.charts.texts import format_count, format_percent
        from explorer.ui.charts.trend import shown_options

        model = self.table_model
        model.clear()
        model.setHorizontalHeaderLabels([tr(f"trend.table.{c}", lang) for c in TABLE_COLUMNS])
        options = shown_options(trend.summary)
        for change in trend.changes:
            if change.option not in options:
                continue
            test = change.test
            if test is None:
                test_text, firms_text, p_text = tr("trend.test.none", lang), "", ""
            else:
                key = "trend.test.mcnemar.exact" if test.test == "mcnemar" and test.exact else f"trend.test.{test.test}"
                test_text = tr(key, lang)
                firms_text = tr(f"trend.firms.{test.test}", lang, n=format_count(test.firms, lang))
                p_text = _p_text(test.p_value, lang) + (" *" if test.significant else "")
            shares = f"{format_percent(change.share_first, lang)} → {format_percent(change.share_second, lang)}"
            row = [f"{change.first} → {change.second}", change.option, shares, test_text, firms_text, p_text]
            items = [QStandardItem(text) for text in row]
            for item in items[2:]:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if change.significant:
                font = items[5].font()
                font.setBold(True)
                items[5].setFont(font)
            model.appendRow(items)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    # ---- handlers -------------------------------------------------------------------------------------

    def _on_question_combo_current_index_changed(self, index: int) -> None:
        key = self.question_combo.itemData(index)
        if isinstance(key, str) and key != self._key and self._state is not None:
            self._set_key(key)


def _p_text(p_value: float, lang: str) -> str:
    """p < 0,001 or p with three decimals, in the reader's number style."""
    from explorer.core.formatting import format_number

    if p_value < 0.001:
        return "< " + format_number(0.001, lang, 3)
    return format_number(p_value, lang, 3)


def _trend_for(state: "AnalysisState", key: str):
    """(Trend, None) or (None, the reason in the user's language)."""
    from explorer.core.errors import InputError
    from explorer.core.survey.trend import trend

    try:
        return trend(state.survey, key, scheme=state.scheme, filters=state.filters, weighted=state.weighted), None
    except InputError as exc:
        return None, tr("views.problem", state.lang, reason=exc.text(state.lang))
