"""What recording an export in the register of released groups costs (run by hand).

    .venv/bin/python benchmarks/bench_export_register.py [--rows 100000] [--runs 3]

Builds a survey with `make_big_survey.build_columns`, then for one yes/no question split by size
times, in a register in a temporary folder (never the user's):

- the table as it leaves the app without the register (`summary_frame`, what an export cost before);
- the first export into an empty register (it also records who answered what in this version);
- the same table again (each group was released before: nothing is judged or written);
- the table of a narrower selection (new groups, judged against the earlier ones and recorded);
- `summarize` + `release_summary`, the filter-to-chart path, which never touches the register.

Times are medians of --runs, wall milliseconds with processor milliseconds beside them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def timed(work, runs: int) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append((time.perf_counter() - started) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    from make_big_survey import build_columns, write_csv

    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        os.environ["SURVEY_EXPLORER_DATA_DIR"] = folder
        from explorer.core.disclosure import release_summary
        from explorer.core.export.admission import admit_export
        from explorer.core.disclosure.ledger import ReleaseLedger
        from explorer.core.export.long_form import summary_frame
        from explorer.core.reading import ParsedCache, read_table
        from explorer.core.survey import FilterSpec, build_survey, summarize

        path = Path(folder) / f"survey_{args.rows}.csv"
        headers, data = build_columns(args.rows, np.random.default_rng(7))
        write_csv(path, headers, data)
        survey = build_survey(read_table(path, cache=ParsedCache(enabled=False)), use_profiles=False)
        question = next(q for q in survey.questions if q.kind == "yesno")
        wide = summarize(survey, question.key, by="size")
        narrow = summarize(survey, question.key, by="size", filters=FilterSpec.parse(["size=small,medium,large"]))
        ledger = ReleaseLedger(Path(folder) / "register.sqlite3")

        rows = [("table only (before)", timed(lambda: summary_frame(wide), args.runs))]
        rows.append(("first export, empty register", timed(lambda: admit_export(ledger, survey, wide), 1)))
        rows.append(("same table again", timed(lambda: admit_export(ledger, survey, wide), args.runs)))
        rows.append(("narrower selection (new groups)", timed(lambda: admit_export(ledger, survey, narrow), 1)))
        rows.append(("filter to chart (no register)", timed(
            lambda: release_summary(summarize(survey, question.key, by="size")), args.runs)))
        size = sum(p.stat().st_size for p in Path(folder).iterdir() if p.name.startswith("register"))
        print(f"{args.rows:,} firms, question '{question.key}' by size ({len(wide.groups)} groups); "
              f"register {size / 1e6:.1f} MB, {ledger.count()} releases")
        for label, (wall, cpu) in rows:
            print(f"  {label:<34} {wall:9.1f} ms  (cpu {cpu:9.1f} ms)")


if __name__ == "__main__":
    main()
