"""Start-up of the frozen build next to the same from source (numbers for the release notes).

    .venv/bin/python packaging/measure_startup.py [--dist dist/SurveyExplorer] [--runs 7]

For each way of starting it runs a fresh process several times (after one uncounted warm-up run)
and prints the median wall time from spawning the process to its exit:
- window: the desktop app with SURVEY_EXPLORER_EXIT_AFTER_SHOW=1 (explorer/app.py), which quits as
  soon as the main window is on screen and painted; the app's own figure (from importing
  explorer.app to the window shown) is printed beside it;
- selftest: `selftest`, the whole check (samples, briefing, window with the sample loaded).
Offscreen unless QT_QPA_PLATFORM says otherwise. The user's settings are read, never written.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(command: list[str], env: dict) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"error: {' '.join(command)} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return elapsed, done.stdout


def measure(label: str, command: list[str], env: dict, runs: int) -> None:
    timed(command, env)  # warm-up: disk cache, .pyc files
    results = [timed(command, env) for _ in range(runs)]
    walls = [r[0] * 1000 for r in results]
    inside = [float(m.group(1)) for _, out in results if (m := re.search(r"window shown (\d+) ms", out))]
    extra = f"; app's own figure (import explorer.app → window shown) median {statistics.median(inside):.0f} ms" \
        if inside else ""
    print(f"{label:<28} median {statistics.median(walls):6.0f} ms  (min {min(walls):.0f}, max {max(walls):.0f}){extra}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "SurveyExplorer")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    exe = ".exe" if os.name == "nt" else ""
    gui, cli = args.dist / f"SurveyExplorer{exe}", args.dist / f"survey-explorer{exe}"
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("SURVEY_EXPLORER_EXIT_AFTER_SHOW", None)
    window_env = {**env, "SURVEY_EXPLORER_EXIT_AFTER_SHOW": "1"}
    print(f"platform {env['QT_QPA_PLATFORM']}, {args.runs} runs each after one warm-up; spawn → exit")
    measure("window, from source", [sys.executable, "-m", "explorer"], window_env, args.runs)
    if gui.exists():
        # A windowed build on Windows has no stdout, so the app's own figure shows only elsewhere.
        measure("window, frozen", [str(gui)], window_env, args.runs)
    measure("selftest, from source", [sys.executable, "-m", "explorer", "selftest"], env, args.runs)
    if cli.exists():
        measure("selftest, frozen", [str(cli), "selftest"], env, args.runs)
    else:
        print(f"(no frozen build at {args.dist}: build it with `python -m PyInstaller build.spec --noconfirm`)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
