"""The data tab: a table model over a pandas DataFrame, fast at 100,000 rows × 120 columns.

Nothing is materialised up front: `data()` formats only the cells Qt asks for (the visible
ones). Categorical columns — the usual case for coded answers — are shown through their codes
and a list of pre-formatted labels, so a cell costs two array lookups. The frame is never
modified; sorting and (later) filtering only change `_rows`, the frame positions shown.

pandas is not imported here at module level: this module is on the start-up path.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from explorer.core.formatting import decimal_separator
from explorer.core.i18n import tr

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from explorer.core.reading import ColumnInfo

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class _Column:
    """How to show one column: a cell formatter bound to the column's arrays."""

    def __init__(self, series: "pd.Series", lang: str) -> None:
        import pandas as pd

        self.series = series
        self.numeric = False
        dtype = series.dtype
        if isinstance(dtype, pd.CategoricalDtype):
            codes = series.cat.codes.to_numpy()
            labels = [_format_value(v, lang) for v in series.cat.categories]
            self.text = lambda row: labels[codes[row]] if codes[row] >= 0 else ""
            self.numeric = pd.api.types.is_numeric_dtype(series.cat.categories.dtype)
        else:
            values = series.array
            self.numeric = pd.api.types.is_numeric_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype)
            self.text = lambda row: _format_value(values[row], lang)


def _format_value(value: object, lang: str) -> str:
    import pandas as pd

    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        text = str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:.12g}"
        return text.replace(".", decimal_separator(lang)) if lang != "en" else text
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d") if value == value.normalize() else value.strftime("%Y-%m-%d %H:%M:%S")
    if hasattr(value, "dtype") and getattr(value, "ndim", 1) == 0:  # numpy scalars
        return _format_value(value.item(), lang)
    return str(value)


class DataFrameModel(QAbstractTableModel):
    def __init__(self, parent=None, lang: str = "nl") -> None:
        super().__init__(parent)
        self._lang = lang
        self._frame: "pd.DataFrame | None" = None
        self._infos: dict[str, "ColumnInfo"] = {}
        self._columns: list[_Column | None] = []
        self._names: list[str] = []
        self._rows: "np.ndarray | None" = None  # frame positions shown, in display order
        self._selection: "np.ndarray | None" = None  # positions kept by the filter (None: all)
        self._answered: dict[int, int] = {}

    # Feeding ----------------------------------------------------------------------------

    def set_frame(self, frame: "pd.DataFrame | None", columns: "tuple[ColumnInfo, ...]" = ()) -> None:
        import numpy as np

        self.beginResetModel()
        self._frame = frame
        self._infos = {info.name: info for info in columns}
        self._names = [str(name) for name in frame.columns] if frame is not None else []
        self._columns = [None] * len(self._names)  # built on first look: cheap set_frame
        self._selection = None
        self._rows = np.arange(len(frame)) if frame is not None else None
        self._answered = {}
        self.endResetModel()

    def set_selection(self, positions: "np.ndarray | None") -> None:
        """Show only these frame positions (the filtered firms, from MainWindow.show_selection); None shows every row."""
        import numpy as np

        if self._frame is None:
            return
        self.beginResetModel()
        self._selection = None if positions is None else np.asarray(positions, dtype=np.int64)
        self._rows = np.arange(len(self._frame)) if positions is None else self._selection.copy()
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        if lang == self._lang:
            return
        self.beginResetModel()
        self._lang = lang
        self._columns = [None] * len(self._names)  # decimal marks differ: rebuild formatters
        self.endResetModel()

    @property
    def frame(self) -> "pd.DataFrame | None":
        return self._frame

    # Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if parent.isValid() or self._rows is None:
            return 0
        return len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._names)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._rows is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._column(index.column()).text(int(self._rows[index.row()]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if self._column(index.column()).numeric else _LEFT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and self._rows is not None:
                return str(int(self._rows[section]) + 1)  # the firm's row in the file's data
            return None
        if section >= len(self._names):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._names[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tooltip(section)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the shown rows by one column; column -1 restores the file's order."""
        import numpy as np

        if self._frame is None:
            return
        self.layoutAboutToBeChanged.emit()
        base = self._selection if self._selection is not None else np.arange(len(self._frame))
        if column < 0 or column >= len(self._names):
            self._rows = base.copy()
        else:
            self._rows = base[_sort_order(self._frame.iloc[base, column], order == Qt.SortOrder.AscendingOrder)]
        self.layoutChanged.emit()

    # Helpers ----------------------------------------------------------------------------

    def _column(self, section: int) -> _Column:
        column = self._columns[section]
        if column is None:
            column = _Column(self._frame.iloc[:, section], self._lang)
            self._columns[section] = column
        return column

    def _header_tooltip(self, section: int) -> str:
        name = self._names[section]
        info = self._infos.get(name)
        lines = [tr("header.tip.column", self._lang, name=name)]
        if info is not None:
            if info.question_text and info.question_text != name:
                lines.append(tr("header.tip.question", self._lang, question=info.question_text))
            if info.option_label:
                lines.append(tr("header.tip.option", self._lang, option=info.option_label))
            if info.is_metadata:
                lines.append(tr("header.tip.metadata", self._lang))
        if section not in self._answered:
            self._answered[section] = int(self._frame.iloc[:, section].notna().sum())
        from explorer.core.formatting import format_count

        lines.append(tr("header.tip.answered", self._lang, answered=format_count(self._answered[section], self._lang),
                        rows=format_count(len(self._frame), self._lang)))
        return "\n".join(lines)


def _sort_order(values: "pd.Series", ascending: bool) -> "np.ndarray":
    """Positions that sort `values`, missing values last, ties kept in file order."""
    import pandas as pd

    values = values.reset_index(drop=True)
    try:
        ordered = values.sort_values(ascending=ascending, kind="stable", na_position="last")
    except TypeError:  # mixed types in an object column: compare as text
        ordered = values.astype("string").sort_values(ascending=ascending, kind="stable", na_position="last")
    return ordered.index.to_numpy() if isinstance(ordered, pd.Series) else ordered


class DataTableView(QTableView):
    """A QTableView set up for many rows: fixed row heights, elided headers, no per-row sizing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("data_table")
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.verticalHeader()
        # Fixed heights: Qt then never measures 100,000 rows.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        columns = self.horizontalHeader()
        columns.setDefaultSectionSize(170)
        columns.setTextElideMode(Qt.TextElideMode.ElideRight)
        columns.setSortIndicatorClearable(True)
        columns.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        columns.setHighlightSections(False)
        self.setSortingEnabled(True)

    def reset(self) -> None:
        """A new frame or selection arrives in file order: clear a sort indicator left from before."""
        super().reset()
        header = self.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
