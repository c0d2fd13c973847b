"""Every bad-input file through the command line, in a child process that may use at most 1 GB of
address space and a fixed time: it opens or is refused as designed, exits 0 or 2 (never 1, never a
signal), prints one `error:` line, and leaves the file and its folder as they were.

The hostile cases (the ones that once aborted, panicked, grew past 4 GB or hung) run always; the
rest of the table runs with the slow tests (test_bad_input.py reads them all in process already).
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys

import pytest

from badfiles import hostile
from badfiles.expect import Opens, Refused
from badfiles.fixtures import case_params
from badfiles.registry import CASES
from paths import ROOT

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="resource limits are POSIX")

MEMORY_LIMIT = 1 << 30
SECONDS = 90
HOSTILE = {case.name for case in hostile.CASES}


def _limited() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _fingerprint(path) -> str:
    info = os.lstat(path)
    if not stat.S_ISREG(info.st_mode):
        return f"not a regular file: mode {info.st_mode:o}, inode {info.st_ino}"
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _params():
    hostile_cases = [c for c in CASES if c.name in HOSTILE]
    others = [c for c in CASES if c.name not in HOSTILE]
    return case_params(hostile_cases) + [pytest.param(c, id=c.name, marks=[pytest.mark.slow]) for c in others]


@pytest.mark.parametrize("case", _params())
def test_bad_file_in_a_bounded_child_process(case, bad_file, tmp_path):
    path = bad_file(case.name)
    before = _fingerprint(path)
    listing = sorted(p.name for p in path.parent.iterdir())
    env = dict(os.environ, SURVEY_EXPLORER_CACHE_DIR=str(tmp_path / "cache"))
    env.pop("SURVEY_EXPLORER_DEBUG", None)
    done = subprocess.run([sys.executable, "-m", "explorer", "inspect", str(path), "--json", "--no-cache"],
                          capture_output=True, text=True, encoding="utf-8", env=env, cwd=ROOT,
                          preexec_fn=_limited, timeout=SECONDS)
    assert done.returncode in (0, 2), f"{case.name}: exit {done.returncode}\n{done.stderr[-2000:]}"
    if done.returncode == 2:
        lines = done.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), f"{case.name}: {done.stderr!r}"
        refusals = [o for o in case.outcomes() if isinstance(o, Refused)]
        assert refusals, f"{case.name} should open but was refused: {lines[0]}"
        assert any(o.matches(lines[0]) for o in refusals), f"{case.name}: {lines[0]!r}"
    else:
        report = json.loads(done.stdout)
        openings = [o for o in case.outcomes() if isinstance(o, Opens)]
        assert openings, f"{case.name} should be refused but opened ({report['rows']} rows)"
        assert report["rows"] in {o.rows for o in openings}, case.name
        warnings = " ".join(report["warnings"]).lower()
        assert any(all(k.lower() in warnings for k in o.warnings) for o in openings), (case.name, report["warnings"])
    assert _fingerprint(path) == before, "the input file must never be written to"
    assert sorted(p.name for p in path.parent.iterdir()) == listing, "nothing may appear beside the input"
