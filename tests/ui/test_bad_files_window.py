"""Files that once aborted the whole app or left it "loading" forever, opened through File ▸ Open.

Each is opened twice: with the read budget (the pre-scan refuses it before any reader allocates)
and with the budget lifted, so that the native reader meets the file in its worker process and
aborts, panics or is stopped there. Either way the window shows one refusal and stays alive: it
opens the sample afterwards.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from explorer.core.reading import DEFAULT_LIMITS, ParsedCache, read_table
from explorer.ui.dialogs import open_dialogs

LOAD_TIMEOUT_MS = 60_000
ABORT_OR_PANIC = ["unique_count_huge", "last_cell_xfd1048576", "long_shared_string"]
# Everything the pre-scan checks, lifted: only the worker process stands between file and window.
NO_BUDGET = replace(DEFAULT_LIMITS, max_cells=10**12, max_columns=10**9, max_rows=10**12, max_shared_strings=10**12,
                    max_cell_bytes=10**12)


def _unbudgeted_reader(request, task):
    return read_table(request.path, request.sheet, task=task, cache=ParsedCache(enabled=False), limits=NO_BUDGET)


@pytest.mark.parametrize("budget", ["budget", "worker only"])
@pytest.mark.parametrize("name", ABORT_OR_PANIC)
def test_abort_and_panic_files_are_refused_and_the_window_lives_on(qtbot, make_window, monkeypatch, bad_file,
                                                                    sample_file, name, budget):
    path: Path = bad_file(name)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *rest: shown.append("BUG " + text))
    window = make_window("en", reader=_unbudgeted_reader if budget == "worker only" else None)

    monkeypatch.setattr(open_dialogs, "ask_open_file", lambda parent, lang, start="": str(path))
    with qtbot.waitSignal(window.sig_load_failed, timeout=LOAD_TIMEOUT_MS) as failed:
        window.menu_actions.open.trigger()

    problem = failed.args[0]
    assert problem.is_input_error, problem.message
    assert len(shown) == 1 and not shown[0].startswith("BUG") and path.name in shown[0]
    assert "\n" not in problem.message
    if budget == "budget":
        assert "too large" in problem.message
    with qtbot.waitSignal(window.sig_table_loaded, timeout=LOAD_TIMEOUT_MS):
        window.open_path(sample_file)
    assert window.table is not None and window.table.rows > 0
