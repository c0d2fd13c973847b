"""Filter click → recomputed shares → repainted chart, through the whole window (run by hand).

    .venv/bin/python benchmarks/bench_window_filter.py [SURVEY]   (default: the 100,000-firm CSV)

Clicks a size-class checkbox in the filter panel of a real MainWindow (offscreen) with the
question explorer showing a question, and times click → filter panel → workspace → summarize →
chart → paint. Budget (DESIGN.md): one frame, 16 ms, at 100,000 firms.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication(sys.argv)
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings_store import SettingsStore

    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "benchmarks" / "data" / "survey_100000.csv"
    window = MainWindow(SettingsStore(), "nl")
    window.resize(1366, 740)
    window.show()
    window.open_path(path)
    while window.workspace.survey is None:
        app.processEvents()
        time.sleep(0.01)
    workspace = window.workspace
    explorer = workspace.views["questions"]
    window.tabs.setCurrentWidget(explorer)
    for question in workspace.survey.questions:
        if question.kind in ("yesno", "single", "multi", "likert", "numeric"):
            explorer.select_question(question.key)
            break
    app.processEvents()
    size_group = workspace.filter_panel.group("size")
    box = size_group.box(size_group.values[1])
    times = []
    for run in range(41):
        start = time.perf_counter()
        box.click()
        explorer.repaint()
        app.processEvents()
        times.append(time.perf_counter() - start)
    times = times[1:]
    median = 1000 * statistics.median(times)
    print(f"{workspace.survey.size:,} firms, question '{explorer.current_key()}': click → repaint median "
          f"{median:.1f} ms, p90 {1000 * sorted(times)[int(0.9 * len(times))]:.1f} ms (budget 16 ms)")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
