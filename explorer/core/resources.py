"""Find files under `resources/` and `sample_data/`, from source and inside the frozen app."""

from __future__ import annotations

import sys
from pathlib import Path


def project_root() -> Path:
    """The folder holding `resources/` and `sample_data/`.

    Frozen by PyInstaller they sit in the bundle folder (`sys._MEIPASS`); from source they sit
    next to the `explorer` package.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    return project_root().joinpath("resources", *parts)


def sample_path(*parts: str) -> Path:
    return project_root().joinpath("sample_data", *parts)
