"""A titled group of check boxes, one per value of a dimension, each with its count of firms."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QStyle, QToolButton, QVBoxLayout, QWidget

from explorer.ui.panels.filters.widgets import ElidedCheckBox, muted_color


class GroupHeader(QWidget):
    """A bold, wrapping title with an optional remove button on the right."""

    sig_remove_clicked = Signal()

    def __init__(self, removable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(self)
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.title_label.font())
        font.setBold(True)
        self.title_label.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title_label, 1)
        self.remove_button: QToolButton | None = None
        if removable:
            self.remove_button = QToolButton(self)
            self.remove_button.setObjectName("filter_remove")
            self.remove_button.setAutoRaise(True)
            self.remove_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
            self.remove_button.clicked.connect(self.sig_remove_clicked)
            layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)

    def set_title(self, text: str, tooltip: str = "") -> None:
        self.title_label.setText(text)
        self.title_label.setToolTip(tooltip)


class ChoiceGroup(QWidget):
    """Values of one dimension as check boxes; none ticked means the dimension does not filter."""

    sig_changed = Signal(str)  # the dimension, after the user ticked or unticked a value
    sig_remove_requested = Signal(str)  # the dimension, for a filter the user added

    def __init__(self, dimension: str, removable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dimension = dimension
        self.setObjectName(f"filter_group_{dimension}")
        self.header = GroupHeader(removable, self)
        self.header.sig_remove_clicked.connect(self._on_header_remove_clicked)
        self._grid_host = QWidget(self)
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.header)
        layout.addWidget(self._grid_host)
        self._values: list[str] = []
        self._boxes: list[ElidedCheckBox] = []
        self._count_labels: list[QLabel] = []
        self._counts: list[int | None] = []
        self._count_tip: Callable[[int], str] = str

    # Content ----------------------------------------------------------------------------

    def set_title(self, text: str, tooltip: str = "") -> None:
        self.header.set_title(text, tooltip)

    def set_remove_tooltip(self, text: str) -> None:
        if self.header.remove_button is not None:
            self.header.remove_button.setToolTip(text)

    def set_choices(self, values: Sequence[str], labels: Sequence[str]) -> None:
        """Replace the values (all unticked)."""
        for widget in (*self._boxes, *self._count_labels):
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._values = list(values)
        self._boxes, self._count_labels, self._counts = [], [], []
        for row, (value, label) in enumerate(zip(values, labels)):
            box = ElidedCheckBox(label, self._grid_host)
            box.setObjectName(f"choice_{self.dimension}_{row}")
            box.toggled.connect(self._on_box_toggled)
            count = QLabel(self._grid_host)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._grid.addWidget(box, row, 0)
            self._grid.addWidget(count, row, 1)
            self._boxes.append(box)
            self._count_labels.append(count)
            self._counts.append(None)
        self._update_tooltips()

    def set_labels(self, labels: Sequence[str]) -> None:
        for box, label in zip(self._boxes, labels):
            box.setText(label)
        self._update_tooltips()

    def set_count_tip(self, tip: Callable[[int], str]) -> None:
        self._count_tip = tip
        self._update_tooltips()

    def set_counts(self, counts: dict[str, int], fmt: Callable[[int], str], force: bool = False) -> None:
        """Show each value's count; labels whose count did not change are left alone."""
        for index, value in enumerate(self._values):
            count = int(counts.get(value, 0))
            previous = self._counts[index]
            if count == previous and not force:
                continue
            self._counts[index] = count
            label = self._count_labels[index]
            label.setText(fmt(count))
            if force or previous is None or (count == 0) != (previous == 0):
                self._paint_muted(index, count == 0)
            tip = self._tooltip(index)
            self._boxes[index].setToolTip(tip)
            label.setToolTip(tip)

    def _paint_muted(self, index: int, muted: bool) -> None:
        """Grey a value no firm has under the other filters (it stays tickable)."""
        label = self._count_labels[index]
        palette = label.palette()
        role = QPalette.ColorRole.WindowText
        palette.setColor(role, muted_color(self) if muted else self.palette().color(role))
        label.setPalette(palette)
        self._boxes[index].set_muted(muted)

    # Selection --------------------------------------------------------------------------

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(self._values)

    def labels(self) -> tuple[str, ...]:
        return tuple(box.text() for box in self._boxes)

    def box(self, value: str) -> ElidedCheckBox:
        return self._boxes[self._values.index(value)]

    def selected(self) -> tuple[str, ...]:
        return tuple(value for value, box in zip(self._values, self._boxes) if box.isChecked())

    def set_selected(self, values: Sequence[str]) -> None:
        """Tick exactly `values` (unknown ones are ignored) without emitting `sig_changed`."""
        wanted = set(values)
        for value, box in zip(self._values, self._boxes):
            box.blockSignals(True)
            box.setChecked(value in wanted)
            box.blockSignals(False)

    def clear(self) -> None:
        self.set_selected(())

    # Internals --------------------------------------------------------------------------

    def _tooltip(self, index: int) -> str:
        count = self._counts[index]
        text = self._boxes[index].text()
        return text if count is None else f"{text}\n{self._count_tip(count)}"

    def _update_tooltips(self) -> None:
        for index, box in enumerate(self._boxes):
            tip = self._tooltip(index)
            box.setToolTip(tip)
            self._count_labels[index].setToolTip(tip)

    def _on_box_toggled(self, _checked: bool) -> None:
        self.sig_changed.emit(self.dimension)

    def _on_header_remove_clicked(self) -> None:
        self.sig_remove_requested.emit(self.dimension)
