"""The Benchmark view's dialogs, as plain functions tests replace with `monkeypatch.setattr`.

- `ask_pdf_path`: where to save the briefing (None: cancelled);
- `ask_other_name`: the target could not be written; True if the user wants to choose another name;
- `show_export_bug`: something went wrong inside the app (not the user's doing);
- `show_withheld`: the release register withheld the briefing at the moment of export.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from explorer.core.i18n import tr


def ask_pdf_path(parent: QWidget | None, lang: str, suggested: str) -> str | None:
    """A path for the PDF, ending in `.pdf`, or None. Qt asks before replacing an existing file."""
    dialog = QFileDialog(parent, tr("benchmark.export.title", lang), suggested, tr("benchmark.export.filter", lang))
    dialog.setObjectName("benchmark_save_dialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix("pdf")
    dialog.selectFile(suggested)
    dialog.resize(900, 560)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    files = dialog.selectedFiles()
    return with_pdf_suffix(files[0]) if files else None


def with_pdf_suffix(path: str) -> str:
    return path if Path(path).suffix.lower() == ".pdf" else path + ".pdf"


def ask_other_name(parent: QWidget | None, lang: str, reason: str) -> bool:
    """Say why the briefing was not saved (core's one sentence) and offer another name."""
    box = QMessageBox(parent)
    box.setObjectName("benchmark_refused_box")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("benchmark.export.not_saved", lang))
    box.setText(tr("benchmark.export.refused.text", lang, reason=reason))
    box.setInformativeText(tr("benchmark.export.refused.question", lang))
    other = box.addButton(tr("benchmark.export.other_name", lang), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(other)
    box.exec()
    return box.clickedButton() is other


def show_export_bug(parent: QWidget | None, lang: str, detail: str) -> None:
    QMessageBox.critical(parent, tr("dialog.bug.title", lang), tr("benchmark.export.bug.text", lang, detail=detail))


def show_withheld(parent: QWidget | None, lang: str, conflict) -> None:
    from explorer.core.disclosure.ledger import withheld_error

    QMessageBox.warning(parent, tr("benchmark.export.not_saved", lang), withheld_error(conflict).text(lang))
