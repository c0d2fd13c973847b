"""The PyInstaller build of build.spec runs on its own: `selftest` and `inspect` from the frozen folder.

Slow (about a minute on two cores): it builds the one-folder app into a temporary folder with the
venv's PyInstaller, then runs the frozen console executable. Skipped when PyInstaller is not
installed (it is in the `test` extra). Build time and folder size are printed in the terminal
summary ("frozen build") and recorded as junit properties.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (pip install -e .[test])")

from paths import ROOT, SAMPLE_FILES

SPEC = ROOT / "build.spec"
SAMPLE = "association_reshoring_survey_surveymonkey.csv"
BUILD_TIMEOUT_S = 1200
EXE = ".exe" if os.name == "nt" else ""

pytestmark = pytest.mark.slow


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def frozen_env(tmp: Path) -> dict[str, str]:
    """A clean environment: no source tree on the path, the cache in tmp, no screen needed."""
    env = {k: v for k, v in os.environ.items()
           if k not in {"PYTHONPATH", "PYTHONHOME", "SURVEY_EXPLORER_DEBUG", "SURVEY_EXPLORER_NO_CACHE"}}
    env.update({"QT_QPA_PLATFORM": "offscreen", "SURVEY_EXPLORER_CACHE_DIR": str(tmp / "cache"),
                "SURVEY_EXPLORER_CONFIG_DIR": str(tmp / "config")})
    return env


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory, build_figures):
    """Build build.spec once for this module; the folder is removed afterwards (it is ~400 MB)."""
    base = tmp_path_factory.mktemp("frozen")
    dist, work = base / "dist", base / "work"
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work)],
        cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S)
    seconds = time.perf_counter() - started
    shutil.rmtree(work, ignore_errors=True)
    assert done.returncode == 0, f"PyInstaller failed:\n{done.stdout[-4000:]}\n{done.stderr[-8000:]}"
    folder = dist / "SurveyExplorer"
    size = folder_size(folder)
    build_figures.append(("build time", f"{seconds:.0f} s"))
    files = sum(1 for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    build_figures.append(("folder size", f"{size / 2**20:.0f} MB ({files} files) in {folder}"))
    print(f"frozen build: {seconds:.0f} s, {size / 2**20:.0f} MB")
    yield {"folder": folder, "seconds": seconds, "bytes": size, "figures": build_figures}
    shutil.rmtree(base, ignore_errors=True)


def run_frozen(app: dict, *args: str, tmp: Path, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([str(app["folder"] / f"survey-explorer{EXE}"), *args], capture_output=True, text=True,
                          encoding="utf-8", env=frozen_env(tmp), cwd=tmp, timeout=timeout)


def bundled_sample(app: dict, name: str) -> Path:
    found = sorted(app["folder"].rglob(f"sample_data/{name}"))
    assert found, f"{name} is not in the build"
    return found[0]


def test_build_has_both_executables_and_only_the_sample_files(frozen_app, record_property):
    folder = frozen_app["folder"]
    record_property("build_seconds", round(frozen_app["seconds"], 1))
    record_property("folder_megabytes", round(frozen_app["bytes"] / 2**20, 1))
    assert (folder / f"SurveyExplorer{EXE}").is_file()
    assert (folder / f"survey-explorer{EXE}").is_file()
    samples = bundled_sample(frozen_app, SAMPLE).parent
    assert sorted(p.name for p in samples.iterdir()) == sorted(["README.md", *(p.name for p in SAMPLE_FILES)])
    resources = samples.parent / "resources"
    for part in ("fonts/DejaVuSans.ttf", "profiles", "reference_figures.json", "icons/survey-explorer.png",
                 "taxonomy/nace_rev2.csv", "taxonomy/nace_rev2_aliases_nl.csv"):
        assert (resources / part).exists(), part
    qt = [p.name for p in folder.rglob("*") if "QtWebEngine" in p.name or "Qt3D" in p.name or "QtQuick" in p.name]
    assert not qt, f"unneeded Qt modules were bundled: {qt[:5]}"
    assert frozen_app["bytes"] < 700 * 2**20, "the folder grew far beyond its ~400 MB"


def test_frozen_selftest_passes(frozen_app, tmp_path):
    started = time.perf_counter()
    done = run_frozen(frozen_app, "selftest", tmp=tmp_path)
    frozen_app["figures"].append(("frozen selftest", f"exit {done.returncode} in {time.perf_counter() - started:.1f} s"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "frozen build" in done.stdout.splitlines()[0]
    assert done.stdout.splitlines()[-1] == "selftest passed"
    assert "ok    main window: " in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def test_frozen_inspect_json_and_the_parsed_cache(frozen_app, tmp_path):
    sample = bundled_sample(frozen_app, SAMPLE)
    first = run_frozen(frozen_app, "inspect", str(sample), "--json", tmp=tmp_path)
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert report["format"] == "surveymonkey"
    assert report["rows"] == 417
    assert report["roles"]["sector"] and report["roles"]["size"]
    assert report["questions"]
    # The second run reads the Parquet cache the first one wrote (pyarrow as bundled).
    assert list((tmp_path / "cache").rglob("*.parquet")), "the parsed-file cache was not written"
    second = run_frozen(frozen_app, "inspect", str(sample), "--json", tmp=tmp_path)
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout) == report


def test_frozen_inspect_reads_a_workbook_in_the_reader_worker(frozen_app, tmp_path):
    """Workbooks are read by the frozen console executable started again as the reader worker."""
    sample = bundled_sample(frozen_app, "ems_2015_extract.xlsx")
    done = run_frozen(frozen_app, "inspect", str(sample), "--json", "--no-cache", tmp=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["rows"] == 2450  # the EMS firms of DESIGN.md's reference figures
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(sample.read_bytes()[: sample.stat().st_size // 2])
    refused = run_frozen(frozen_app, "inspect", str(damaged), tmp=tmp_path)
    assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1, refused.stderr


def test_frozen_bad_input_is_one_error_line(frozen_app, tmp_path):
    missing = tmp_path / "missing.xlsx"
    done = run_frozen(frozen_app, "inspect", str(missing), tmp=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("error: ") and len(done.stderr.strip().splitlines()) == 1
