"""Notes on the mapping dialog's current row that ask the user to decide.

- a role detection proposes on weak evidence ("this may be the firm's size"): it is not applied
  until the user presses "Use as size" (or picks the role in the table);
- answers whose SPSS label means "no answer" ("Don't know (-9)"): left out, unless the user
  counts them as answers.

Like the rest of the panel it only says what the user asked for; the dialog makes the Mapping.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from explorer.core.formatting import format_percent
from explorer.core.i18n import tr
from explorer.core.survey.mapping_edit import ColumnRow


def _note_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class RowNotes(QWidget):
    sig_role_confirmed = Signal(str, str)      # column, role
    sig_no_answer_counted = Signal(str, bool)  # column, True: count those answers as answers

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("row_notes")
        self._lang = lang
        self._row: ColumnRow | None = None
        self.proposal = _note_label(self, "proposal_note")
        self.confirm_button = QPushButton(self)
        self.confirm_button.setObjectName("confirm_role_button")
        self.confirm_button.clicked.connect(self._on_confirm_button_clicked)
        self.no_answer = _note_label(self, "no_answer_note")
        self.count_button = QPushButton(self)
        self.count_button.setObjectName("count_no_answer_button")
        self.count_button.clicked.connect(self._on_count_button_clicked)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(line)
        layout.addWidget(self.proposal)
        layout.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.no_answer)
        layout.addWidget(self.count_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.show_row(None)

    def show_row(self, row: ColumnRow | None) -> None:
        lang = self._lang
        self._row = row
        proposed = row is not None and row.proposed_role is not None
        if proposed:
            role = tr(f"mapping.role.{row.proposed_role}", lang)
            self.proposal.setText(tr("mapping.notes.proposed", lang, role=role,
                                     confidence=format_percent(row.proposed_confidence or 0.0, lang, 0)))
            self.confirm_button.setText(tr("mapping.notes.confirm", lang, role=role))
        self.proposal.setVisible(proposed)
        self.confirm_button.setVisible(proposed)
        listed = row is not None and bool(row.no_answer)
        if listed:
            answers = ", ".join(row.no_answer)
            kept = row.no_answer_kept
            self.no_answer.setText(tr("mapping.notes.no_answer.kept" if kept else "mapping.notes.no_answer", lang,
                                      answers=answers))
            self.count_button.setText(tr("mapping.notes.uncount" if kept else "mapping.notes.count", lang))
        self.no_answer.setVisible(listed)
        self.count_button.setVisible(listed)
        self.setVisible(proposed or listed)

    def _on_confirm_button_clicked(self) -> None:
        if self._row is not None and self._row.proposed_role is not None:
            self.sig_role_confirmed.emit(self._row.name, self._row.proposed_role)

    def _on_count_button_clicked(self) -> None:
        if self._row is not None and self._row.no_answer:
            self.sig_no_answer_counted.emit(self._row.name, not self._row.no_answer_kept)
