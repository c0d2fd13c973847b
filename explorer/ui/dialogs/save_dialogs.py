"""File dialogs for saving exports and sessions, as plain functions tests can replace."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from explorer.core.i18n import tr
from explorer.ui.dialogs.open_dialogs import ask_open_file, chosen_file


def ask_save_path(parent: QWidget | None, lang: str, title_key: str, filter_key: str, suggested: str) -> str | None:
    """A path to save to, or None if the user cancelled. Qt asks before replacing a file."""
    dialog = QFileDialog(parent, tr(title_key, lang), suggested, tr(filter_key, lang))
    dialog.setObjectName("save_file_dialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    suffix = tr(filter_key, lang).split("*.")[1].split(")")[0] if "*." in tr(filter_key, lang) else ""
    if suffix:
        dialog.setDefaultSuffix(suffix)
    return chosen_file(dialog)


def ask_open_session(parent: QWidget | None, lang: str, start_folder: str = "") -> str | None:
    dialog = QFileDialog(parent, tr("dialog.open.session", lang), start_folder, tr("dialog.filter.session", lang))
    dialog.setObjectName("open_session_dialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return chosen_file(dialog)


def ask_session_source(parent: QWidget | None, lang: str, message_key: str, path: str) -> str:
    """'open' (use the file as it is), 'locate' (choose another file) or 'cancel'."""
    box = QMessageBox(parent)
    box.setObjectName("session_source_box")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("session.title", lang))
    box.setText(tr(message_key, lang, path=path))
    open_button = box.addButton(tr("session.open_anyway", lang), QMessageBox.ButtonRole.AcceptRole) \
        if message_key == "session.changed" else None
    locate_button = box.addButton(tr("session.locate", lang), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if open_button is not None and clicked is open_button:
        return "open"
    if clicked is locate_button:
        return "locate"
    return "cancel"


def ask_locate_source(parent: QWidget | None, lang: str, start_folder: str = "") -> str | None:
    return ask_open_file(parent, lang, start_folder)


def show_export_problem(parent: QWidget | None, lang: str, reason: str) -> None:
    QMessageBox.warning(parent, tr("export.title", lang), tr("workspace.export_failed", lang, reason=reason))


def show_export_withheld(parent: QWidget | None, lang: str, reason: str) -> None:
    """An export the register of released groups withholds: its own sentence says why and what to do."""
    QMessageBox.warning(parent, tr("export.title", lang), reason)


def confirm_data_export(parent: QWidget | None, lang: str, rows: int, left_out: list[str]) -> bool | None:
    """Ask before individual answers leave the app. None: cancelled; else whether to include `left_out`."""
    from PySide6.QtWidgets import QCheckBox

    from explorer.core.formatting import format_count

    box = QMessageBox(parent)
    box.setObjectName("confirm_data_export")
    box.setWindowTitle(tr("export.data.confirm.title", lang))
    box.setIcon(QMessageBox.Icon.Warning)
    columns = ", ".join(left_out) if left_out else tr("export.data.confirm.none", lang)
    box.setText(tr("export.data.confirm", lang, rows=format_count(rows, lang), columns=columns))
    include = QCheckBox(tr("export.data.include", lang))
    include.setChecked(False)
    include.setEnabled(bool(left_out))
    box.setCheckBox(include)
    export = box.addButton(tr("export.data.export", lang), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    if box.clickedButton() is not export:
        return None
    return include.isChecked()
