"""Time reading the 100,000-row x 120-column benchmark survey (DESIGN.md "Speed budgets").

    .venv/bin/python benchmarks/bench_read.py [--runs 3] [--skip-openpyxl]

Builds benchmarks/data/survey_100000.xlsx and .csv with make_big_survey.py when they are missing.
Every measurement runs in its own Python process; its CPU time and peak memory are those of its
whole process tree, the reader worker included (benchmarks/process_tree.py), and belong to that
run alone:

- our `read_table` on the xlsx with the cache off (median of --runs runs);
- our `read_table` on the csv with the cache off (median);
- reopening the xlsx through the parsed cache (the first run fills a temporary cache folder; the
  median of --runs later runs is reported);
- `pandas.read_excel(engine="openpyxl")` on the xlsx (one run; it takes a minute or two);
- `survey-explorer inspect FILE --json` end to end (process start to exit), cold and cached;
- with --baseline TREE: the cold `inspect` of this tree and of TREE in turn, --runs times each
  (medians; the runs column lists CPU seconds), so that a loaded machine weighs on both alike.

"seconds" is the time of the call itself inside the child (imports excluded), except for the CLI
rows, which are wall time of the whole process; "cpu s" is user + system time of the whole tree,
imports included (on a shared machine a steadier measure than wall time). The table goes to
stdout and to benchmarks/results/read.txt.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from process_tree import run_measured  # noqa: E402  (beside this script)

DATA = ROOT / "benchmarks" / "data"
RESULTS = ROOT / "benchmarks" / "results"
ROWS = 100_000
XLSX = DATA / f"survey_{ROWS}.xlsx"
CSV = DATA / f"survey_{ROWS}.csv"

SPEEDUP_BUDGET = 10.0     # at least 10x faster than read_excel(engine="openpyxl")
MEMORY_BUDGET_MB = 1024   # peak under 1 GB
CACHED_BUDGET_S = 0.25    # reopening through the cache

CHILD = r"""
import json, resource, sys, time
mode, path, cache_dir = sys.argv[1], sys.argv[2], sys.argv[3]
import pandas as pd
if mode == "openpyxl":
    start = time.perf_counter()
    frame = pd.read_excel(path, engine="openpyxl")
    seconds = time.perf_counter() - start
    rows, columns, from_cache = len(frame), len(frame.columns), False
else:
    from pathlib import Path
    from explorer.core.reading import ParsedCache, read_table
    cache = ParsedCache(Path(cache_dir), enabled=(mode == "cached"))
    start = time.perf_counter()
    table = read_table(path, cache=cache)
    seconds = time.perf_counter() - start
    rows, columns, from_cache = table.rows, len(table.frame.columns), table.from_cache
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "rows": rows, "columns": columns, "from_cache": from_cache,
                  "self_peak_mb": peak_mb}))
"""


def ensure_data() -> None:
    if XLSX.exists() and CSV.exists():
        return
    print(f"building {XLSX.name} and {CSV.name} (make_big_survey.py) ...", flush=True)
    subprocess.check_call([sys.executable, str(ROOT / "benchmarks" / "make_big_survey.py"), "--rows", str(ROWS),
                           "--out", str(DATA)])


def child_env(cache_dir: Path, source: Path = ROOT) -> dict[str, str]:
    """The environment of a child that runs the app from the source tree `source`."""
    env = dict(os.environ)
    env["SURVEY_EXPLORER_CACHE_DIR"] = str(cache_dir)
    env.pop("SURVEY_EXPLORER_NO_CACHE", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(source), env.get("PYTHONPATH")]))
    return env


def measure(mode: str, path: Path, cache_dir: Path) -> dict:
    run = run_measured([sys.executable, "-c", CHILD, mode, str(path), str(cache_dir)], child_env(cache_dir), ROOT)
    if run.returncode != 0:
        raise SystemExit(f"{mode} on {path.name} failed (exit {run.returncode}):\n{run.stderr}")
    result = json.loads(run.stdout.strip().splitlines()[-1])
    result.update(wall=run.wall, peak_mb=run.peak_mb, cpu=run.cpu)
    return result


def measure_cli(path: Path, cache_dir: Path, *extra: str, source: Path = ROOT) -> dict:
    argv = [sys.executable, "-m", "explorer", "inspect", str(path), "--json", *extra]
    run = run_measured(argv, child_env(cache_dir, source), ROOT)
    if run.returncode != 0:
        raise SystemExit(f"inspect {path.name} failed (exit {run.returncode}):\n{run.stderr}")
    report = json.loads(run.stdout)
    return {"seconds": run.wall, "wall": run.wall, "peak_mb": run.peak_mb, "cpu": run.cpu, "rows": report["rows"],
            "columns": None, "from_cache": None}


def median_of(runs: list[dict]) -> dict:
    chosen = sorted(runs, key=lambda r: r["seconds"])[len(runs) // 2]
    return {**chosen, "seconds": statistics.median(r["seconds"] for r in runs),
            "cpu": statistics.median(r["cpu"] for r in runs),
            "peak_mb": max(r["peak_mb"] for r in runs), "all": [round(r["seconds"], 3) for r in runs]}


def _median_cli(runs: list[dict]) -> dict:
    return {**median_of(runs), "peak_mb": statistics.median(r["peak_mb"] for r in runs),
            "all": [round(r["cpu"], 2) for r in runs]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-openpyxl", action="store_true", help="leave out the 1-2 minute openpyxl run")
    parser.add_argument("--baseline", type=Path, metavar="SOURCE_TREE",
                        help="also run 'inspect' from another source tree (e.g. an export of main), alternating "
                             "with this one --runs times, and compare medians of CPU time and peak memory")
    args = parser.parse_args()
    ensure_data()

    rows: list[tuple[str, dict]] = []
    with tempfile.TemporaryDirectory(prefix="bench-read-") as folder:
        unused = Path(folder) / "unused-cache"
        cache = Path(folder) / "cache"

        def step(label: str) -> None:
            print(f"  {label} ...", flush=True)

        step("read_table xlsx, cache off")
        xlsx = median_of([measure("ours", XLSX, unused) for _ in range(args.runs)])
        rows.append(("read_table xlsx (cache off)", xlsx))
        step("read_table csv, cache off")
        rows.append(("read_table csv (cache off)", median_of([measure("ours", CSV, unused)
                                                             for _ in range(args.runs)])))
        step("read_table xlsx, filling the cache")
        fill = measure("cached", XLSX, cache)
        assert not fill["from_cache"], "the cache folder should have started empty"
        rows.append(("read_table xlsx (cache fill)", fill))
        step("read_table xlsx, through the cache")
        cached_runs = [measure("cached", XLSX, cache) for _ in range(args.runs)]
        assert all(r["from_cache"] for r in cached_runs), "reopening should come from the cache"
        cached = median_of(cached_runs)
        rows.append(("read_table xlsx (cached reopen)", cached))
        step("inspect CLI, cold")
        rows.append(("inspect CLI xlsx (no cache, wall)", measure_cli(XLSX, unused, "--no-cache")))
        step("inspect CLI, cached")
        rows.append(("inspect CLI xlsx (cached, wall)", measure_cli(XLSX, cache)))
        if args.baseline:
            step(f"inspect CLI, cold, alternating with {args.baseline}")
            ours, theirs = [], []
            for _ in range(args.runs):
                ours.append(measure_cli(XLSX, unused, "--no-cache"))
                theirs.append(measure_cli(XLSX, unused, "--no-cache", source=args.baseline))
            rows.append(("inspect CLI xlsx, this tree (median)", _median_cli(ours)))
            rows.append(("inspect CLI xlsx, baseline (median)", _median_cli(theirs)))
        openpyxl = None
        if not args.skip_openpyxl:
            step("pandas.read_excel(engine='openpyxl') (a minute or two)")
            openpyxl = measure("openpyxl", XLSX, unused)
            rows.append(("pandas.read_excel openpyxl", openpyxl))

    lines = [
        f"Benchmark: {XLSX.name} ({XLSX.stat().st_size / 2**20:.1f} MB) and {CSV.name} "
        f"({CSV.stat().st_size / 2**20:.1f} MB); {platform.python_version()} on {platform.machine()}, "
        f"{os.cpu_count()} cores; {time.strftime('%Y-%m-%d %H:%M')}",
        "",
        f"{'what':<36} {'seconds':>8} {'cpu s':>7} {'peak MB':>8} {'rows':>8} {'cols':>5} {'x openpyxl':>11}  runs",
    ]
    for label, r in rows:
        ratio = f"{openpyxl['seconds'] / r['seconds']:.1f}x" if openpyxl and r is not openpyxl else "-"
        cols = "-" if r.get("columns") is None else str(r["columns"])
        runs = " ".join(f"{s:.3f}" for s in r.get("all", [])) or f"{r['seconds']:.3f}"
        lines.append(f"{label:<36} {r['seconds']:>8.3f} {r['cpu']:>7.2f} {r['peak_mb']:>8.0f} {r['rows']:>8} {cols:>5} "
                     f"{ratio:>11}  {runs}")
    lines.append("")
    verdicts = []
    if openpyxl:
        speedup = openpyxl["seconds"] / xlsx["seconds"]
        verdicts.append(("xlsx >= 10x faster than openpyxl", speedup >= SPEEDUP_BUDGET, f"{speedup:.1f}x"))
        lines.append(f"peak memory vs openpyxl: ours {xlsx['peak_mb']:.0f} MB, openpyxl {openpyxl['peak_mb']:.0f} MB "
                     f"({xlsx['peak_mb'] / openpyxl['peak_mb']:.2f}x)")
    verdicts.append(("xlsx peak < 1 GB", xlsx["peak_mb"] < MEMORY_BUDGET_MB, f"{xlsx['peak_mb']:.0f} MB"))
    verdicts.append(("cached reopen < 0.25 s", cached["seconds"] < CACHED_BUDGET_S, f"{cached['seconds']:.3f} s"))
    for name, ok, value in verdicts:
        lines.append(f"{'PASS' if ok else 'FAIL'}  {name}: {value}")
    text = "\n".join(lines)
    print()
    print(text)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "read.txt").write_text(text + "\n", encoding="utf-8")
    print(f"\nwritten to {RESULTS / 'read.txt'}")
    return 0 if all(ok for _, ok, _ in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
