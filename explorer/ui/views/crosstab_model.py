"""The crosstab's table: one row per group plus the total, row percentages with their interval.

Columns: the group, n (and the effective n when weighted), then per answer option the row
percentage with its 95 % Wilson interval ('18% (12–25)'); a numeric question shows the mean,
median and quartiles instead of options. Every figure is shown in the app; a figure that would
be withheld on export (DESIGN.md R1–R5, as `core.disclosure.release_summary` decides) carries a
mark (`WITHHELD_ROLE`, drawn as a red corner) and a tooltip with the reason, and is copied as
'c'. Groups under the minimum size are greyed. The texts are made once per summary, not per
paint: `data()` only looks them up.
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from explorer.core.i18n import tr

if TYPE_CHECKING:
    from explorer.core.disclosure import Verdict
    from explorer.core.survey import GroupResult, Summary

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1      # the number behind a cell (share 0–1, n, mean …)
WITHHELD_ROLE = Qt.ItemDataRole.UserRole + 2   # True: shown here, 'c' when exported or copied
COPY_ROLE = Qt.ItemDataRole.UserRole + 3       # the text that Copy puts on the clipboard
SMALL_ROLE = Qt.ItemDataRole.UserRole + 4      # True: the row's group has fewer than min_n answers
GROUP_ROLE = Qt.ItemDataRole.UserRole + 5      # the group code ('small', '25', 'total')
LETTERS_ROLE = Qt.ItemDataRole.UserRole + 6    # the letters of the groups a share is significantly above

SUPPRESSED = "c"
SMALL_INK = "#6E6E6E"
HEADER_WRAP = 18       # characters per line of an option's column header
HEADER_LINES = 3
NUMERIC_STATS = ("mean", "sd", "median", "q1", "q3")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@dataclass
class Cell:
    text: str
    value: object = None
    tooltip: str = ""
    withheld: bool = False
    copy: str | None = None   # None: the text itself
    letters: tuple[str, ...] = ()  # the groups this share is significantly above (share cells)

    @property
    def copy_text(self) -> str:
        if self.withheld:
            return SUPPRESSED
        return self.text if self.copy is None else self.copy


@dataclass
class Column:
    kind: str                 # 'group', 'n', 'n_eff', 'option', or a numeric statistic
    key: str = ""             # the option, for option columns
    header: str = ""          # as shown (wrapped)
    full: str = ""            # whole, for the tooltip and a copy with headers


@dataclass
class Row:
    group: str
    label: str
    n: int
    total: bool = False
    small: bool = False
    cells: list[Cell] = field(default_factory=list)


# ---- building the table from a Summary --------------------------------------------------------------

def _wrap_header(text: str) -> str:
    lines = textwrap.wrap(" ".join(str(text).split()), HEADER_WRAP, break_long_words=True) or [""]
    if len(lines) > HEADER_LINES:
        lines = lines[:HEADER_LINES]
        lines[-1] = lines[-1][: HEADER_WRAP - 1].rstrip() + "…"
    return "\n".join(lines)


def _withheld_tip(verdict: "Verdict", lang: str) -> str:
    from explorer.ui.charts.texts import reason_text

    return tr("views.crosstab.tip.withheld", lang, reason=reason_text(verdict.reason, lang, dict(verdict.params)))


def build_columns(summary: "Summary", lang: str) -> list[Column]:
    columns = [Column("group", header=tr("views.crosstab.group", lang), full=tr("views.crosstab.group", lang)),
               Column("n", header=tr("views.crosstab.n", lang), full=tr("views.crosstab.n", lang))]
    if summary.weighted:
        text = tr("views.crosstab.n_eff", lang)
        columns.append(Column("n_eff", header=_wrap_header(text), full=text))
    if summary.question.kind == "numeric":
        for stat in NUMERIC_STATS:
            text = tr(f"views.crosstab.{stat}", lang)
            columns.append(Column(stat, header=_wrap_header(text), full=text))
    else:
        for option in summary.options:
            shown = summary.question.option_text(option)
            columns.append(Column("option", key=option, header=_wrap_header(shown), full=shown))
    return columns


def build_rows(summary: "Summary", columns: list[Column], lang: str, min_n: int) -> list[Row]:
    from explorer.core.disclosure import release_summary
    from explorer.ui.charts.texts import format_count, group_label

    release = release_summary(summary, min_n)
    released = {(f.group, f.option): f for f in release.figures}
    letters = _Letters(summary, release, lang) if summary.question.kind != "numeric" else None
    rows = []
    for group in [*summary.groups, summary.total]:
        is_total = group is summary.total
        label = tr("chart.total", lang) if is_total else group_label(group.group, summary.by, summary.scheme, lang)
        if letters is not None and not is_total:
            label = letters.group_label(group.group, label)
        small = group.n < min_n
        row = Row(group=group.group, label=label, n=group.n, total=is_total, small=small)
        small_tip = tr("views.crosstab.tip.small", lang, min_n=min_n) if small else ""
        for column in columns:
            if column.kind == "group":
                cell = Cell(label, value=group.group, tooltip="\n".join(t for t in (label, small_tip) if t),
                            copy=label)
            elif column.kind == "n":
                cell = Cell(format_count(group.n, lang), value=group.n, tooltip=small_tip,
                            withheld=not release.n_released)
            elif column.kind == "n_eff":
                cell = Cell(format_count(group.n_eff, lang), value=group.n_eff, tooltip=small_tip)
            elif column.kind == "option":
                figure = released.get((group.group, column.key))
                cell = _share_cell(summary, group, column.key, figure and figure.verdict, label, lang, small_tip)
                if letters is not None and not is_total:
                    letters.mark(cell, group.group, column.key)
            else:
                cell = _numeric_cell(group, column.kind, released.get((group.group, column.kind)), lang, small_tip)
            row.cells.append(cell)
        rows.append(row)
    return rows


class _Letters:
    """The tests' letters for the table: all of them on screen, the released ones when copied."""

    def __init__(self, summary: "Summary", release, lang: str) -> None:
        from explorer.ui.charts.texts import group_label

        self.tests = summary.tests
        self.released = release.tests if self.tests.not_tested is None else None
        self.lang = lang
        self.names = {letter: group_label(group, summary.by, summary.scheme, lang)
                      for group, letter in self.tests.letters.items()}

    def group_label(self, group: str, label: str) -> str:
        letter = self.tests.letters.get(group)
        return tr("tests.group_letter", self.lang, letter=letter, label=label) if letter else label

    def mark(self, cell: "Cell", group: str, option: str) -> None:
        """Letters after the share (screen), the released ones after the copied share, and in the tooltip
        the groups they stand for."""
        from explorer.core.survey.significance_text import letters_text

        shown = self.tests.higher_than(group, option)
        if not shown:
            return
        base = cell.text
        cell.text = f"{base} {letters_text(shown)}"
        kept = self.released.higher_than(group, option) if self.released is not None else ()
        cell.copy = f"{base} {letters_text(kept)}" if kept else base
        names = ", ".join(f"{self.names[letter]} ({letter})" for letter in shown)
        cell.tooltip = "\n".join(t for t in (cell.tooltip, tr("tests.tip.higher", self.lang, groups=names)) if t)
        cell.letters = shown


def _share_cell(summary: "Summary", group: "GroupResult", option: str, verdict, label: str, lang: str,
                small_tip: str) -> Cell:
    from explorer.core.formatting import format_count, format_number, format_percent, format_share_interval, \
        percent_decimals

    share = group.shares.get(option)
    low, high = group.ci.get(option, (None, None))
    text = format_share_interval(share, low, high, lang)
    tips = []
    if share is not None and math.isfinite(share) and group.n:
        decimals = percent_decimals(share)
        tips.append(tr("views.crosstab.tip.share", lang, group=label, option=summary.question.option_text(option),
                       share=format_percent(share, lang, decimals),
                       count=format_count(group.counts.get(option, 0), lang), n=format_count(group.n, lang),
                       low=format_percent(low, lang, decimals), high=format_percent(high, lang, decimals)))
        if summary.weighted:
            tips.append(tr("views.crosstab.tip.weighted", lang, n_eff=format_number(group.n_eff, lang, 1)))
    withheld = verdict is not None and verdict.suppressed
    if withheld:
        tips.append(_withheld_tip(verdict, lang))
    if small_tip:
        tips.append(small_tip)
    return Cell(text, value=share, tooltip="\n".join(tips), withheld=withheld)


def _numeric_cell(group: "GroupResult", stat: str, figure, lang: str, small_tip: str) -> Cell:
    from explorer.core.formatting import format_number

    summary = group.numeric
    value = getattr(summary, stat, None) if summary is not None else None
    if value is None or not math.isfinite(value):
        return Cell("–", value=None, tooltip=small_tip)
    text = format_number(value, lang)
    verdict = figure.verdict if figure is not None else None
    # What leaves the app is the released figure, rounded by the one rounding rule.
    copy = format_number(figure.value, lang) if figure is not None and figure.value is not None else None
    withheld = verdict is not None and verdict.suppressed
    tips = [_withheld_tip(verdict, lang)] if withheld else []
    if small_tip:
        tips.append(small_tip)
    return Cell(text, value=value, tooltip="\n".join(tips), withheld=withheld, copy=copy)


# ---- the Qt model ------------------------------------------------------------------------------------

class CrosstabModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._summary: "Summary | None" = None
        self._lang = "nl"
        self._min_n = 5
        self._columns: list[Column] = []
        self._rows: list[Row] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._small_ink = QColor(SMALL_INK)

    def set_summary(self, summary: "Summary | None", lang: str = "nl", min_n: int = 5) -> None:
        self.beginResetModel()
        self._summary, self._lang, self._min_n = summary, lang, int(min_n)
        self._build()
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        if lang != self._lang:
            self.set_summary(self._summary, lang, self._min_n)

    @property
    def summary(self) -> "Summary | None":
        return self._summary

    def columns(self) -> list[Column]:
        return list(self._columns)

    def rows(self) -> list[Row]:
        return list(self._rows)

    def option_column(self, option: str) -> int:
        return next((i for i, c in enumerate(self._columns) if c.kind == "option" and c.key == option), -1)

    def stat_column(self, kind: str) -> int:
        return next((i for i, c in enumerate(self._columns) if c.kind == kind), -1)

    def group_row(self, group: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.group == group), -1)

    def cell(self, row: int, column: int) -> Cell:
        return self._rows[row].cells[column]

    def _build(self) -> None:
        summary = self._summary
        if summary is None or summary.question.kind == "text":
            self._columns, self._rows = [], []
            return
        self._columns = build_columns(summary, self._lang)
        self._rows = build_rows(summary, self._columns, self._lang, self._min_n)

    # ---- Qt model API -----------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        cell = row.cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tooltip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if self._columns[index.column()].kind == "group" else _RIGHT
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if row.total else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._small_ink if row.small else None
        if role == VALUE_ROLE:
            return cell.value
        if role == WITHHELD_ROLE:
            return cell.withheld
        if role == COPY_ROLE:
            return cell.copy_text
        if role == SMALL_ROLE:
            return row.small
        if role == GROUP_ROLE:
            return row.group
        if role == LETTERS_ROLE:
            return cell.letters
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.full
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) if column.kind == "group" \
                else int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # ---- copy ---------------------------------------------------------------------------------------

    def copy_text(self, indexes: Iterable[QModelIndex], headers: bool = False) -> str:
        """Tab-separated text of the selected cells (withheld ones as 'c'), rows in table order.

        Cells inside the selection's bounding block that are not selected stay empty; texts that
        a spreadsheet would read as a formula get a leading apostrophe.
        """
        from explorer.core.export_safety import escape_cell

        chosen = {(i.row(), i.column()) for i in indexes if i.isValid()}
        if not chosen:
            return ""
        rows = sorted({r for r, _ in chosen})
        columns = sorted({c for _, c in chosen})
        lines = []
        if headers:
            lines.append("\t".join(_clean(escape_cell(self._columns[c].full)) for c in columns))
        for r in rows:
            parts = []
            for c in columns:
                if (r, c) not in chosen:
                    parts.append("")
                    continue
                text = self._rows[r].cells[c].copy_text
                if self._columns[c].kind == "group":
                    text = escape_cell(text)
                parts.append(_clean(text))
            lines.append("\t".join(parts))
        return "\n".join(lines) + "\n"


def _clean(text: object) -> str:
    return " ".join(str(text).replace("\t", " ").split())
