"""The status bar's contents: file, "N of M firms selected", weighting, roles that wait for the
user's confirmation, and load progress.

A survey asked in rounds says answers, firms and rounds apart ("385 antwoorden van 240
bedrijven in 3 rondes"; a selection: "120 van 385 antwoorden · 80 van 240 bedrijven · ...").
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QPushButton, QStatusBar

from explorer.core.formatting import format_count
from explorer.core.i18n import has_message, tr

FILE_LABEL_MAX_WIDTH = 360


@dataclass(frozen=True)
class StatusFacts:
    """What the status bar shows; kept so a language switch can redraw it."""

    file_name: str | None = None
    selected: int | None = None
    total: int | None = None
    weighted: bool = False
    weights_available: bool = False
    pending_roles: tuple[str, ...] = ()  # roles proposed on weak evidence, not applied yet
    rounds: tuple | None = None  # (selected, total) PanelCounts of a survey asked in rounds


class StatusPanel(QObject):
    sig_cancel_clicked = Signal()
    sig_review_clicked = Signal()  # the user wants to confirm the pending roles

    def __init__(self, bar: QStatusBar, lang: str) -> None:
        super().__init__(bar)
        self._bar = bar
        self._lang = lang
        self._facts = StatusFacts()
        self._progress_key: str | None = None

        self.file_label = QLabel(bar)
        self.file_label.setObjectName("status_file")
        self.selection_label = QLabel(bar)
        self.selection_label.setObjectName("status_selection")
        self.weights_label = QLabel(bar)
        self.weights_label.setObjectName("status_weights")
        self.pending_label = QLabel(bar)
        self.pending_label.setObjectName("status_pending_roles")
        self.pending_label.setTextFormat(Qt.TextFormat.RichText)
        self.pending_label.linkActivated.connect(lambda _link: self.sig_review_clicked.emit())
        self.progress_bar = QProgressBar(bar)
        self.progress_bar.setObjectName("status_progress")
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setTextVisible(True)
        self.cancel_button = QPushButton(bar)
        self.cancel_button.setObjectName("status_cancel")
        self.cancel_button.clicked.connect(self.sig_cancel_clicked)

        # All permanent: Qt hides normal status-bar widgets while a temporary message shows,
        # and the file name must stay in view. Temporary messages use the free space on the left.
        for label in (self.file_label, self.selection_label, self.weights_label, self.pending_label):
            label.setContentsMargins(6, 0, 6, 0)  # the status bar itself leaves no gap between widgets
        self._selection_separator = _separator(bar)
        self._pending_separator = _separator(bar)
        for widget in (self.pending_label, self._pending_separator, self.file_label, self.progress_bar,
                       self.cancel_button, self._selection_separator, self.selection_label, _separator(bar),
                       self.weights_label):
            bar.addPermanentWidget(widget)
        self.hide_progress()
        self.retranslate(lang)

    def show_facts(self, facts: StatusFacts) -> None:
        self._facts = facts
        self._render()

    @property
    def facts(self) -> StatusFacts:
        return self._facts

    def show_progress(self, fraction: float, step: str) -> None:
        self._progress_key = f"progress.{step}" if has_message(f"progress.{step}") else "progress.working"
        self.progress_bar.setValue(round(fraction * 100))
        self.progress_bar.setFormat(f"{tr(self._progress_key, self._lang)} %p%")
        self.progress_bar.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)

    def hide_progress(self) -> None:
        self._progress_key = None
        self.progress_bar.hide()
        self.cancel_button.hide()
        self.progress_bar.setValue(0)

    def show_message(self, text: str, timeout_ms: int = 8000) -> None:
        self._bar.showMessage(text, timeout_ms)

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.cancel_button.setText(tr("progress.cancel", lang))
        self.cancel_button.setToolTip(tr("progress.cancel.tip", lang))
        self.weights_label.setToolTip(tr("status.weights.tip", lang))
        self.pending_label.setToolTip(tr("status.pending_roles.tip", lang))
        if self._progress_key is not None:
            self.progress_bar.setFormat(f"{tr(self._progress_key, lang)} %p%")
        self._render()

    def _render(self) -> None:
        facts, lang = self._facts, self._lang
        name = facts.file_name or tr("status.no_file", lang)
        # Long survey-export names would push the counts off a 1366-pixel screen: elide the middle.
        metrics = self.file_label.fontMetrics()
        self.file_label.setText(metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, FILE_LABEL_MAX_WIDTH))
        self.file_label.setToolTip(name if facts.file_name else "")
        if facts.total is None:
            self.selection_label.clear()
            self.selection_label.hide()
            self._selection_separator.hide()
        else:
            selected = facts.total if facts.selected is None else facts.selected
            if facts.rounds is not None:
                from explorer.core.survey.panel_text import selection_sentence

                self.selection_label.setText(selection_sentence(*facts.rounds, lang))
            else:
                self.selection_label.setText(tr("status.selection", lang, selected=format_count(selected, lang),
                                                 total=format_count(facts.total, lang)))
            self.selection_label.show()
            self._selection_separator.show()
        on = facts.weighted and facts.weights_available
        self.weights_label.setText(tr("status.weights.on" if on else "status.weights.off", lang))
        if facts.pending_roles:
            roles = ", ".join(tr(f"mapping.role.{role}", lang) for role in facts.pending_roles)
            text = html.escape(tr("status.pending_roles", lang, roles=roles))
            self.pending_label.setText(f'<a href="mapping">{text}</a>')
        self.pending_label.setVisible(bool(facts.pending_roles))
        self._pending_separator.setVisible(bool(facts.pending_roles))


def _separator(parent) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
