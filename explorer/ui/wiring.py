"""The one place where the survey side is wired to the window: signals to slots, nothing else.

MainWindow builds the workspace and the controllers (each gets what it needs in its constructor:
providers of the survey, state and language, a parent for its dialogs) and calls `wire_survey_side`.
No other module connects a controller to the window, and no controller imports the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from explorer.ui.export_controller import ExportController
    from explorer.ui.mapping_controller import MappingController
    from explorer.ui.session_controller import SessionController
    from explorer.ui.workspace import Workspace


def wire_survey_side(window: "QMainWindow", workspace: "Workspace", exports: "ExportController",
                     sessions: "SessionController", mapping: "MappingController") -> None:
    """Connect the menus to the controllers and the controllers' signals to the window's parts."""
    actions, tabs, status = window.menu_actions, window.tabs, window.status

    # The workspace tells the window what to show.
    def plug_views(filter_panel, views: dict) -> None:
        window.set_filter_panel(filter_panel)
        for key, view in views.items():
            window.set_view(key, view)
        views["benchmark"].sig_status.connect(status.show_message)
        views["crosstab"].set_release_gate(exports.admit_export)

    workspace.sig_views_built.connect(plug_views)
    workspace.sig_survey_shown.connect(lambda _survey: actions.set_survey_loaded(True))
    workspace.sig_view_wanted.connect(tabs.setCurrentWidget)
    workspace.sig_status.connect(status.show_message)
    workspace.sig_weighting_shown.connect(window.show_weighting)
    workspace.sig_pending_roles.connect(window.show_pending_roles)
    workspace.sig_selection_shown.connect(window.show_selection)
    workspace.sig_scheme_shown.connect(actions.show_scheme)
    workspace.sig_remember.connect(lambda changes: window.remember(**changes))
    workspace.sig_export_kinds.connect(actions.set_export_kinds)
    tabs.currentChanged.connect(lambda _index: workspace.show_current(tabs.currentWidget()))
    workspace.show_current(tabs.currentWidget())

    # Survey menu.
    actions.sig_scheme_chosen.connect(workspace.set_scheme)
    actions.weighted.toggled.connect(workspace.set_weighted)
    actions.mapping.triggered.connect(mapping.edit_mapping)
    actions.derived.triggered.connect(mapping.edit_derived)
    status.sig_review_clicked.connect(mapping.edit_mapping)
    mapping.sig_mapping_chosen.connect(workspace.apply_mapping)
    mapping.sig_status.connect(status.show_message)

    # Export menu.
    actions.export_chart.triggered.connect(lambda: exports.export_chart("png"))
    actions.export_chart_svg.triggered.connect(lambda: exports.export_chart("svg"))
    actions.copy_chart.triggered.connect(lambda: exports.export_chart("clipboard"))
    actions.export_table.triggered.connect(lambda: exports.export_table("crosstab"))
    actions.export_table_long.triggered.connect(lambda: exports.export_table("long"))
    actions.sig_slides_chosen.connect(exports.export_slides)
    actions.export_data.triggered.connect(exports.export_data)
    exports.sig_status.connect(status.show_message)

    # Sessions: an opened session waits in the workspace while the window loads its file.
    actions.save_session.triggered.connect(sessions.save_session)
    actions.open_session.triggered.connect(sessions.ask_open_session)
    sessions.sig_status.connect(status.show_message)

    def open_session_source(session, source: str) -> None:
        workspace.expect_session(session)
        window.open_path(source, session.sheet)

    sessions.sig_session_opened.connect(open_session_source)
