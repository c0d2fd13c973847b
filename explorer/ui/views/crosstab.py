"""The crosstab: a question against a split, as a table of row percentages with intervals and n.

A question combo (every question except free text) and a split combo (the firm characteristics
the survey has and the questions that can split) above a table (`CrosstabModel`): one row per
group plus the total, per answer option the row percentage with its 95 % interval, n (and the
effective n when weighted); numeric questions show n, mean, median and quartiles.

The advisor sees every figure here. Figures that would be withheld on export carry a small red
corner and say why in their tooltip; groups under the minimum size are grey. Copy (Ctrl+C, or
the context menu) puts the selection on the clipboard as tab-separated text with 'c' in place of
every withheld figure, so that what leaves the app by the clipboard passes the same rules as an
export. The Export menu exports the Summary (`export_source`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QGuiApplication, QKeySequence, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.core.errors import TranslatableError
from explorer.core.i18n import tr
from explorer.ui.views.crosstab_model import WITHHELD_ROLE, CrosstabModel
from explorer.ui.views.common.figure_header import (
    MUTED, FigureHeader, count_text, figure_column, figure_message, selection_text)
from explorer.ui.views.common.figures import Figures, compute_key, figures_for
from explorer.ui.views.common.question_combo import combo_keys, fill_question_combo, question_combo, select_in_combo
from explorer.ui.views.common.splits import SplitCombo, split_dimensions
from explorer.ui.views.analysis_view import SLIDES, TABLE, StateViewMixin

if TYPE_CHECKING:
    from explorer.core.survey import Summary
    from explorer.ui.views.state import AnalysisState

MARK = "#D55E00"          # Okabe–Ito vermillion: the corner of a figure withheld on export
MARK_SIZE = 7
GROUP_WIDTH = (140, 300)  # the group column's width, from and to
VALUE_WIDTH = (64, 190)


class _WithheldDelegate(QStyledItemDelegate):
    """The usual cell, plus a small red triangle in the top right corner of a withheld figure."""

    def paint(self, painter, option, index) -> None:
        super().paint(painter, option, index)
        if index.data(WITHHELD_ROLE):
            rect = option.rect
            right, top = rect.right(), rect.top()
            painter.save()
            painter.setRenderHint(painter.RenderHint.Antialiasing, True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(MARK)))
            painter.drawPolygon(QPolygonF([QPointF(right - MARK_SIZE, top + 1), QPointF(right, top + 1),
                                           QPointF(right, top + 1 + MARK_SIZE)]))
            painter.restore()


class CrosstabTable(QTableView):
    """A QTableView whose Copy leaves out withheld figures (Qt's own copies the raw cell text)."""

    def __init__(self, parent: QWidget | None = None, group_width: tuple[int, int] = GROUP_WIDTH) -> None:
        super().__init__(parent)
        self._group_width = group_width
        self.setObjectName("crosstab_table")
        self.setItemDelegate(_WithheldDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)  # option headers come wrapped, not cut
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu_requested)
        self.copy_action = QAction(self)
        self.copy_action.triggered.connect(lambda: self.copy_selection(False))
        self.copy_headers_action = QAction(self)
        self.copy_headers_action.triggered.connect(lambda: self.copy_selection(True))
        self.select_all_action = QAction(self)
        self.select_all_action.triggered.connect(self.selectAll)
        # Records what a copy releases in the register, or raises the reason it is withheld.
        self.release_gate: Callable[[], None] | None = None
        self.retranslate("nl")

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.copy_action.setText(tr("views.crosstab.copy", lang))
        self.copy_headers_action.setText(tr("views.crosstab.copy_headers", lang))
        self.select_all_action.setText(tr("views.crosstab.select_all", lang))

    def selection_text(self, headers: bool = False) -> str:
        model = self.model()
        if not isinstance(model, CrosstabModel):
            return ""
        return model.copy_text(self.selectionModel().selectedIndexes(), headers=headers)

    def copy_selection(self, headers: bool = False) -> str:
        """Put the selection on the clipboard (withheld figures as 'c'); returns the text."""
        text = self.selection_text(headers)
        if not text:
            return text
        if self.release_gate is not None:
            try:
                self.release_gate()
            except TranslatableError as refusal:  # withheld: the clipboard keeps what it held
                QMessageBox.warning(self, tr("export.title", self._lang), refusal.text(self._lang))
                return ""
        QGuiApplication.clipboard().setText(text)
        return text

    def event(self, event) -> bool:  # noqa: N802 (Qt override)
        # Claim Ctrl+C before a window-wide shortcut (say, "copy chart") takes it.
        if event.type() == QEvent.Type.ShortcutOverride and event.matches(QKeySequence.StandardKey.Copy):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection(False)
            event.accept()
            return
        super().keyPressEvent(event)

    def fit_columns(self) -> None:
        """Columns as wide as their contents, within bounds (long group names are elided)."""
        model = self.model()
        if model is None:
            return
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        lines = max([str(model.headerData(c, Qt.Orientation.Horizontal) or "").count("\n") + 1
                     for c in range(model.columnCount())] or [1])
        header.setFixedHeight(lines * header.fontMetrics().lineSpacing() + 12)
        for column in range(model.columnCount()):
            low, high = self._group_width if column == 0 else VALUE_WIDTH
            width = self.columnWidth(column)
            self.setColumnWidth(column, max(low, min(high, width + 6)))

    def _on_context_menu_requested(self, pos) -> None:
        has_selection = bool(self.selectionModel() and self.selectionModel().hasSelection())
        self.copy_action.setEnabled(has_selection)
        self.copy_headers_action.setEnabled(has_selection)
        menu = QMenu(self)
        menu.addAction(self.copy_action)
        menu.addAction(self.copy_headers_action)
        menu.addSeparator()
        menu.addAction(self.select_all_action)
        menu.exec(self.viewport().mapToGlobal(pos))


class CrosstabView(QWidget, StateViewMixin):
    """`set_state(state)` on every change; the table shows the chosen question × split."""

    EXPORT_KINDS = frozenset({TABLE, SLIDES})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crosstab")
        self._state: "AnalysisState | None" = None
        self._lang = "nl"
        self._survey_id: int | None = None
        self._key: str | None = None
        self._pending: dict = {}
        self._split_chosen = False            # until the user (or a session) picks one: size class
        self._figures = Figures()
        self._computed: tuple | None = None
        self._build()
        self.retranslate(self._lang)

    # ---- building -----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.question_label = QLabel(self)
        self.question_combo = question_combo(self, "crosstab_question_combo")
        self.question_label.setBuddy(self.question_combo)
        self.split_label = QLabel(self)
        self.split_combo = SplitCombo(self)
        self.split_label.setBuddy(self.split_combo)
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.question_label)
        controls.addWidget(self.question_combo, 3)
        controls.addSpacing(12)
        controls.addWidget(self.split_label)
        controls.addWidget(self.split_combo, 1)

        self.header = FigureHeader(self)
        self.model = CrosstabModel(self)
        self.table = CrosstabTable(self)
        self.table.setModel(self.model)
        self.legend = QLabel(self)
        self.legend.setObjectName("crosstab_legend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        self.legend.setStyleSheet(f"color: {MUTED};")
        self.message = figure_message(self)
        table_page = QWidget(self)
        page_layout = QVBoxLayout(table_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(4)
        page_layout.addWidget(self.table, 1)
        page_layout.addWidget(self.legend)
        self._table_page = table_page
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.message)
        self.stack.addWidget(table_page)

        figure_column(self, controls, self.header, self.stack)

        self.question_combo.currentIndexChanged.connect(self._on_question_combo_current_index_changed)
        self.split_combo.sig_split_changed.connect(self._on_split_combo_split_changed)

    # ---- public API ---------------------------------------------------------------------------------

    def _clear(self) -> None:
        self._key = None
        self.question_combo.clear()
        self.split_combo.clear_choices()
        self._figures, self._computed = Figures(), None
        self._show()

    def _survey_changed(self, survey) -> None:
        self._fill_questions()

    def _apply(self, pending: dict) -> None:
        state = self._state
        key = pending.get("question", self._key)
        keys = self._question_keys()
        if key not in keys:
            key = keys[0] if keys else None
        split = pending.get("split", self.split_combo.split())
        if not self._split_chosen and "split" not in pending:
            # A crosstab without a split is one row: start with the first firm characteristic.
            dimensions = split_dimensions(state.survey, state.scheme)
            split = dimensions[0] if dimensions else None
        self._set_key(key, split)

    def retranslate(self, lang: str) -> None:
        self._relabel_state(lang)
        self.question_label.setText(tr("views.crosstab.question", lang))
        self.split_label.setText(tr("views.split.label", lang))
        self.split_combo.retranslate(lang)
        self.table.retranslate(lang)
        self._show()

    def view_state(self) -> dict:
        return {"question": self._pending.get("question", self._key),
                "split": self._pending.get("split", self.split_combo.split())}

    def restore_view_state(self, data: dict) -> None:
        data = {k: v for k, v in dict(data or {}).items() if k in ("question", "split")}
        if not data:
            return
        self._split_chosen = self._split_chosen or "split" in data
        key = data.get("question", self._key)
        if self._state is None or not self._state.ready or (key is not None and key not in self._question_keys()):
            self._pending.update(data)
            return
        self._set_key(key, data.get("split", self.split_combo.split()))

    def export_source(self) -> "Summary | None":
        """The Summary behind the table (the Export menu applies disclosure to it), or None."""
        return self._figures.summary

    def current_key(self) -> str | None:
        return self._key

    def current_split(self) -> str | None:
        return self.split_combo.split()

    def set_question(self, key: str, split: str | None = None) -> bool:
        if self._state is None or not self._state.ready or key not in self._question_keys():
            return False
        self._split_chosen = True
        self._set_key(key, split)
        return True

    def copy_selection(self, headers: bool = False) -> str:
        return self.table.copy_selection(headers)

    def set_release_gate(self, gate: "Callable[[Summary], None]") -> None:
        """`gate(summary)` records the groups a copy of the table releases, or raises why not."""
        self.table.release_gate = lambda: gate(self._figures.summary)

    # ---- work -----------------------------------------------------------------------------------------

    def _question_keys(self) -> list[str]:
        return combo_keys(self.question_combo)

    def _fill_questions(self) -> None:
        fill_question_combo(self.question_combo, [q for q in self._state.survey.questions if q.kind != "text"])

    def _set_key(self, key: str | None, split: str | None) -> None:
        self._key = key
        state = self._state
        select_in_combo(self.question_combo, key)
        self.split_combo.set_choices(state.survey, state.scheme, state.lang, exclude=key)
        if not self.split_combo.set_split(split):
            self.split_combo.set_split(None)
        self._refresh()

    def _refresh(self) -> None:
        state = self._state
        if state is None or not state.ready or self._key is None:
            self._figures, self._computed = Figures(), None
            self._show()
            return
        split = self.split_combo.split()
        key = compute_key(state, self._key, split)
        if key != self._computed:
            self._figures = figures_for(state, self._key, split, histogram=False)
            self._computed = key
        self._show()

    def _show(self) -> None:
        if self._no_survey_shown():
            return
        state, lang = self._state, self._lang
        summary = self._figures.summary
        if summary is None:
            self._show_message(self._figures.problem or tr("views.crosstab.none", lang))
            return
        self.model.set_summary(summary, lang, state.min_peers)
        self.table.fit_columns()
        self.header.show_texts(summary.question.label, selection_text(state), count_text(summary, lang))
        legend_key = "views.crosstab.legend.numeric" if summary.question.kind == "numeric" else "views.crosstab.legend"
        legend = [tr(legend_key, lang, min_n=state.min_peers)]
        if summary.question.kind == "multi":
            legend.append(tr("views.crosstab.legend.multi", lang))
        if summary.by and summary.question.kind != "numeric":
            from explorer.core.survey.significance_text import tests_note

            legend.append("\n" + " ".join(tests_note(summary.tests, lang)))
        self.legend.setText(" ".join(legend))
        self.stack.setCurrentWidget(self._table_page)

    def _show_message(self, text: str) -> None:
        self.model.set_summary(None, lang=self._lang)
        self.header.show_texts("", "", "")
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    # ---- handlers -------------------------------------------------------------------------------------

    def _on_question_combo_current_index_changed(self, index: int) -> None:
        key = self.question_combo.itemData(index)
        if isinstance(key, str) and key != self._key and self._state is not None:
            self._set_key(key, self.split_combo.split())

    def _on_split_combo_split_changed(self, _split) -> None:
        self._split_chosen = True
        self._refresh()
