"""Asking which file, and which sheet of a workbook, to open.

Plain functions, so tests replace them (`monkeypatch.setattr(open_dialogs, "ask_open_file", ...)`)
and drive the very code path the menu action uses.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QListWidget, QVBoxLayout, QWidget

from explorer.core.i18n import tr
from explorer.ui.loading import SURVEY_PATTERNS


def ask_open_file(parent: QWidget | None, lang: str, start_folder: str = "") -> str | None:
    """A survey file chosen by the user, or None if they cancelled."""
    filters = ";;".join((
        tr("dialog.open.filter.surveys", lang, patterns=" ".join(SURVEY_PATTERNS)),
        tr("dialog.open.filter.all", lang),
    ))
    dialog = QFileDialog(parent, tr("dialog.open.title", lang), start_folder, filters)
    dialog.setObjectName("open_file_dialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return chosen_file(dialog)


def chosen_file(dialog: QFileDialog) -> str | None:
    """Run a file dialog; the file chosen, or None if the user cancelled."""
    # Qt's own dialog (Linux without a desktop theme) opens too narrow for long export names;
    # a native dialog (Windows, macOS) ignores this.
    dialog.resize(900, 560)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    files = dialog.selectedFiles()
    return files[0] if files else None


def ask_sheet(parent: QWidget | None, lang: str, file_name: str, sheets: tuple[str, ...],
              current: str | None) -> str | None:
    """The sheet that holds the answers, or None if the user cancelled."""
    dialog = SheetPickerDialog(lang, file_name, sheets, current, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen_sheet()


class SheetPickerDialog(QDialog):
    def __init__(self, lang: str, file_name: str, sheets: tuple[str, ...], current: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheet_picker")
        self.setWindowTitle(tr("dialog.sheet.title", lang))
        text = QLabel(tr("dialog.sheet.text", lang, file=Path(file_name).name), self)
        text.setWordWrap(True)
        self.sheet_list = QListWidget(self)
        self.sheet_list.addItems(list(sheets))
        self.sheet_list.setCurrentRow(sheets.index(current) if current in sheets else 0)
        self.sheet_list.itemDoubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.sheet_list)
        layout.addWidget(buttons)
        self.resize(420, 300)

    def chosen_sheet(self) -> str | None:
        item = self.sheet_list.currentItem()
        return item.text() if item is not None else None
