"""The peer-group editor of the Benchmark view: automatic, or conditions the user puts together.

Automatic is core's default group (NACE division × size class × technology class, widened when
too small). "Define it yourself" shows rows of characteristic = value; rows on one characteristic
are alternatives, different characteristics all apply. The editor speaks the peer definition
text of the CLI (`auto` or `sector=25|28,size=small`) through `sig_definition_changed`.

It offers what core accepts (explorer/core/benchmark/peer_dimensions.py): the firm
characteristics and single-choice questions that classify firms, and only values held by at
least the default minimum of firms, so no condition can single out a firm.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.core.i18n import tr

DIMENSIONS = ("sector", "section", "size", "tech", "region", "wave")
# A new condition starts on the first characteristic not used yet, the firm's own value chosen:
# size narrows a sector usefully; the section would only repeat a division already chosen.
ADD_ORDER = ("size", "tech", "region", "wave", "sector", "section")
MAX_ROWS = 6


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


class _ConditionRow(QWidget):
    """One `characteristic = value` condition."""

    sig_changed = Signal()
    sig_remove = Signal(object)

    def __init__(self, editor: "PeerEditor") -> None:
        super().__init__(editor)
        self._editor = editor
        self.dimension = QComboBox(self)
        self.dimension.setObjectName("peer_dimension")
        self.dimension.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.equals = QLabel("=", self)
        self.value = QComboBox(self)
        self.value.setObjectName("peer_value")
        # Long NACE titles must not widen the panel: the box stays narrow, its list shows them whole.
        self.value.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.value.setMinimumContentsLength(12)
        self.value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.remove = QToolButton(self)
        self.remove.setObjectName("peer_remove")
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.dimension)
        layout.addWidget(self.equals)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.remove)
        self.dimension.currentIndexChanged.connect(self._on_dimension_current_index_changed)
        self.value.currentIndexChanged.connect(lambda _index: self.sig_changed.emit())
        self.remove.clicked.connect(lambda: self.sig_remove.emit(self))

    def fill_dimensions(self, dimensions: list[tuple[str, str]], current: str | None) -> None:
        with QSignalBlocker(self.dimension):
            self.dimension.clear()
            for code, title in dimensions:
                self.dimension.addItem(title, code)
            index = self.dimension.findData(current) if current is not None else 0
            self.dimension.setCurrentIndex(max(index, 0))
        self.fill_values(None)

    def fill_values(self, current: str | None) -> None:
        code = self.dimension.currentData()
        with QSignalBlocker(self.value):
            self.value.clear()
            for choice in self._editor.choices(code) if code else ():
                self.value.addItem(choice.label, choice.value)
                self.value.setItemData(self.value.count() - 1, choice.label, Qt.ItemDataRole.ToolTipRole)
            index = self.value.findData(current) if current is not None else -1
            self.value.setCurrentIndex(index if index >= 0 else 0)
        popup = self.value.view()
        popup.setMinimumWidth(max(popup.sizeHintForColumn(0) + 24, self.value.width()))

    def term(self) -> tuple[str, str] | None:
        code, value = self.dimension.currentData(), self.value.currentData()
        return (code, value) if code and value is not None else None

    def set_term(self, dimension: str, value: str) -> bool:
        index = self.dimension.findData(dimension)
        if index < 0:
            return False
        with QSignalBlocker(self.dimension):
            self.dimension.setCurrentIndex(index)
        self.fill_values(value)
        return self.value.currentData() == value

    def retranslate(self, lang: str, dimensions: list[tuple[str, str]]) -> None:
        current_value = self.value.currentData()
        with QSignalBlocker(self.dimension):
            for code, title in dimensions:
                index = self.dimension.findData(code)
                if index >= 0:
                    self.dimension.setItemText(index, title)
        self.fill_values(current_value)
        self.remove.setToolTip(tr("benchmark.peers.remove.tip", lang))

    def _on_dimension_current_index_changed(self, _index: int) -> None:
        self.fill_values(None)
        self.sig_changed.emit()


class PeerEditor(QWidget):
    """Automatic or user-defined peer group; `definition()` is `auto` or `DIM=VALUE,...`."""

    sig_definition_changed = Signal(str)

    def __init__(self, lang: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peer_editor")
        self._lang = lang
        self._survey = None
        self._scheme = "eu"
        self._firm_row: int | None = None
        self._choices: dict[str, list[Choice]] = {}
        self._rows: list[_ConditionRow] = []
        self._emitted = "auto"

        self.auto = QRadioButton(self)
        self.auto.setObjectName("peers_auto")
        self.auto.setChecked(True)
        self.auto_text = QLabel(self)
        self.auto_text.setObjectName("peers_auto_text")
        self.auto_text.setWordWrap(True)
        self.auto_text.setStyleSheet("color: #595959;")
        self.auto_text.setContentsMargins(22, 0, 0, 0)
        self.auto_text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.custom = QRadioButton(self)
        self.custom.setObjectName("peers_custom")
        group = QButtonGroup(self)
        group.addButton(self.auto)
        group.addButton(self.custom)
        self.rows_box = QWidget(self)
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(22, 0, 0, 0)
        self.rows_layout.setSpacing(3)
        self.add = QPushButton(self.rows_box)
        self.add.setObjectName("peer_add")
        self.add.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.rows_layout.addWidget(self.add)
        self.rows_box.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.auto)
        layout.addWidget(self.auto_text)
        layout.addWidget(self.custom)
        layout.addWidget(self.rows_box)
        self.auto.toggled.connect(self._on_auto_toggled)
        self.add.clicked.connect(self._on_add_clicked)
        self.retranslate(lang)

    # Public API -----------------------------------------------------------------------------

    def set_survey(self, survey, scheme: str) -> None:
        """A new survey or size scheme: the value lists are rebuilt, conditions kept where they still fit."""
        terms = self.terms()
        self._survey, self._scheme = survey, scheme
        self._choices.clear()
        self.set_definition("auto" if self.auto.isChecked() else _joined(terms))

    def set_firm_row(self, row: int | None) -> None:
        """The firm benchmarked: a first condition starts at its own sector."""
        self._firm_row = row

    def definition(self) -> str:
        if self.auto.isChecked():
            return "auto"
        from explorer.ui.views.benchmark_preview import definition_text

        return definition_text([term for term in self.terms() if term is not None])

    def terms(self) -> list[tuple[str, str]]:
        return [term for row in self._rows if (term := row.term()) is not None]

    def set_definition(self, text: str) -> str:
        """Show `text` (`auto` or `DIM=VALUE,...`) without announcing it; returns what was kept.

        Conditions this survey cannot meet (an unknown characteristic or value) are dropped; when
        none is left the editor falls back to automatic.
        """
        from explorer.core.errors import InputError
        from explorer.ui.views.benchmark_preview import definition_terms

        try:
            terms = definition_terms(text)
        except InputError:
            terms = []
        blocker = QSignalBlocker(self)
        self._set_terms(terms)
        kept = self.terms()
        with QSignalBlocker(self.auto), QSignalBlocker(self.custom):
            (self.custom if kept else self.auto).setChecked(True)
        self.rows_box.setVisible(bool(kept))
        del blocker
        self._emitted = self.definition()
        return self._emitted

    def choices(self, dimension: str) -> list[Choice]:
        """The values firms have for `dimension`, labelled, with the number of firms."""
        if dimension not in self._choices:
            self._choices[dimension] = self._build_choices(dimension)
        return self._choices[dimension]

    def dimensions(self) -> list[tuple[str, str]]:
        """(code, title) of every characteristic a peer group may use in this survey."""
        if self._survey is None:
            return []
        from explorer.core.benchmark.peer_dimensions import classifying_questions

        built_in = [(code, tr(f"filters.dim.{code}", self._lang)) for code in DIMENSIONS
                    if self._survey.has_dimension(code) and self._usable(code)]
        from explorer.ui.views.benchmark_preview import is_safe_value

        questions = [(key, _short(self._survey.question(key).label)) for key in classifying_questions(self._survey)
                     if is_safe_value(key) and self._usable(key)]
        return built_in + questions

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self._choices.clear()
        self.auto.setText(tr("benchmark.peers.auto", lang))
        self.auto.setToolTip(tr("benchmark.peers.auto.tip", lang))
        self.auto_text.setText(tr("benchmark.peers.auto.text", lang))
        self.auto_text.setToolTip(tr("benchmark.peers.auto.tip", lang))
        self.custom.setText(tr("benchmark.peers.custom", lang))
        self.custom.setToolTip(tr("benchmark.peers.custom.tip", lang))
        self.add.setText(tr("benchmark.peers.add", lang))
        self.add.setToolTip(tr("benchmark.peers.add.tip", lang))
        dimensions = self.dimensions()
        for row in self._rows:
            row.retranslate(lang, dimensions)

    # Internals ------------------------------------------------------------------------------

    def _usable(self, code: str) -> bool:
        from explorer.core.errors import InputError

        try:
            return bool(self.choices(code))
        except InputError:  # a characteristic core cannot group by is simply not offered
            return False

    def _build_choices(self, dimension: str) -> list[Choice]:
        from explorer.core.disclosure import DEFAULT_MIN_PEERS
        from explorer.core.survey.filter_text import value_label
        from explorer.core.formatting import format_count
        from explorer.ui.views.benchmark_preview import is_safe_value

        if self._survey is None:
            return []
        series = self._survey.dimension(dimension, self._scheme)
        counts = series.value_counts(sort=False)
        choices = []
        for category in series.cat.categories:
            value = str(category)
            count = int(counts.get(category, 0))
            if count < DEFAULT_MIN_PEERS or not is_safe_value(value):
                continue  # a value held by a handful of firms would let a definition single them out
            label = value_label(dimension, value, self._scheme, self._lang)
            choices.append(Choice(value, f"{label} ({format_count(count, self._lang)})"))
        return choices

    def _firm_value(self, dimension: str) -> str | None:
        if self._survey is None or self._firm_row is None:
            return None
        from explorer.core.errors import InputError

        try:
            value = self._survey.dimension(dimension, self._scheme).iloc[self._firm_row]
        except (InputError, IndexError):
            return None
        return None if value is None or value != value else str(value)

    def _set_terms(self, terms: list[tuple[str, str]]) -> None:
        for row in self._rows:
            row.deleteLater()
        self._rows.clear()
        for dimension, value in terms[:MAX_ROWS]:
            row = self._new_row()
            if not row.set_term(dimension, value):
                self._drop_row(row)
        self._update_buttons()

    def _new_row(self) -> _ConditionRow:
        row = _ConditionRow(self)
        row.fill_dimensions(self.dimensions(), None)
        row.remove.setToolTip(tr("benchmark.peers.remove.tip", self._lang))
        row.sig_changed.connect(self._emit_if_changed)
        row.sig_remove.connect(self._on_row_remove)
        self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
        self._rows.append(row)
        return row

    def _drop_row(self, row: _ConditionRow) -> None:
        self._rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.deleteLater()

    def _add_default_row(self) -> None:
        dimensions = [code for code, _title in self.dimensions()]
        if not dimensions:
            return
        dimension = "sector" if "sector" in dimensions else dimensions[0]
        row = self._new_row()
        value = self._firm_value(dimension)
        if value is not None:
            row.set_term(dimension, value)
        else:
            row.set_term(dimension, row.value.itemData(0))

    def _update_buttons(self) -> None:
        for row in self._rows:
            row.remove.setEnabled(len(self._rows) > 1)
        self.add.setEnabled(len(self._rows) < MAX_ROWS and bool(self.dimensions()))

    def _emit_if_changed(self) -> None:
        definition = self.definition()
        if definition != self._emitted:
            self._emitted = definition
            self.sig_definition_changed.emit(definition)

    def _on_auto_toggled(self, checked: bool) -> None:
        if not checked and not self._rows:
            self._add_default_row()
            self._update_buttons()
        self.rows_box.setVisible(not checked)
        self._emit_if_changed()

    def _on_add_clicked(self) -> None:
        used = {dimension for dimension, _value in self.terms()}
        offered = [code for code, _title in self.dimensions()]
        free = [code for code in ADD_ORDER if code in offered and code not in used]
        row = self._new_row()
        if free:
            row.set_term(free[0], self._firm_value(free[0]) or row.value.itemData(0))
        self._update_buttons()
        self._emit_if_changed()

    def _on_row_remove(self, row: _ConditionRow) -> None:
        if len(self._rows) <= 1:
            return
        self._drop_row(row)
        self._update_buttons()
        self._emit_if_changed()


def _short(label: str, limit: int = 40) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _joined(terms: list[tuple[str, str]]) -> str:
    from explorer.ui.views.benchmark_preview import definition_text

    return definition_text(terms)
