"""The leaked-widget check of tests/ui/conftest.py bites: a test that leaves a window behind fails.

Run in a child pytest over a copy of the conftest, so that the deliberate leak stays out of this run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[1]

LEAKY = '''
from PySide6.QtWidgets import QDialog, QWidget


def test_leaks_a_dialog(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)  # closed and deleted by qtbot: not a leak
    QDialog().setObjectName("dropped")  # parentless, its wrapper gone: Python deletes it, no leak
    dialog = QDialog()
    dialog.setObjectName("kept")
    test_leaks_a_dialog.kept = dialog  # alive after the test: a leak


def test_cleans_up(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
'''


def test_a_test_that_leaves_a_dialog_behind_fails(tmp_path):
    (tmp_path / "conftest.py").write_text((HERE / "conftest.py").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "test_leaky.py").write_text(LEAKY, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rA", str(tmp_path)],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "2 passed, 1 error" in run.stdout  # each test passes; the leaky one errs in its teardown
    assert "ERROR" in run.stdout and "test_leaks_a_dialog" in run.stdout
    assert "the test left top-level widgets behind: QDialog 'kept'" in run.stdout
