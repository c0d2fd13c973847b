"""Shared test set-up: no test touches the user's cache or settings, nothing is written into the
source tree, and Qt runs without a screen."""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir
from hypothesis.database import DirectoryBasedExampleDatabase

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TESTS = Path(__file__).resolve().parent
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

from badfiles.fixtures import *  # noqa: E402,F401,F403  (fixtures of awkward input files)

# Hypothesis keeps its examples (and its other caches) beside the system's temporary files, one folder
# per checkout, not in `.hypothesis/` of the work tree: locally a failing example is still replayed on
# the next run; CI starts from a fresh machine, so it keeps none.
_CHECKOUT = hashlib.sha256(str(TESTS.parent).encode()).hexdigest()[:12]
HYPOTHESIS_HOME = Path(tempfile.gettempdir()) / "survey-explorer-hypothesis" / _CHECKOUT
set_hypothesis_home_dir(HYPOTHESIS_HOME)
settings.register_profile("local", database=DirectoryBasedExampleDatabase(HYPOTHESIS_HOME / "examples"))
settings.register_profile("ci", database=None)
settings.load_profile("ci" if os.environ.get("CI") else "local")


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
