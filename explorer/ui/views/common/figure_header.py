"""The header above a figure (the question, the selection as readable text, and its n) and the
message shown in a figure's place when there is none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from explorer.core.i18n import tr

if TYPE_CHECKING:
    from explorer.core.survey import Summary
    from explorer.ui.views.state import AnalysisState

MUTED = "#595959"           # the charts' muted ink (7:1 on white)


def figure_message(parent: QWidget, object_name: str = "") -> QLabel:
    """The muted, centred, wrapping text a view shows in place of its figure (no survey, no answers)."""
    label = QLabel(parent)
    if object_name:
        label.setObjectName(object_name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {MUTED}; padding: 24px;")
    return label


class FigureHeader(QWidget):
    """The question (bold), the selection as readable text, and n of the firms selected."""

    def __init__(self, parent: QWidget | None = None, title_visible: bool = True) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.title = QLabel(self)
        self.title.setObjectName("figure_title")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 1.5)
        self.title.setFont(font)
        self._title_visible = title_visible
        self.title.setVisible(title_visible)
        self.selection = QLabel(self)
        self.selection.setObjectName("figure_selection")
        self.selection.setWordWrap(True)
        self.selection.setTextFormat(Qt.TextFormat.PlainText)
        self.count = QLabel(self)
        self.count.setObjectName("figure_count")
        self.count.setWordWrap(True)
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        for label in (self.selection, self.count):
            label.setStyleSheet(f"color: {MUTED};")
        for label in (self.title, self.selection, self.count):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            layout.addWidget(label)

    def show_texts(self, title: str, selection: str, count: str) -> None:
        for label, text in ((self.title, title), (self.selection, selection), (self.count, count)):
            if label.text() != text:
                label.setText(text)
            label.setVisible(bool(text) and (label is not self.title or self._title_visible))

    def texts(self) -> list[str]:
        return [label.text() for label in (self.title, self.selection, self.count) if label.text()]


def figure_column(view: QWidget, controls, header: FigureHeader, stack: QWidget) -> QVBoxLayout:
    """A view's layout: its choosers, the header, then the figure (which takes the height left)."""
    layout = QVBoxLayout(view)
    layout.setContentsMargins(8, 6, 8, 6)
    layout.setSpacing(6)
    layout.addLayout(controls)
    layout.addWidget(header)
    layout.addWidget(stack, 1)
    return layout


def selection_text(state: "AnalysisState") -> str:
    return tr("views.selection", state.lang, filter=state.filter_text or tr("views.selection.all", state.lang))


def count_text(summary: "Summary", lang: str) -> str:
    """n answers (effective n when weighted) and the firms selected of all firms."""
    from explorer.ui.charts.texts import format_count

    total = summary.total
    if summary.rounds is not None:  # a survey asked in rounds: answers, firms and rounds apart
        from explorer.core.survey.panel_text import counts_sentence

        key = "views.count.rounds.weighted" if summary.weighted else "views.count.rounds"
        return tr(key, lang, n=format_count(total.n, lang), n_eff=format_count(total.n_eff, lang),
                  selection=counts_sentence(summary.rounds, lang))
    params = dict(n=format_count(total.n, lang), selected=format_count(summary.firms_selected, lang),
                  total=format_count(summary.firms_total, lang))
    if summary.weighted:
        return tr("views.count.weighted", lang, n_eff=format_count(total.n_eff, lang), **params)
    return tr("views.count", lang, **params)
