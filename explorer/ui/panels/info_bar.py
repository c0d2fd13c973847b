"""A slim bar above the tabs that says reading the file raised notes, with a button to read them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QToolButton, QWidget

from explorer.core.i18n import tr, tr_count


class InfoBar(QFrame):
    sig_details_requested = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("info_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # A pale yellow that reads as "note", not "error"; text colour set too for dark themes.
        self.setStyleSheet("#info_bar { background: #fff4ce; border: 1px solid #e0c060; border-radius: 3px; }"
                           "#info_bar QLabel { color: #3b2f00; }")
        self._lang = lang
        self._file_name = ""
        self._count = 0

        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size, size))
        self.text_label = QLabel(self)
        self.text_label.setWordWrap(True)
        self.details_button = QPushButton(self)
        self.details_button.clicked.connect(self.sig_details_requested)
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        self.close_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self.close_button.clicked.connect(self.hide)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(icon)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.details_button)
        layout.addWidget(self.close_button)
        self.retranslate(lang)
        self.hide()

    def show_notes(self, file_name: str, count: int) -> None:
        self._file_name, self._count = file_name, count
        self.retranslate(self._lang)
        self.setVisible(count > 0)

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.details_button.setText(tr("warnings.show", lang))
        self.close_button.setToolTip(tr("warnings.hide.tip", lang))
        if self._count:
            self.text_label.setText(tr_count("warnings.bar", lang, self._count, file=self._file_name))
