"""Shared test set-up: no test touches the user's cache or settings, and Qt runs without a screen."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SHARED_FORMATS = ROOT.parent / "shared" / "formats"
LAYOUTS = TESTS / "fixtures" / "layouts"
SAMPLES = ROOT / "sample_data"

if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

from badfiles.fixtures import *  # noqa: E402,F401,F403  (fixtures of awkward input files)


@pytest.fixture(autouse=True, scope="session")
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory):
    """The parsed-file cache lives in a temporary folder for the whole test run."""
    folder = tmp_path_factory.mktemp("parsed-cache")
    previous = os.environ.get("SURVEY_EXPLORER_CACHE_DIR")
    os.environ["SURVEY_EXPLORER_CACHE_DIR"] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop("SURVEY_EXPLORER_CACHE_DIR", None)
    else:
        os.environ["SURVEY_EXPLORER_CACHE_DIR"] = previous
