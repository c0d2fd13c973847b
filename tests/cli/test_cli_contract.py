"""The command line as DESIGN.md fixes it: JSON keys, exit codes, one `error:` line, input untouched.

Every test runs `python -m explorer` in a subprocess with its own cache folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from paths import EXPORTS, LAYOUTS, ROOT

TOP_KEYS = {"file", "sheet", "rows", "header_rows", "format", "roles", "role_confidence", "pending_roles",
            "questions", "grids", "derived", "warnings", "panel"}
ROLE_KEYS = {"id", "name", "sector", "size", "tech", "region", "wave", "weight"}
QUESTION_KEYS = {"key", "label", "kind", "columns", "options"}
KINDS = {"yesno", "single", "multi", "likert", "numeric", "text"}


def run_cli(*args: str, cache_dir: Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"SURVEY_EXPLORER_DEBUG", "SURVEY_EXPLORER_NO_CACHE"}}
    env["SURVEY_EXPLORER_CACHE_DIR"] = str(cache_dir)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return subprocess.run([sys.executable, "-m", "explorer", *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=cwd or ROOT, timeout=120)


def assert_one_error_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ") and len(lines[0]) > len("error: "), lines[0]
    assert result.stdout == ""
    return lines[0]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    folder = tmp_path / "input"
    folder.mkdir()
    return folder


def _copy(name: str, folder: Path) -> Path:
    target = folder / name
    shutil.copyfile(LAYOUTS / name, target)
    return target


@pytest.mark.parametrize("name", ["msforms.xlsx", "surveymonkey_expanded.csv", "qualtrics_numeric.csv",
                                  "spss_labels.sav"])
def test_inspect_json_contract(name: str, workdir: Path, cache_dir: Path) -> None:
    path = _copy(name, workdir)
    digest = _sha256(path)
    result = run_cli("inspect", str(path), "--json", cache_dir=cache_dir)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    assert set(report) == TOP_KEYS
    assert set(report["roles"]) == ROLE_KEYS
    assert all(v is None or isinstance(v, str) for v in report["roles"].values())
    # Each applied role carries its confidence; roles proposed on weak evidence wait apart.
    assert set(report["role_confidence"]) == ROLE_KEYS
    for role, column in report["roles"].items():
        confidence = report["role_confidence"][role]
        assert (confidence is None) == (column is None)
        assert confidence is None or 0.7 <= confidence <= 1.0
    for role, pending in report["pending_roles"].items():
        assert role in ROLE_KEYS and report["roles"][role] is None
        assert set(pending) == {"column", "confidence"} and 0 < pending["confidence"] < 0.7
    assert isinstance(report["rows"], int) and report["rows"] > 0
    assert isinstance(report["header_rows"], int) and report["header_rows"] >= 1
    assert isinstance(report["format"], str) and report["format"]
    assert isinstance(report["warnings"], list) and all(isinstance(w, str) for w in report["warnings"])
    assert isinstance(report["questions"], list) and report["questions"]
    for question in report["questions"]:
        assert QUESTION_KEYS <= set(question), question
        assert question["kind"] in KINDS, question
        assert isinstance(question["columns"], list) and question["columns"]
        assert isinstance(question["options"], list)
        assert 0 < question["confidence"] <= 1
    keys = [q["key"] for q in report["questions"]]
    assert len(keys) == len(set(keys)), "question keys must be unique"
    for grid in report["grids"]:  # statements on one scale: each is a question of the report
        assert set(grid) == {"key", "label", "options", "statements"} and len(grid["statements"]) >= 2
        assert all(s["key"] in keys for s in grid["statements"])
    # Nothing written into or beside the input.
    assert _sha256(path) == digest
    assert [p.name for p in workdir.iterdir()] == [name]


def test_inspect_json_matches_expected_layout(workdir: Path, cache_dir: Path) -> None:
    spec = json.loads((LAYOUTS / "expected.json").read_text(encoding="utf-8"))["files"]["msforms.xlsx"]
    path = _copy("msforms.xlsx", workdir)
    result = run_cli("inspect", str(path), "--json", "--no-cache", cache_dir=cache_dir)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["format"], report["rows"], report["header_rows"], report["sheet"]) == (
        spec["format"], spec["data_rows"], spec["header_rows"], spec["sheet"])
    assert not cache_dir.exists() or not any(cache_dir.iterdir()), "--no-cache must not fill the cache"


def test_inspect_plain_text(workdir: Path, cache_dir: Path) -> None:
    path = _copy("googleforms.csv", workdir)
    result = run_cli("inspect", str(path), cache_dir=cache_dir)
    assert result.returncode == 0, result.stderr
    assert "googleforms" in result.stdout
    assert result.stderr == ""


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02 not a workbook \xff\xfe" * 20,
                                     b"PK\x03\x04 truncated zip"])
def test_refused_file_is_one_error_line(content: bytes, workdir: Path, cache_dir: Path) -> None:
    path = workdir / "broken.xlsx"
    path.write_bytes(content)
    result = run_cli("inspect", str(path), "--json", cache_dir=cache_dir)
    assert_one_error_line(result)
    assert path.read_bytes() == content
    assert [p.name for p in workdir.iterdir()] == ["broken.xlsx"]


def test_encrypted_workbook_refused(encrypted_xlsx: Path, tmp_path: Path, cache_dir: Path) -> None:
    path = tmp_path / "locked.xlsx"
    shutil.copyfile(encrypted_xlsx, path)
    line = assert_one_error_line(run_cli("inspect", str(path), cache_dir=cache_dir))
    assert "password" in line.lower()


def test_missing_file(workdir: Path, cache_dir: Path) -> None:
    path = workdir / "nope.xlsx"
    line = assert_one_error_line(run_cli("inspect", str(path), cache_dir=cache_dir))
    assert "nope.xlsx" in line
    assert not path.exists()


@pytest.mark.parametrize("args", [
    ("frobnicate",),
    ("inspect",),
    ("inspect", "{fixture}", "--bogus"),
    ("summarize", "{fixture}"),  # --question is required
    ("summarize", "{fixture}", "--question", "x", "--size-scheme", "nonsense"),
    ("cache", "explode"),
    ("cache",),
], ids=["unknown-command", "missing-file-arg", "unknown-option", "missing-question", "bad-choice",
        "bad-cache-action", "missing-cache-action"])
def test_bad_arguments(args: tuple[str, ...], workdir: Path, cache_dir: Path) -> None:
    path = _copy("googleforms.csv", workdir)
    argv = [str(path) if a == "{fixture}" else a for a in args]
    assert_one_error_line(run_cli(*argv, cache_dir=cache_dir))


def test_missing_sheet_lists_the_sheets(workdir: Path, cache_dir: Path) -> None:
    path = _copy("msforms.xlsx", workdir)
    line = assert_one_error_line(run_cli("inspect", str(path), "--sheet", "No such sheet", cache_dir=cache_dir))
    assert "No such sheet" in line
    assert "Sheet1" in line, "the message should list the sheets that exist"


def test_named_sheet_is_read(workdir: Path, cache_dir: Path) -> None:
    path = _copy("msforms.xlsx", workdir)
    result = run_cli("inspect", str(path), "--sheet", "Sheet1", "--json", cache_dir=cache_dir)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["sheet"] == "Sheet1"


def test_cache_where_and_clear(workdir: Path, cache_dir: Path) -> None:
    where = run_cli("cache", "where", cache_dir=cache_dir)
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()) == cache_dir

    path = _copy("surveymonkey_expanded.csv", workdir)
    first = run_cli("inspect", str(path), "--json", cache_dir=cache_dir)
    assert first.returncode == 0, first.stderr
    assert cache_dir.is_dir() and any(cache_dir.iterdir()), "inspect should fill the cache"
    again = run_cli("inspect", str(path), "--json", cache_dir=cache_dir)
    assert again.returncode == 0 and json.loads(again.stdout) == json.loads(first.stdout)

    cleared = run_cli("cache", "clear", cache_dir=cache_dir)
    assert cleared.returncode == 0, cleared.stderr
    assert not cache_dir.exists() or not any(cache_dir.iterdir())
    # Clearing an empty or absent cache is fine too.
    assert run_cli("cache", "clear", cache_dir=cache_dir).returncode == 0
    assert [p.name for p in workdir.iterdir()] == ["surveymonkey_expanded.csv"]


def test_version() -> None:
    result = subprocess.run([sys.executable, "-m", "explorer", "--version"], capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    from explorer import __version__

    assert __version__ in result.stdout
    assert result.stderr == ""


def test_inspect_shows_a_proposed_role_apart(cache_dir: Path) -> None:
    path = EXPORTS / "doubtful_role.csv"
    report = json.loads(run_cli("inspect", str(path), "--json", cache_dir=cache_dir).stdout)
    assert report["roles"]["size"] is None
    assert report["pending_roles"]["size"]["column"] == "Categorie"
    text = run_cli("inspect", str(path), cache_dir=cache_dir).stdout
    size_line = next(line for line in text.splitlines() if line.strip().startswith("size"))
    assert "proposed" in size_line and "Categorie" in size_line
