"""The mapping dialog's side panel: the selected question's option order or columns, and grouping.

- a short title for the question, and a display label per option (double-click an option);
- single / yes-no / Likert: the answer options in order, moved by dragging or with Up/Down;
- multi-select: the columns that form the question, with "Split into separate questions";
- below, "Combine columns": group the columns selected in the table into one question;
- above, notes that ask for a decision (a proposed role, "no answer" codes; see `notes`).

The panel only says what the user asked for (signals); the dialog makes the new Mapping.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.core.i18n import tr, tr_count
from explorer.core.survey.mapping_edit import ColumnRow
from explorer.core.survey.model import Question
from explorer.ui.dialogs.mapping.column_model import SAMPLE_SEPARATOR
from explorer.ui.dialogs.mapping.notes import RowNotes

ORDERED_KINDS = ("single", "yesno", "likert")
MESSAGE_PAGE, OPTIONS_PAGE, COLUMNS_PAGE = range(3)
OPTION = Qt.ItemDataRole.UserRole  # an item's option as the file writes it; its text is the display label


def _wrapping_label(parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if name:
        label.setObjectName(name)
    return label


class QuestionPanel(QWidget):
    sig_order_changed = Signal(str, object)  # question key, tuple of options in the new order
    sig_title_changed = Signal(str, str)     # question key, short title ('' for the file's text)
    sig_option_label_changed = Signal(str, str, str)  # question key, option, display label
    sig_split_requested = Signal(str)        # question key
    sig_group_requested = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("question_panel")
        self._lang = lang
        self._question: Question | None = None
        self._title = ""
        self._filling = False
        self._build()
        self.show_row(None, None)
        self.set_selection(0, False, "")

    # Building -----------------------------------------------------------------------------------

    def _build(self) -> None:
        lang = self._lang
        self.question_box = QGroupBox(tr("mapping.panel.title", lang), self)
        self.title = _wrapping_label(self.question_box, "question_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.short_title = QLineEdit(self.question_box)
        self.short_title.setObjectName("question_short_title")
        self.short_title.setPlaceholderText(tr("mapping.panel.short_title.hint", lang))
        self.short_title.setToolTip(tr("mapping.panel.short_title.hint", lang))
        self.short_title.editingFinished.connect(self._on_short_title_edited)
        self.short_title_label = QLabel(tr("mapping.panel.short_title", lang), self.question_box)
        self.short_title_label.setBuddy(self.short_title)
        self.info = _wrapping_label(self.question_box, "question_info")
        self.samples = _wrapping_label(self.question_box, "question_samples")
        self.notes = RowNotes(lang, self.question_box)
        self.pages = QStackedWidget(self.question_box)

        self.message = _wrapping_label(self.pages, "question_message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.pages.addWidget(self.message)

        options_page = QWidget(self.pages)
        self.options_hint = _wrapping_label(options_page)
        self.options_hint.setText(tr("mapping.panel.order", lang))
        self.options = QListWidget(options_page)
        self.options.setObjectName("option_list")
        self.options.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.options.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.options.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.options.setAlternatingRowColors(True)
        self.options.setWordWrap(True)
        self.options.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                     | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.options.itemChanged.connect(self._on_option_renamed)
        self.options.model().rowsMoved.connect(self._on_options_rows_moved)
        self.options.model().rowsRemoved.connect(self._on_options_rows_moved)
        self.options.currentRowChanged.connect(self._update_move_buttons)
        self.up_button = QPushButton(tr("mapping.panel.up", lang), options_page)
        self.up_button.setObjectName("option_up")
        self.down_button = QPushButton(tr("mapping.panel.down", lang), options_page)
        self.down_button.setObjectName("option_down")
        self.up_button.clicked.connect(lambda: self._move_current(-1))
        self.down_button.clicked.connect(lambda: self._move_current(+1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(options_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.options_hint)
        layout.addWidget(self.options, 1)
        layout.addLayout(buttons)
        self.pages.addWidget(options_page)

        columns_page = QWidget(self.pages)
        self.columns_hint = _wrapping_label(columns_page)
        self.columns_hint.setText(tr("mapping.panel.columns", lang))
        self.columns = QListWidget(columns_page)
        self.columns.setObjectName("question_columns")
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columns.setWordWrap(True)
        self.columns.setAlternatingRowColors(True)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                     | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.columns.itemChanged.connect(self._on_option_renamed)
        self.split_button = QPushButton(tr("mapping.panel.split", lang), columns_page)
        self.split_button.setObjectName("split_button")
        self.split_button.setToolTip(tr("mapping.panel.split.tip", lang))
        self.split_button.clicked.connect(self._on_split_button_clicked)
        layout = QVBoxLayout(columns_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.columns_hint)
        layout.addWidget(self.columns, 1)
        layout.addWidget(self.split_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.pages.addWidget(columns_page)

        box = QVBoxLayout(self.question_box)
        box.addWidget(self.title)
        short_title = QHBoxLayout()
        short_title.addWidget(self.short_title_label)
        short_title.addWidget(self.short_title, 1)
        box.addLayout(short_title)
        box.addWidget(self.info)
        box.addWidget(self.samples)
        box.addWidget(self.notes)
        box.addWidget(self.pages, 1)

        self.group_box = QGroupBox(tr("mapping.group.title", lang), self)
        self.group_hint = _wrapping_label(self.group_box)
        self.group_hint.setText(tr("mapping.group.hint", lang))
        self.group_button = QPushButton(tr("mapping.group.button", lang), self.group_box)
        self.group_button.setObjectName("group_button")
        self.group_button.clicked.connect(self.sig_group_requested)
        self.group_count = _wrapping_label(self.group_box, "group_count")
        box = QVBoxLayout(self.group_box)
        box.addWidget(self.group_hint)
        box.addWidget(self.group_count)
        box.addWidget(self.group_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question_box, 1)
        layout.addWidget(self.group_box)

    # Showing ------------------------------------------------------------------------------------

    def question(self) -> Question | None:
        return self._question

    def show_row(self, row: ColumnRow | None, question: Question | None, title: str = "") -> None:
        """The question of the table's current row (or why that column is not a question); `title`: the
        short title the user gave it."""
        lang = self._lang
        self._question = question
        self._title = title
        self._show_samples(row)
        self.notes.show_row(row)
        self.short_title.setVisible(question is not None)
        self.short_title_label.setVisible(question is not None)
        if question is None:
            self.title.setText(row.name if row is not None else "")
            self.title.setVisible(row is not None)
            self.info.hide()
            if row is None:
                text = tr("mapping.panel.none", lang)
            elif row.role is not None:
                text = tr("mapping.panel.role", lang, role=tr(f"mapping.role.{row.role}", lang))
            else:
                text = tr("mapping.panel.metadata" if row.is_metadata else "mapping.panel.unused", lang)
            self.message.setText(text)
            self.pages.setCurrentIndex(MESSAGE_PAGE)
            return
        self.title.setText(question.key)
        self.title.show()
        if not self.short_title.hasFocus():
            self.short_title.setText(title)
        self.info.setText(tr("mapping.panel.kind", lang, kind=tr(f"mapping.kind.{question.kind}", lang)))
        self.info.show()
        if question.kind == "multi":
            self._fill_columns(question)
            self.pages.setCurrentIndex(COLUMNS_PAGE)
        elif question.kind in ORDERED_KINDS and question.options:
            self._fill_options(question)
            self.pages.setCurrentIndex(OPTIONS_PAGE)
        else:
            self.message.setText(tr("mapping.panel.no_options", lang))
            self.pages.setCurrentIndex(MESSAGE_PAGE)

    def _show_samples(self, row: ColumnRow | None) -> None:
        self.samples.setVisible(row is not None)
        if row is not None and row.samples:
            self.samples.setText(tr("mapping.panel.samples", self._lang, values=SAMPLE_SEPARATOR.join(row.samples)))
        elif row is not None:
            self.samples.setText(tr("mapping.panel.no_samples", self._lang))

    def _option_item(self, question: Question, option: str) -> QListWidgetItem:
        item = QListWidgetItem(question.option_text(option))
        item.setData(OPTION, option)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setToolTip(tr("mapping.panel.option.tip", self._lang, option=option))
        return item

    def _fill_options(self, question: Question) -> None:
        options = question.options
        shown = tuple(self.options.item(i).text() for i in range(self.options.count()))
        if self.option_order() == tuple(options) and shown == tuple(map(question.option_text, options)):
            return  # already shown (a drag just put them in this order): keep the current row
        current = self.options.currentRow()
        self._filling = True
        try:
            self.options.clear()
            for option in options:
                self.options.addItem(self._option_item(question, option))
            self.options.setCurrentRow(min(max(current, 0), len(options) - 1))
        finally:
            self._filling = False
        self._update_move_buttons()

    def _fill_columns(self, question: Question) -> None:
        lang = self._lang
        self._filling = True
        try:
            self.columns.clear()
            for column in question.columns:
                if column in question.option_columns:  # an option: renamed like those of other kinds
                    item = self._option_item(question, question.options[question.option_columns.index(column)])
                    item.setToolTip(tr("header.tip.column", lang, name=column) + "\n" + item.toolTip())
                else:
                    text = tr("mapping.panel.other_column", lang) if column == question.other_column else column
                    item = QListWidgetItem(text)
                    item.setToolTip(tr("header.tip.column", lang, name=column))
                self.columns.addItem(item)
        finally:
            self._filling = False
        self.split_button.setEnabled(len(question.columns) > 1)

    def set_selection(self, count: int, can_group: bool, reason: str) -> None:
        """How many table rows are selected, and whether they can be grouped (else why not)."""
        self.group_count.setText(tr_count("mapping.group.count", self._lang, count) if count > 1 else "")
        self.group_count.setVisible(count > 1)
        self.group_button.setEnabled(can_group)
        self.group_button.setToolTip(reason)

    def option_order(self) -> tuple[str, ...]:
        return tuple(self.options.item(i).data(OPTION) for i in range(self.options.count()))

    # Reacting -----------------------------------------------------------------------------------

    def _move_current(self, step: int) -> None:
        row = self.options.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.options.count():
            return
        item = self.options.takeItem(row)
        self.options.insertItem(target, item)
        self.options.setCurrentRow(target)
        self._emit_order()

    def _update_move_buttons(self, *_args) -> None:
        row = self.options.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.options.count() - 1)

    def _on_options_rows_moved(self, *_args) -> None:
        if self._filling:
            return
        self._emit_order()
        self._update_move_buttons()

    def _emit_order(self) -> None:
        question = self._question
        order = self.option_order()
        # Mid-drag the list briefly holds an option twice; only a complete new order counts.
        if question is None or sorted(order) != sorted(question.options) or order == question.options:
            return
        self.sig_order_changed.emit(question.key, order)

    def _on_short_title_edited(self) -> None:
        question = self._question
        title = self.short_title.text().strip()
        if question is not None and title != self._title:
            self._title = title
            self.sig_title_changed.emit(question.key, title)

    def _on_option_renamed(self, item: QListWidgetItem) -> None:
        option = item.data(OPTION)
        question = self._question
        if self._filling or question is None or option is None:
            return
        label = item.text().strip()
        if label != question.option_text(option):
            self.sig_option_label_changed.emit(question.key, option, label)

    def _on_split_button_clicked(self) -> None:
        if self._question is not None:
            self.sig_split_requested.emit(self._question.key)
