"""The overview: the reshoring picture at a glance.

It finds the questions about relocating production (`overview_questions`), and shows the main
one as two charts side by side: split by size class and split by technology class (whichever of
the two the survey has; the total when it has neither), with a line giving the total share of
the answer that matters ('yes', 'reshoring') with its 95 % interval and n. A combo offers the
other relocation questions; "Open in question explorer" emits `sig_open_question(key)`.

The charts come from core (`summarize` per split); the view computes nothing of its own.
Clicking a chart makes it the one the Export menu exports (a thin blue frame shows which).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.core.i18n import tr
from explorer.ui.views.common.figure_header import MUTED, count_text, figure_message, selection_text
from explorer.ui.views.common.figures import Figures, compute_key, figures_for
from explorer.ui.views.common.question_combo import fill_question_combo
from explorer.ui.views.common.splits import split_dimensions
from explorer.ui.views.analysis_view import CHART, SLIDES, TABLE, StateViewMixin

if TYPE_CHECKING:
    from explorer.core.survey import Question, Summary
    from explorer.ui.views.state import AnalysisState

OVERVIEW_SPLITS = ("size", "tech")
PANEL_SPACING = 8
PANEL_MIN = (440, 340)   # a chart's own minimum (420 × 300) plus the panel's heading and frame
FRAME = "#E6E6E6"
FRAME_CURRENT = "#0072B2"


class _ChartPanel(QFrame):
    """A heading over a ChartView (made on first use: pyqtgraph loads with the first chart)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.split: str | None = None
        self.min_n: int | None = None
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setContentsMargins(10, 6, 10, 0)
        self.chart = None
        self._current: bool | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(1, 1, 1, 1)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.heading)
        self.set_current(False)

    def chart_view(self):
        if self.chart is None:
            from explorer.ui.charts import ChartView

            self.chart = ChartView(self)
            self.chart.setObjectName(f"{self.objectName()}_chart")
            self._layout.addWidget(self.chart, 1)
        return self.chart

    def set_current(self, current: bool) -> None:
        if current == self._current:
            return
        self._current = current
        colour = FRAME_CURRENT if current else FRAME
        self.setStyleSheet(f"QFrame#{self.objectName()} {{ border: 1px solid {colour}; background: white; }}")


class _ChartsLayout(QBoxLayout):
    """The charts' row. It does not report height-for-width: a scroll area would otherwise size
    its contents to the charts' preferred height (their word-wrapped notes ask for it) and
    scroll where the charts fit."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return False


class OverviewView(QWidget, StateViewMixin):
    """`set_state(state)` on every change; `sig_open_question(key)` asks for the question explorer."""

    EXPORT_KINDS = frozenset({CHART, TABLE, SLIDES})

    sig_open_question = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview")
        self._state: "AnalysisState | None" = None
        self._lang = "nl"
        self._survey_id: int | None = None
        self._questions: list["Question"] = []
        self._about_relocation = False
        self._key: str | None = None
        self._pending: dict = {}
        self._figures: dict[str | None, Figures] = {}
        self._computed: dict[str | None, tuple] = {}
        self._splits: list[str | None] = []
        self._current_panel = 0
        self._build()
        self.retranslate(self._lang)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._on_app_focus_changed)

    # ---- building -----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("overview_title")
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 3)
        self.title.setFont(font)
        self.question_label = QLabel(self)
        self.question_combo = QComboBox(self)
        self.question_combo.setObjectName("overview_question_combo")
        self.question_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.question_combo.setMinimumContentsLength(30)
        self.question_label.setBuddy(self.question_combo)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("overview_open")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.question_label)
        top.addWidget(self.question_combo)
        top.addWidget(self.open_button)

        self.question_text = QLabel(self)
        self.question_text.setObjectName("overview_question")
        self.question_text.setWordWrap(True)
        self.question_text.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.question_text.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 1)
        self.question_text.setFont(font)
        self.share_line = QLabel(self)
        self.share_line.setObjectName("overview_share")
        self.share_line.setWordWrap(True)
        self.share_line.setTextFormat(Qt.TextFormat.PlainText)
        self.share_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_line = QLabel(self)
        self.count_line.setObjectName("overview_count")
        self.count_line.setWordWrap(True)
        self.note_line = QLabel(self)
        self.note_line.setObjectName("overview_note")
        self.note_line.setWordWrap(True)
        for label in (self.count_line, self.note_line):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setStyleSheet(f"color: {MUTED};")
        for label in (self.question_text, self.share_line, self.count_line, self.note_line):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        self.panels = [_ChartPanel(f"overview_panel_{i}", self) for i in range(len(OVERVIEW_SPLITS))]
        # Side by side when there is room for two charts, one under the other (scrolling) when not:
        # a chart below its minimum width would clip its labels.
        inner = QWidget(self)
        self._row = _ChartsLayout(QBoxLayout.Direction.LeftToRight, inner)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(PANEL_SPACING)
        for panel in self.panels:
            self._row.addWidget(panel, 1)
        charts = QScrollArea(self)
        charts.setObjectName("overview_charts")
        charts.setWidgetResizable(True)
        charts.setFrameShape(QFrame.Shape.NoFrame)
        charts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        charts.setWidget(inner)
        self.message = figure_message(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.message)
        self.stack.addWidget(charts)
        self._charts_page = charts

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addSpacing(4)
        layout.addWidget(self.question_text)
        layout.addWidget(self.share_line)
        layout.addWidget(self.count_line)
        layout.addWidget(self.note_line)
        layout.addSpacing(4)
        layout.addWidget(self.stack, 1)

        self.question_combo.currentIndexChanged.connect(self._on_question_combo_current_index_changed)
        self.open_button.clicked.connect(self._on_open_button_clicked)

    # ---- public API ---------------------------------------------------------------------------------

    def _clear(self) -> None:
        self._questions, self._key = [], None
        self._fill_combo()
        self._show()

    def _survey_changed(self, survey) -> None:
        from explorer.ui.views.overview_questions import overview_questions

        self._questions, self._about_relocation = overview_questions(survey)
        self._fill_combo()

    def _apply(self, pending: dict) -> None:
        key = pending.get("question", self._key)
        keys = self._question_keys()
        self._set_key(key if key in keys else (keys[0] if keys else None))

    def _question_keys(self) -> list[str]:
        return [q.key for q in self._questions]

    def _key_combo(self):
        return self.question_combo

    def retranslate(self, lang: str) -> None:
        self._relabel_state(lang)
        self.title.setText(tr("views.overview.title", lang))
        self.question_label.setText(tr("views.overview.question", lang))
        self.open_button.setText(tr("views.overview.open", lang))
        self.open_button.setToolTip(tr("views.overview.open.tip", lang))
        self._show()

    def export_source(self):
        """The chart last clicked (the first one until then), or None."""
        panel = self.current_panel()
        if panel is None or panel.chart is None or panel.chart.summary is None:
            return None
        return panel.chart

    def export_summaries(self) -> list:
        """Every chart of the view, in panel order: what Export ▸ Slides ▸ Current view puts on slides."""
        return [figures.summary for split in self._splits
                if (figures := self._figures.get(split)) is not None and figures.summary is not None]

    def current_key(self) -> str | None:
        return self._key

    def question_keys(self) -> list[str]:
        return [q.key for q in self._questions]

    def splits(self) -> list[str | None]:
        """The split of each chart shown: 'size', 'tech', or None (the total)."""
        return list(self._splits)

    def chart_view(self, split: str | None):
        """The ChartView showing `split` ('size', 'tech', None for the total), or None."""
        for panel, panel_split in zip(self.panels, self._splits):
            if panel_split == split:
                return panel.chart
        return None

    def summary(self, split: str | None) -> "Summary | None":
        figures = self._figures.get(split)
        return figures.summary if figures is not None else None

    def current_panel(self) -> _ChartPanel | None:
        if not self._splits or self.stack.currentWidget() is not self._charts_page:
            return None
        return self.panels[min(self._current_panel, len(self._splits) - 1)]

    def set_current_panel(self, index: int) -> None:
        self._current_panel = max(0, min(index, len(self.panels) - 1))
        for i, panel in enumerate(self.panels):
            panel.set_current(i == self._current_panel and len(self._splits) > 1)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._arrange_panels()

    def _arrange_panels(self) -> None:
        shown = max(1, min(len(self._splits), len(self.panels)))
        room = self.width() - 2 * 8
        side_by_side = shown == 1 or room >= shown * PANEL_MIN[0] + (shown - 1) * PANEL_SPACING
        direction = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        if self._row.direction() != direction:
            self._row.setDirection(direction)

    def stacked(self) -> bool:
        """True when the charts are shown one under the other (too narrow for side by side)."""
        return self._row.direction() == QBoxLayout.Direction.TopToBottom

    # ---- work -----------------------------------------------------------------------------------------

    def _fill_combo(self) -> None:
        fill_question_combo(self.question_combo, self._questions, limit=70)
        self.question_combo.setEnabled(len(self._questions) > 1)

    def _refresh(self) -> None:
        state = self._state
        if state is None or not state.ready or self._key is None:
            self._figures, self._computed, self._splits = {}, {}, []
            self._show()
            return
        available = split_dimensions(state.survey, state.scheme)
        splits: list[str | None] = [s for s in OVERVIEW_SPLITS if s in available] or [None]
        self._splits = splits
        for split in splits:
            key = compute_key(state, self._key, split)
            if self._computed.get(split) != key:
                self._figures[split] = figures_for(state, self._key, split)
                self._computed[split] = key
        for split in list(self._figures):
            if split not in splits:
                self._figures.pop(split, None)
                self._computed.pop(split, None)
        self._show()

    def _show(self) -> None:
        if self._no_survey_shown():
            return
        state, lang = self._state, self._lang
        if self._key is None:
            self._show_message(tr("views.overview.none", lang))
            return
        question = next(q for q in self._questions if q.key == self._key)
        self.question_text.setText(question.label)
        self.question_text.setVisible(True)
        first = self._figures.get(self._splits[0]) if self._splits else None
        problem = first.problem if first is not None else None
        if first is None or first.summary is None:
            self._show_message(problem or tr("views.overview.none", lang))
            return
        summary = first.summary
        self.share_line.setText(self._share_text(question, summary))
        self.count_line.setText(f"{selection_text(state)} · {count_text(summary, lang)}")
        notes = []
        if not self._about_relocation:
            notes.append(tr("views.overview.fallback", lang))
        if self._splits == [None]:
            notes.append(tr("views.overview.no_dimensions", lang))
        self.note_line.setText(" ".join(notes))
        self.note_line.setVisible(bool(notes))
        for label in (self.share_line, self.count_line):
            label.setVisible(True)
        self.open_button.setEnabled(True)
        for index, panel in enumerate(self.panels):
            if index >= len(self._splits):
                panel.setVisible(False)
                continue
            split = self._splits[index]
            panel.split = split
            panel.setVisible(True)
            heading = {"size": "views.overview.by_size", "tech": "views.overview.by_tech"}.get(
                split, "views.overview.total")
            panel.heading.setText(tr(heading, lang))
            figures = self._figures.get(split)
            chart = panel.chart_view()
            if panel.min_n != state.min_peers:
                panel.min_n = state.min_peers
                chart.set_min_n(state.min_peers)
            if figures is not None and figures.summary is not None:
                shown = chart.show_summary(figures.summary, lang)
                if shown is not None:
                    shown.set_title_visible(False)
            else:
                chart.clear(lang)
        self.set_current_panel(self._current_panel)
        self._arrange_panels()
        self.stack.setCurrentWidget(self._charts_page)

    def _share_text(self, question: "Question", summary: "Summary") -> str:
        from explorer.core.formatting import format_percent, percent_decimals
        from explorer.ui.views.overview_questions import focus_option

        option = focus_option(question)
        total = summary.total
        if option is None or total.n == 0:
            return ""
        share = total.shares.get(option)
        low, high = total.ci.get(option, (None, None))
        decimals = percent_decimals(share) if share is not None else 0
        return tr("views.overview.share", self._lang, option=option,
                  share=format_percent(share, self._lang, decimals),
                  low=format_percent(low, self._lang, decimals).rstrip("%"),
                  high=format_percent(high, self._lang, decimals))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        for label in (self.question_text, self.share_line, self.count_line, self.note_line):
            label.setVisible(False)
        self.open_button.setEnabled(False)

    # ---- handlers -------------------------------------------------------------------------------------

    def _on_question_combo_current_index_changed(self, index: int) -> None:
        key = self.question_combo.itemData(index)
        if isinstance(key, str) and key != self._key:
            self._key = key
            self._refresh()

    def _on_open_button_clicked(self) -> None:
        if self._key is not None:
            self.sig_open_question.emit(self._key)

    def _on_app_focus_changed(self, _old, new) -> None:
        if new is None:
            return
        for index, panel in enumerate(self.panels):
            if panel is new or panel.isAncestorOf(new):
                if index != self._current_panel:
                    self.set_current_panel(index)
                return
