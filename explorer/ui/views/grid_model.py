"""The grid's table: one row per statement with n, the share of every scale point (with its
interval), the top-box share, the mean score and its standard deviation.

The crosstab's model and table serve it (`CrosstabModel`: the cells, the marks of figures that
would be withheld on export, the copy that leaves them out), filled from a `GridSummary` and its
release (`release_grid`) instead of a `Summary`.
"""

from __future__ import annotations

import math

from explorer.core.i18n import tr
from explorer.core.formatting import format_share_interval
from explorer.ui.views.crosstab_model import Cell, Column, CrosstabModel, Row, _withheld_tip, _wrap_header


class GridModel(CrosstabModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._grid = None
        self._by_agreement = False

    def set_grid(self, grid_summary, lang: str = "nl", min_n: int = 5, by_agreement: bool = False) -> None:
        self.beginResetModel()
        self._grid, self._lang, self._min_n, self._by_agreement = grid_summary, lang, int(min_n), by_agreement
        self._summary = None
        self._build()
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        if lang != self._lang and self._grid is not None:
            self.set_grid(self._grid, lang, self._min_n, self._by_agreement)

    @property
    def grid(self):
        return self._grid

    def _build(self) -> None:
        grid = self._grid
        if grid is None:
            self._columns, self._rows = [], []
            return
        self._columns = grid_columns(grid, self._lang)
        self._rows = grid_rows(grid, self._columns, self._lang, self._min_n, self._by_agreement)


def grid_columns(grid_summary, lang: str) -> list[Column]:
    from explorer.ui.charts.grid import top_name

    statement = tr("export.grid.statement", lang)
    columns = [Column("group", header=statement, full=statement),
               Column("n", header=tr("views.crosstab.n", lang), full=tr("views.crosstab.n", lang))]
    columns += [Column("option", key=o, header=_wrap_header(o), full=o) for o in grid_summary.options]
    top = top_name(grid_summary.grid, lang)
    full_top = f"{top}: {' + '.join(grid_summary.grid.top_options)}"
    columns.append(Column("top", header=top, full=full_top))
    for kind in ("mean", "sd"):
        columns.append(Column(kind, header=tr(f"views.grid.{kind}.short", lang), full=tr(f"export.grid.{kind}", lang)))
    return columns


def grid_rows(grid_summary, columns: list[Column], lang: str, min_n: int, by_agreement: bool) -> list[Row]:
    from explorer.core.disclosure import release_grid
    from explorer.ui.charts.texts import format_count, format_number

    released = {s.key: s for s in release_grid(grid_summary, min_n).statements}
    statements = grid_summary.by_agreement() if by_agreement else grid_summary.statements
    rows = []
    for statement in statements:
        out = released[statement.question.key]
        total = statement.summary.total
        small = total.n < min_n
        small_tip = tr("views.crosstab.tip.small", lang, min_n=min_n) if small else ""
        figures = {f.option: f for f in out.released.figures if f.group == "total"}
        row = Row(group=statement.question.key, label=statement.text, n=total.n, small=small)
        for column in columns:
            if column.kind == "group":
                cell = Cell(statement.text, value=statement.question.key, tooltip=statement.text, copy=statement.text)
            elif column.kind == "n":
                cell = Cell(format_count(total.n, lang), value=total.n, tooltip=small_tip)
            elif column.kind == "option":
                # The share alone (the interval in the tooltip): the table keeps every column in view.
                share = total.shares.get(column.key)
                low, high = total.ci.get(column.key, (None, None))
                verdict = figures[column.key].verdict
                tips = [tr("views.grid.tip.share", lang, option=column.key, share=format_share_interval(share, low, high, lang))]
                tips += [_withheld_tip(verdict, lang)] if verdict.suppressed else [small_tip]
                cell = Cell(format_share_interval(share, None, None, lang), value=share, withheld=verdict.suppressed,
                            tooltip="\n".join(t for t in tips if t))
            elif column.kind == "top":
                cell = _figure_cell(format_share_interval(statement.top, *statement.top_ci, lang), statement.top,
                                    out.top is None, out.verdict, lang, small_tip)
            else:
                value = statement.mean if column.kind == "mean" else statement.sd
                shown = out.mean if column.kind == "mean" else out.sd
                text = format_number(value, lang, 2) if value is not None and math.isfinite(value) else "–"
                cell = _figure_cell(text, value, shown is None, out.verdict, lang, small_tip,
                                    copy=format_number(shown, lang, 2) if shown is not None else None)
            row.cells.append(cell)
        rows.append(row)
    return rows


def _figure_cell(text: str, value, withheld: bool, verdict, lang: str, small_tip: str, copy: str | None = None) -> Cell:
    withheld = withheld and value is not None and math.isfinite(value)
    tip = _withheld_tip(verdict, lang) if withheld and verdict.suppressed else small_tip
    return Cell(text, value=value, tooltip=tip, withheld=withheld, copy=copy)
