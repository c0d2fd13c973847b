"""Shared test set-up: no test touches the user's cache or settings, and Qt runs without a screen."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TESTS = Path(__file__).resolve().parent
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

from badfiles.fixtures import *  # noqa: E402,F401,F403  (fixtures of awkward input files)
from paths import LAYOUTS, ROOT, SAMPLES, SHARED_FORMATS  # noqa: E402,F401  (kept for older imports)


@pytest.fixture(autouse=True, scope="session")
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory):
    """The parsed-file cache and the user's profiles live in temporary folders for the whole run."""
    folders = {"SURVEY_EXPLORER_CACHE_DIR": tmp_path_factory.mktemp("parsed-cache"),
               "SURVEY_EXPLORER_CONFIG_DIR": tmp_path_factory.mktemp("config")}
    previous = {name: os.environ.get(name) for name in folders}
    os.environ.update({name: str(folder) for name, folder in folders.items()})
    yield folders
    for name, value in previous.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(autouse=True)
def _isolated_release_register(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Each test starts with an empty release register of its own (and child processes inherit it)."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("SURVEY_EXPLORER_DATA_DIR", str(folder))
    return folder
