"""The window's actions, menus and toolbar, with their texts in the current language.

The wiring (MainWindow and ui/wiring.py) connects the actions to their handlers; this module
only builds, names, enables and retranslates them. The survey actions (sessions, exports, column
mapping, weighting, size classes) start disabled and are enabled once a survey is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar

from explorer.core.i18n import LANGUAGE_NAMES, LANGUAGES, tr


SIZE_SCHEMES = ("eu", "ems")
SLIDE_SCOPES = ("chart", "view", "deck")


class MainActions(QObject):
    sig_recent_chosen = Signal(str)  # a path from Open recent
    sig_language_chosen = Signal(str)  # "nl" or "en"
    sig_scheme_chosen = Signal(str)  # a size scheme from Survey ▸ Size classes
    sig_slides_chosen = Signal(str)  # one of SLIDE_SCOPES from Export ▸ Slides

    def __init__(self, window: QMainWindow, lang: str, scheme: str = "eu") -> None:
        super().__init__(window)
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

        def choices(name: str, codes, current: str, chosen) -> tuple[QActionGroup, dict[str, QAction]]:
            """Checkable actions of which one is checked (their group belongs to the window); each emits
            `chosen` with its code."""
            group, items = QActionGroup(window), {}
            for code in codes:
                item = action(f"{name}_{code}")
                item.setCheckable(True)
                item.setChecked(code == current)
                item.triggered.connect(lambda checked=False, c=code: chosen.emit(c))
                group.addAction(item)
                items[code] = item
            return group, items

        self.open = action("action_open", QStyle.StandardPixmap.SP_DialogOpenButton, QKeySequence.StandardKey.Open)
        self.open_sample = action("action_open_sample")
        self.save_session = action("action_save_session", QStyle.StandardPixmap.SP_DialogSaveButton,
                                   QKeySequence.StandardKey.Save, enabled=False)
        self.open_session = action("action_open_session")
        self.quit = action("action_quit", shortcut=QKeySequence.StandardKey.Quit)
        self.clear_recent = action("action_clear_recent")
        # Export ▸ ...: enabled for what the view on screen can export (set_export_kinds).
        self.export_chart = action("action_export_chart", enabled=False)
        self.export_chart_svg = action("action_export_chart_svg", enabled=False)
        self.copy_chart = action("action_copy_chart", enabled=False)
        self.export_table = action("action_export_table", enabled=False)
        self.export_table_long = action("action_export_table_long", enabled=False)
        self.slides_actions: dict[str, QAction] = {}
        for scope in SLIDE_SCOPES:
            item = action(f"action_slides_{scope}", enabled=False)
            item.triggered.connect(lambda checked=False, s=scope: self.sig_slides_chosen.emit(s))
            self.slides_actions[scope] = item
        self.export_data = action("action_export_data", enabled=False)
        self.ledger = action("action_ledger")  # the register of released groups
        self.mapping = action("action_mapping", enabled=False)
        self.derived = action("action_derived", enabled=False)  # nets, classes, yes/no questions
        self.weighted = action("action_weighted", enabled=False)
        self.weighted.setCheckable(True)
        self.about = action("action_about")
        self.preferences = action("action_preferences", shortcut=QKeySequence.StandardKey.Preferences)
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: the application menu
        self.language_actions = choices("action_language", LANGUAGES, lang, self.sig_language_chosen)[1]
        for code, item in self.language_actions.items():
            item.setText(LANGUAGE_NAMES[code])  # never translated: each language in itself

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
        self.export_menu.addActions([self.export_chart, self.export_chart_svg, self.copy_chart, self.export_table,
                                     self.export_table_long])
        self.slides_menu = QMenu(self.export_menu)
        self.slides_menu.setObjectName("menu_slides")
        self.slides_menu.addActions(list(self.slides_actions.values()))
        self.export_menu.addMenu(self.slides_menu)
        self.export_menu.addAction(self.export_data)
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
        self.scheme_menu = QMenu(self.survey_menu)
        self.scheme_menu.setObjectName("menu_scheme")
        self.scheme_actions = choices("action_scheme", SIZE_SCHEMES, scheme, self.sig_scheme_chosen)[1]
        self.scheme_menu.addActions(list(self.scheme_actions.values()))
        self.survey_menu.addMenu(self.scheme_menu)

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

    def show_scheme(self, scheme: str) -> None:
        self.scheme_actions[scheme].setChecked(True)

    def show_weighting(self, on: bool, available: bool) -> None:
        self.weighted.setEnabled(available)
        self.weighted.setChecked(on and available)

    def set_survey_loaded(self, loaded: bool) -> None:
        """The actions that need a survey: mapping, derived questions, saving a session."""
        for item in (self.mapping, self.derived, self.save_session):
            item.setEnabled(loaded)

    def set_export_kinds(self, kinds: frozenset[str]) -> None:
        """Enable the Export menu for what can be exported now: "chart", "table", "slides" (of the view
        on screen), "deck" and "data" (of the survey)."""
        for item in (self.export_chart, self.export_chart_svg, self.copy_chart):
            item.setEnabled("chart" in kinds)
        self.export_table.setEnabled("table" in kinds)
        self.export_table_long.setEnabled("table" in kinds)
        for scope, item in self.slides_actions.items():
            item.setEnabled(("deck" if scope == "deck" else "slides") in kinds)
        self.export_data.setEnabled("data" in kinds)

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
            self.preferences: "action.preferences", self.copy_chart: "action.copy_chart",
            self.export_chart_svg: "action.export_chart_svg", self.export_table_long: "action.export_table_long",
            **{item: f"action.scheme.{code}" for code, item in self.scheme_actions.items()},
            **{item: f"action.slides.{scope}" for scope, item in self.slides_actions.items()},
        }
        for item, key in texts.items():
            item.setText(tr(key, lang))
        self.open.setToolTip(tr("action.open.tip", lang))
        self.open.setStatusTip(tr("action.open.tip", lang))
        menus = {
            self.file_menu: "menu.file", self.recent_menu: "menu.recent", self.export_menu: "menu.export",
            self.edit_menu: "menu.edit", self.survey_menu: "menu.survey", self.view_menu: "menu.view", self.language_menu: "menu.language",
            self.help_menu: "menu.help", self.scheme_menu: "menu.scheme", self.slides_menu: "menu.slides",
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
