"""A stand-in for a view that is not built yet: marks the place where it will plug in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from explorer.core.i18n import tr


class PlaceholderPanel(QWidget):
    def __init__(self, message_key: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._message_key = message_key
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setEnabled(False)  # greyed: this is a note about the future, not content
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.label)
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        self.label.setText(tr(self._message_key, lang))
