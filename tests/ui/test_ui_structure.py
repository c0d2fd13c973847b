"""The window's modules form no import cycle, and only the start-up (app, selftest) imports the window.

One wiring hub (MainWindow, through ui/wiring.py): the workspace, the controllers and the views
signal values back and never reach into the window, so none of them may import main_window.
"""

from __future__ import annotations

import grimp
import pytest


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph("explorer")


def ui_modules(graph) -> list[str]:
    return sorted(name for name in graph.modules if name.startswith("explorer.ui"))


def test_no_import_cycle_in_the_window(graph):
    modules = ui_modules(graph)
    cycles = [(importer, imported) for importer in modules for imported in graph.find_modules_directly_imported_by(importer)
              if imported.startswith("explorer.ui") and imported != importer
              and graph.chain_exists(importer=imported, imported=importer)]
    assert cycles == []


def test_only_the_app_and_selftest_import_the_main_window(graph):
    importers = graph.find_modules_that_directly_import("explorer.ui.main_window")
    assert importers <= {"explorer.app", "explorer.selftest"}, sorted(importers)
