"""The Statements view: a grid of statements on one scale as one diverging chart and one table.

A grid combo (the survey's grids, core/survey/grid_summary.py) and a 'most agreed first' switch
above the header (the grid's question, the selection, n), the diverging chart (ui/charts/grid.py)
and the table (`GridModel`: per statement n, the scale points' shares, the top-box share, the mean
score and its standard deviation; figures withheld on export marked, copies without them). The
filters and weights apply as everywhere. Export ▸ Table writes the released grid.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.core.i18n import tr
from explorer.ui.views.crosstab import CrosstabTable
from explorer.ui.views.grid_model import GridModel
from explorer.ui.views.common.figure_header import MUTED, FigureHeader, figure_column, figure_message, selection_text
from explorer.ui.views.common.question_combo import combo_keys, fill_question_combo, question_combo
from explorer.ui.views.analysis_view import SLIDES, TABLE, StateViewMixin

if TYPE_CHECKING:
    from explorer.ui.views.state import AnalysisState

STATEMENT_WIDTH = (140, 230)  # the statement column, from and to: the figures beside it stay in view


class GridView(QWidget, StateViewMixin):
    """`set_state(state)` on every change; shows the chosen grid for the selection."""

    EXPORT_KINDS = frozenset({TABLE, SLIDES})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grid")
        self._start_one_figure()
        self._chart = None
        self._build()
        self.retranslate(self._lang)

    # ---- building -----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.grid_label = QLabel(self)
        self.grid_combo = question_combo(self, "grid_combo")
        self.grid_label.setBuddy(self.grid_combo)
        self.agreement_box = QCheckBox(self)
        self.agreement_box.setObjectName("grid_by_agreement")
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.grid_label)
        controls.addWidget(self.grid_combo, 1)
        controls.addSpacing(12)
        controls.addWidget(self.agreement_box)

        self.header = FigureHeader(self)
        self.message = figure_message(self, "grid_message")
        self.chart_holder = QWidget(self)
        self._chart_layout = QVBoxLayout(self.chart_holder)
        self._chart_layout.setContentsMargins(0, 0, 0, 0)
        self.model = GridModel(self)
        self.table = CrosstabTable(self, group_width=STATEMENT_WIDTH)
        self.table.setObjectName("grid_table")
        self.table.setModel(self.model)
        self.legend = QLabel(self)
        self.legend.setObjectName("grid_legend")
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet(f"color: {MUTED};")
        table_page = QWidget(self)
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.legend)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.chart_holder)
        self.splitter.addWidget(table_page)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.splitter)

        figure_column(self, controls, self.header, self.stack)

        self.grid_combo.currentIndexChanged.connect(self._on_grid_combo_current_index_changed)
        self.agreement_box.toggled.connect(self._on_agreement_box_toggled)

    # ---- public API ---------------------------------------------------------------------------------

    def _survey_changed(self, survey) -> None:
        self._fill_grids()

    def _apply(self, pending: dict) -> None:
        if "by_agreement" in pending:
            self._set_by_agreement(bool(pending["by_agreement"]))
        key = pending.get("grid", self._key)
        keys = self._grid_keys()
        self._set_key(key if key in keys else (keys[0] if keys else None))

    def retranslate(self, lang: str) -> None:
        self._relabel_state(lang)
        self.grid_label.setText(tr("views.grid.label", lang))
        self.agreement_box.setText(tr("views.grid.by_agreement", lang))
        self.agreement_box.setToolTip(tr("views.grid.by_agreement.tip", lang))
        self.table.retranslate(lang)
        self._show()

    def view_state(self) -> dict:
        return {"grid": self._pending.get("grid", self._key),
                "by_agreement": self._pending.get("by_agreement", self.agreement_box.isChecked())}

    def restore_view_state(self, data: dict) -> None:
        data = {k: v for k, v in dict(data or {}).items() if k in ("grid", "by_agreement")}
        if not data:
            return
        if self._state is None or not self._state.ready:
            self._pending.update(data)
            return
        if "by_agreement" in data:
            self._set_by_agreement(bool(data["by_agreement"]))
        if data.get("grid") in self._grid_keys():
            self._set_key(data["grid"])
        else:
            self._refresh()

    def export_source(self):
        """The GridSummary on screen (Export ▸ Table releases it), or None."""
        return self._figure

    def by_agreement(self) -> bool:
        return self.agreement_box.isChecked()

    def export_options(self) -> dict:
        """Export ▸ Table writes the statements in the order on screen."""
        return {"by_agreement": self.by_agreement()}

    def current_key(self) -> str | None:
        return self._key

    def chart(self):
        return self._chart

    # ---- work -----------------------------------------------------------------------------------------

    def _grid_keys(self) -> list[str]:
        return combo_keys(self.grid_combo)

    def _fill_grids(self) -> None:
        from explorer.core.survey.grid_summary import find_grids

        fill_question_combo(self.grid_combo, find_grids(self._state.survey))

    def _set_by_agreement(self, checked: bool) -> None:
        self.agreement_box.blockSignals(True)
        self.agreement_box.setChecked(checked)
        self.agreement_box.blockSignals(False)

    def _key_combo(self):
        return self.grid_combo

    def _refresh(self) -> None:
        self._refresh_figure(_grid_for)

    def _show(self) -> None:
        if self._no_survey_shown():
            return
        state, lang = self._state, self._lang
        summary = self._figure
        if summary is None:
            self._show_message(self._problem or tr("views.grid.none", lang))
            return
        chart = self._ensure_chart()
        chart.set_min_n(state.min_peers)
        chart.set_grid(summary, lang, by_agreement=self.by_agreement())
        self.model.set_grid(summary, lang, state.min_peers, by_agreement=self.by_agreement())
        self.table.fit_columns()
        self.header.show_texts(summary.grid.label, selection_text(state), self._count_text(summary))
        self.legend.setText(tr("views.grid.legend", lang, min_n=state.min_peers))
        self.stack.setCurrentWidget(self.splitter)

    def _count_text(self, summary) -> str:
        from explorer.ui.charts.texts import format_count

        return tr("views.grid.count", self._lang, statements=len(summary.statements),
                  selected=format_count(summary.firms_selected, self._lang),
                  total=format_count(summary.firms_total, self._lang))

    def _ensure_chart(self):
        if self._chart is None:
            from explorer.ui.charts.grid import GridChart

            self._chart = GridChart(self.chart_holder)
            self._chart.set_title_visible(False)  # the header above carries the question
            self._chart_layout.addWidget(self._chart)
        return self._chart

    def _show_message(self, text: str) -> None:
        self.model.set_grid(None, self._lang)
        self.header.show_texts("", "", "")
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    # ---- handlers -------------------------------------------------------------------------------------

    def _on_grid_combo_current_index_changed(self, index: int) -> None:
        key = self.grid_combo.itemData(index)
        if isinstance(key, str) and key != self._key:
            self._set_key(key)

    def _on_agreement_box_toggled(self, _checked: bool) -> None:
        self._show()


def _grid_for(state: "AnalysisState", key: str):
    """(GridSummary, None) or (None, the reason in the user's language)."""
    from explorer.core.errors import InputError
    from explorer.core.survey.grid_summary import grid_summary

    try:
        return grid_summary(state.survey, key, scheme=state.scheme, filters=state.filters,
                            weighted=state.weighted), None
    except InputError as exc:
        return None, tr("views.problem", state.lang, reason=exc.text(state.lang))
