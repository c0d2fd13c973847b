"""pytest fixtures for the bad-file factory; a conftest imports them (``from badfiles.fixtures import *``).

Files are built lazily, once per test session, into ``<basetemp>/badfiles``; the cache is shared by
every importer of this module, so the 1 GiB bombs are built at most once per session.

- ``bad_files_dir``: the session folder.
- ``bad_file``: ``bad_file("zip_bomb") -> Path``, built on first use.
- ``bad_case``: parametrized over every case (slow ones marked ``slow``), yields ``BuiltCase(case, path)``.
- ``zip_bomb_xlsx``, ``zip_bomb_lying_xlsx``, ``zip_many_entries_xlsx``, ``encrypted_xlsx``: shortcuts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, NamedTuple

import pytest

from .expect import Case
from .registry import CASES, CASES_BY_NAME

__all__ = [
    "BuiltCase", "bad_case", "bad_file", "bad_files_dir", "case_params", "encrypted_xlsx",
    "zip_bomb_lying_xlsx", "zip_bomb_xlsx", "zip_many_entries_xlsx",
]

_BUILT: dict[tuple[Path, str], Path] = {}


class BuiltCase(NamedTuple):
    case: Case
    path: Path


def case_params(cases=CASES) -> list:
    """``pytest.param`` per case, id = case name, ``slow`` mark where the case is slow."""
    return [pytest.param(c, id=c.name, marks=[pytest.mark.slow] if c.slow else []) for c in cases]


@pytest.fixture(scope="session")
def bad_files_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.getbasetemp() / "badfiles"
    folder.mkdir(exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def bad_file(bad_files_dir: Path) -> Callable[[str], Path]:
    def build(name: str) -> Path:
        key = (bad_files_dir, name)
        if key not in _BUILT:
            _BUILT[key] = CASES_BY_NAME[name].make(bad_files_dir)
        return _BUILT[key]

    return build


@pytest.fixture(params=case_params())
def bad_case(request: pytest.FixtureRequest, bad_file: Callable[[str], Path]) -> BuiltCase:
    case: Case = request.param
    return BuiltCase(case, bad_file(case.name))


@pytest.fixture(scope="session")
def zip_bomb_xlsx(bad_file: Callable[[str], Path]) -> Path:
    return bad_file("zip_bomb")


@pytest.fixture(scope="session")
def zip_bomb_lying_xlsx(bad_file: Callable[[str], Path]) -> Path:
    return bad_file("zip_bomb_lying_sizes")


@pytest.fixture(scope="session")
def zip_many_entries_xlsx(bad_file: Callable[[str], Path]) -> Path:
    return bad_file("zip_many_entries")


@pytest.fixture(scope="session")
def encrypted_xlsx(bad_file: Callable[[str], Path]) -> Path:
    return bad_file("encrypted")
