"""The import-linter contracts in pyproject.toml fail when a layer is crossed.

A copy of the package gets one forbidden import per contract under test (the reading room importing
the survey model; the briefing code importing the window) and import-linter, run over the copy with
the project's own configuration, must name exactly those contracts as broken and keep the others.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from paths import ROOT

CORE_ROOMS = "core's rooms: each imports only those below it"
APPLICATION_LAYERS = "the application's layers: each imports only those below it"
RELEASE_RULES = "only the release module computes R1-R5: its rule internals are not imported from outside"


def lint_imports() -> Path:
    found = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip("import-linter is not installed")
    return Path(found)


def with_import(module: Path, line: str) -> None:
    module.write_text(module.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")


def test_a_forbidden_import_breaks_its_layer_contract(tmp_path):
    shutil.copytree(ROOT / "explorer", tmp_path / "explorer", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copyfile(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    with_import(tmp_path / "explorer" / "core" / "reading" / "dates.py",
                "from explorer.core.survey.summary import Summary  # noqa: E402,F401")
    with_import(tmp_path / "explorer" / "report" / "content" / "model.py",
                "from explorer.ui.main_window import MainWindow  # noqa: E402,F401")

    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    result = subprocess.run([str(lint_imports()), "--no-cache"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=600)
    output = result.stdout + result.stderr
    words = " ".join(output.split())  # import-linter wraps long contract names

    assert result.returncode != 0, output
    assert str(tmp_path) in subprocess.run(  # the copy was analysed, not the installed package
        [sys.executable, "-c", "import explorer; print(explorer.__file__)"], cwd=tmp_path, env=env,
        capture_output=True, text=True, timeout=60).stdout
    assert f"{CORE_ROOMS} BROKEN" in words
    assert f"{APPLICATION_LAYERS} BROKEN" in words
    assert "explorer.core.reading.dates -> explorer.core.survey.summary" in output
    assert "explorer.report.content.model -> explorer.ui.main_window" in output
    assert f"{RELEASE_RULES} KEPT" in words  # a contract the copy does not cross still holds
