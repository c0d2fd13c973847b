"""Reading reports progress from 0 to 1 and stops with `Cancelled` when the user cancels."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from explorer.core.errors import Cancelled
from explorer.core.reading import ParsedCache, read_table
from explorer.core.task import TaskContext

from paths import LAYOUTS

FILES = ["msforms.xlsx", "surveymonkey_expanded.xlsx", "qualtrics_numeric.csv", "spss_labels.sav"]


def _copy(name: str, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(LAYOUTS / name, folder / name)
    return folder / name


class Recorder:
    def __init__(self, cancel_after: int | None = None) -> None:
        self.fractions: list[float] = []
        self.messages: list[str] = []
        self.cancel_after = cancel_after

    def report(self, fraction: float, message: str) -> None:
        self.fractions.append(fraction)
        self.messages.append(message)

    def is_cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.fractions) >= self.cancel_after

    def context(self) -> TaskContext:
        return TaskContext(report=self.report, is_cancelled=self.is_cancelled)


@pytest.mark.parametrize("name", FILES)
def test_progress_runs_from_zero_to_one_monotonically(name: str, tmp_path: Path) -> None:
    path = _copy(name, tmp_path / "input")
    seen = Recorder()
    table = read_table(path, task=seen.context(), cache=ParsedCache(tmp_path / "cache", enabled=False))
    assert table.rows > 0
    fractions = seen.fractions
    assert len(fractions) >= 2
    assert fractions[0] == 0.0
    assert fractions[-1] == 1.0
    assert all(0.0 <= f <= 1.0 for f in fractions), fractions
    assert all(b >= a for a, b in zip(fractions, fractions[1:])), f"progress went backwards: {fractions}"
    assert all(isinstance(m, str) for m in seen.messages)


def test_xlsx_read_reports_intermediate_progress(tmp_path: Path) -> None:
    path = _copy("msforms.xlsx", tmp_path / "input")
    seen = Recorder()
    read_table(path, task=seen.context(), cache=ParsedCache(tmp_path / "cache", enabled=False))
    assert any(0.0 < f < 1.0 for f in seen.fractions), seen.fractions


def test_progress_from_the_cache_also_ends_at_one(tmp_path: Path) -> None:
    path = _copy("msforms.xlsx", tmp_path / "input")
    cache = ParsedCache(tmp_path / "cache", enabled=True)
    read_table(path, cache=cache)
    seen = Recorder()
    table = read_table(path, task=seen.context(), cache=cache)
    assert table.from_cache
    assert seen.fractions[0] == 0.0 and seen.fractions[-1] == 1.0
    assert all(b >= a for a, b in zip(seen.fractions, seen.fractions[1:]))


@pytest.mark.parametrize("name", FILES)
def test_cancel_after_first_report_raises_cancelled(name: str, tmp_path: Path) -> None:
    path = _copy(name, tmp_path / "input")
    before = path.read_bytes()
    cache = ParsedCache(tmp_path / "cache", enabled=True)
    seen = Recorder(cancel_after=1)
    with pytest.raises(Cancelled):
        read_table(path, task=seen.context(), cache=cache)
    assert len(seen.fractions) == 1, "no progress should be reported once cancelled"
    assert seen.fractions[-1] < 1.0
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == [name]
    # A cancelled read leaves nothing half-written in the cache: the next read parses afresh.
    assert not read_table(path, cache=cache).from_cache


@pytest.mark.parametrize("after", [2, 4, 8])
def test_cancel_later_in_an_xlsx_read(after: int, tmp_path: Path) -> None:
    path = _copy("surveymonkey_expanded.xlsx", tmp_path / "input")
    seen = Recorder(cancel_after=after)
    with pytest.raises(Cancelled):
        read_table(path, task=seen.context(), cache=ParsedCache(tmp_path / "cache", enabled=False))
    assert len(seen.fractions) == after


def test_cancelled_before_start(tmp_path: Path) -> None:
    path = _copy("qualtrics_numeric.csv", tmp_path / "input")
    seen = Recorder(cancel_after=0)
    with pytest.raises(Cancelled):
        read_table(path, task=seen.context(), cache=ParsedCache(tmp_path / "cache", enabled=False))
    assert seen.fractions == []


def test_part_maps_onto_the_outer_range() -> None:
    seen = Recorder()
    outer = seen.context()
    inner = outer.part(0.25, 0.75)
    inner.step(0.0)
    inner.step(0.5)
    inner.step(1.0)
    inner.step(2.0)  # clamped
    assert seen.fractions == [0.25, 0.5, 0.75, 0.75]
