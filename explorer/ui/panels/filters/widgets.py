"""Small widgets and helpers of the filter panel: an eliding check box and fast count formatting."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QSizePolicy, QStyle, QStyleOptionButton, QStylePainter, QWidget

# Narrowest a choice may get before its label is cut: the box plus a few letters.
_MIN_TEXT_WIDTH = 48


class CountFormat:
    """Counts with the language's thousands separator (babel once per language, not per label).

    The separator is looked up on the first count, so a panel without a survey imports no babel.
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._separator: str | None = None

    def __call__(self, count: int) -> str:
        if self._separator is None:
            from explorer.core.formatting import format_count

            thousand = format_count(1000, self.lang)
            self._separator = thousand[1] if len(thousand) == 5 else ""
        text = f"{count:,}"
        return text if self._separator == "," else text.replace(",", self._separator)


def muted_color(widget: QWidget | None = None) -> QColor:
    """The colour of text that is there but does not count now (a choice with no firms)."""
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)


class ElidedCheckBox(QCheckBox):
    """A check box whose label is cut with "…" when the panel is narrow (the tooltip has it whole).

    Long answer options ("Ja, terug naar Nederland/België (reshoring)") would otherwise widen the
    whole panel or be clipped without a sign.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._muted = False
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_muted(self, muted: bool) -> None:
        if muted != self._muted:
            self._muted = muted
            self.update()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().minimumSizeHint()
        option = QStyleOptionButton()
        self.initStyleOption(option)
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, self)
        return QSize(min(hint.width(), indicator + _MIN_TEXT_WIDTH), hint.height())

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        rect = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, self)
        option.text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, max(rect.width(), 0))
        if self._muted:
            option.palette.setColor(QPalette.ColorRole.WindowText, muted_color(self))
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, option)
        painter.end()
