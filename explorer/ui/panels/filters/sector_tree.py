"""Sector as a NACE section → division tree with check boxes and counts (or a flat list of labels).

A section's box is tristate and follows its divisions; ticking a section ticks all its divisions.
The filter values are the ticked divisions' codes, or a section's letter when all its divisions
are ticked (`filter_mask` reads `C` as every firm in section C).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTreeView, QWidget

_Index = QModelIndex | QPersistentModelIndex
TITLE, COUNT = 0, 1


class _Node:
    __slots__ = ("key", "children", "checked", "count")

    def __init__(self, key: str, children: list["_Node"] | None = None) -> None:
        self.key = key
        self.children = children or []
        self.checked = False
        self.count: int | None = None

    @property
    def is_branch(self) -> bool:
        return bool(self.children)


class SectorTreeModel(QAbstractItemModel):
    """Two columns (title, count); top rows are sections (nested) or plain sector labels (flat).

    An index's internal id is 0 for a top row and `section row + 1` for a division under it.
    """

    sig_checks_changed = Signal()  # after the user ticked or unticked something

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._tops: list[_Node] = []
        self._titles: dict[str, str] = {}
        self._format: Callable[[int], str] = str
        self._count_tip: Callable[[int], str] = str
        self._muted = QColor(128, 128, 128)

    # Content ----------------------------------------------------------------------------

    def set_sections(self, sections: Sequence[tuple[str, Sequence[str]]]) -> None:
        """NACE mode: (section letter, its divisions present in the survey) in order."""
        self.beginResetModel()
        self._tops = [_Node(letter, [_Node(code) for code in divisions]) for letter, divisions in sections]
        self.endResetModel()

    def set_labels(self, labels: Sequence[str]) -> None:
        """Flat mode: the survey's own sector labels."""
        self.beginResetModel()
        self._tops = [_Node(label) for label in labels]
        self.endResetModel()

    def set_titles(self, titles: dict[str, str]) -> None:
        """Display text per key (section letter, division code or label)."""
        self._titles = dict(titles)
        self._emit_all_changed()

    def set_count_tip(self, tip: Callable[[int], str]) -> None:
        self._count_tip = tip

    def set_muted_color(self, color: QColor) -> None:
        self._muted = QColor(color)

    def set_counts(self, counts: dict[str, int], fmt: Callable[[int], str], force: bool = False) -> None:
        """Counts per leaf key; a section shows the sum of its divisions. Repaints only what changed."""
        changed = force or fmt is not self._format
        self._format = fmt
        for top in self._tops:
            if top.is_branch:
                for child in top.children:
                    count = int(counts.get(child.key, 0))
                    changed = changed or count != child.count
                    child.count = count
                total = sum(child.count for child in top.children)
            else:
                total = int(counts.get(top.key, 0))
            changed = changed or total != top.count
            top.count = total
        if changed:
            self._emit_all_changed()

    def leaf_keys(self) -> list[str]:
        return [leaf.key for leaf in self._leaves()]

    def section_keys(self) -> list[str]:
        return [top.key for top in self._tops if top.is_branch]

    def count_text(self, key: str) -> str | None:
        node = self._find(key)
        return None if node is None or node.count is None else self._format(node.count)

    def index_of(self, key: str, column: int = TITLE) -> QModelIndex:
        for row, top in enumerate(self._tops):
            if top.key == key:
                return self.createIndex(row, column, 0)
            for child_row, child in enumerate(top.children):
                if child.key == key:
                    return self.createIndex(child_row, column, row + 1)
        return QModelIndex()

    # Checks -----------------------------------------------------------------------------

    def selected_values(self) -> tuple[str, ...]:
        values: list[str] = []
        for top in self._tops:
            if not top.is_branch:
                if top.checked:
                    values.append(top.key)
            elif all(child.checked for child in top.children):
                values.append(top.key)
            else:
                values.extend(child.key for child in top.children if child.checked)
        return tuple(values)

    def set_selected(self, keys: Sequence[str]) -> None:
        """Tick exactly these leaves and sections (a section ticks all its divisions); no signal."""
        wanted = set(keys)
        for top in self._tops:
            if top.is_branch:
                whole = top.key in wanted
                for child in top.children:
                    child.checked = whole or child.key in wanted
            else:
                top.checked = top.key in wanted
        self._emit_all_changed()

    def clear_checks(self) -> None:
        self.set_selected(())

    def toggle(self, index: _Index) -> None:
        node = self._node(index)
        if node is None:
            return
        state = self._state(node)
        new = Qt.CheckState.Unchecked if state == Qt.CheckState.Checked else Qt.CheckState.Checked
        self.setData(index.siblingAtColumn(TITLE), new, Qt.ItemDataRole.CheckStateRole)

    # Qt model interface -----------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if column not in (TITLE, COUNT) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._tops) else QModelIndex()
        if parent.internalId() != 0 or parent.row() >= len(self._tops):
            return QModelIndex()
        children = self._tops[parent.row()].children
        return self.createIndex(row, column, parent.row() + 1) if row < len(children) else QModelIndex()

    def parent(self, index: _Index | None = None):  # noqa: D102 (also QObject.parent())
        if index is None:
            return super().parent()
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, TITLE, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        if not parent.isValid():
            return len(self._tops)
        if parent.column() != TITLE or parent.internalId() != 0 or parent.row() >= len(self._tops):
            return 0
        return len(self._tops[parent.row()].children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 2

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802 (Qt override)
        return self.rowCount(parent) > 0

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == TITLE:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
        return Qt.ItemFlag.ItemIsEnabled

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        node = self._node(index)
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return self._titles.get(node.key, node.key)
            return "" if node.count is None else self._format(node.count)
        if role == Qt.ItemDataRole.CheckStateRole and column == TITLE:
            return self._state(node)
        if role == Qt.ItemDataRole.ToolTipRole:
            title = self._titles.get(node.key, node.key)
            return title if node.count is None else f"{title}\n{self._count_tip(node.count)}"
        if role == Qt.ItemDataRole.ForegroundRole and node.count == 0:
            return self._muted
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == TITLE:
            return self._titles.get(node.key, node.key)
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        node = self._node(index)
        if node is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != TITLE:
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
        checked = state != Qt.CheckState.Unchecked
        if node.is_branch:
            for child in node.children:
                child.checked = checked
            self._emit_rows_changed(index.parent(), index.row(), index.row())
            if node.children:
                self._emit_rows_changed(index.siblingAtColumn(TITLE), 0, len(node.children) - 1)
        else:
            node.checked = checked
            self._emit_rows_changed(index.parent(), index.row(), index.row())
            if index.parent().isValid():
                parent = index.parent()
                self._emit_rows_changed(parent.parent(), parent.row(), parent.row())
        self.sig_checks_changed.emit()
        return True

    # Internals --------------------------------------------------------------------------

    def _node(self, index: _Index) -> _Node | None:
        if not index.isValid():
            return None
        section = index.internalId()
        if section == 0:
            return self._tops[index.row()] if index.row() < len(self._tops) else None
        children = self._tops[section - 1].children if section - 1 < len(self._tops) else []
        return children[index.row()] if index.row() < len(children) else None

    def _find(self, key: str) -> _Node | None:
        for top in self._tops:
            if top.key == key:
                return top
            for child in top.children:
                if child.key == key:
                    return child
        return None

    def _leaves(self) -> list[_Node]:
        return [leaf for top in self._tops for leaf in (top.children or [top])]

    @staticmethod
    def _state(node: _Node) -> Qt.CheckState:
        if not node.is_branch:
            return Qt.CheckState.Checked if node.checked else Qt.CheckState.Unchecked
        ticked = sum(child.checked for child in node.children)
        if ticked == 0:
            return Qt.CheckState.Unchecked
        return Qt.CheckState.Checked if ticked == len(node.children) else Qt.CheckState.PartiallyChecked

    def _emit_rows_changed(self, parent: QModelIndex, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(first, TITLE, parent), self.index(last, COUNT, parent))

    def _emit_all_changed(self) -> None:
        if not self._tops:
            return
        root = QModelIndex()
        self._emit_rows_changed(root, 0, len(self._tops) - 1)
        for row, top in enumerate(self._tops):
            if top.children:
                self._emit_rows_changed(self.index(row, TITLE, root), 0, len(top.children) - 1)


class SectorTreeView(QTreeView):
    """The tree, as tall as its visible rows (up to MAX_ROWS), so the panel scrolls as one page."""

    MAX_ROWS = 12
    MIN_ROWS = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sector_tree")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setExpandsOnDoubleClick(False)  # a click on the text ticks; the arrow expands
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setIndentation(max(12, self.indentation() - 6))
        self.expanded.connect(self._on_view_expanded_or_collapsed)
        self.collapsed.connect(self._on_view_expanded_or_collapsed)
        self.clicked.connect(self._on_view_clicked)
        self._press: tuple[QPersistentModelIndex, object] | None = None

    def setModel(self, model) -> None:  # noqa: N802 (Qt override)
        super().setModel(model)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        # A fixed count column: sizing it to its contents re-measures every row on each click.
        header.setSectionResizeMode(COUNT, QHeaderView.ResizeMode.Fixed)
        self.set_count_width("100.000")
        model.modelReset.connect(self.fit_height)
        self.fit_height()

    def set_count_width(self, widest: str) -> None:
        """Make the count column wide enough for `widest` (the formatted total of the survey)."""
        width = self.fontMetrics().horizontalAdvance(widest) + 2 * self.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 8
        self.header().resizeSection(COUNT, width)

    def visible_rows(self) -> int:
        model = self.model()
        if model is None:
            return 0
        rows = 0
        for row in range(model.rowCount()):
            rows += 1
            index = model.index(row, TITLE)
            if self.isExpanded(index):
                rows += model.rowCount(index)
        return rows

    def fit_height(self) -> None:
        rows = min(max(self.visible_rows(), self.MIN_ROWS), self.MAX_ROWS)
        row_height = self.sizeHintForRow(0) if self.model() is not None and self.model().rowCount() else -1
        if row_height <= 0:
            row_height = self.fontMetrics().height() + 6
        self.setFixedHeight(rows * row_height + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(80, super().minimumSizeHint().height())

    def _on_view_expanded_or_collapsed(self, _index: QModelIndex) -> None:
        self.fit_height()

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Remember what was under the press: a click on a row's text ticks it, unless the press was
        on the branch arrow or the check box itself (which the delegate ticks already)."""
        position = event.position().toPoint()
        index = self.indexAt(position)
        self._press = None
        if index.isValid() and self.visualRect(index).contains(position):
            title = index.siblingAtColumn(TITLE)
            self._press = (QPersistentModelIndex(title), title.data(Qt.ItemDataRole.CheckStateRole))
        super().mousePressEvent(event)

    def _on_view_clicked(self, index: QModelIndex) -> None:
        model, press, self._press = self.model(), self._press, None
        if not isinstance(model, SectorTreeModel) or press is None:
            return
        title = index.siblingAtColumn(TITLE)
        pressed_index, pressed_state = press
        if QModelIndex(pressed_index) != title or title.data(Qt.ItemDataRole.CheckStateRole) != pressed_state:
            return
        model.toggle(title)
