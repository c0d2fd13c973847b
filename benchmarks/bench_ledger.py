"""Time and size of the register of released groups at scale (run by hand).

    .venv/bin/python benchmarks/bench_ledger.py [--batches 10] [--firms 2450]

Writes --batches surveys of --firms firms each (make_big_survey.py's columns: 115 questions; the
firm ids of each survey follow on from the previous one's, under the same id column, so all
batches fall into one lineage: the register's worst case). For each survey it records what
`report --all` records, one peer group per firm through the register (the PDFs themselves are
not rendered: bench_briefing.py times those), into a register in a temporary folder, never the
user's. Reported, after the first and after the last batch:

- the time of the batch's register work and the register's size on disk;
- one `survey-explorer report FILE --firm ID` end to end (a separate process, as a user runs it)
  with that register, and with an empty one;
- one check of a release against the register, in a new ledger object (it reads the lineage) and
  again in the same object (it only looks for new rows).

Times are wall seconds with the processor seconds beside them ("cpu"): on a shared machine the
second is the steadier figure. The table goes to stdout and to benchmarks/results/ledger.txt.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
sys.path.insert(0, str(ROOT / "benchmarks"))


def write_batch(folder: Path, batch: int, firms: int) -> Path:
    from make_big_survey import build_columns, write_csv

    headers, data = build_columns(firms, np.random.default_rng(20261122 + batch))
    data[0] = np.arange(batch * firms + 1, (batch + 1) * firms + 1)  # ids go on from the last survey's
    path = folder / f"survey_{batch + 1:02d}.csv"
    write_csv(path, headers, data)
    return path


def register_size(folder: Path) -> int:
    """The register's files (SQLite's write-ahead log included, while a ledger has it open)."""
    return sum(p.stat().st_size for p in folder.iterdir() if p.name.startswith("release-") and p.suffix != ".lock")


def record_batch(survey, ledger) -> tuple[float, float, int]:
    from explorer.core.benchmark.peer_choice import choose_peers

    started, cpu = time.perf_counter(), time.process_time()
    withheld = sum(choose_peers(survey, row, None, "eu", None, ledger, "").withheld for row in range(survey.size))
    return time.perf_counter() - started, time.process_time() - cpu, withheld


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def one_report(survey_path: Path, data_dir: Path, out: Path, runs: int = 3) -> tuple[float, float]:
    """Median wall and processor time of `report --firm` in its own process, as a user runs it."""
    env = dict(os.environ, SURVEY_EXPLORER_DATA_DIR=str(data_dir), SURVEY_EXPLORER_NO_CACHE="1")
    walls, cpus = [], []
    for _ in range(runs):
        started, cpu = time.perf_counter(), children_cpu()
        done = subprocess.run([sys.executable, "-m", "explorer", "report", str(survey_path), "--firm", "#7",
                               "--out", str(out)], env=env, capture_output=True, text=True)
        walls.append(time.perf_counter() - started)
        cpus.append(children_cpu() - cpu)
        if done.returncode not in (0, 2):
            raise SystemExit(done.stderr)
    return statistics.median(walls), statistics.median(cpus)


def one_check(survey, ledger_class, path: Path) -> tuple[float, float]:
    from explorer.core.benchmark.peer_groups import default_peer_group
    from explorer.core.disclosure.release import release_of

    group = default_peer_group(survey, 11)
    release = release_of(survey, group.members, 11, "briefing", group.definition)
    ledger = ledger_class(path)
    started = time.perf_counter()
    ledger.check(release)
    cold = time.perf_counter() - started
    started = time.perf_counter()
    ledger.check(release)
    warm = time.perf_counter() - started
    ledger.store.close()  # an open connection would keep SQLite's log beside the file
    return cold, warm


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--batches", type=int, default=10)
    parser.add_argument("--firms", type=int, default=2450)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-ledger-"))
    data_dir, empty_dir = work / "data", work / "empty"
    data_dir.mkdir()
    empty_dir.mkdir()
    os.environ["SURVEY_EXPLORER_DATA_DIR"] = str(data_dir)

    from explorer.core.disclosure.ledger import ReleaseLedger
    from explorer.core.disclosure.ledger_store import default_ledger_path
    from explorer.core.reading import ParsedCache, read_table
    from explorer.core.survey import build_survey

    path = default_ledger_path()
    ledger = ReleaseLedger(path)
    lines = [f"register of released groups: {args.batches} batch(es) of {args.firms} firms, "
             f"115 questions each, one lineage ({path.name})"]
    for batch in range(args.batches):
        survey_path = write_batch(work, batch, args.firms)
        survey = build_survey(read_table(survey_path, cache=ParsedCache(enabled=False)), use_profiles=False)
        elapsed, cpu, withheld = record_batch(survey, ledger)
        ledger.store.close()  # SQLite's write-ahead log goes into the file
        size = register_size(data_dir)
        print(f"batch {batch + 1}: {elapsed:.1f} s (cpu {cpu:.1f} s), {withheld} withheld, register "
              f"{size / 1e6:.2f} MB", flush=True)
        if batch in (0, args.batches - 1):
            report_wall, report_cpu = one_report(survey_path, data_dir, work / "one.pdf")
            empty_wall, empty_cpu = one_report(survey_path, empty_dir, work / "one-empty.pdf")
            cold, warm = one_check(survey, ReleaseLedger, path)
            lines.append(f"after {batch + 1:>2} batch(es): batch {elapsed:6.1f} s (cpu {cpu:.1f} s, "
                         f"{1000 * cpu / args.firms:.1f} ms per firm), register {size / 1e6:6.2f} MB; "
                         f"report --firm {report_wall:.2f} s (cpu {report_cpu:.2f} s; with an empty register "
                         f"{empty_wall:.2f} s, cpu {empty_cpu:.2f} s); one check {1000 * cold:.0f} ms in a new "
                         f"ledger, {1000 * warm:.1f} ms again")
            print(lines[-1], flush=True)
    print("\n".join(lines))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "ledger.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
