"""The question list of the question explorer: a small list model, a search filter, a delegate.

Each row shows the question's label (wrapped over at most two lines) and, in a smaller muted
line under it, its kind and number of answers. The search matches every word typed against the
label and the column name, ignoring case and accents ('enquete' finds 'enquête').
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from explorer.core.i18n import tr
from explorer.core.question_stems import grid_labels
from explorer.ui.text_layout import wrap_text
from explorer.ui.views.common.figure_header import MUTED

if TYPE_CHECKING:
    from explorer.core.survey import Question

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2     # the kind and answer count, as shown
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3   # folded label and key
LABEL_LINES = 2
PADDING = 5


def fold(text: str) -> str:
    """Lower case without accents (as core's vocabulary.fold, without importing the survey package)."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    return " ".join(text.lower().split())


def display_labels(questions: "list[Question]") -> list[tuple[str, str]]:
    """(label to show, stem) per question: a grid item shows its statement first when two or more
    questions share its stem."""
    return grid_labels([question.label for question in questions])


def kind_text(question: "Question", lang: str) -> str:
    kind = tr(f"mapping.kind.{question.kind}", lang)
    if question.kind in ("yesno", "single", "multi", "likert") and question.options:
        return tr("views.questions.options", lang, kind=kind, count=len(question.options))
    return kind


class QuestionListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._questions: list["Question"] = []
        self._kinds: list[str] = []
        self._labels: list[tuple[str, str]] = []
        self._search: list[str] = []
        self._lang = "nl"

    def set_questions(self, questions: "tuple[Question, ...] | list[Question]", lang: str) -> None:
        self.beginResetModel()
        self._questions = list(questions)
        self._lang = lang
        self._labels = display_labels(self._questions)
        self._kinds = [self._kind_line(i) for i in range(len(self._questions))]
        self._search = [fold(f"{q.label} {q.key}") for q in self._questions]
        self.endResetModel()

    def _kind_line(self, row: int) -> str:
        text = kind_text(self._questions[row], self._lang)
        stem = self._labels[row][1]
        return f"{text} · {stem}" if stem else text

    def set_language(self, lang: str) -> None:
        if lang == self._lang:
            return
        self._lang = lang
        self._kinds = [self._kind_line(i) for i in range(len(self._questions))]
        if self._questions:
            self.dataChanged.emit(self.index(0), self.index(len(self._questions) - 1))

    def questions(self) -> list["Question"]:
        return list(self._questions)

    def row_of(self, key: str) -> int:
        return next((i for i, q in enumerate(self._questions) if q.key == key), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._questions)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._questions):
            return None
        question = self._questions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._labels[index.row()][0]
        if role == KEY_ROLE:
            return question.key
        if role == KIND_ROLE:
            return self._kinds[index.row()]
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("views.questions.tip", self._lang, label=question.label, column=question.key,
                      kind=kind_text(question, self._lang))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return question.label
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._kinds[index.row()]
        return None


class QuestionFilterModel(QSortFilterProxyModel):
    """Keeps the questions whose label or key contains every word of the search text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        words = fold(text).split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802 (Qt override)
        if not self._words:
            return True
        text = self.sourceModel().index(source_row, 0, source_parent).data(SEARCH_ROLE) or ""
        return all(word in text for word in self._words)


class QuestionDelegate(QStyledItemDelegate):
    """Label over at most two lines, the kind in a small muted line under it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        label_font = QFont(option.font)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 1.0))
        return label_font, small

    def _label_lines(self, text: str, metrics: QFontMetrics, width: int) -> list[str]:
        return wrap_text(text, metrics, width, LABEL_LINES)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 (Qt override)
        label_font, small = self._fonts(option)
        view = self.parent()
        width = view.viewport().width() if view is not None and hasattr(view, "viewport") else 260
        lines = self._label_lines(str(index.data(Qt.ItemDataRole.DisplayRole) or ""), QFontMetrics(label_font),
                                  max(60, width - 2 * PADDING))
        height = len(lines) * QFontMetrics(label_font).lineSpacing() + QFontMetrics(small).lineSpacing()
        return QSize(width, height + 2 * PADDING + 2)

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        label_font, small = self._fonts(option)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active else \
            QPalette.ColorGroup.Inactive
        ink = option.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = ink if selected else QColor(MUTED)
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        metrics = QFontMetrics(label_font)
        lines = self._label_lines(str(index.data(Qt.ItemDataRole.DisplayRole) or ""), metrics, rect.width())
        painter.save()
        painter.setFont(label_font)
        painter.setPen(ink)
        top = rect.top()
        for line in lines:
            painter.drawText(QRect(rect.left(), top, rect.width(), metrics.lineSpacing()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line)
            top += metrics.lineSpacing()
        small_metrics = QFontMetrics(small)
        painter.setFont(small)
        painter.setPen(muted)
        kind = small_metrics.elidedText(str(index.data(KIND_ROLE) or ""), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), top, rect.width(), small_metrics.lineSpacing()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), kind)
        painter.restore()
