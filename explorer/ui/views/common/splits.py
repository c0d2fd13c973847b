"""The split-by choice: which firm characteristics and questions can split a figure, and the combo
that offers them.

Nothing here imports pandas at module level; core is imported inside the functions that need it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from explorer.core.i18n import tr
from explorer.ui.views.common.question_combo import short_label

if TYPE_CHECKING:
    from explorer.core.survey import Question, Survey

BUILT_IN_SPLITS = ("size", "tech", "sector", "section", "region", "wave")
MAX_SPLIT_OPTIONS = 12      # a question with more answers than this makes an unreadable split
SPLIT_KINDS = ("single", "yesno", "likert")


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
