"""The packaging test's figures (build time, folder size, start-up) in the terminal summary."""

from __future__ import annotations

import pytest

# Filled by test_frozen_build.py through the fixture below: (label, text) pairs, shown after the
# run even without `-s`.
FIGURES: list[tuple[str, str]] = []


@pytest.fixture(scope="session")
def build_figures() -> list[tuple[str, str]]:
    return FIGURES


@pytest.hookimpl(trylast=True)
def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if FIGURES:
        terminalreporter.section("frozen build")
        for label, text in FIGURES:
            terminalreporter.write_line(f"{label}: {text}")
