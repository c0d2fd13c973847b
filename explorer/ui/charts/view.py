"""`ChartView`: the chart that suits a summary's question kind, in one widget.

The main window owns the controls (question list, split-by, filters); this widget only shows what
it is given. Each chart widget is made on first use and kept, so switching between questions of
the same kind reuses its plot items.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from explorer.ui.charts import palette, texts
from explorer.ui.charts.base import DEFAULT_MIN_N, DEFAULT_SMALL_N, ChartBase
from explorer.ui.charts.bars import ChoiceChart, MultiChart
from explorer.ui.charts.likert import LikertChart
from explorer.ui.charts.numeric import NumericChart

CHART_CLASSES: dict[str, type[ChartBase]] = {
    "yesno": ChoiceChart,
    "single": ChoiceChart,
    "multi": MultiChart,
    "likert": LikertChart,
    "numeric": NumericChart,
}


def chart_class_for(kind: str) -> type[ChartBase] | None:
    """The chart widget class for a question kind; None for free text."""
    return CHART_CLASSES.get(kind)


class ChartView(QWidget):
    """Shows a Summary as its kind's chart; a message for text questions or when nothing is chosen."""

    def __init__(self, parent: QWidget | None = None, *, min_n: int = DEFAULT_MIN_N,
                 small_n: int = DEFAULT_SMALL_N) -> None:
        super().__init__(parent)
        self._min_n = min_n
        self._small_n = small_n
        self._lang = "nl"
        self._summary = None
        self._charts: dict[type[ChartBase], ChartBase] = {}
        self._stack = QStackedWidget(self)
        self._message = QLabel(self._stack)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.setStyleSheet(f"color: {palette.MUTED_INK}; padding: 24px;")
        self._message.setText(texts.tr("chart.nothing", self._lang))
        self._stack.addWidget(self._message)
        # One click to the whole 0–100 % scale; by default a share axis fits its figures.
        self.full_scale_box = QCheckBox(texts.tr("chart.full_scale", self._lang), self)
        self.full_scale_box.setObjectName("full_scale_box")
        self.full_scale_box.setToolTip(texts.tr("chart.full_scale.tip", self._lang))
        self.full_scale_box.setVisible(False)
        self._box_lang = self._lang
        self.full_scale_box.toggled.connect(self._on_full_scale_box_toggled)
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 10, 0)
        controls.addStretch(1)
        controls.addWidget(self.full_scale_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(controls)
        layout.addWidget(self._stack)

    @property
    def summary(self):
        return self._summary

    @property
    def lang(self) -> str:
        return self._lang

    @property
    def histogram(self):
        chart = self.current_chart()
        return None if chart is None else chart.histogram

    def show_summary(self, summary, lang: str = "nl", histogram=None) -> ChartBase | None:
        """Show `summary`; `histogram` (numeric questions only) from `distribution.summary_histogram`.

        Returns the chart widget now visible (None for a question without a chart).
        """
        self._summary = summary
        self._lang = lang
        cls = chart_class_for(summary.question.kind)
        if cls is None:
            self._message.setText(texts.tr("chart.no_chart", lang))
            self._stack.setCurrentWidget(self._message)
            return None
        chart = self._charts.get(cls)
        if chart is None:
            chart = cls(self._stack, min_n=self._min_n, small_n=self._small_n)
            self._charts[cls] = chart
            self._stack.addWidget(chart)
        if self._stack.currentWidget() is not chart:
            self._stack.setCurrentWidget(chart)
        scalable = hasattr(chart, "set_full_scale")
        if scalable:
            chart.set_full_scale(self.full_scale_box.isChecked())
        self._show_full_scale_box(scalable, lang)
        if isinstance(chart, NumericChart):
            chart.set_summary(summary, lang, histogram=histogram)
        else:
            chart.set_summary(summary, lang)
        return chart

    def _show_full_scale_box(self, shown: bool, lang: str) -> None:
        """Only what changed: a new text or visibility relays the view out (a redraw must stay one frame)."""
        if lang != self._box_lang:
            self._box_lang = lang
            self.full_scale_box.setText(texts.tr("chart.full_scale", lang))
            self.full_scale_box.setToolTip(texts.tr("chart.full_scale.tip", lang))
        if self.full_scale_box.isHidden() == shown:
            self.full_scale_box.setVisible(shown)

    @property
    def full_scale(self) -> bool:
        """Whether the share axis shows 0–100 % (exports of this view follow it)."""
        return self.full_scale_box.isChecked()

    def _on_full_scale_box_toggled(self, checked: bool) -> None:
        chart = self.current_chart()
        if chart is not None and hasattr(chart, "set_full_scale"):
            chart.set_full_scale(checked)

    # The same entry point under the name every chart has.
    def set_summary(self, summary, lang: str = "nl", histogram=None) -> ChartBase | None:
        return self.show_summary(summary, lang, histogram)

    def clear(self, lang: str | None = None) -> None:
        """Back to the 'choose a question' message."""
        self._summary = None
        self._lang = lang or self._lang
        self._message.setText(texts.tr("chart.nothing", self._lang))
        self._stack.setCurrentWidget(self._message)
        self._show_full_scale_box(False, self._lang)

    def current_chart(self) -> ChartBase | None:
        widget = self._stack.currentWidget()
        return widget if isinstance(widget, ChartBase) else None

    def set_min_n(self, min_n: int = DEFAULT_MIN_N, small_n: int | None = None) -> None:
        self._min_n = min_n
        if small_n is not None:
            self._small_n = small_n
        for chart in self._charts.values():
            chart.set_min_n(min_n, self._small_n)
