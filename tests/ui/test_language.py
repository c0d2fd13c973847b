"""Qt's own dialogs speak the window's language (qtbase_<lang> plus the few strings it lacks)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

from explorer.ui import language


def labels_of_qt_file_dialog(qtbot) -> list[str]:
    dialog = QFileDialog(None, "", "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    return sorted(label.text().replace("&", "") for label in dialog.findChildren(QLabel) if label.text())


def test_qt_dialogs_are_dutch_then_english_again(qtbot):
    try:
        assert language.apply_qt_language("nl")
        assert labels_of_qt_file_dialog(qtbot) == ["Bestandsnaam:", "Bestandstype:", "Zoeken in:"]
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuleren"
    finally:
        language.apply_qt_language("en")
    assert labels_of_qt_file_dialog(qtbot) == ["File name:", "Files of type:", "Look in:"]
