"""The mapping dialog's table: one row per column of the file, with its role or question.

The rows come from `explorer.core.survey.mapping_edit.column_rows`. Editing the Role or Kind cell
does not change the model itself: it emits what the user chose, the dialog makes a new Mapping,
rebuilds the survey and hands the new rows back (`set_survey`). The number of rows (the file's
columns) never changes, so an update is a `dataChanged`, not a reset: selection and scroll stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from explorer.core.formatting import format_percent
from explorer.core.i18n import tr
from explorer.core.survey.mapping_edit import ColumnRow, column_rows, kind_choices
from explorer.core.survey.model import ROLES

if TYPE_CHECKING:
    from explorer.core.survey import Survey

COLUMNS = ("name", "role", "question", "kind", "confidence")
NAME, ROLE, QUESTION, KIND, CONFIDENCE = range(len(COLUMNS))

CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1   # [(value, text)] for the combo delegate
UNSURE_ROLE = Qt.ItemDataRole.UserRole + 2    # True for a row detection was unsure about

UNSURE_FILL = "#FCE3B0"   # soft amber: "look here", readable with black text
UNSURE_TEXT = "#000000"
QUIET_TEXT = "#6E6E6E"    # "not used", "survey-tool data", "—"
NONE = ""                 # the Role cell's value for "no role"
SAMPLE_SEPARATOR = " · "

_Index = QModelIndex | QPersistentModelIndex


class ColumnTableModel(QAbstractTableModel):
    sig_role_chosen = Signal(str, object)  # column name, role or None
    sig_kind_chosen = Signal(str, str)     # question key, kind

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[ColumnRow] = []
        self._kind_choices: dict[str, tuple[str, ...]] = {}
        self._samples: dict[str, tuple[str, ...]] = {}
        self._unsure_brush = QBrush(QColor(UNSURE_FILL))
        self._unsure_pen = QBrush(QColor(UNSURE_TEXT))
        self._quiet_pen = QBrush(QColor(QUIET_TEXT))
        self._icon: QIcon | None = None

    # Filling ----------------------------------------------------------------------------------

    def set_survey(self, survey: "Survey") -> None:
        rows = column_rows(survey, self._samples)
        self._kind_choices = {q.key: kind_choices(q) for q in survey.questions}
        if len(rows) == len(self._rows):
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, row: int) -> ColumnRow:
        return self._rows[row]

    def rows(self) -> list[ColumnRow]:
        return list(self._rows)

    def row_of(self, column: str) -> int:
        return next(i for i, r in enumerate(self._rows) if r.name == column)

    # Qt's model interface --------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(f"mapping.column.{COLUMNS[section]}", self._lang)
            if role == Qt.ItemDataRole.ToolTipRole and section in (ROLE, KIND):
                return tr(f"mapping.tip.edit_{COLUMNS[section]}", self._lang)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable(index):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _editable(self, index: _Index) -> bool:
        row = self._rows[index.row()]
        if index.column() == ROLE:
            return True
        if index.column() == KIND and row.question_key is not None:
            return len(self._kind_choices.get(row.question_key, ())) > 1
        return False

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == ROLE:
                return row.role or NONE
            if column == KIND:
                return row.kind or ""
            return self._text(row, column)
        if role == CHOICES_ROLE:
            return self._choices(row, column)
        if role == UNSURE_ROLE:
            return row.unsure
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index)
        if role == Qt.ItemDataRole.DecorationRole and column == NAME and row.unsure:
            return self._unsure_icon()
        if role == Qt.ItemDataRole.BackgroundRole and row.unsure:
            return self._unsure_brush
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.unsure:
                return self._unsure_pen
            if self._is_quiet(row, column):
                return self._quiet_pen
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CONFIDENCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self._editable(index):
            return False
        row = self._rows[index.row()]
        if index.column() == ROLE:
            chosen = value or None
            if chosen is not None and chosen not in ROLES:
                return False
            if chosen != row.role:
                self.sig_role_chosen.emit(row.name, chosen)
            return True
        if index.column() == KIND:
            if value not in self._kind_choices.get(row.question_key, ()):
                return False
            if value != row.kind:
                self.sig_kind_chosen.emit(row.question_key, value)
            return True
        return False

    def _unsure_icon(self) -> QIcon:
        # Seen also on a selected row, where the amber fill is hidden by the selection colour.
        if self._icon is None:
            self._icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._icon

    # Texts -------------------------------------------------------------------------------------

    def _text(self, row: ColumnRow, column: int) -> str:
        lang = self._lang
        if column == NAME:
            return row.name
        if column == ROLE:
            if row.proposed_role is not None:
                return tr("mapping.role.proposed", lang, role=tr(f"mapping.role.{row.proposed_role}", lang))
            return tr(f"mapping.role.{row.role}", lang) if row.role else "—"
        if column == QUESTION:
            if row.role is not None:
                return ""
            if row.question_key is not None:
                return row.question_label
            return tr("mapping.cell.metadata" if row.is_metadata else "mapping.cell.unused", lang)
        if column == KIND:
            return tr(f"mapping.kind.{row.kind}", lang) if row.kind else ""
        if column == CONFIDENCE:
            return format_percent(row.confidence, lang, 0) if row.confidence is not None else ""
        return ""

    def _is_quiet(self, row: ColumnRow, column: int) -> bool:
        if column == ROLE:
            return row.role is None and row.proposed_role is None
        return column == QUESTION and row.role is None and row.question_key is None

    def _choices(self, row: ColumnRow, column: int) -> list[tuple[str, str]]:
        lang = self._lang
        if column == ROLE:
            return [(NONE, tr("mapping.role.none", lang))] + [(r, tr(f"mapping.role.{r}", lang)) for r in ROLES]
        if column == KIND and row.question_key is not None:
            return [(k, tr(f"mapping.kind.{k}", lang)) for k in self._kind_choices.get(row.question_key, ())]
        return []

    def _tooltip(self, index: _Index) -> str | None:
        lang = self._lang
        row, column = self._rows[index.row()], index.column()
        lines: list[str] = []
        if column == NAME:
            lines.append(tr("header.tip.column", lang, name=row.name))
            if row.header:
                lines.append(tr("mapping.tip.header", lang, header=row.header))
            if row.samples:
                lines.append(tr("mapping.panel.samples", lang, values=SAMPLE_SEPARATOR.join(row.samples)))
        elif column == QUESTION and row.question_key is not None:
            lines.append(tr("header.tip.question", lang, question=row.question_label))
            if row.option:
                lines.append(tr("header.tip.option", lang, option=row.option))
        elif column == QUESTION and row.role is None:
            lines.append(tr("mapping.panel.metadata" if row.is_metadata else "mapping.panel.unused", lang))
        elif column in (ROLE, KIND) and self._editable(index):
            lines.append(tr(f"mapping.tip.edit_{COLUMNS[column]}", lang))
        if column == ROLE and row.proposed_role is not None:
            lines.append(tr("mapping.notes.proposed", lang, role=tr(f"mapping.role.{row.proposed_role}", lang),
                            confidence=format_percent(row.proposed_confidence or 0.0, lang, 0)))
        if row.unsure:
            lines.append(tr("mapping.tip.unsure", lang))
        return "\n".join(lines) or None
