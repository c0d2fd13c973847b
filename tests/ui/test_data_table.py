"""The data tab's model over a pandas DataFrame: correct cells, lazy, fine with 100,000 rows."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QModelIndex, Qt

from explorer.core.reading import ColumnInfo
from explorer.ui.views.data_table import DataFrameModel, DataTableView

DISPLAY = Qt.ItemDataRole.DisplayRole


def cell(model: DataFrameModel, row: int, column: int, role=DISPLAY):
    return model.data(model.index(row, column), role)


def small_frame() -> pd.DataFrame:
    return pd.DataFrame({
        "id": pd.array([3, 1, None], dtype="Int64"),
        "sector": pd.Categorical(["25", None, "28"]),
        "weight": [1.25, float("nan"), 2.0],
        "datum": pd.to_datetime(["2021-09-01", "2021-09-02 10:30", None], format="ISO8601"),
        "tekst": ["a", None, "c"],
    })


def test_cells_are_formatted_per_language_and_missing_is_blank(qapp):
    model = DataFrameModel(lang="nl")
    model.set_frame(small_frame(), (ColumnInfo("weight", "Gewicht"),))

    assert [cell(model, 0, c) for c in range(5)] == ["3", "25", "1,25", "2021-09-01", "a"]
    assert [cell(model, 1, c) for c in range(5)] == ["1", "", "", "2021-09-02 10:30:00", ""]
    assert cell(model, 2, 2) == "2"
    assert cell(model, 0, 2, Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)
    model.set_language("en")
    assert cell(model, 0, 2) == "1.25"


def test_header_tooltip_tells_question_option_and_how_many_answered(qapp):
    model = DataFrameModel(lang="en")
    infos = (ColumnInfo("sector", question_text="Main activity?", option_label="NACE"),)
    model.set_frame(small_frame(), infos)

    tip = model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines() == ["Column: sector", "Question: Main activity?", "Answer option: NACE",
                                "Answered: 2 of 3"]
    assert model.headerData(1, Qt.Orientation.Horizontal, DISPLAY) == "sector"
    assert model.headerData(0, Qt.Orientation.Vertical, DISPLAY) == "1"


def test_sorting_keeps_missing_last_and_column_minus_one_restores_file_order(qapp):
    model = DataFrameModel(lang="en")
    model.set_frame(small_frame())

    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [cell(model, r, 0) for r in range(3)] == ["1", "3", ""]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [cell(model, r, 0) for r in range(3)] == ["3", "1", ""]
    model.sort(-1)
    assert [cell(model, r, 0) for r in range(3)] == ["3", "1", ""]
    assert model.headerData(1, Qt.Orientation.Vertical, DISPLAY) == "2"


def test_selection_shows_only_the_given_rows(qapp):
    model = DataFrameModel(lang="en")
    model.set_frame(small_frame())
    model.set_selection(np.array([2, 0]))
    assert model.rowCount() == 2
    assert [cell(model, r, 4) for r in range(2)] == ["c", "a"]
    model.set_selection(None)
    assert model.rowCount() == 3


def test_a_big_frame_is_shown_without_formatting_every_cell(qtbot):
    rows, columns = 100_000, 120
    rng = np.random.default_rng(4)
    labels = pd.Categorical.from_codes(rng.integers(-1, 4, rows), ["ja", "nee", "weet niet", "n.v.t."])
    frame = pd.DataFrame({f"q{c}": labels if c % 2 else rng.integers(0, 1000, rows) for c in range(columns)})
    model = DataFrameModel(lang="nl")
    view = DataTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 500)
    view.show()
    qtbot.waitExposed(view)

    model.set_frame(frame)
    view.scrollToBottom()
    view.viewport().repaint()

    assert model.rowCount() == rows and model.columnCount() == columns
    built = sum(column is not None for column in model._columns)
    assert built < 20  # only the columns on screen were prepared
    assert cell(model, rows - 1, 1) == ("" if pd.isna(frame.iat[rows - 1, 1]) else frame.iat[rows - 1, 1])
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(QModelIndex()) == columns
