"""The small questions the mapping dialog asks: plain functions, so tests replace them."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from explorer.core.i18n import tr


def ask_profile_name(parent: QWidget | None, lang: str, suggestion: str) -> str | None:
    """The name to save the profile under, or None if the user cancelled or left it empty."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("profile_name_dialog")
    dialog.setWindowTitle(tr("mapping.profile.title", lang))
    dialog.setLabelText(tr("mapping.profile.prompt", lang))
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue(suggestion)
    dialog.resize(460, dialog.sizeHint().height())
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    name = dialog.textValue().strip()
    return name or None


def confirm_replace(parent: QWidget | None, lang: str, name: str) -> bool:
    answer = QMessageBox.question(parent, tr("mapping.profile.title", lang),
                                  tr("mapping.profile.replace", lang, name=name))
    return answer == QMessageBox.StandardButton.Yes


def show_profile_error(parent: QWidget | None, lang: str, folder: str) -> None:
    """One plain sentence: where the profile could not be written."""
    QMessageBox.warning(parent, tr("mapping.profile.title", lang), tr("mapping.profile.failed", lang, folder=folder))
