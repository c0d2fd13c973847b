"""Time from start to a visible main window (DESIGN.md "Speed budgets": within 0.25 s warm).

Each run starts a fresh Python process that builds the window exactly as `explorer.app.run`
does and reports when the window is exposed and painted. The first run only warms the disk
cache and is not counted. Offscreen by default, so it runs anywhere:

    .venv/bin/python benchmarks/bench_startup.py [--runs 9] [--platform offscreen|xcb]

Prints the median of: process spawn → window visible (what a user waits for), and the part
of it spent in our code and Qt after the interpreter started.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET_S = 0.25

CHILD = r"""
import sys, time
script_start = time.time()
from explorer.app import create_application, build_window
from explorer.ui.settings_store import SettingsStore
app = create_application()
window = build_window(store=SettingsStore(sys.argv[1]))
while window.windowHandle() is None or not window.windowHandle().isExposed():
    app.processEvents()
app.processEvents()  # the first paint
visible = time.time()
heavy = [m for m in ("pandas", "pyqtgraph") if m in sys.modules]
print(f"{script_start!r} {visible!r} {','.join(heavy) or '-'}")
"""


def one_run(platform: str, settings: Path) -> tuple[float, float, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": platform}
    spawned = time.time()
    done = subprocess.run([sys.executable, "-c", CHILD, str(settings)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        raise SystemExit(f"error: the start-up run failed:\n{done.stderr}")
    script_start, visible, heavy = done.stdout.split()
    return float(visible) - spawned, float(visible) - float(script_start), heavy


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--platform", default="offscreen")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        settings = Path(folder) / "settings.ini"
        one_run(args.platform, settings)  # warm-up: disk cache, .pyc files
        runs = [one_run(args.platform, settings) for _ in range(args.runs)]
    totals = [r[0] for r in runs]
    ours = [r[1] for r in runs]
    heavy = {r[2] for r in runs} - {"-"}
    print(f"platform: {args.platform}, runs: {args.runs}")
    print(f"spawn → window visible: median {statistics.median(totals) * 1000:.0f} ms "
          f"(min {min(totals) * 1000:.0f}, max {max(totals) * 1000:.0f})")
    print(f"  of which imports + QApplication + window: median {statistics.median(ours) * 1000:.0f} ms")
    print(f"budget {BUDGET_S * 1000:.0f} ms: {'met' if statistics.median(totals) <= BUDGET_S else 'MISSED'}")
    if heavy:
        print(f"warning: imported before the window showed: {', '.join(sorted(heavy))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
