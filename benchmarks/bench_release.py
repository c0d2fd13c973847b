"""What the release module costs per table: the crosstab recomputes it on every filter change.

Builds surveys of a few sizes with `make_big_survey.build_columns` (yes/no, single choice, 0/1
ticks; NACE divisions, sizes, regions), then times `release_summary` for one question of each
kind split by sector (about 24 groups) and by size, with no filter and with a filter that leaves
small groups behind (where the linear-programming audit has the most cells to check). Reports
the median of `--runs` timings and how many cells were withheld.

    .venv/bin/python benchmarks/bench_release.py [--rows 1000 100000] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    from make_big_survey import build_columns, write_csv

    from explorer.core.disclosure import release_summary
    from explorer.core.reading import read_table
    from explorer.core.survey import FilterSpec, build_survey, summarize

    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="+", default=[1000, 100_000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for rows in args.rows:
            path = Path(folder) / f"survey_{rows}.csv"
            headers, data = build_columns(rows, np.random.default_rng(7))
            write_csv(path, headers, data)
            survey = build_survey(read_table(path), use_profiles=False)
            kinds = {}
            for question in survey.questions:
                kinds.setdefault(question.kind, question)
            for kind in ("yesno", "single", "multi"):
                question = kinds.get(kind)
                if question is None:
                    continue
                for by, filters in (("sector", []), ("size", []), ("sector", ["size=large"])):
                    summary = summarize(survey, question.key, by=by, filters=FilterSpec.parse(filters))
                    timings = []
                    for _ in range(args.runs):
                        start = time.perf_counter()
                        released = release_summary(summary)
                        timings.append((time.perf_counter() - start) * 1000)
                    withheld = sum(f.verdict.suppressed for f in released.figures)
                    print(f"{rows:>7} rows  {kind:<6} by {by:<6} {' '.join(filters) or 'all':<11} "
                          f"{len(summary.groups):>3} groups  {withheld:>4}/{len(released.figures):<4} withheld  "
                          f"median {statistics.median(timings):7.1f} ms")


if __name__ == "__main__":
    main()
