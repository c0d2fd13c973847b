"""Screenshots of the main window with a sample survey, every tab, in Dutch and English.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python benchmarks/screenshots.py [OUT_DIR]

For looking at the window as a user sees it (nothing is asserted).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/screens")
    out.mkdir(parents=True, exist_ok=True)
    settings = tempfile.mkdtemp()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
    app = QApplication(sys.argv)
    from explorer.ui import language
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings_store import SettingsStore

    sample = ROOT / "sample_data" / (sys.argv[2] if len(sys.argv) > 2 else "association_reshoring_survey_surveymonkey.csv")
    shots = []
    for lang in ("nl", "en"):
        language.apply_qt_language(lang)
        window = MainWindow(SettingsStore(), lang)
        window.resize(1366, 740)
        window.show()
        window.open_path(sample)
        deadline = 200
        while window.workspace.survey is None and deadline:
            app.processEvents()
            QTimer.singleShot(50, lambda: None)
            app.processEvents()
            import time
            time.sleep(0.05)
            deadline -= 1
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            for _ in range(20):
                app.processEvents()
            if window.tabs.currentWidget() is window.view("benchmark"):  # pick a firm to show its preview
                view = window.tabs.currentWidget()
                view.choose_firm("#5")
                for _ in range(40):
                    app.processEvents()
                    import time
                    time.sleep(0.02)
            path = out / f"{lang}_{index}.png"
            window.grab().save(str(path))
            shots.append(path)
        window.close()
    print("\n".join(str(p) for p in shots))
    return 0


if __name__ == "__main__":
    sys.exit(main())
