"""The mapping dialog: what Survey Explorer understood of each column, corrected by the user.

Every column of the file is a row (role or question, kind, confidence); rows that detection was
unsure about are highlighted (amber, with a warning icon that shows on a selected row too). A
role proposed on weak evidence shows as "Size?" and is applied only when the user confirms it
(the side panel's "Use as Size", or choosing it in the Role cell); Cancel leaves it unapplied. Role and
kind are edited in place with combo boxes (double-click). The side panel shows the current row's
example values and question: it orders the answer options (drag or Up/Down), splits a multi-select
question into its columns, or groups the selected columns into one. Each edit makes a new `Mapping`
(explorer.core.survey.mapping_edit) and rebuilds the survey from it, so the table and the preview
line always show the real effect.

    dialog = MappingDialog(survey, lang, parent)
    dialog.sig_mapping_changed.connect(...)        # emitted on OK when the mapping changed
    if dialog.exec() == QDialog.DialogCode.Accepted:
        mapping = dialog.mapping()

or, for tests that replace it, `edit_mapping(parent, survey, lang)`. The dialog computes nothing
itself beyond calling core; it does not touch the main window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.core.errors import InputError
from explorer.core.i18n import tr, tr_count
from explorer.core.survey import Mapping, Survey, build_survey
from explorer.core.survey.mapping_edit import (
    ESSENTIAL_ROLES,
    ColumnRow,
    assign_column,
    count_no_answer,
    group_columns,
    mapping_needs_review,
    propose_group_key,
    set_kind,
    set_option_label,
    set_option_order,
    set_role,
    set_title,
    ungroup,
)
from explorer.core.survey.model import KINDS, ROLES
from explorer.core.survey.profiles import list_profiles, save_profile, user_profile_dir
from explorer.ui.dialogs.mapping import prompts
from explorer.ui.dialogs.mapping.column_model import (
    COLUMNS,
    CONFIDENCE,
    KIND,
    NAME,
    QUESTION,
    ROLE,
    ColumnTableModel,
)
from explorer.ui.dialogs.mapping.delegates import ChoiceDelegate, ElidingDelegate
from explorer.ui.dialogs.mapping.question_panel import QuestionPanel

# Starting widths of the table's columns at the dialog's default size (1000 × 650).
_WIDTHS = {NAME: 200, ROLE: 80, KIND: 80, CONFIDENCE: 60}


class MappingDialog(QDialog):
    sig_mapping_changed = Signal(object)  # the new Mapping, when OK is pressed after a change
    sig_profile_saved = Signal(str)       # the profile's name

    def __init__(self, survey: Survey, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapping_dialog")
        self._lang = lang
        self._table = survey.table
        self._original = survey.mapping
        self._mapping = survey.mapping
        self._survey = survey
        self._profile_name = survey.profile_name
        self._file_name = Path(survey.table.path).name
        self.setWindowTitle(tr("mapping.title", lang, file=self._file_name))
        self._build()
        self._connect()
        self.model.set_survey(survey)
        self._size_columns()
        self._select_first_interesting_row()
        self._refresh()
        self.resize(1000, 650)

    # Public ---------------------------------------------------------------------------------------

    def mapping(self) -> Mapping:
        """The mapping as edited so far (after exec: what the user accepted)."""
        return self._mapping

    def apply_mapping(self, mapping: Mapping) -> bool:
        """Show the effect of `mapping`; False (and nothing changed) if it cannot be applied."""
        try:
            survey = self._rebuild(mapping)
        except InputError as error:
            self._show_notice(str(error))
            return False
        self._mapping = mapping
        self._survey = survey
        self.model.set_survey(survey)
        self._refresh()
        return True

    def _rebuild(self, mapping: Mapping) -> Survey:
        # About 10 ms on the samples, 0.65 s on 100,000 firms × 120 columns: show that it works.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return build_survey(self._table, mapping)
        finally:
            QApplication.restoreOverrideCursor()

    def accept(self) -> None:
        if self._mapping != self._original:
            self.sig_mapping_changed.emit(self._mapping)
        super().accept()

    # Building -------------------------------------------------------------------------------------

    def _build(self) -> None:
        lang = self._lang
        self.intro = QLabel(self)
        self.intro.setObjectName("mapping_intro")
        self.intro.setWordWrap(True)

        self.model = ColumnTableModel(lang, self)
        self.view = QTableView(self)
        self.view.setObjectName("mapping_columns")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(ROLE, ChoiceDelegate(self.view))
        self.view.setItemDelegateForColumn(KIND, ChoiceDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.SelectedClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        # Names and labels of a grid differ at their end ("Question - Option"): keep both ends.
        self.view.setItemDelegateForColumn(NAME, ElidingDelegate(Qt.TextElideMode.ElideMiddle, self.view))
        self.view.setItemDelegateForColumn(QUESTION, ElidingDelegate(Qt.TextElideMode.ElideMiddle, self.view))
        self.view.setWordWrap(False)
        self.view.setCornerButtonEnabled(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.verticalHeader().hide()

        self.panel = QuestionPanel(lang, self)
        self.panel.setMinimumWidth(260)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("mapping_splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.view)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([720, 270])

        self.preview = QLabel(self)
        self.preview.setObjectName("mapping_preview")
        self.preview.setWordWrap(True)
        self.notice = QLabel(self)
        self.notice.setObjectName("mapping_notice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = QPushButton(tr("mapping.save_profile", lang), self)
        self.save_button.setObjectName("save_profile_button")
        self.save_button.setToolTip(tr("mapping.save_profile.tip", lang))
        self.save_button.setAutoDefault(False)
        self.reset_button = QPushButton(tr("mapping.reset", lang), self)
        self.reset_button.setObjectName("reset_button")
        self.reset_button.setToolTip(tr("mapping.reset.tip", lang))
        self.reset_button.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.reset_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.preview)
        layout.addWidget(self.notice)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.model.sig_role_chosen.connect(self._on_model_role_chosen)
        self.model.sig_kind_chosen.connect(self._on_model_kind_chosen)
        selection = self.view.selectionModel()
        selection.currentRowChanged.connect(self._on_selection_current_row_changed)
        selection.selectionChanged.connect(self._on_selection_changed)
        self.panel.sig_order_changed.connect(self._on_panel_order_changed)
        self.panel.sig_title_changed.connect(self._on_panel_title_changed)
        self.panel.sig_option_label_changed.connect(self._on_panel_option_label_changed)
        self.panel.sig_split_requested.connect(self._on_panel_split_requested)
        self.panel.sig_group_requested.connect(self._on_panel_group_requested)
        self.panel.notes.sig_role_confirmed.connect(self._on_notes_role_confirmed)
        self.panel.notes.sig_no_answer_counted.connect(self._on_notes_no_answer_counted)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)

    def _size_columns(self) -> None:
        header = self.view.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        metrics = self.view.fontMetrics()
        for column, width in _WIDTHS.items():
            # Wide enough for the header and, for Role and Kind, every value they can show.
            texts = [self.model.headerData(column, Qt.Orientation.Horizontal)]
            if column == ROLE:
                texts += [tr(f"mapping.role.{role}", self._lang) for role in ROLES]
            elif column == KIND:
                texts += [tr(f"mapping.kind.{kind}", self._lang) for kind in KINDS]
            needed = max(metrics.horizontalAdvance(text) for text in texts) + 16
            header.resizeSection(column, max(width, needed))
        header.setMinimumSectionSize(48)
        header.setSectionResizeMode(QUESTION, QHeaderView.ResizeMode.Stretch)

    def _select_first_interesting_row(self) -> None:
        rows = self.model.rows()
        if not rows:
            return
        target = next((i for i, r in enumerate(rows) if r.unsure), None)
        if target is None:
            target = next((i for i, r in enumerate(rows) if r.question_key is not None), 0)
        self.select_rows([target])
        self.view.scrollTo(self.model.index(target, 0), QAbstractItemView.ScrollHint.PositionAtCenter)

    # Selection ------------------------------------------------------------------------------------

    def select_rows(self, rows: list[int]) -> None:
        """Select these table rows (the first becomes the current row)."""
        selection = self.view.selectionModel()
        if not rows:
            selection.clear()
            return
        chosen = QItemSelection()
        last = len(COLUMNS) - 1
        for row in rows:
            chosen.select(self.model.index(row, 0), self.model.index(row, last))
        flags = QItemSelectionModel.SelectionFlag
        selection.setCurrentIndex(self.model.index(rows[0], 0), flags.NoUpdate)
        selection.select(chosen, flags.ClearAndSelect)

    def selected_columns(self) -> list[str]:
        """Names of the selected columns, in file order."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.row(r).name for r in rows]

    def _current_row(self) -> ColumnRow | None:
        index = self.view.selectionModel().currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    # Refreshing ------------------------------------------------------------------------------------

    def _refresh(self) -> None:
        self._refresh_intro()
        self._refresh_panel()
        self._refresh_group_state()
        self._refresh_preview()

    def _refresh_intro(self) -> None:
        key = "mapping.intro.review" if mapping_needs_review(self._survey) else "mapping.intro"
        self.intro.setText(tr(key, self._lang, file=self._file_name))

    def _refresh_panel(self) -> None:
        row = self._current_row()
        question = None
        if row is not None and row.question_key is not None:
            question = next((q for q in self._survey.questions if q.key == row.question_key), None)
        title = self._mapping.titles.get(question.key, "") if question is not None else ""
        self.panel.show_row(row, question, title)

    def _refresh_group_state(self) -> None:
        columns = self.selected_columns()
        rows = [self.model.row(self.model.row_of(c)) for c in columns]
        reason = ""
        if len(rows) < 2:
            reason = tr("mapping.group.need_two", self._lang)
        elif any(r.role is not None for r in rows):
            reason = tr("mapping.group.has_role", self._lang)
        elif any(r.is_metadata for r in rows):
            reason = tr("mapping.group.has_metadata", self._lang)
        else:
            keys = {r.question_key for r in rows}
            if len(keys) == 1 and None not in keys:
                question = next(q for q in self._survey.questions if q.key == rows[0].question_key)
                if question.kind == "multi" and set(question.columns) == set(columns):
                    reason = tr("mapping.group.already", self._lang)
        self.panel.set_selection(len(rows), not reason, reason)

    def _refresh_preview(self) -> None:
        lang = self._lang
        survey = self._survey
        questions = tr_count("mapping.preview.questions", lang, len(survey.questions))
        found = [tr(f"mapping.role.{role}", lang) for role in ROLES if survey.roles.get(role)]
        roles = ", ".join(found) if found else tr("mapping.preview.none", lang)
        parts = [tr("mapping.preview", lang, questions=questions, roles=roles)]
        # Said even when the user switched the role off: the views by sector or size need it.
        missing = [role for role in ESSENTIAL_ROLES if survey.roles.get(role) is None]
        if missing:
            names = ", ".join(tr(f"mapping.role.{role}", lang) for role in missing)
            parts.append(tr("mapping.preview.missing", lang, roles=names))
        unsure = sum(1 for row in self.model.rows() if row.unsure)
        if unsure:
            parts.append(tr_count("mapping.preview.unsure", lang, unsure))
        if survey.pending_roles:
            names = ", ".join(tr(f"mapping.role.{role}", lang) for role in survey.pending_roles)
            parts.append(tr("mapping.preview.proposed", lang, roles=names))
        if self._mapping != self._original:
            parts.append(tr("mapping.preview.changed", lang))
        elif self._profile_name:
            parts.append(tr("mapping.preview.profile", lang, name=self._profile_name))
        self.preview.setText(" ".join(parts))

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # Edits --------------------------------------------------------------------------------------

    def _on_model_role_chosen(self, column: str, role: str | None) -> None:
        self._show_notice("")
        self.apply_mapping(assign_column(self._mapping, self._survey.roles, column, role))

    def _on_model_kind_chosen(self, key: str, kind: str) -> None:
        self._show_notice("")
        question = next((q for q in self._survey.questions if q.key == key), None)
        options = question.options if question is not None else ()
        self.apply_mapping(set_kind(self._mapping, key, kind, options))

    def _on_notes_role_confirmed(self, column: str, role: str) -> None:
        self._show_notice("")
        self.apply_mapping(set_role(self._mapping, role, column))

    def _on_notes_no_answer_counted(self, column: str, as_answers: bool) -> None:
        self._show_notice("")
        self.apply_mapping(count_no_answer(self._mapping, column, as_answers))

    def _on_panel_order_changed(self, key: str, order: tuple[str, ...]) -> None:
        self._show_notice("")
        self.apply_mapping(set_option_order(self._mapping, key, order))

    def _on_panel_title_changed(self, key: str, title: str) -> None:
        self._show_notice("")
        self.apply_mapping(set_title(self._mapping, key, title))

    def _on_panel_option_label_changed(self, key: str, option: str, label: str) -> None:
        self._show_notice("")
        self.apply_mapping(set_option_label(self._mapping, key, option, label))

    def _on_panel_split_requested(self, key: str) -> None:
        self._show_notice("")
        self.apply_mapping(ungroup(self._mapping, key))

    def _on_panel_group_requested(self) -> None:
        columns = self.selected_columns()
        if len(columns) < 2:
            return
        key = propose_group_key(self._survey, columns)
        mapping = group_columns(self._mapping, key, columns)
        survey = self._rebuild(mapping)
        question = next((q for q in survey.questions if q.key == key), None)
        if question is None or question.kind != "multi":
            self._show_notice(tr("mapping.group.failed", self._lang))
            return
        self._show_notice("")
        self._mapping, self._survey = mapping, survey
        self.model.set_survey(survey)
        self.select_rows([self.model.row_of(c) for c in columns])
        self._refresh()

    def _on_reset_button_clicked(self) -> None:
        self._show_notice("")
        self.apply_mapping(Mapping())

    def _on_save_button_clicked(self) -> None:
        lang = self._lang
        suggestion = self._profile_name or Path(self._table.path).stem
        name = prompts.ask_profile_name(self, lang, suggestion)
        if not name:
            return
        taken = any(not p.built_in and p.name.casefold() == name.casefold() for p in list_profiles())
        if taken and not prompts.confirm_replace(self, lang, name):
            return
        try:
            save_profile(self._table, self._mapping, name)
        except InputError:
            prompts.show_profile_error(self, lang, str(user_profile_dir()))
            return
        self._profile_name = name
        self._show_notice(tr("mapping.profile.saved", lang, name=name))
        self.sig_profile_saved.emit(name)

    # Selection signals ------------------------------------------------------------------------------

    def _on_selection_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._refresh_panel()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._refresh_group_state()


def edit_mapping(parent: QWidget | None, survey: Survey, lang: str) -> Mapping | None:
    """Show the dialog; the accepted mapping, or None when the user cancelled or changed nothing.

    A plain function, so the window's tests can replace it (as with `open_dialogs.ask_open_file`).
    """
    return changed_mapping(MappingDialog(survey, lang, parent), survey)


def changed_mapping(dialog: QDialog, survey: Survey) -> Mapping | None:
    """Run a dialog that edits the survey's mapping; its `mapping()` when accepted and changed, else None."""
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.mapping() == survey.mapping:
            return None
        return dialog.mapping()
    finally:
        dialog.deleteLater()
