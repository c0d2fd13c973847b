"""The window's actions, menus and toolbar, with their texts in the current language.

MainWindow connects the actions to its handlers; this module only builds and names them.
Placeholders (sessions, export, column mapping) exist now, disabled, so the menus already have
their final shape and the features plug into named actions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar

from explorer.core.i18n import LANGUAGE_NAMES, LANGUAGES, tr


class MainActions(QObject):
    sig_recent_chosen = Signal(str)  # a path from Open recent
    sig_language_chosen = Signal(str)  # "nl" or "en"

    def __init__(self, window: QMainWindow, lang: str) -> None:
        super().__init__(window)
        self._window = window
        self._lang = lang
        self._recent: tuple[str, ...] = ()
        style = window.style()

        def action(name: str, icon: QStyle.StandardPixmap | None = None, shortcut=None, enabled=True) -> QAction:
            item = QAction(window)
            item.setObjectName(name)
            if icon is not None:
                item.setIcon(style.standardIcon(icon))
            if shortcut is not None:
                item.setShortcut(QKeySequence(shortcut))
            item.setEnabled(enabled)
            return item

        self.open = action("action_open", QStyle.StandardPixmap.SP_DialogOpenButton, QKeySequence.StandardKey.Open)
        self.open_sample = action("action_open_sample")
        self.save_session = action("action_save_session", QStyle.StandardPixmap.SP_DialogSaveButton,
                                   QKeySequence.StandardKey.Save, enabled=False)  # PLUG-IN: sessions
        self.open_session = action("action_open_session", enabled=False)  # PLUG-IN: sessions
        self.quit = action("action_quit", shortcut=QKeySequence.StandardKey.Quit)
        self.clear_recent = action("action_clear_recent")
        # PLUG-IN: export. Enable these when a view can export (issue 4, "Export").
        self.export_chart = action("action_export_chart", enabled=False)
        self.export_table = action("action_export_table", enabled=False)
        self.export_data = action("action_export_data", enabled=False)
        self.ledger = action("action_ledger")  # the register of released groups
        # PLUG-IN: the column mapping dialog and weighting, once the survey model exists.
        self.mapping = action("action_mapping", enabled=False)
        self.derived = action("action_derived", enabled=False)  # nets, classes, yes/no questions
        self.weighted = action("action_weighted", enabled=False)
        self.weighted.setCheckable(True)
        self.about = action("action_about")
        self.preferences = action("action_preferences", shortcut=QKeySequence.StandardKey.Preferences)
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: the application menu
        self.languages = QActionGroup(window)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            item = action(f"action_language_{code}")
            item.setCheckable(True)
            item.setChecked(code == lang)
            item.setText(LANGUAGE_NAMES[code])  # never translated: each language in itself
            item.triggered.connect(lambda checked=False, c=code: self.sig_language_chosen.emit(c))
            self.languages.addAction(item)
            self.language_actions[code] = item

        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("menu_file")
        self.file_menu.addAction(self.open)
        self.recent_menu = QMenu(self.file_menu)
        self.recent_menu.setObjectName("menu_recent")
        self.recent_menu.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon))
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.open_sample)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.open_session)
        self.file_menu.addAction(self.save_session)
        self.file_menu.addSeparator()
        self.export_menu = QMenu(self.file_menu)
        self.export_menu.setObjectName("menu_export")
        self.export_menu.addActions([self.export_chart, self.export_table, self.export_data])
        self.file_menu.addMenu(self.export_menu)
        self.file_menu.addAction(self.ledger)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)

        self.edit_menu = bar.addMenu("")
        self.edit_menu.setObjectName("menu_edit")
        self.edit_menu.addAction(self.preferences)

        self.survey_menu = bar.addMenu("")
        self.survey_menu.setObjectName("menu_survey")
        self.survey_menu.addAction(self.mapping)
        self.survey_menu.addAction(self.derived)
        self.survey_menu.addAction(self.weighted)

        self.view_menu = bar.addMenu("")  # MainWindow adds the filter dock's toggle here
        self.view_menu.setObjectName("menu_view")

        self.language_menu = bar.addMenu("")
        self.language_menu.setObjectName("menu_language")
        self.language_menu.addActions(list(self.language_actions.values()))

        self.help_menu = bar.addMenu("")
        self.help_menu.setObjectName("menu_help")
        self.help_menu.addAction(self.about)

        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("toolbar_main")  # saveState() needs the name
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.open)
        self.toolbar.addAction(self.save_session)
        window.addToolBar(self.toolbar)

        self.retranslate(lang)

    def set_recent_files(self, paths: tuple[str, ...]) -> None:
        self._recent = tuple(paths)
        self._fill_recent_menu()

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        texts = {
            self.open: "action.open", self.open_sample: "action.open_sample",
            self.save_session: "action.save_session", self.open_session: "action.open_session",
            self.quit: "action.quit", self.clear_recent: "action.recent.clear",
            self.export_chart: "action.export.chart", self.export_table: "action.export.table",
            self.export_data: "action.export.data", self.mapping: "action.mapping",
            self.derived: "action.derived",
            self.weighted: "action.weighted", self.about: "action.about", self.ledger: "action.ledger",
            self.preferences: "action.preferences",
        }
        for item, key in texts.items():
            item.setText(tr(key, lang))
        self.open.setToolTip(tr("action.open.tip", lang))
        self.open.setStatusTip(tr("action.open.tip", lang))
        menus = {
            self.file_menu: "menu.file", self.recent_menu: "menu.recent", self.export_menu: "menu.export",
            self.edit_menu: "menu.edit", self.survey_menu: "menu.survey", self.view_menu: "menu.view", self.language_menu: "menu.language",
            self.help_menu: "menu.help",
        }
        for menu, key in menus.items():
            menu.setTitle(tr(key, lang))
        self.toolbar.setWindowTitle(tr("toolbar.main", lang))
        for code, item in self.language_actions.items():
            item.setChecked(code == lang)
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        if not self._recent:
            empty = self.recent_menu.addAction(tr("action.recent.empty", self._lang))
            empty.setEnabled(False)
        for number, path in enumerate(self._recent, start=1):
            # "&1 name" gives keyboard access; the full path is the tooltip and status tip.
            label = f"&{number % 10} {Path(path).name.replace('&', '&&')}"
            item = self.recent_menu.addAction(label)
            item.setToolTip(path)
            item.setStatusTip(path)
            item.setData(path)
            item.triggered.connect(lambda checked=False, p=path: self.sig_recent_chosen.emit(p))
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.clear_recent)
        self.clear_recent.setEnabled(bool(self._recent))
