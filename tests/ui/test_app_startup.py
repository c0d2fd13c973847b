"""Start-up: the language choice, opening the sample, and nothing heavy before the window shows."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from explorer.core.preferences import Preferences
from explorer.ui import language

from paths import ROOT


@pytest.mark.parametrize(("requested", "preferred", "system", "expected"), [
    (None, "", "nl_BE", "nl"),
    (None, "", "nl_NL", "nl"),
    (None, "", "en_US", "en"),
    (None, "", "fr_BE", "en"),
    (None, "en", "nl_NL", "en"),  # a preference overrides the system
    ("nl", "en", "en_GB", "nl"),  # the command line overrides both
])
def test_language_choice(monkeypatch, requested, preferred, system, expected):
    monkeypatch.setattr(language, "system_language", lambda: language.language_for_locale(system))
    assert language.choose_language(requested, preferred) == expected


def test_build_window_opens_the_sample_after_showing_the_window(qtbot, store, sample_file):
    from explorer.app import build_window

    store.save_preferences(Preferences(language="nl"))
    window = build_window(sample=True, store=store)
    qtbot.addWidget(window)
    try:
        assert window.isVisible() and window.table is None  # the file is read after the window shows
        with qtbot.waitSignal(window.sig_table_loaded, timeout=20_000) as blocker:
            pass
        assert blocker.args[0].path == str(sample_file)
        assert window.language == "nl"
    finally:
        window.runner.shutdown()
        language.apply_qt_language("en")


def test_no_pandas_or_pyqtgraph_before_the_window_is_visible(tmp_path):
    script = textwrap.dedent("""
        import sys
        from explorer.app import create_application, build_window
        from explorer.ui.settings_store import SettingsStore
        app = create_application()
        window = build_window(store=SettingsStore(sys.argv[1]))
        app.processEvents()
        heavy = sorted(m for m in ("pandas", "pyqtgraph", "numpy", "babel") if m in sys.modules)
        print("visible" if window.isVisible() else "hidden", ",".join(heavy) or "-")
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SURVEY_EXPLORER_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "s.ini")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["visible", "-"]
