"""What a filter group shows the user: the count printed beside each check box, for the tests."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout


def counts_shown(group) -> dict[str, str]:
    """{value: the text of the count label in the check box's row} of a ChoiceGroup."""
    shown = {}
    for value in group.values:
        box = group.box(value)
        grid = box.parentWidget().layout()
        assert isinstance(grid, QGridLayout)
        row, _column, _rows, _columns = grid.getItemPosition(grid.indexOf(box))
        shown[value] = grid.itemAtPosition(row, 1).widget().text()
    return shown
