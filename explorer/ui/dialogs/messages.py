"""Message boxes: the translated frame around what core said, in one place.

Core's reasons and notes are single plain English sentences (`InputError`, `LoadedTable.warnings`);
the text around them is ours and translated. Qt's buttons are translated by qtbase_<lang>.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from explorer import __version__
from explorer.core.i18n import tr


def show_refusal(parent: QWidget | None, lang: str, file_name: str, reason: str) -> None:
    QMessageBox.warning(parent, tr("dialog.refused.title", lang),
                        tr("dialog.refused.text", lang, file=file_name, reason=reason))


def show_bug(parent: QWidget | None, lang: str, file_name: str, detail: str) -> None:
    QMessageBox.critical(parent, tr("dialog.bug.title", lang),
                         tr("dialog.bug.text", lang, file=file_name, detail=detail))


def show_missing_recent(parent: QWidget | None, lang: str, path: str) -> None:
    QMessageBox.information(parent, tr("dialog.refused.title", lang), tr("dialog.missing.text", lang, file=path))


def show_read_notes(parent: QWidget | None, lang: str, file_name: str, notes: tuple[str, ...]) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, tr("warnings.dialog.title", lang),
                      tr("warnings.dialog.text", lang, file=file_name), QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText("\n\n".join(f"• {note}" for note in notes))
    box.exec()


def show_about(parent: QWidget | None, lang: str) -> None:
    QMessageBox.about(parent, tr("dialog.about.title", lang), tr("dialog.about.text", lang, version=__version__))
