"""`survey-explorer selftest` from source: every check passes, one plain line each, exit 0.

The frozen build runs the same command in tests/packaging/test_frozen_build.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from explorer import selftest
from explorer.cli.parser import build_parser

from paths import ROOT

CHECKS = ("bundled files", "number formats", "detection", "known figure", "change over rounds", "briefing pdf",
          "main window")


def run_selftest_process(tmp_path: Path, **extra_env: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"SURVEY_EXPLORER_DEBUG", "QT_QPA_PLATFORM"}}
    env.update({"QT_QPA_PLATFORM": "offscreen", "SURVEY_EXPLORER_CACHE_DIR": str(tmp_path / "cache"),
                "SURVEY_EXPLORER_CONFIG_DIR": str(tmp_path / "config"), **extra_env})
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return subprocess.run([sys.executable, "-m", "explorer", "selftest"], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=tmp_path, timeout=180)


def test_selftest_passes_from_source(tmp_path):
    done = run_selftest_process(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Survey Explorer ") and "from source" in lines[0]
    for name in CHECKS:
        assert any(line.startswith(f"ok    {name}: ") for line in lines), (name, done.stdout)
    assert lines[-1] == "selftest passed"
    assert "EMS backshoring 4.3 % (105 of 2,450 firms)" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr
    assert not (tmp_path / "cache").exists(), "the selftest must not fill the user's cache"


def test_a_failing_check_is_one_line_and_exit_1(tmp_path, monkeypatch):
    """Core checks run in-process (no Qt needed): a wrong figure fails its line, the rest still run."""
    monkeypatch.delenv("SURVEY_EXPLORER_DEBUG", raising=False)
    monkeypatch.setattr(selftest, "EMS_SAMPLE", "no_such_sample.xlsx")
    monkeypatch.setattr(selftest, "_check_window", lambda tmp, frozen: "not run here")
    lines: list[str] = []
    assert selftest.run_selftest(out=lines.append) == 1
    failed = [line for line in lines if line.startswith("FAIL")]
    assert failed and all("\n" not in line for line in failed)
    assert any(line.startswith("FAIL  known figure: ") and "no_such_sample.xlsx" in line for line in failed)
    assert any(line.startswith("ok    briefing pdf: ") for line in lines)  # later checks still ran
    assert lines[-1].startswith("selftest FAILED: ")


def test_selftest_is_a_command():
    assert build_parser().parse_args(["selftest"]).command == "selftest"
