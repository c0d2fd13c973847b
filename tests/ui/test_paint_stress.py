"""Paint every chart type a few thousand times with changing summaries; the process must survive.

Guards DESIGN.md "Known traps": PySide6 6.12.0 on Python 3.11 decrements `None` on every call
of a Qt method returning nothing (QPainter.setPen, drawRect, ...), and aborts with
`Fatal Python error: none_dealloc` after a few dozen repaints. pyqtgraph's BarGraphItem with one
brush per bar, ErrorBarItem and TextItem paint through exactly those calls.

The painting runs in a child process so that an abort is reported as a failed test with the
child's last words, instead of taking the whole test run down with it. How fast it paints is not
this test's business (benchmarks/bench_filter_redraw.py measures painting).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAINTS = 3000
GRAB_EVERY = 25  # a full grab (render into a pixmap) now and then, a synchronous repaint otherwise
HANG_GUARD_S = 900  # only so that a hung child cannot stall the run; far beyond any machine's paint time


def _summaries():
    """Summaries of every kind, with filters and splits that change group counts and small groups."""
    from explorer.core.reading import read_table
    from explorer.core.survey import FilterSpec, build_survey, summarize
    from explorer.core.survey.distribution import summary_histogram

    samples = ROOT / "sample_data"
    monkey = build_survey(read_table(samples / "association_reshoring_survey_surveymonkey.csv"))
    ems = build_survey(read_table(samples / "ems_2015_extract.xlsx"))
    flanders = build_survey(read_table(samples / "flanders_make_industry40_2021.xlsx"))

    def first(survey, kind):
        return next(q.key for q in survey.questions if q.kind == kind)

    cases = []
    for survey, key in ((monkey, first(monkey, "single")), (ems, "backshoring"), (monkey, first(monkey, "multi")),
                        (ems, "motive"), (flanders, first(flanders, "likert")), (monkey, first(monkey, "numeric")),
                        (ems, "share_of_production_abroad"), (ems, "backshored_from")):
        for by in (None, "size", "tech" if survey is ems else "region", "sector" if survey is ems else None):
            for spec in ([], ["size=small"], ["size=large"]):
                summary = summarize(survey, key, by=by, filters=FilterSpec.parse(spec))
                histogram = summary_histogram(survey, summary) if summary.question.kind == "numeric" else None
                cases.append((summary, histogram))
    return cases


def child() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from explorer.ui.charts.view import ChartView

    cases = _summaries()
    view = ChartView()
    view.resize(1100, 650)
    view.show()
    app.processEvents()
    for i in range(PAINTS):
        summary, histogram = cases[(i * 7) % len(cases)]  # jump between kinds, not only within one
        view.show_summary(summary, "nl" if i % 2 else "en", histogram=histogram)
        if i % GRAB_EVERY == 0:
            pixmap = view.grab()
            assert not pixmap.isNull()
        else:
            view.repaint()
        if i % 50 == 0:
            app.processEvents()
    print(f"painted {PAINTS} times", flush=True)
    view.close()
    return 0


@pytest.mark.slow
def test_charts_survive_thousands_of_paints():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
    process = subprocess.run([sys.executable, __file__], cwd=ROOT, env=env, capture_output=True, text=True,
                             timeout=HANG_GUARD_S)
    last_words = (process.stdout + process.stderr)[-2000:]
    assert process.returncode == 0, f"the painting process died (exit {process.returncode}):\n{last_words}"
    assert f"painted {PAINTS} times" in process.stdout


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(child())
