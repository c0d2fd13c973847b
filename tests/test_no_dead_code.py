"""vulture finds no dead code in `explorer/`: what it reports is deleted, or listed in vulture_whitelist/.

The paths and the confidence threshold are the project's, read from `[tool.vulture]` in
pyproject.toml (the same settings a plain `.venv/bin/vulture` uses). A name that is used only
in ways vulture cannot see belongs in the whitelist file of its part of the house, with a
comment saying who uses it (vulture_whitelist/README.md).
"""

from __future__ import annotations

import tomllib

import pytest

from paths import ROOT

vulture = pytest.importorskip("vulture", reason="vulture is not installed (pip install -e .[test])")


def project_settings() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["vulture"]


def test_vulture_finds_no_dead_code():
    settings = project_settings()
    scan = vulture.Vulture(ignore_names=settings.get("ignore_names", []),
                           ignore_decorators=settings.get("ignore_decorators", []))
    scan.scavenge([str(ROOT / path) for path in settings["paths"]], exclude=settings.get("exclude", []))
    found = scan.get_unused_code(min_confidence=settings["min_confidence"])
    lines = [f"{item.filename.relative_to(ROOT)}:{item.first_lineno} {item.name} ({item.confidence}%)"
             for item in found]
    assert not lines, "vulture found dead code (delete it, or whitelist what is really used):\n" + "\n".join(lines)


def test_the_settings_scan_the_package_and_the_whitelists():
    """Guards the test above against a [tool.vulture] that quietly scans nothing."""
    settings = project_settings()
    assert {"explorer", "vulture_whitelist"} <= set(settings["paths"])
    assert settings["min_confidence"] <= 60
