"""The filter panel: narrow the firms down by sector, size, technology, region, wave and any answer.

Each click builds a new frozen `FilterSpec` and emits it with `sig_filter_changed`; the counts
beside every choice (firms passing the other filters that have that value) come from
`core.survey.filter_text`, which works on cached masks and categorical codes.

The workspace builds the panel when the first survey arrives; numpy and pandas are imported
inside the methods that count, where that survey's data is at hand.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from explorer.core.i18n import tr
from explorer.ui.panels.filters.choice_group import ChoiceGroup, GroupHeader
from explorer.ui.panels.filters.sector_tree import SectorTreeModel, SectorTreeView
from explorer.ui.panels.filters.widgets import CountFormat, muted_color

if TYPE_CHECKING:
    import numpy as np

    from explorer.core.survey import FilterSpec, Survey
    from explorer.core.survey.filter_text import FilterCounter

SECTOR = "sector"
BUILT_IN_GROUPS = ("size", "tech", "region", "wave")
ADDABLE_KINDS = ("single", "yesno", "likert")  # and multi-select, numeric (below)
MAX_ADDABLE_OPTIONS = 40  # a "single" question with more answers than this is not a sensible filter
_QUESTION_TITLE_MAX = 90


class SectorGroup(QWidget):
    """The sector filter: a title over the NACE tree (or the flat list of the survey's labels)."""

    sig_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filter_group_sector")
        self.header = GroupHeader(False, self)
        self.model = SectorTreeModel(self)
        self.view = SectorTreeView(self)
        self.view.setModel(self.model)
        self.model.sig_checks_changed.connect(self._on_model_checks_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.header)
        layout.addWidget(self.view)

    def selected(self) -> tuple[str, ...]:
        return self.model.selected_values()

    def _on_model_checks_changed(self) -> None:
        self.sig_changed.emit(SECTOR)


class FilterPanel(QWidget):
    """Filters on the firms of one survey. Emits the frozen `FilterSpec` after every change.

    `sig_filter_changed` fires after each click that changes the spec, after `reset()` and
    `set_spec()` when they change it, after `set_scheme()` when a size filter had to go, and
    once after every `set_survey()` (with the empty spec).
    """

    sig_filter_changed = Signal(object)  # FilterSpec

    def __init__(self, lang: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filter_panel")
        self._lang = lang
        self._survey: Survey | None = None
        self._scheme = "eu"
        self._counter: FilterCounter | None = None
        self._spec: FilterSpec | None = None
        self._format = CountFormat(lang)
        self._groups: dict[str, ChoiceGroup] = {}
        self._question_groups: dict[str, ChoiceGroup] = {}
        self._sector_nested = False
        self._selected_count: int | None = None
        self.last_update_seconds = 0.0  # how long the last click took to count (for benchmarks)
        self._build()
        self.retranslate(lang)

    # Building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.selected_label = QLabel(self)
        self.selected_label.setObjectName("filter_selected")
        self.selected_label.setWordWrap(True)
        font = QFont(self.selected_label.font())
        font.setBold(True)
        self.selected_label.setFont(font)
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("filter_reset")
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.selected_label, 1)
        top.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignTop)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("filter_empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)

        self.content = QWidget()
        self.content.setObjectName("filter_content")
        self._content_layout = QVBoxLayout(self.content)
        self._content_layout.setContentsMargins(0, 0, 4, 0)
        self._content_layout.setSpacing(12)
        self.sector_group = SectorGroup(self.content)
        self.sector_group.model.set_muted_color(muted_color(self))
        self.sector_group.sig_changed.connect(self._on_group_changed)
        self._content_layout.addWidget(self.sector_group)
        for dimension in BUILT_IN_GROUPS:
            group = ChoiceGroup(dimension, parent=self.content)
            group.sig_changed.connect(self._on_group_changed)
            self._groups[dimension] = group
            self._content_layout.addWidget(group)
        self.add_combo = QComboBox(self.content)
        self.add_combo.setObjectName("filter_add")
        self.add_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_combo.setMinimumContentsLength(12)
        self.add_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.add_combo.view().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.add_combo.activated.connect(self._on_add_combo_activated)
        self._content_layout.addWidget(self.add_combo)
        self._content_layout.addStretch(1)

        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("filter_scroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.content)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.scroll, 1)
        self._show_survey_widgets(False)

    def _show_survey_widgets(self, has_survey: bool) -> None:
        self.empty_label.setVisible(not has_survey)
        self.scroll.setVisible(has_survey)
        self.selected_label.setVisible(has_survey)
        self.reset_button.setVisible(has_survey)

    # Public API -------------------------------------------------------------------------

    @property
    def survey(self) -> "Survey | None":
        return self._survey

    @property
    def scheme(self) -> str:
        return self._scheme

    @property
    def language(self) -> str:
        return self._lang

    def set_survey(self, survey: "Survey | None", scheme: str | None = None, lang: str | None = None) -> None:
        """Show the filters of `survey` (None: none), all cleared; emits the empty spec.

        `scheme` ("eu"/"ems") and `lang` default to the panel's current ones.
        """
        from explorer.core.survey import FilterSpec
        from explorer.core.survey.filter_text import counter_for

        if lang is not None:
            self._lang = lang
            self._format = CountFormat(lang)
        self._survey = survey
        self._scheme = scheme or self._scheme
        self._counter = counter_for(survey, self._scheme) if survey is not None else None
        for dimension in list(self._question_groups):
            self._drop_question_group(dimension)
        self._build_sector()
        for dimension in BUILT_IN_GROUPS:
            self._build_built_in(dimension)
        self._fill_add_combo()
        self._show_survey_widgets(survey is not None)
        self._spec = FilterSpec()
        self.retranslate(self._lang)
        self._refresh()
        self.sig_filter_changed.emit(self._spec)

    def set_scheme(self, scheme: str) -> None:
        """Switch the size classes between `eu` and `ems`; a size filter is cleared (its codes differ)."""
        from explorer.core.survey.filter_text import counter_for

        if scheme == self._scheme:
            return
        self._scheme = scheme
        if self._survey is None:
            return
        self._counter = counter_for(self._survey, scheme)
        self._build_built_in("size")
        self._retranslate_built_in("size")
        self._update(force_counts=True)

    def reset(self) -> None:
        """Clear every filter (added question filters stay, unticked)."""
        self.sector_group.model.clear_checks()
        for group in self._all_groups():
            group.clear()
        self._update()

    def spec(self) -> "FilterSpec":
        """The current filters: sector, size, tech, region, wave, then added questions, in that order."""
        from explorer.core.survey import FilterSpec

        return self._spec if self._spec is not None else FilterSpec()

    def set_spec(self, spec: "FilterSpec") -> None:
        """Show `spec` (e.g. from a saved session): values this survey does not have are left out.

        A filter on a single-choice question that is not shown yet is added as a group.
        """
        from explorer.core.survey.filter_text import canonical_dimension

        if self._survey is None:
            return
        wanted = {canonical_dimension(item.dimension): item.values for item in spec.filters}
        self.sector_group.model.set_selected(self._sector_keys(wanted.get(SECTOR, ())))
        for dimension, group in self._groups.items():
            group.set_selected(_choice_keys(group, wanted.get(dimension, ())))
        for dimension in wanted:
            if dimension not in (SECTOR, *BUILT_IN_GROUPS) and dimension not in self._question_groups \
                    and self._addable_question(dimension) is not None:
                self._add_question_group(dimension)
                self._fill_add_combo()
        for dimension, group in self._question_groups.items():
            group.set_selected(_choice_keys(group, wanted.get(dimension, ())))
        self._update(force_counts=True)

    def add_question_filter(self, key: str) -> bool:
        """Add a filter group for the single-choice question `key` (as "+ filter toevoegen" does)."""
        if self._survey is None or key in self._question_groups or self._addable_question(key) is None:
            return False
        self._add_question_group(key)
        self._fill_add_combo()
        self._update(force_counts=True)
        return True

    def remove_question_filter(self, key: str) -> None:
        if key in self._question_groups:
            self._drop_question_group(key)
            self._fill_add_combo()
            self._update()

    def question_filters(self) -> tuple[str, ...]:
        return tuple(self._question_groups)

    def group(self, dimension: str) -> ChoiceGroup | None:
        """The choice group of a dimension (size, tech, region, wave or an added question)."""
        return self._groups.get(dimension) or self._question_groups.get(dimension)

    def selected_count(self) -> int | None:
        """Firms passing the current filters (None without a survey)."""
        return self._selected_count

    def selected_positions(self) -> "np.ndarray | None":
        """Frame positions of the selected firms; None when nothing filters (all firms)."""
        import numpy as np

        if self._counter is None or self.spec().is_empty:
            return None
        return np.flatnonzero(self._counter.selection(self.spec()))

    def describe(self) -> str:
        """The active filter as a line of text in the panel's language."""
        from explorer.core.survey.filter_text import describe_filters

        return describe_filters(self.spec(), self._survey, self._scheme, self._lang)

    def retranslate(self, lang: str) -> None:
        if lang != self._lang:
            self._lang = lang
            self._format = CountFormat(lang)
        self.reset_button.setText(tr("filters.reset", lang))
        self.reset_button.setToolTip(tr("filters.reset.tip", lang))
        self.empty_label.setText(tr("filters.no_survey", lang))
        self.add_combo.setToolTip(tr("filters.add.tip", lang))
        if self.add_combo.count():
            self.add_combo.setItemText(0, tr("filters.add", lang))
        count_tip = self._count_tip
        self.sector_group.model.set_count_tip(count_tip)
        self._retitle_sector()
        for dimension in BUILT_IN_GROUPS:
            self._retranslate_built_in(dimension)
        for group in self._question_groups.values():
            group.set_count_tip(count_tip)
            group.set_remove_tooltip(tr("filters.remove.tip", lang))
        if self._survey is not None and self._spec is not None:
            self._show_counts(self._spec, force=True)

    # Building per survey ----------------------------------------------------------------

    def _build_sector(self) -> None:
        from explorer.core.taxonomy import DIVISION_CODES, section_of

        survey, group = self._survey, self.sector_group
        if survey is None or not survey.has_dimension(SECTOR) or not _has_values(survey.dimension(SECTOR)):
            group.model.set_labels([])
            group.hide()
            return
        categories = [str(c) for c in survey.dimension(SECTOR).cat.categories]
        codes = set(DIVISION_CODES)
        self._sector_nested = all(c in codes for c in categories)
        if self._sector_nested:
            sections: dict[str, list[str]] = {}
            for division in sorted(categories):
                sections.setdefault(section_of(division), []).append(division)
            group.model.set_sections(sorted(sections.items()))
            survey.dimension("section")  # built now, not on the first click on a section
            group.view.setRootIsDecorated(True)
            if len(sections) == 1:
                group.view.expandAll()
        else:
            group.model.set_labels(categories)
            group.view.setRootIsDecorated(False)
        group.view.set_count_width(self._format(survey.size))
        group.view.fit_height()
        group.show()

    def _build_built_in(self, dimension: str) -> None:
        group, survey = self._groups[dimension], self._survey
        if survey is None or not survey.has_dimension(dimension) or not _has_values(
                survey.dimension(dimension, self._scheme)):
            group.set_choices([], [])
            group.hide()
            return
        values = [str(c) for c in survey.dimension(dimension, self._scheme).cat.categories]
        group.set_choices(values, values)
        group.show()

    def _fill_add_combo(self) -> None:
        self.add_combo.blockSignals(True)
        self.add_combo.clear()
        self.add_combo.addItem(tr("filters.add", self._lang), None)
        for question in self._addable_questions():
            if question.key in self._question_groups:
                continue
            self.add_combo.addItem(question.label or question.key, question.key)
            self.add_combo.setItemData(self.add_combo.count() - 1, question.label or question.key,
                                       Qt.ItemDataRole.ToolTipRole)
        self.add_combo.setCurrentIndex(0)
        self.add_combo.setVisible(self.add_combo.count() > 1)
        self.add_combo.blockSignals(False)

    def _addable_questions(self) -> list:
        if self._survey is None:
            return []
        roles = {column for column in self._survey.roles.values() if column}
        return [q for q in self._survey.questions if q.key not in roles and _addable(self._survey, q, roles)]

    def _addable_question(self, key: str):
        return next((q for q in self._addable_questions() if q.key == key), None)

    def _add_question_group(self, key: str) -> None:
        question = self._addable_question(key)
        group = ChoiceGroup(key, removable=True, parent=self.content)
        categories = list(self._survey.split_groups(key, self._scheme).labels)
        ordered = [o for o in question.options if o in categories] + [c for c in categories
                                                                       if c not in question.options]
        group.set_choices(ordered, ordered)
        title = question.label or key
        short = title if len(title) <= _QUESTION_TITLE_MAX else title[:_QUESTION_TITLE_MAX - 1].rstrip() + "…"
        group.set_title(short, title)
        group.set_count_tip(self._count_tip)
        group.set_remove_tooltip(tr("filters.remove.tip", self._lang))
        group.sig_changed.connect(self._on_group_changed)
        group.sig_remove_requested.connect(self._on_group_remove_requested)
        self._question_groups[key] = group
        self._content_layout.insertWidget(self._content_layout.indexOf(self.add_combo), group)
        group.show()  # explicitly: counts are kept for the groups that are not hidden

    def _drop_question_group(self, key: str) -> None:
        group = self._question_groups.pop(key)
        self._content_layout.removeWidget(group)
        group.hide()
        group.deleteLater()

    # Texts ------------------------------------------------------------------------------

    def _count_tip(self, count: int) -> str:
        return tr("filters.count.tip", self._lang, count=self._format(count))

    def _round_count_tip(self, count: int) -> str:
        return tr("filters.count.tip.round", self._lang, count=self._format(count))

    def _retitle_sector(self) -> None:
        lang, model = self._lang, self.sector_group.model
        if not model.leaf_keys():
            self.sector_group.header.set_title(tr("filters.group.sector", lang))
            return
        from explorer.core.survey.filter_text import short_division_title
        from explorer.core.taxonomy import division_short_title, section_title

        if self._sector_nested:
            self.sector_group.header.set_title(tr("filters.group.sector", lang))
            titles = {letter: f"{letter}  {section_title(letter, lang) or ''}".rstrip()
                      for letter in model.section_keys()}
            # the curated short name of a manufacturing division: the tree is narrow
            titles.update({code: f"{code}  {division_short_title(code, lang) or short_division_title(code, lang) or ''}"
                           .rstrip() for code in model.leaf_keys()})
        else:
            self.sector_group.header.set_title(tr("filters.group.sector.labels", lang))
            titles = {label: label for label in model.leaf_keys()}
        model.set_titles(titles)

    def _retranslate_built_in(self, dimension: str) -> None:
        group, lang = self._groups[dimension], self._lang
        if dimension in ("size", "tech") and group.values:
            from explorer.core.taxonomy import SIZE_ORDER, TECH_ORDER, size_label, tech_label
        if dimension == "size":
            group.set_title(tr("filters.group.size", lang, scheme=tr(f"filters.scheme.{self._scheme}", lang)))
            if group.values:
                group.set_labels([size_label(v, self._scheme, lang) if v in SIZE_ORDER[self._scheme] else v
                                  for v in group.values])
        elif dimension == "tech":
            group.set_title(tr("filters.group.tech", lang))
            if group.values:
                group.set_labels([tech_label(v, lang) if v in TECH_ORDER else v for v in group.values])
        else:
            group.set_title(tr(f"filters.group.{dimension}", lang))
        panel = self._survey.panel if self._survey is not None else None
        if dimension == "wave" and panel is not None and panel.has_ids:
            group.set_count_tip(self._round_count_tip)
        else:
            group.set_count_tip(self._count_tip)

    # Updating ---------------------------------------------------------------------------

    def _all_groups(self) -> list[ChoiceGroup]:
        return [*self._groups.values(), *self._question_groups.values()]

    def _sector_keys(self, values) -> list[str]:
        """Filter values (`C`, `25`, `C25`, `25.62`, a label) as keys of the sector model."""
        from explorer.core.taxonomy import parse_nace
        from explorer.core.labels import fold

        model = self.sector_group.model
        leaves, sections = model.leaf_keys(), model.section_keys()
        keys = []
        for value in values:
            text = str(value).strip()
            if self._sector_nested:
                if len(text) == 1 and text.upper() in sections:
                    keys.append(text.upper())
                    continue
                code = parse_nace(text)
                if code is not None and code.division in leaves:
                    keys.append(code.division)
            else:
                keys.extend(label for label in leaves if fold(label) == fold(text))
        return keys

    def _build_spec(self) -> "FilterSpec":
        from explorer.core.survey import Filter, FilterSpec

        filters = []
        values = self.sector_group.selected()
        if values:
            filters.append(Filter(SECTOR, values))
        for dimension, group in (*self._groups.items(), *self._question_groups.items()):
            values = group.selected()
            if values:
                filters.append(Filter(dimension, values))
        return FilterSpec(tuple(filters))

    def _update(self, force_counts: bool = False) -> None:
        """Rebuild the spec from the widgets; recount and emit when it changed."""
        if self._survey is None:
            return
        spec = self._build_spec()
        if spec == self._spec and not force_counts:
            return
        changed = spec != self._spec
        self._spec = spec
        self._refresh(force=force_counts)
        if changed:
            self.sig_filter_changed.emit(spec)

    def _refresh(self, force: bool = False) -> None:
        if self._survey is None or self._spec is None:
            self._selected_count = None
            return
        started = time.perf_counter()
        self._show_counts(self._spec, force=force)
        self.last_update_seconds = time.perf_counter() - started

    def _show_counts(self, spec: "FilterSpec", force: bool = False) -> None:
        counter = self._counter
        if not self.sector_group.isHidden():
            self.sector_group.model.set_counts(counter.counts(spec, SECTOR), self._format, force=force)
        panel = self._survey.panel
        for dimension, group in (*self._groups.items(), *self._question_groups.items()):
            if group.isHidden():
                continue
            if dimension == "wave" and panel is not None and panel.has_ids:
                group.set_counts(counter.round_firms(spec), self._format, force=force)  # firms, not answers
            else:
                group.set_counts(counter.counts(spec, dimension), self._format, force=force)
        self._selected_count = counter.selected_count(spec)
        if panel is not None:
            from explorer.core.survey.panel_text import selection_sentence

            selected = self._survey.selection_counts((spec, self._scheme), counter.selection(spec))
            self.selected_label.setText(selection_sentence(selected, panel.counts(), self._lang))
        else:
            self.selected_label.setText(tr("filters.selected", self._lang,
                                           selected=self._format(self._selected_count),
                                           total=self._format(self._survey.size)))
        self.reset_button.setEnabled(not spec.is_empty)

    # Handlers ---------------------------------------------------------------------------

    def _on_group_changed(self, _dimension: str) -> None:
        self._update()

    def _on_reset_button_clicked(self) -> None:
        self.reset()

    def _on_add_combo_activated(self, index: int) -> None:
        key = self.add_combo.itemData(index)
        self.add_combo.setCurrentIndex(0)
        if key is not None:
            self.add_question_filter(key)

    def _on_group_remove_requested(self, key: str) -> None:
        self.remove_question_filter(key)


def _choice_keys(group: ChoiceGroup, values) -> list[str]:
    """Filter values as the group's values: exact, or the same text or label up to case and accents."""
    from explorer.core.labels import fold

    by_text = {}
    for value, label in zip(group.values, group.labels()):
        by_text.setdefault(fold(label), value)
        by_text[fold(value)] = value
    return [value if value in group.values else by_text.get(fold(value), value) for value in values]


def _has_values(series) -> bool:
    return bool(series.notna().any())


def _addable(survey, question, roles: set[str]) -> bool:
    """A question the firms can be filtered by: one with a few answers per firm, a multi-select one
    (by the options ticked) or a numeric one with enough answers for quartile classes."""
    if question.kind == "multi":
        return 0 < len(question.options) <= MAX_ADDABLE_OPTIONS
    if question.kind == "numeric":
        from explorer.core.errors import InputError

        try:
            return question.columns[0] not in roles and len(survey.dimension(question.key).cat.categories) >= 2
        except InputError:
            return False
    return (question.kind in ADDABLE_KINDS and len(question.columns) == 1 and question.columns[0] not in roles
            and 0 < len(question.options) <= MAX_ADDABLE_OPTIONS)
