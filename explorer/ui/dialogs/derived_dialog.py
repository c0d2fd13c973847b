"""Combined answers: the dialog where the user makes a net, classes or a yes/no question out of a
question of the survey (core/survey/derived.py), and removes one made before.

    mapping = edit_derived(parent, survey, lang)   # the survey's mapping with the change, or None

Pick a question; tick the answers to combine (a single-choice or Likert question: they become one
answer, named in the field below; a multi-select question: a firm that ticked any of them answers
"yes"), or type class edges for a numeric question (empty: its quartiles). The new question goes
into the mapping, and so into profiles and sessions; the dialog computes nothing itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from explorer.core.errors import InputError
from explorer.core.i18n import tr
from explorer.core.survey import Mapping, Survey
from explorer.core.survey.derived import derive
from explorer.core.survey.recipes import CLASSES, NET, TICKED, Derived

SOURCE_KINDS = ("single", "yesno", "likert", "multi", "numeric")
RECIPE_OF_KIND = {"single": NET, "yesno": NET, "likert": NET, "multi": TICKED, "numeric": CLASSES}


class DerivedDialog(QDialog):
    def __init__(self, survey: Survey, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("derived_dialog")
        self._survey, self._lang, self._mapping = survey, lang, survey.mapping
        self.setWindowTitle(tr("derived.title", lang))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("derived.intro", lang))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.source_combo = QComboBox()
        for question in survey.questions:
            if question.kind in SOURCE_KINDS and question.key not in self._derived_keys():
                self.source_combo.addItem(_short(question.label or question.key), question.key)
                self.source_combo.setItemData(self.source_combo.count() - 1, question.label, Qt.ItemDataRole.ToolTipRole)
        form.addRow(tr("derived.source", lang), self.source_combo)
        self.options_list = QListWidget()
        self.options_list.setObjectName("derived_options")
        form.addRow(tr("derived.options", lang), self.options_list)
        self.answer_edit = QLineEdit()
        self.answer_label = QLabel(tr("derived.answer", lang))
        self.answer_label.setBuddy(self.answer_edit)
        form.addRow(self.answer_label, self.answer_edit)
        self.edges_edit = QLineEdit()
        self.edges_edit.setPlaceholderText(tr("derived.edges.placeholder", lang))
        self.edges_label = QLabel(tr("derived.edges", lang))
        self.edges_label.setBuddy(self.edges_edit)
        form.addRow(self.edges_label, self.edges_edit)
        self.name_edit = QLineEdit()
        form.addRow(tr("derived.name", lang), self.name_edit)
        layout.addLayout(form)
        self.add_button = QPushButton(tr("derived.add", lang))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a4262c;")
        row = QHBoxLayout()
        row.addWidget(self.problem, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)

        layout.addWidget(QLabel(tr("derived.made", lang)))
        self.made_list = QListWidget()
        self.made_list.setObjectName("derived_made")
        layout.addWidget(self.made_list)
        self.remove_button = QPushButton(tr("derived.remove", lang))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        layout.addWidget(self.remove_button, alignment=Qt.AlignmentFlag.AlignRight)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.source_combo.currentIndexChanged.connect(self._on_source_combo_changed)
        self._on_source_combo_changed()
        self._fill_made()

    def mapping(self) -> Mapping:
        return self._mapping

    # ---- building one derived question from the fields --------------------------------------

    def tick(self, options) -> None:
        for index in range(self.options_list.count()):
            item = self.options_list.item(index)
            item.setCheckState(Qt.CheckState.Checked if item.text() in options else Qt.CheckState.Unchecked)

    def derived(self) -> Derived:
        """The question the fields describe; InputError (worded in the user's language where shown) when
        they do not."""
        lang, source = self._lang, self._source()
        name = " ".join(self.name_edit.text().split())
        if source is None:
            raise InputError("derived.problem.source")
        if not name:
            raise InputError("derived.problem.name")
        if name in {q.key for q in self._survey.questions} - set(self._derived_keys()) or name in self._survey.frame:
            raise InputError("derived.problem.taken", name=name)
        recipe = RECIPE_OF_KIND[source.kind]
        if recipe == CLASSES:
            return Derived(name, source.key, CLASSES, edges=self._edges())
        ticked = tuple(self.options_list.item(i).text() for i in range(self.options_list.count())
                       if self.options_list.item(i).checkState() == Qt.CheckState.Checked)
        if not ticked:
            raise InputError("derived.problem.options")
        if recipe == TICKED:
            labels = (tr("derived.yes", lang), tr("derived.no", lang))
            return Derived(name, source.key, TICKED, options=ticked, labels=labels)
        answer = " ".join(self.answer_edit.text().split())
        if not answer:
            raise InputError("derived.problem.answer")
        if len(ticked) == len(source.options):
            raise InputError("derived.problem.all")
        return Derived(name, source.key, NET, nets=((answer, ticked),))

    def _edges(self) -> tuple[float, ...]:
        """Edges as typed in the user's locale (`10; 50; 2,5` in Dutch), separated by `;` or spaces."""
        from babel.numbers import NumberFormatError, parse_decimal

        from explorer.core.formatting import babel_locale

        text = self.edges_edit.text().replace(";", " ").strip()
        if not text:
            return ()
        try:
            edges = tuple(float(parse_decimal(part, locale=babel_locale(self._lang), strict=True))
                          for part in text.split())
        except (NumberFormatError, ValueError):
            raise InputError("derived.problem.edges") from None
        if any(b <= a for a, b in zip(edges, edges[1:])) or not all(abs(e) < 1e15 for e in edges):
            raise InputError("derived.problem.edges")
        return edges

    def _on_add_button_clicked(self) -> None:
        try:
            item = self.derived()
            _, made, warnings = derive(self._survey, (item,))
            if not made:
                raise InputError("derived.problem.cannot")
        except InputError as exc:
            self.problem.setText(exc.text(self._lang))
            return
        self.problem.setText("")
        self._mapping = self._mapping.with_derived(item)
        self.name_edit.clear()
        self.answer_edit.clear()
        self.tick(())
        self._fill_made()

    def _on_remove_button_clicked(self) -> None:
        item = self.made_list.currentItem()
        if item is not None:
            self._mapping = self._mapping.without_derived(item.data(Qt.ItemDataRole.UserRole))
            self._fill_made()

    def _on_source_combo_changed(self) -> None:
        source = self._source()
        self.options_list.clear()
        recipe = RECIPE_OF_KIND.get(source.kind) if source is not None else None
        for option in source.options if source is not None and recipe != CLASSES else ():
            item = QListWidgetItem(option)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.options_list.addItem(item)
        for widget in (self.options_list,):
            widget.setEnabled(recipe in (NET, TICKED))
        for widget in (self.answer_edit, self.answer_label):
            widget.setVisible(recipe == NET)
        for widget in (self.edges_edit, self.edges_label):
            widget.setVisible(recipe == CLASSES)

    def _source(self):
        key = self.source_combo.currentData()
        return self._survey.question_named(key) if key else None

    def _derived_keys(self) -> list[str]:
        return [d.key for d in self._survey.mapping.derived]

    def _fill_made(self) -> None:
        self.made_list.clear()
        for item in self._mapping.derived:
            entry = QListWidgetItem(tr(f"derived.made.{item.recipe}", self._lang, name=item.key,
                                       source=_short(item.source)))
            entry.setData(Qt.ItemDataRole.UserRole, item.key)
            self.made_list.addItem(entry)
        self.remove_button.setEnabled(bool(self._mapping.derived))


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def edit_derived(parent: QWidget | None, survey: Survey, lang: str) -> Mapping | None:
    """Show the dialog; the mapping with the user's changes, or None when cancelled or unchanged."""
    from explorer.ui.dialogs.mapping_dialog import changed_mapping

    return changed_mapping(DerivedDialog(survey, lang, parent), survey)
