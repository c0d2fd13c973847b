"""Folders and files the tests read from (a module of its own: `conftest` names clash between test folders).

Tests find things here instead of building paths from `__file__`; what a folder holds is
discovered, so a file added to `sample_data/` is walked by every test that walks the samples.
"""

from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SHARED_FORMATS = ROOT.parent / "shared" / "formats"
SHARED_REAL_SURVEYS = ROOT.parent / "shared" / "real_surveys"
LAYOUTS = TESTS / "fixtures" / "layouts"
EXPORTS = TESTS / "fixtures" / "exports"
PANEL_FIXTURES = TESTS / "fixtures" / "panel"
SAMPLES = ROOT / "sample_data"
# Every sample survey: each file in sample_data/ except its README and the scripts that write them.
SAMPLE_FILES = tuple(sorted(path for path in SAMPLES.iterdir()
                            if path.is_file() and path.suffix not in {".py", ".md"} and not path.name.startswith(".")))
