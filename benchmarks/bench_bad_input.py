"""Time `read_table` on every bad or awkward input file of tests/badfiles, each in its own process.

    .venv/bin/python benchmarks/bench_bad_input.py [--only NAME ...] [--skip-slow]

Every case is built into a temporary folder (the 1 GiB zip bombs take a second or so), then read
in a fresh Python process with the cache off. For each case the table shows the time of the
`read_table` call (imports excluded), the CPU time and the peak memory of the whole process tree
(the child and the reader worker it starts: benchmarks/process_tree.py), what happened (opened
R rows x C columns / refused / something else escaped) and whether that is what the case expects.
Cases over 2 s or 300 MB are flagged; so is every outcome the case does not expect. The baseline
row is a child that only imports the readers, so its peak is the floor under every other row.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from badfiles.registry import CASES  # noqa: E402
from process_tree import run_measured  # noqa: E402  (beside this script)

RESULTS = ROOT / "benchmarks" / "results"
SECONDS_FLAG = 2.0
MEMORY_FLAG_MB = 300.0

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from explorer.core.errors import InputError
from explorer.core.reading import ParsedCache, read_table
path = Path(sys.argv[1])
result = {}
if path.name != "-":
    start = time.perf_counter()
    try:
        table = read_table(path, cache=ParsedCache(Path(sys.argv[2]), enabled=False))
        result.update(outcome="opened", rows=table.rows, columns=len(table.frame.columns))
    except InputError as exc:
        result.update(outcome="refused", message=str(exc))
    except BaseException as exc:
        result.update(outcome="escaped", message=f"{type(exc).__name__}: {exc}")
    result["seconds"] = time.perf_counter() - start
else:
    result.update(outcome="baseline", seconds=0.0)
result["self_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(result))
"""


def run_child(path: str, cache_dir: Path, timeout: float = 120) -> dict:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    run = run_measured([sys.executable, "-c", CHILD, path, str(cache_dir)], env, ROOT, timeout)
    if run.timed_out:
        return {"outcome": "hang", "message": f"killed after {timeout:.0f} s", "seconds": run.wall,
                "peak_mb": run.peak_mb, "cpu": run.cpu}
    text = run.stdout.strip()
    if run.returncode != 0 or not text:
        last = run.stderr.strip().splitlines()[-1] if run.stderr.strip() else f"exit {run.returncode}"
        return {"outcome": "crashed", "message": last, "seconds": run.wall, "peak_mb": run.peak_mb, "cpu": run.cpu}
    result = json.loads(text.splitlines()[-1])
    result.update(peak_mb=run.peak_mb, cpu=run.cpu)
    return result


def expected_ok(case, result: dict) -> bool:
    for expect in case.outcomes():
        if expect.kind == "opens" and result["outcome"] == "opened":
            if result["rows"] == expect.rows and result["columns"] == expect.columns:
                return True
        if expect.kind == "refused" and result["outcome"] == "refused" and expect.matches(result["message"]):
            return True
    return False


def describe(expect) -> str:
    if expect.kind == "opens":
        return f"opens {expect.rows}x{expect.columns}"
    return f"refused '{expect.keyword}'"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="*", help="case names to run (default: all)")
    parser.add_argument("--skip-slow", action="store_true", help="leave out the cases marked slow (bombs, ...)")
    args = parser.parse_args()
    cases = [c for c in CASES if (not args.only or c.name in args.only) and not (args.skip_slow and c.slow)]

    lines = [f"{'case':<34} {'seconds':>8} {'cpu s':>7} {'peak MB':>8}  {'outcome':<30} {'expected':<28} flags"]
    flagged = 0
    with tempfile.TemporaryDirectory(prefix="bench-bad-") as folder:
        files, cache = Path(folder) / "files", Path(folder) / "cache"
        files.mkdir()
        baseline = run_child("-", cache)
        lines.append(f"{'(baseline: imports only)':<34} {'-':>8} {baseline['cpu']:>7.2f} {baseline['peak_mb']:>8.0f}")
        for case in cases:
            case_dir = files / case.name
            case_dir.mkdir()
            path = case.make(case_dir)
            result = run_child(str(path), cache)
            if result["outcome"] == "opened":
                outcome = f"opened {result['rows']}x{result['columns']}"
            else:
                outcome = f"{result['outcome']}: {result.get('message', '')}"
            flags = []
            if result["seconds"] > SECONDS_FLAG:
                flags.append(f">{SECONDS_FLAG:g}s")
            if result["peak_mb"] > MEMORY_FLAG_MB:
                flags.append(f">{MEMORY_FLAG_MB:g}MB")
            if result["outcome"] in {"escaped", "crashed", "hang"}:
                flags.append(result["outcome"].upper())
            elif not expected_ok(case, result):
                flags.append("UNEXPECTED")
            flagged += bool(flags)
            expected = " or ".join(describe(e) for e in case.outcomes())
            lines.append(f"{case.name:<34} {result['seconds']:>8.3f} {result['cpu']:>7.2f} {result['peak_mb']:>8.0f}  "
                         f"{outcome[:30]:<30} {expected[:28]:<28} {' '.join(flags)}")
            print(lines[-1], flush=True)
            for leftover in case_dir.iterdir():
                if leftover.is_file():
                    leftover.unlink()
    lines.append("")
    lines.append(f"{len(cases)} cases, {flagged} flagged (over {SECONDS_FLAG:g} s, over {MEMORY_FLAG_MB:g} MB peak, "
                 "or not the expected outcome).")
    text = "\n".join(lines)
    print()
    print(text)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "bad_input.txt").write_text(text + "\n", encoding="utf-8")
    print(f"\nwritten to {RESULTS / 'bad_input.txt'}")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
