"""The register of released groups (File ▸ Register of released groups…): see it, clear it deliberately.

The same register `survey-explorer ledger show|clear` works on. A clear asks for a reason, which
the register keeps and later briefings name on their method page. A damaged register is shown as
such (core's plain sentence), and can be cleared the same way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.core.disclosure import DEFAULT_MIN_PEERS
from explorer.core.errors import TranslatableError
from explorer.core.i18n import tr

COLUMNS = ("date", "kind", "source", "firm", "group", "n")


def ask_reason(parent: QWidget | None, lang: str) -> str | None:
    """Why the register is cleared (None: cancelled). Tests replace this function."""
    text, accepted = QInputDialog.getText(parent, tr("ledger.dialog.title", lang), tr("ledger.clear.prompt", lang))
    return text if accepted else None


def ask_and_clear(parent: QWidget | None, ledger, lang: str) -> int | None:
    """Ask why, then clear the register: the groups set aside, None when the user cancelled. A
    register that cannot be cleared raises TranslatableError (one plain sentence)."""
    reason = ask_reason(parent, lang)
    return None if reason is None else ledger.clear(reason)


class LedgerDialog(QDialog):
    sig_cleared = Signal(int)  # groups forgotten

    def __init__(self, ledger, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ledger_dialog")
        self._ledger = ledger
        self._lang = lang
        self.setWindowTitle(tr("ledger.dialog.title", lang))
        self.intro = QLabel(tr("ledger.dialog.intro", lang, threshold=DEFAULT_MIN_PEERS - 1), self)
        self.intro.setWordWrap(True)
        self.path = QLabel(tr("ledger.dialog.path", lang, path=str(ledger.path)), self)
        self.path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path.setStyleSheet("color: #595959;")
        self.problem = QLabel(self)
        self.problem.setObjectName("ledger_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B35806;")
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([tr(f"ledger.column.{c}", lang) for c in COLUMNS])
        self.table = QTableView(self)
        self.table.setObjectName("ledger_table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("group"), QHeaderView.ResizeMode.Stretch)
        self.clear_button = QPushButton(tr("ledger.clear.button", lang), self)
        self.clear_button.setObjectName("ledger_clear")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.path, self.problem, self.table):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.resize(860, 420)
        self.refresh()

    def refresh(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        try:
            entries, clears = self._ledger.entries(), self._ledger.clears()
        except TranslatableError as error:
            self._say(error.text(self._lang))
            return
        rows = [(e.at, tr(f"ledger.kind.{e.kind}", self._lang), e.source, e.subject or "", e.definition, str(e.firms))
                for e in entries]
        rows += [(c.at, tr("ledger.kind.clear", self._lang), "", "", tr("ledger.clear.reason", self._lang,
                                                                     reason=c.reason), str(c.cleared))
                 for c in clears]
        for at, *rest in sorted(rows, key=lambda row: row[0]):
            cells = [QStandardItem(at[:16].replace("T", " ")), *(QStandardItem(text) for text in rest)]
            for cell in cells:
                cell.setToolTip(cell.text())
            self.model.appendRow(cells)
        self._say("" if rows else tr("ledger.dialog.empty", self._lang))

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _on_clear_button_clicked(self) -> None:
        try:
            cleared = ask_and_clear(self, self._ledger, self._lang)
        except TranslatableError as error:
            self._say(error.text(self._lang))
            return
        if cleared is None:
            return
        self.refresh()
        self._say(tr("ledger.clear.done", self._lang, count=cleared))
        self.sig_cleared.emit(cleared)
