"""What the release module costs per table: the crosstab recomputes it on every filter change.

First the EMS sample (2,450 firms in small NACE and country groups, so many cells are withheld
and the audit has work to do), then surveys of a few sizes built with
`make_big_survey.build_columns` (large groups, little withheld). Times `release_summary` for one
question of each kind split by sector and by size or region, with and without a filter, and
reports the median of `--runs` timings and how many cells were withheld.

Measured on the EMS sample (2-core machine): multi-select by NACE division 1,420 ms with two
linear programmes per withheld cell, about 1 ms with the closed-form column bounds; single
choice by division 260 ms → under 1 ms with the Fréchet bounds.

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

    def report(label: str, survey, kinds: tuple[str, ...], splits) -> None:
        first = {}
        for question in survey.questions:
            first.setdefault(question.kind, question)
        for kind in kinds:
            question = first.get(kind)
            if question is None:
                continue
            for by, filters in splits:
                summary = summarize(survey, question.key, by=by, filters=FilterSpec.parse(filters))
                timings = []
                for _ in range(args.runs):
                    start = time.perf_counter()
                    released = release_summary(summary)
                    timings.append((time.perf_counter() - start) * 1000)
                withheld = sum(f.verdict.suppressed for f in released.figures)
                print(f"{label:>10}  {kind:<6} by {by:<7} {' '.join(filters) or 'all':<13} "
                      f"{len(summary.groups):>3} groups  {withheld:>4}/{len(released.figures):<4} withheld  "
                      f"median {statistics.median(timings):7.1f} ms")

    ems = build_survey(read_table(ROOT / "sample_data" / "ems_2015_extract.xlsx"), use_profiles=False)
    report("EMS", ems, ("yesno", "single", "multi"),
           (("sector", []), ("sector", ["size=large"]), ("region", ["size=large"]), ("sector", ["region=Spain"])))
    with tempfile.TemporaryDirectory() as folder:
        for rows in args.rows:
            path = Path(folder) / f"survey_{rows}.csv"
            headers, data = build_columns(rows, np.random.default_rng(7))
            write_csv(path, headers, data)
            survey = build_survey(read_table(path), use_profiles=False)
            report(f"{rows} rows", survey, ("yesno", "single", "multi"),
                   (("sector", []), ("size", []), ("sector", ["size=large"])))

if __name__ == "__main__":
    main()
