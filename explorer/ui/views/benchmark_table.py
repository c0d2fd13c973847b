"""The preview table of the Benchmark view: a model over `PreviewRow`s and its table view.

Theme rows span the whole width; a multi-select question has a header row with its options
below it, indented. A withheld peer figure reads `c` in bold, with the reason in the note column.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from explorer.core.i18n import tr

COLUMNS = ("question", "answer", "peers", "n", "note")
QUESTION, ANSWER, PEERS, N, NOTE = range(len(COLUMNS))
_OPTION_INDENT = "    "
_THEME_BACKGROUND = "#EEF3F8"
_WITHHELD_INK = "#404040"
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class BenchmarkTableModel(QAbstractTableModel):
    def __init__(self, lang: str = "nl", parent=None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: tuple = ()
        self._bold = QFont()
        self._bold.setBold(True)
        self._theme_brush = QBrush(QColor(_THEME_BACKGROUND))
        self._withheld_brush = QBrush(QColor(_WITHHELD_INK))

    # Content ------------------------------------------------------------------------------

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rows(self) -> tuple:
        return self._rows

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def cell_text(self, row: int, column: int) -> str:
        """The text shown in one cell (what a reader sees; tests read the preview through this)."""
        item = self._rows[row]
        if column == QUESTION:
            return _OPTION_INDENT + item.question if item.kind == "option" else item.question
        return (item.answer, item.peers, item.n, item.note)[column - 1] if item.kind != "theme" else ""

    # Qt model API -------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(f"benchmark.column.{COLUMNS[section]}", self._lang)
        if role == Qt.ItemDataRole.ToolTipRole and section == N:
            return tr("benchmark.column.n.tip", self._lang)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section == N else _LEFT
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        item = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, item, column)
        if role == Qt.ItemDataRole.FontRole:
            bold = (item.kind in ("theme", "header") and column == QUESTION) \
                or (column == PEERS and item.withheld) or (column == ANSWER and item.firm_mark)
            return self._bold if bold else None
        if role == Qt.ItemDataRole.BackgroundRole and item.kind == "theme":
            return self._theme_brush
        if role == Qt.ItemDataRole.ForegroundRole and item.withheld and column in (PEERS, NOTE):
            return self._withheld_brush
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in (PEERS, N) else _LEFT
        return None

    def _tooltip(self, row: int, item, column: int) -> str | None:
        if item.kind == "theme":
            return item.tip or None
        if column == QUESTION:
            return item.tip or item.question
        return self.cell_text(row, column) or None


class BenchmarkTable(QTableView):
    """Read-only, row-selecting, with theme rows spanning all columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("benchmark_table")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(False)
        self.setShowGrid(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(36)

    def setModel(self, model) -> None:  # noqa: N802 (Qt override)
        super().setModel(model)
        model.modelReset.connect(self._apply_spans)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QUESTION, QHeaderView.ResizeMode.Interactive)
        for column in (ANSWER, PEERS, N):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.set_column_widths(self.viewport().width() or 1000)

    def set_column_widths(self, width: int) -> None:
        """The figures' columns fit their header and content (within a cap); the question gets a
        good half of the rest and the note column stretches to the edge."""
        model = self.model()
        plain = self.fontMetrics()
        bold_font = QFont(self.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)

        def needed(column: int, cap: int) -> int:
            header = plain.horizontalAdvance(str(model.headerData(column, Qt.Orientation.Horizontal))) + 20
            cells = [bold.horizontalAdvance(model.cell_text(row, column)) + 14
                     for row, item in enumerate(model.rows()) if item.kind != "theme"]
            return min(max([header, *cells]), cap)

        answer, peers, n = needed(ANSWER, 230), needed(PEERS, 200), needed(N, 90)
        question = max(220, int((width - answer - peers - n) * 0.55))
        for column, size in ((QUESTION, question), (ANSWER, answer), (PEERS, peers), (N, n)):
            self.setColumnWidth(column, size)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.set_column_widths(self.viewport().width())

    def _apply_spans(self) -> None:
        self.set_column_widths(self.viewport().width())
        self.clearSpans()
        model = self.model()
        for row, item in enumerate(model.rows()):
            if item.kind == "theme":
                self.setSpan(row, 0, 1, len(COLUMNS))
