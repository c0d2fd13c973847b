"""The combo a view picks its question with, and the cut labels it shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

COMBO_LABEL_CHARS = 60      # question labels in a combo are cut here (the tooltip has them whole)


def short_label(text: str, limit: int = COMBO_LABEL_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def question_combo(parent: QWidget, object_name: str) -> QComboBox:
    """The combo a view picks its question with: wide, labels cut with the whole text as tooltip."""
    combo = QComboBox(parent)
    combo.setObjectName(object_name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(34)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return combo


def fill_question_combo(combo: QComboBox, questions, limit: int = 80) -> None:
    """One item per question or grid (data: its key), without emitting a change."""
    combo.blockSignals(True)
    combo.clear()
    for question in questions:
        combo.addItem(short_label(question.label, limit), question.key)
        combo.setItemData(combo.count() - 1, question.label, Qt.ItemDataRole.ToolTipRole)
    combo.blockSignals(False)


def combo_keys(combo: QComboBox) -> list[str]:
    """The keys (item data) of the combo's items, in their order."""
    return [combo.itemData(i) for i in range(combo.count())]


def select_in_combo(combo: QComboBox, key: str | None) -> None:
    """Show the item whose data is `key` (none when absent), without emitting a change."""
    index = combo.findData(key) if key is not None else -1
    if index != combo.currentIndex():
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
