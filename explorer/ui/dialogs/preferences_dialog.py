"""Edit ▸ Preferences (Bewerken ▸ Voorkeuren; on macOS the application menu's Preferences).

The user's `Preferences` (core/preferences.py) in one form: language, size classes, weighting,
the parsed-file cache and the mapping prompt, the minimum number of peers of a briefing, who hands
the briefings over (organisation, logo, advisor and contact: explorer.core.branding), and the
register of released groups. A logo that a briefing could not draw is refused here, before any
briefing is made. A minimum below the default is only accepted with a reason, which
goes with every briefing made under it into the register and onto its method page. The register
can be shown (the same dialog as File ▸ Register of released groups) and cleared with a reason.
The dialog returns a new `Preferences` value; MainWindow applies and stores it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from explorer.core.disclosure import DEFAULT_MIN_PEERS, LOWEST_MIN_PEERS
from explorer.core.branding import LOGO_SUFFIXES, MAX_TEXT
from explorer.core.errors import InputError, TranslatableError
from explorer.core.i18n import LANGUAGE_NAMES, LANGUAGES, tr, tr_count
from explorer.core.preferences import REASON_LIMIT, SIZE_SCHEMES, Preferences
from explorer.core.formatting import format_date
from explorer.ui.dialogs.ledger_dialog import ask_and_clear

HIGHEST_MIN_PEERS = 99
NOTE_STYLE = "color: #595959;"
PROBLEM_STYLE = "color: #B35806;"


class PreferencesDialog(QDialog):
    sig_register_requested = Signal()  # "Show register…": the window opens the register dialog
    sig_register_cleared = Signal(int)  # groups set aside by a clear made here

    def __init__(self, preferences: Preferences, ledger, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self._initial = preferences
        self._ledger = ledger
        self._lang = lang
        self.setWindowTitle(tr("preferences.title", lang))
        layout = QVBoxLayout(self)
        layout.addWidget(self._general(preferences))
        layout.addWidget(self._confidentiality(preferences))
        layout.addWidget(self._branding(preferences))
        layout.addWidget(self._register())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.min_peers.valueChanged.connect(self._on_minimum_changed)
        self.reason.textChanged.connect(self._on_minimum_changed)
        self.logo.textChanged.connect(self._on_logo_changed)
        self._on_logo_changed()
        self._on_minimum_changed()
        self.refresh_register()
        self.resize(max(self.sizeHint().width(), 620), self.sizeHint().height())

    # Building -------------------------------------------------------------------------------

    def _general(self, preferences: Preferences) -> QGroupBox:
        lang = self._lang
        box = QGroupBox(tr("preferences.general", lang), self)
        form = QFormLayout(box)
        self.language = QComboBox(box)
        self.language.setObjectName("preferences_language")
        self.language.addItem(tr("preferences.language.system", lang), "")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)  # each language in itself
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language)))
        self.scheme = QComboBox(box)
        self.scheme.setObjectName("preferences_scheme")
        for code in SIZE_SCHEMES:
            self.scheme.addItem(tr(f"action.scheme.{code}", lang).replace("&", ""), code)
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(preferences.size_scheme)))
        self.weighted = QCheckBox(tr("preferences.weighted", lang), box)
        self.weighted.setChecked(preferences.weighted)
        self.cache = QCheckBox(tr("preferences.cache", lang), box)
        self.cache.setChecked(preferences.cache_enabled)
        self.mapping = QCheckBox(tr("preferences.mapping", lang), box)
        self.mapping.setChecked(preferences.show_mapping_when_unsure)
        form.addRow(_buddy(tr("preferences.language", lang), self.language, box), self.language)
        form.addRow(_buddy(tr("preferences.scheme", lang), self.scheme, box), self.scheme)
        for check in (self.weighted, self.cache, self.mapping):
            form.addRow(check)
        return box

    def _confidentiality(self, preferences: Preferences) -> QGroupBox:
        lang = self._lang
        box = QGroupBox(tr("preferences.confidentiality", lang), self)
        form = QFormLayout(box)
        self.min_peers = QSpinBox(box)
        self.min_peers.setObjectName("preferences_min_peers")
        self.min_peers.setRange(LOWEST_MIN_PEERS, HIGHEST_MIN_PEERS)
        self.min_peers.setValue(preferences.min_peers)
        self.min_peers.setMaximumWidth(self.min_peers.sizeHint().width() + 24)  # two digits, not a whole row
        self.reason = QLineEdit(preferences.min_peers_reason, box)
        self.reason.setObjectName("preferences_reason")
        self.reason.setMaxLength(REASON_LIMIT)
        self.reason.setPlaceholderText(tr("preferences.reason.placeholder", lang, default=DEFAULT_MIN_PEERS))
        note = QLabel(tr("preferences.min_peers.note", lang, default=DEFAULT_MIN_PEERS, lowest=LOWEST_MIN_PEERS), box)
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.reason_problem = QLabel(tr("preferences.reason.needed", lang, default=DEFAULT_MIN_PEERS), box)
        self.reason_problem.setObjectName("preferences_reason_problem")
        self.reason_problem.setWordWrap(True)
        self.reason_problem.setStyleSheet(PROBLEM_STYLE)
        form.addRow(_buddy(tr("preferences.min_peers", lang), self.min_peers, box), self.min_peers)
        self.reason_label = _buddy(tr("preferences.reason", lang), self.reason, box)
        form.addRow(self.reason_label, self.reason)
        form.addRow(self.reason_problem)
        form.addRow(note)
        return box

    def _branding(self, preferences: Preferences) -> QGroupBox:
        lang = self._lang
        box = QGroupBox(tr("preferences.branding", lang), self)
        form = QFormLayout(box)
        self.organisation = _text_field(preferences.organisation, "preferences_organisation", box)
        self.logo = _text_field(preferences.logo, "preferences_logo", box)
        self.choose_logo = QPushButton(tr("preferences.logo.choose", lang), box)
        self.choose_logo.setObjectName("preferences_choose_logo")
        self.choose_logo.clicked.connect(self._on_choose_logo_clicked)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(self.choose_logo)
        self.advisor = _text_field(preferences.advisor, "preferences_advisor", box)
        self.contact = _text_field(preferences.contact, "preferences_contact", box)
        self.logo_problem = QLabel(box)
        self.logo_problem.setObjectName("preferences_logo_problem")
        self.logo_problem.setWordWrap(True)
        self.logo_problem.setStyleSheet(PROBLEM_STYLE)
        note = QLabel(tr("preferences.branding.note", lang), box)
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        form.addRow(_buddy(tr("preferences.organisation", lang), self.organisation, box), self.organisation)
        form.addRow(_buddy(tr("preferences.logo", lang), self.logo, box), logo_row)
        form.addRow(self.logo_problem)
        form.addRow(_buddy(tr("preferences.advisor", lang), self.advisor, box), self.advisor)
        form.addRow(_buddy(tr("preferences.contact", lang), self.contact, box), self.contact)
        form.addRow(note)
        return box

    def _register(self) -> QGroupBox:
        lang = self._lang
        box = QGroupBox(tr("preferences.register", lang), self)
        column = QVBoxLayout(box)
        self.register_status = QLabel(box)
        self.register_status.setObjectName("preferences_register_status")
        self.register_status.setWordWrap(True)
        self.register_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_register = QPushButton(tr("preferences.register.show", lang), box)
        self.show_register.setObjectName("preferences_show_register")
        self.clear_register = QPushButton(tr("ledger.clear.button", lang), box)
        self.clear_register.setObjectName("preferences_clear_register")
        row = QHBoxLayout()
        row.addWidget(self.show_register)
        row.addWidget(self.clear_register)
        row.addStretch(1)
        column.addWidget(self.register_status)
        column.addLayout(row)
        self.show_register.clicked.connect(self.sig_register_requested)
        self.clear_register.clicked.connect(self._on_clear_register_clicked)
        return box

    # State ----------------------------------------------------------------------------------

    def preferences(self) -> Preferences:
        """The preferences as chosen here (a minimum below the default keeps its reason, others none)."""
        minimum = self.min_peers.value()
        reason = " ".join(self.reason.text().split()) if minimum < DEFAULT_MIN_PEERS else ""
        return replace(self._initial, language=self.language.currentData(), size_scheme=self.scheme.currentData(),
                       weighted=self.weighted.isChecked(), cache_enabled=self.cache.isChecked(),
                       show_mapping_when_unsure=self.mapping.isChecked(), min_peers=minimum,
                       min_peers_reason=reason, organisation=_tidy(self.organisation.text()),
                       logo=self.logo.text().strip(), advisor=_tidy(self.advisor.text()),
                       contact=_tidy(self.contact.text()))

    def refresh_register(self) -> None:
        lang = self._lang
        try:
            lines = [tr_count("preferences.register.count", lang, self._ledger.count())]
            clears = self._ledger.clears()
        except TranslatableError as error:
            self.register_status.setText(error.text(lang))
            self.register_status.setStyleSheet(PROBLEM_STYLE)
            return
        if clears:
            last = clears[-1]
            day = dt.date.fromisoformat(last.at[:10])
            lines.append(tr("preferences.register.cleared", lang, date=format_date(day, lang), reason=last.reason))
        lines.append(tr("ledger.dialog.path", lang, path=str(self._ledger.path)))
        self.register_status.setText("\n".join(lines))
        self.register_status.setStyleSheet("")

    def _on_minimum_changed(self, *_args) -> None:
        lowered = self.min_peers.value() < DEFAULT_MIN_PEERS
        self.reason.setEnabled(lowered)
        self.reason_label.setEnabled(lowered)
        missing = lowered and not self.reason.text().strip()
        self.reason_problem.setVisible(missing)
        self._enable_ok()

    def _on_logo_changed(self, *_args) -> None:
        """A logo a briefing could not draw (missing, not PNG or SVG, too large) is said at once."""
        path = self.logo.text().strip()
        problem = ""
        if path:
            from explorer.report.pdf.branding import logo_flowable

            try:
                logo_flowable(path, self._lang)
            except InputError as error:
                problem = error.text(self._lang)
        self.logo_problem.setText(problem)
        self.logo_problem.setVisible(bool(problem))
        self._enable_ok()
        if self.layout() is not None:  # the problem's line must not squeeze the note below it
            self.layout().activate()
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _on_choose_logo_clicked(self) -> None:
        lang = self._lang
        patterns = " ".join(f"*{suffix}" for suffix in LOGO_SUFFIXES)
        path, _ = QFileDialog.getOpenFileName(self, tr("preferences.logo.dialog", lang), self.logo.text().strip(),
                                              tr("preferences.logo.filter", lang, patterns=patterns))
        if path:
            self.logo.setText(path)

    def _enable_ok(self) -> None:
        missing = self.reason_problem.isVisibleTo(self)
        bad_logo = hasattr(self, "logo_problem") and bool(self.logo_problem.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not (missing or bad_logo))

    def _on_clear_register_clicked(self) -> None:
        try:
            cleared = ask_and_clear(self, self._ledger, self._lang)
        except TranslatableError as error:
            self.register_status.setText(error.text(self._lang))
            self.register_status.setStyleSheet(PROBLEM_STYLE)
            return
        if cleared is None:
            return
        self.refresh_register()
        self.sig_register_cleared.emit(cleared)


def _text_field(text: str, name: str, parent: QWidget) -> QLineEdit:
    field = QLineEdit(text, parent)
    field.setObjectName(name)
    field.setMaxLength(MAX_TEXT if name != "preferences_logo" else 4096)
    return field


def _tidy(text: str) -> str:
    return " ".join(text.split())


def _buddy(text: str, field: QWidget, parent: QWidget) -> QLabel:
    """A form label whose mnemonic (&) moves the focus to its field."""
    label = QLabel(text, parent)
    label.setBuddy(field)
    return label
