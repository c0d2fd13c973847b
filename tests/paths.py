"""Folders the tests read from (a module of its own: `conftest` names clash between test folders)."""

from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SHARED_FORMATS = ROOT.parent / "shared" / "formats"
SHARED_REAL_SURVEYS = ROOT.parent / "shared" / "real_surveys"
LAYOUTS = TESTS / "fixtures" / "layouts"
EXPORTS = TESTS / "fixtures" / "exports"
SAMPLES = ROOT / "sample_data"
