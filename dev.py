"""Set up the project's virtual environment in .venv and run the app or the tests.

    python3 dev.py sample   # launch the desktop app on the bundled sample data
    python3 dev.py test     # run the architecture contract and the whole test suite

Both commands create `.venv` on first use and reuse it afterwards; the package is
reinstalled only when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".pyproject-sha256"


def venv_python() -> Path:
    scripts = "Scripts" if os.name == "nt" else "bin"
    name = "python.exe" if os.name == "nt" else "python"
    return VENV / scripts / name


def ensure_environment() -> Path:
    if sys.version_info < (3, 11):
        sys.exit("error: Survey Explorer needs Python 3.11 or newer")
    python = venv_python()
    if not python.exists():
        print("Creating virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("Installing Survey Explorer and its test tools into .venv ...", flush=True)
        subprocess.check_call([str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
        subprocess.check_call(
            [str(python), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test]"]
        )
        STAMP.write_text(wanted)
    return python


def run_tests(python: Path, extra: list[str]) -> int:
    scripts = python.parent
    lint = scripts / ("lint-imports.exe" if os.name == "nt" else "lint-imports")
    # The caches of import-linter and pytest (--lf, --ff) live beside the system's temporary files,
    # one folder per checkout: a test run leaves nothing in the work tree.
    checkout = hashlib.sha256(str(ROOT).encode()).hexdigest()[:12]
    caches = Path(tempfile.gettempdir()) / "survey-explorer-caches" / checkout
    code = subprocess.call([str(lint), "--cache-dir", str(caches / "import-linter")], cwd=ROOT)
    if code != 0:
        return code
    pytest_cache = f"cache_dir={caches / 'pytest'}"
    return subprocess.call([str(python), "-m", "pytest", "-o", pytest_cache, *extra], cwd=ROOT)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"sample", "test", "gui"}:
        print(__doc__)
        return 2
    python = ensure_environment()
    command, extra = argv[0], argv[1:]
    if command == "test":
        return run_tests(python, extra)
    if command == "sample":
        return subprocess.call([str(python), "-m", "explorer", "gui", "--sample", *extra], cwd=ROOT)
    return subprocess.call([str(python), "-m", "explorer", "gui", *extra], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
