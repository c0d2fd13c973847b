"""Time one briefing after start-up and a batch over the sample survey (run by hand).

    .venv/bin/python benchmarks/bench_briefing.py

Budgets (DESIGN.md): one briefing under 100 ms after start-up and under 100 KB; 500 briefings
within a minute. The batch goes through a release register in a temporary folder (never the
user's), as `report --all` does; a second run over the same register measures a resumed batch,
in which every group is judged against the first run's.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data" / "association_reshoring_survey_surveymonkey.csv"


def main() -> None:
    os.environ.setdefault("SURVEY_EXPLORER_DATA_DIR", tempfile.mkdtemp(prefix="bench-register-"))
    from explorer.core.reading import ParsedCache, read_table
    from explorer.core.survey import build_survey
    from explorer.report.content.briefing import build_briefing
    from explorer.report.pdf.fonts import register_fonts
    from explorer.report.pdf.render import render_briefing_bytes
    from explorer.report.batch import write_all

    started = time.perf_counter()
    survey = build_survey(read_table(SAMPLE, cache=ParsedCache(enabled=False)))
    register_fonts()
    print(f"start-up (read sample, build survey, load fonts): {1000 * (time.perf_counter() - started):.0f} ms")

    times, sizes = [], []
    for run in range(30):
        t = time.perf_counter()
        pdf = render_briefing_bytes(build_briefing(survey, f"#{run * 7 + 1}", "nl" if run % 2 else "en"))
        times.append(time.perf_counter() - t)
        sizes.append(len(pdf))
    print(f"one briefing (content + PDF), median of 30: {1000 * statistics.median(times):.1f} ms "
          f"(max {1000 * max(times):.1f} ms); size median {statistics.median(sizes) / 1024:.0f} KB, "
          f"max {max(sizes) / 1024:.0f} KB")

    from explorer.core.disclosure.ledger import ReleaseLedger

    with tempfile.TemporaryDirectory() as folder:
        ledger = ReleaseLedger(Path(folder) / "register.sqlite3")
        t = time.perf_counter()
        result = write_all(survey, Path(folder) / "out", "nl", ledger=ledger)
        elapsed = time.perf_counter() - t
        per = elapsed / max(result.written, 1)
        print(f"--all over the sample: {result.written} briefings in {elapsed:.1f} s "
              f"({1000 * per:.0f} ms each; 500 would take {500 * per:.0f} s); "
              f"register {(Path(folder) / 'register.sqlite3').stat().st_size / 1024:.0f} KB")
        t = time.perf_counter()
        again = write_all(survey, Path(folder) / "out", "nl", ledger=ReleaseLedger(Path(folder) / "register.sqlite3"))
        print(f"the same batch resumed (every group judged, none written): {again.skipped} in "
              f"{time.perf_counter() - t:.1f} s")


if __name__ == "__main__":
    sys.exit(main())
