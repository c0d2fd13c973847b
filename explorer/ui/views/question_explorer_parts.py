"""Pieces the analysis views share: the split-by choice, the header above a figure, and the one
call into core that turns an `AnalysisState` plus a question and a split into a `Summary`.

Nothing here imports pandas or pyqtgraph at module level (the views are built on the window's
start-up path); core is imported inside the functions that need it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from explorer.core.i18n import tr

if TYPE_CHECKING:
    from explorer.core.survey import Question, Summary, Survey
    from explorer.ui.views.state import AnalysisState

BUILT_IN_SPLITS = ("size", "tech", "sector", "section", "region", "wave")
MAX_SPLIT_OPTIONS = 12      # a question with more answers than this makes an unreadable split
SPLIT_KINDS = ("single", "yesno", "likert")
MUTED = "#595959"           # the charts' muted ink (7:1 on white)
COMBO_LABEL_CHARS = 60      # question labels in a combo are cut here (the tooltip has them whole)


# ---- the split-by choice --------------------------------------------------------------------------

def split_dimensions(survey: "Survey", scheme: str) -> list[str]:
    """The built-in firm characteristics this survey can be split by (at least two groups)."""
    from explorer.core.errors import InputError

    found = []
    for name in BUILT_IN_SPLITS:
        if not survey.has_dimension(name):
            continue
        try:
            categories = survey.dimension(name, scheme).cat.categories
        except InputError:
            continue
        if len(categories) >= 2:  # one group (every firm in section C) adds nothing to the total
            found.append(name)
    return found


def split_questions(survey: "Survey", exclude: str | None = None) -> list["Question"]:
    """The questions that can split another: single-choice, yes/no, Likert and multi-select ones
    with 2–12 answers (a multi-select one puts a firm in each option it ticked), and numeric ones
    with enough answers for quartile classes."""
    return [q for q in survey.questions if q.key != exclude and _can_split(survey, q)]


def _can_split(survey: "Survey", question: "Question") -> bool:
    if question.kind == "multi":
        return 2 <= len(question.options) <= MAX_SPLIT_OPTIONS
    if question.kind == "numeric":
        from explorer.core.errors import InputError

        try:
            return len(survey.dimension(question.key).cat.categories) >= 2
        except InputError:
            return False
    return (question.kind in SPLIT_KINDS and 2 <= len(question.options) <= MAX_SPLIT_OPTIONS
            and len(question.columns) == 1)


def dimension_label(name: str, lang: str) -> str:
    """'Grootteklasse' / 'Size class': the chart catalogue's `by.*` with a capital."""
    text = tr(f"by.{name}", lang)
    return text[:1].upper() + text[1:]


def short_label(text: str, limit: int = COMBO_LABEL_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class SplitCombo(QComboBox):
    """'(no split)', the firm characteristics the survey has, then the questions that can split.

    The item data is the `by` code `summarize` takes: None, a dimension name or a question key.
    """

    sig_split_changed = Signal(object)  # str | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("split_combo")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(22)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._lang = "nl"
        self._dimensions: list[str] = []
        self._questions: list[tuple[str, str]] = []
        self.currentIndexChanged.connect(self._on_current_index_changed)

    def set_choices(self, survey: "Survey", scheme: str, lang: str, exclude: str | None = None) -> None:
        """Fill the list for `survey`; the current split is kept when it is still there."""
        dimensions = split_dimensions(survey, scheme)
        questions = [(q.key, q.label) for q in split_questions(survey, exclude)]
        if (dimensions, questions, lang) == (self._dimensions, self._questions, self._lang) and self.count():
            return
        current = self.split()
        self._dimensions, self._questions, self._lang = dimensions, questions, lang
        self._fill(current)

    def clear_choices(self) -> None:
        self._dimensions, self._questions = [], []
        self._fill(None)

    def split(self) -> str | None:
        data = self.currentData()
        return data if isinstance(data, str) and data else None

    def codes(self) -> list[str | None]:
        return [None, *self._dimensions, *(key for key, _ in self._questions)]

    def has_split(self, code: str | None) -> bool:
        return code is None or code in self.codes()

    def set_split(self, code: str | None) -> bool:
        """Choose `code` (no signal); False when the survey cannot be split that way."""
        index = self._index_of(code)
        if index < 0:
            return False
        if index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)
        return True

    def retranslate(self, lang: str) -> None:
        if lang != self._lang:
            self._lang = lang
            self._fill(self.split())

    def label_of(self, code: str | None) -> str:
        index = self._index_of(code)
        return self.itemText(index) if index >= 0 else ""

    # ---- helpers ---------------------------------------------------------------------------------

    def _fill(self, current: str | None) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(tr("views.split.none", self._lang), None)
        for name in self._dimensions:
            self.addItem(dimension_label(name, self._lang), name)
        if self._questions:
            self.insertSeparator(self.count())
        for key, label in self._questions:
            self.addItem(short_label(label), key)
            self.setItemData(self.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        index = self._index_of(current)
        self.setCurrentIndex(index if index >= 0 else 0)
        self.setToolTip(tr("views.split.tip", self._lang))
        self.blockSignals(False)

    def _index_of(self, code: str | None) -> int:
        for index in range(self.count()):
            data = self.itemData(index)
            if (code is None and data is None and self.itemText(index)) or (code is not None and data == code):
                return index
        return -1

    def _on_current_index_changed(self, _index: int) -> None:
        self.sig_split_changed.emit(self.split())


# ---- the question choice ---------------------------------------------------------------------------

def question_combo(parent: QWidget, object_name: str) -> QComboBox:
    """The combo a view picks its question with: wide, labels cut with the whole text as tooltip."""
    combo = QComboBox(parent)
    combo.setObjectName(object_name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(34)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return combo


def fill_question_combo(combo: QComboBox, questions) -> None:
    """One item per question (data: its key), without emitting a change."""
    combo.blockSignals(True)
    combo.clear()
    for question in questions:
        combo.addItem(short_label(question.label, 80), question.key)
        combo.setItemData(combo.count() - 1, question.label, Qt.ItemDataRole.ToolTipRole)
    combo.blockSignals(False)


# ---- the header above a figure --------------------------------------------------------------------

class FigureHeader(QWidget):
    """The question (bold), the selection as readable text, and n of the firms selected."""

    def __init__(self, parent: QWidget | None = None, title_visible: bool = True) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.title = QLabel(self)
        self.title.setObjectName("figure_title")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 1.5)
        self.title.setFont(font)
        self._title_visible = title_visible
        self.title.setVisible(title_visible)
        self.selection = QLabel(self)
        self.selection.setObjectName("figure_selection")
        self.selection.setWordWrap(True)
        self.selection.setTextFormat(Qt.TextFormat.PlainText)
        self.count = QLabel(self)
        self.count.setObjectName("figure_count")
        self.count.setWordWrap(True)
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        for label in (self.selection, self.count):
            label.setStyleSheet(f"color: {MUTED};")
        for label in (self.title, self.selection, self.count):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            layout.addWidget(label)

    def show_texts(self, title: str, selection: str, count: str) -> None:
        for label, text in ((self.title, title), (self.selection, selection), (self.count, count)):
            if label.text() != text:
                label.setText(text)
            label.setVisible(bool(text) and (label is not self.title or self._title_visible))

    def texts(self) -> list[str]:
        return [label.text() for label in (self.title, self.selection, self.count) if label.text()]


def selection_text(state: "AnalysisState") -> str:
    return tr("views.selection", state.lang, filter=state.filter_text or tr("views.selection.all", state.lang))


def count_text(summary: "Summary", lang: str) -> str:
    """n answers (effective n when weighted) and the firms selected of all firms."""
    from explorer.ui.charts.texts import format_count

    total = summary.total
    if summary.rounds is not None:  # a survey asked in rounds: answers, firms and rounds apart
        from explorer.core.survey.panel_text import counts_sentence

        key = "views.count.rounds.weighted" if summary.weighted else "views.count.rounds"
        return tr(key, lang, n=format_count(total.n, lang), n_eff=format_count(total.n_eff, lang),
                  selection=counts_sentence(summary.rounds, lang))
    params = dict(n=format_count(total.n, lang), selected=format_count(summary.firms_selected, lang),
                  total=format_count(summary.firms_total, lang))
    if summary.weighted:
        return tr("views.count.weighted", lang, n_eff=format_count(total.n_eff, lang), **params)
    return tr("views.count", lang, **params)


# ---- the figures, from core ------------------------------------------------------------------------

@dataclass(frozen=True)
class Figures:
    """What a view shows for one question: the summary (and histogram), or the text answers, or
    the reason why nothing can be shown."""

    summary: "Summary | None" = None
    histogram: object | None = None
    text_answers: tuple[int, int] | None = None   # (answered, firms selected) of a text question
    problem: str | None = None


def compute_key(state: "AnalysisState", key: str | None, by: str | None) -> tuple:
    """What the figures depend on; language and thresholds only change their labels."""
    return (id(state.survey), state.filters, state.scheme, state.weighted, key, by)


def figures_for(state: "AnalysisState", key: str, by: str | None = None, histogram: bool = True) -> Figures:
    """summarize() for the state's selection (and the histogram of a numeric question)."""
    from explorer.core.errors import InputError
    from explorer.core.survey import summarize

    survey = state.survey
    try:
        question = survey.question(key)
        if question.kind == "text":
            return Figures(text_answers=text_answer_count(state, question))
        summary = summarize(survey, key, by=by, scheme=state.scheme, filters=state.filters,
                            weighted=state.weighted, question=question)
        hist = None
        if histogram and question.kind == "numeric":
            from explorer.core.survey.distribution import summary_histogram

            hist = summary_histogram(survey, summary)
        return Figures(summary=summary, histogram=hist)
    except InputError as exc:
        return Figures(problem=tr("views.problem", state.lang, reason=exc.text(state.lang)))


def text_answer_count(state: "AnalysisState", question: "Question") -> tuple[int, int]:
    """(firms that wrote something, firms selected) for a free-text question."""
    from explorer.core.survey.distribution import text_answers

    return text_answers(state.survey, question, state.filters, state.scheme)
