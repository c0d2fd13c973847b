"""Filter click → recomputed shares → repainted chart (DESIGN.md "Speed budgets": one frame, 16 ms,
at 100,000 firms).

Builds synthetic surveys with benchmarks/make_big_survey.py's generator (120 columns: yes/no,
single choice, Likert, 0/1 ticks, numbers), writes them as CSV into a temporary folder and opens
them through `read_table`, as the app does. Then, per question kind, times one filter change the
way the window handles it:

    summarize(survey, key, by, filters=next filter)      # core
    summary_histogram(...)                                # numeric questions only
    ChartView.show_summary(summary, lang, histogram)      # items updated in place
    QApplication.processEvents()                          # layout and the scheduled repaint

With `--view crosstab` (or `both`) the same filter changes go to the Crosstab tab instead:

    CrosstabView.set_state(state with the next filter)  # summarize, the tests between groups,
                                                        # release marks, the table model reset
    QApplication.processEvents()                        # layout and the table's repaint

and reports the median (and 90th percentile) of `--runs` changes, after a few warm-up changes,
as wall time and as CPU time of the UI thread (the latter hardly moves when other processes
compete for the cores, the wall time does: run it on an idle machine for the verdict).
A paint counter on the plot's viewport checks that every timed change really repainted.

    .venv/bin/python benchmarks/bench_filter_redraw.py [--rows 10000 100000] [--runs 50]
                                                     [--platform offscreen|xcb] [--rounds 4]
                                                     [--view chart|crosstab|both]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET_MS = 16.0
WARMUP = 5

FILTERS = [
    [], ["size=small"], ["size=medium"], ["size=large"], ["sector=25"], ["sector=C"], ["tech=high"],
    ["tech=low", "size=small"], ["region=Limburg"], ["region=Antwerpen,Limburg"], ["sector=28", "size=medium"],
    ["size=micro,small"],
]


def make_survey(rows: int, folder: Path, rounds: int = 0):
    """A synthetic survey of `rows` answers, written as CSV and read back like a user's file.

    With `rounds`, the answers are a panel: rows // rounds firms, each answering every round (a
    column `Ronde`), so that the answers/firms/rounds counts are on the timed path too.
    """
    import numpy as np

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from make_big_survey import build_columns, write_csv

    from explorer.core.reading import read_table
    from explorer.core.survey import Mapping, build_survey

    path = folder / f"survey_{rows}_{rounds}.csv"
    headers, data = build_columns(rows, np.random.default_rng(20261122))
    if rounds:
        firms = max(rows // rounds, 1)
        data[0] = np.arange(rows) % firms + 1
        headers.append("Ronde")
        data.append(np.array([f"golf {i // firms + 1}" for i in range(rows)], dtype=object))
    write_csv(path, headers, data)
    table = read_table(path)
    # The generator writes one 0/1 column per tick; three of them form a multi-select question.
    ticks = tuple(h for h in headers if h.startswith("Motief"))[:5]
    survey = build_survey(table, Mapping(groups={"Motieven": ticks}, kinds={"Motieven": "multi"}))
    return survey


def pick_questions(survey) -> dict[str, str]:
    picked: dict[str, str] = {}
    for question in survey.questions:
        if question.kind in ("yesno", "single", "likert", "numeric", "multi") and question.kind not in picked:
            if not question.key.startswith(("V", "Motieven")):  # a question, not the size-class column
                continue
            picked[question.kind] = question.key
    return picked


class PaintCounter:
    def __init__(self) -> None:
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            count = 0

            def eventFilter(self, obj, event):  # noqa: N802 (Qt override)
                if event.type() == QEvent.Type.Paint:
                    Filter.count += 1
                return False

        self.filter = Filter()

    def watch(self, widget) -> None:
        widget.installEventFilter(self.filter)

    @property
    def count(self) -> int:
        return type(self.filter).count


def time_kind(app, view, survey, key: str, by: str | None, runs: int,
              counter: PaintCounter) -> tuple[list[float], list[float]]:
    from explorer.core.survey import FilterSpec, summarize
    from explorer.core.survey.distribution import summary_histogram

    specs = [FilterSpec.parse(f) for f in FILTERS]
    specs = [s for s in specs if _valid(survey, s)]
    watched = set()
    times, cpu_times = [], []
    for i in range(WARMUP + runs):
        spec = specs[i % len(specs)]
        before = counter.count
        cpu_started = time.thread_time()
        started = time.perf_counter()
        summary = summarize(survey, key, by=by, filters=spec)
        histogram = summary_histogram(survey, summary) if summary.question.kind == "numeric" else None
        chart = view.show_summary(summary, "nl", histogram=histogram)
        app.processEvents()  # layout and the repaint Qt scheduled for the changed items
        viewport = chart.graphics_view().viewport()
        if viewport in watched and counter.count == before:
            viewport.repaint()  # nothing painted yet: paint now, so the time includes one paint
        elapsed = (time.perf_counter() - started) * 1000
        cpu = (time.thread_time() - cpu_started) * 1000
        if viewport not in watched:
            counter.watch(viewport)
            watched.add(viewport)
        elif counter.count == before:
            raise SystemExit("error: a filter change did not repaint the chart; the timing would be meaningless")
        if i >= WARMUP:
            times.append(elapsed)
            cpu_times.append(cpu)
    return times, cpu_times


def time_crosstab(app, view, survey, key: str, by: str, runs: int,
                  counter: PaintCounter) -> tuple[list[float], list[float]]:
    """Filter changes on the Crosstab tab: summary, tests, release marks, model reset and repaint."""
    from explorer.core.survey import FilterSpec
    from explorer.ui.views.state import AnalysisState

    specs = [s for s in (FilterSpec.parse(f) for f in FILTERS) if _valid(survey, s)]
    view.set_state(AnalysisState(survey, specs[0], lang="nl", filter_text=""))
    view.set_question(key, by)
    app.processEvents()
    viewport = view.table.viewport()
    counter.watch(viewport)
    times, cpu_times = [], []
    for i in range(WARMUP + runs):
        spec = specs[(i + 1) % len(specs)]
        before = counter.count
        cpu_started = time.thread_time()
        started = time.perf_counter()
        view.set_state(AnalysisState(survey, spec, lang="nl", filter_text=" ".join(spec.to_texts())))
        app.processEvents()
        if counter.count == before:
            viewport.repaint()
        elapsed = (time.perf_counter() - started) * 1000
        cpu = (time.thread_time() - cpu_started) * 1000
        if counter.count == before:
            raise SystemExit("error: a filter change did not repaint the crosstab; the timing would be meaningless")
        if i >= WARMUP:
            times.append(elapsed)
            cpu_times.append(cpu)
    return times, cpu_times


def _report(kind: str, split: str, times: list[float], cpu_times: list[float]) -> bool:
    median = statistics.median(times)
    p90 = sorted(times)[int(0.9 * (len(times) - 1))]
    cpu = statistics.median(cpu_times)
    ok = median <= BUDGET_MS
    print(f"  {kind:8s} {split:9s} median {median:6.2f} ms   p90 {p90:6.2f} ms   "
          f"UI-thread CPU {cpu:6.2f} ms   {'within' if ok else 'OVER'} {BUDGET_MS:.0f} ms")
    return ok


def _valid(survey, spec) -> bool:
    from explorer.core.errors import InputError
    from explorer.core.survey import filter_mask

    try:
        return bool(filter_mask(survey, spec).any())
    except InputError:
        return False


def time_charts(app, survey, questions: dict[str, str], runs: int) -> list[bool]:
    from explorer.ui.charts.view import ChartView

    print("  the question explorer's chart:")
    view = ChartView()
    view.resize(1366 - 320, 768 - 160)  # the chart area of a 1366x768 window beside the filter panel
    view.show()
    app.processEvents()
    counter = PaintCounter()
    verdicts = []
    for kind, key in questions.items():
        for by in (None, "size"):
            times, cpu_times = time_kind(app, view, survey, key, by, runs, counter)
            verdicts.append(_report(kind, f"by {by}" if by else "no split", times, cpu_times))
    view.close()
    view.deleteLater()
    app.processEvents()
    return verdicts


def time_crosstabs(app, survey, questions: dict[str, str], runs: int) -> list[bool]:
    from explorer.ui.views.crosstab import CrosstabView

    print("  the crosstab (with the tests between groups, where the view computes them):")
    view = CrosstabView()
    view.resize(1366 - 320, 768 - 160)
    view.show()
    app.processEvents()
    counter = PaintCounter()
    verdicts = []
    for kind, key in questions.items():
        for by in ("size", "region"):
            times, cpu_times = time_crosstab(app, view, survey, key, by, runs, counter)
            verdicts.append(_report(kind, f"by {by}", times, cpu_times))
    view.close()
    view.deleteLater()
    app.processEvents()
    return verdicts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--platform", default="offscreen")
    parser.add_argument("--rounds", type=int, default=0, help="make the survey a panel of this many rounds")
    parser.add_argument("--view", choices=["chart", "crosstab", "both"], default="chart",
                        help="time the chart of the question explorer, the crosstab with its tests, or both")
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = args.platform
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as folder:
        os.environ["SURVEY_EXPLORER_CACHE_DIR"] = str(Path(folder) / "cache")  # leave the user's cache alone
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        print(f"filter change -> summarize -> set_summary -> repaint; median of {args.runs} changes "
              f"(budget {BUDGET_MS:.0f} ms, one frame); platform {args.platform}")
        verdicts = []
        for rows in args.rows:
            started = time.perf_counter()
            survey = make_survey(rows, Path(folder), args.rounds)
            print(f"\n{rows:,} firms ({time.perf_counter() - started:.1f} s to generate and open)")
            questions = pick_questions(survey)
            if args.view in ("chart", "both"):
                verdicts += time_charts(app, survey, questions, args.runs)
            if args.view in ("crosstab", "both"):
                verdicts += time_crosstabs(app, survey, questions, args.runs)
        print("\nall within budget" if all(verdicts) else "\nsome cases are over budget")
    return 0


if __name__ == "__main__":
    sys.exit(main())
