"""The parsed-file cache: keyed by content, identical on reopening, off means off, damage is rebuilt."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from explorer.core.reading import ParsedCache, read_table

from paths import LAYOUTS

FILES = ["msforms.xlsx", "surveymonkey_expanded.xlsx", "qualtrics_choice_text.csv", "generic_dutch.csv",
         "limesurvey_codes.csv", "spss_labels.sav"]


def _copy(name: str, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(LAYOUTS / name, target)
    return target


def _entries(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file()) if folder.exists() else []


def _assert_same_table(a, b) -> None:
    pd.testing.assert_frame_equal(a.frame, b.frame, check_dtype=True, check_categorical=True, check_exact=True)
    assert list(a.frame.columns) == list(b.frame.columns)
    assert a.columns == b.columns
    assert a.warnings == b.warnings
    assert (a.format, a.header_rows, a.sheet, a.sheets, a.rows, a.sha256) == (
        b.format, b.header_rows, b.sheet, b.sheets, b.rows, b.sha256)


@pytest.mark.parametrize("name", FILES)
def test_reopen_comes_from_cache_identical(name: str, tmp_path: Path) -> None:
    path = _copy(name, tmp_path / "input")
    cache = ParsedCache(tmp_path / "cache", enabled=True)
    first = read_table(path, cache=cache)
    assert not first.from_cache
    assert _entries(cache.folder), "the first read should fill the cache"
    second = read_table(path, cache=ParsedCache(tmp_path / "cache", enabled=True))
    assert second.from_cache
    _assert_same_table(first, second)
    fresh = read_table(path, cache=ParsedCache(tmp_path / "other", enabled=False))
    _assert_same_table(fresh, second)


def test_datetime_unit_survives_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "input" / "dates.csv"
    path.parent.mkdir()
    path.write_text("id,when\n1,2024-01-02 03:04:05\n2,2024-01-03 00:00:00\n", encoding="utf-8")
    cache = ParsedCache(tmp_path / "cache", enabled=True)
    first = read_table(path, cache=cache)
    second = read_table(path, cache=cache)
    assert second.from_cache
    assert second.frame["when"].dtype == first.frame["when"].dtype


@pytest.mark.parametrize("case", ["serial_dates", "serial_dates_1904", "dutch_text_numbers", "error_cells",
                                  "sav_labels_user_missing", "duplicate_column_names", "dutch_cp1252_csv"])
def test_awkward_files_survive_the_cache(case: str, bad_file, tmp_path: Path) -> None:
    """Dates from Excel serials, Dutch numbers, SPSS labels, renamed duplicates: identical from the cache."""
    source = bad_file(case)
    path = tmp_path / "input" / source.name
    path.parent.mkdir()
    shutil.copyfile(source, path)
    cache = ParsedCache(tmp_path / "cache", enabled=True)
    first = read_table(path, cache=cache)
    second = read_table(path, cache=cache)
    assert second.from_cache
    _assert_same_table(first, second)


def test_default_sheet_read_also_serves_the_named_sheet(tmp_path: Path) -> None:
    path = _copy("msforms.xlsx", tmp_path / "input")
    cache = ParsedCache(tmp_path / "cache", enabled=True)
    first = read_table(path, cache=cache)
    by_default = read_table(path, cache=cache)
    by_name = read_table(path, first.sheet, cache=cache)
    assert by_default.from_cache and by_name.from_cache
    _assert_same_table(first, by_default)
    _assert_same_table(first, by_name)


def test_changed_file_is_not_served_from_cache(tmp_path: Path) -> None:
    path = _copy("googleforms.csv", tmp_path / "input")
    cache = ParsedCache(tmp_path / "cache", enabled=True)
    first = read_table(path, cache=cache)
    original = path.read_bytes()
    # Same name, same size class, different bytes: one more data row.
    lines = original.splitlines(keepends=True)
    path.write_bytes(original + (b"" if original.endswith(b"\n") else b"\r\n") + lines[-1].rstrip(b"\r\n") + b"\r\n")
    second = read_table(path, cache=cache)
    assert not second.from_cache
    assert second.sha256 != first.sha256
    assert second.rows == first.rows + 1


def test_same_bytes_elsewhere_hit_the_cache(tmp_path: Path) -> None:
    """The key is the content, not the path."""
    a = _copy("typeform.csv", tmp_path / "a")
    b = _copy("typeform.csv", tmp_path / "b")
    cache = ParsedCache(tmp_path / "cache", enabled=True)
    read_table(a, cache=cache)
    second = read_table(b, cache=cache)
    assert second.from_cache
    assert Path(second.path) == b


def test_disabled_cache_writes_nothing(tmp_path: Path) -> None:
    path = _copy("msforms.xlsx", tmp_path / "input")
    cache = ParsedCache(tmp_path / "cache", enabled=False)
    first = read_table(path, cache=cache)
    second = read_table(path, cache=cache)
    assert not first.from_cache and not second.from_cache
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").iterdir())


def test_env_switch_turns_the_cache_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SURVEY_EXPLORER_NO_CACHE", "1")
    monkeypatch.setenv("SURVEY_EXPLORER_CACHE_DIR", str(tmp_path / "cache"))
    path = _copy("googleforms.csv", tmp_path / "input")
    read_table(path)
    assert not read_table(path).from_cache
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").iterdir())


def test_clear_empties_the_cache(tmp_path: Path) -> None:
    cache = ParsedCache(tmp_path / "cache", enabled=True)
    for name in ("msforms.xlsx", "googleforms.csv"):
        read_table(_copy(name, tmp_path / "input"), cache=cache)
    stored = _entries(cache.folder)
    assert stored
    assert cache.clear() == len(stored)
    assert _entries(cache.folder) == []
    assert cache.clear() == 0
    reopened = read_table(tmp_path / "input" / "msforms.xlsx", cache=cache)
    assert not reopened.from_cache


@pytest.mark.parametrize("damage", ["parquet", "json", "both", "truncate-parquet", "json-wrong-shape"])
def test_corrupt_entry_is_ignored_and_rebuilt(damage: str, tmp_path: Path) -> None:
    path = _copy("surveymonkey_expanded.csv", tmp_path / "input")
    cache = ParsedCache(tmp_path / "cache", enabled=True)
    good = read_table(path, cache=cache)
    entries = _entries(cache.folder)
    parquets = [p for p in entries if p.suffix == ".parquet"]
    jsons = [p for p in entries if p.suffix == ".json"]
    assert parquets and jsons
    for p in parquets:
        if damage in {"parquet", "both"}:
            p.write_bytes(b"PAR1 this is not parquet \x00\xff" * 10)
        elif damage == "truncate-parquet":
            p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2])
    for p in jsons:
        if damage in {"json", "both"}:
            p.write_bytes(b"{not json \xff")
        elif damage == "json-wrong-shape":
            p.write_text('{"sheet": 3, "columns": "nope"}', encoding="utf-8")
    rebuilt = read_table(path, cache=cache)
    assert not rebuilt.from_cache
    _assert_same_table(good, rebuilt)
    again = read_table(path, cache=cache)
    assert again.from_cache, "the damaged entry should have been rewritten"
    _assert_same_table(good, again)


def test_cache_never_writes_beside_the_input(tmp_path: Path) -> None:
    folder = tmp_path / "input"
    for name in FILES:
        _copy(name, folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    cache = ParsedCache(tmp_path / "cache", enabled=True)
    for name in FILES:
        read_table(folder / name, cache=cache)
        read_table(folder / name, cache=cache)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert all(p.parent == cache.folder for p in _entries(cache.folder))


def test_default_cache_folder_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SURVEY_EXPLORER_CACHE_DIR", str(tmp_path / "env-cache"))
    monkeypatch.delenv("SURVEY_EXPLORER_NO_CACHE", raising=False)
    path = _copy("googleforms.csv", tmp_path / "input")
    read_table(path)
    assert _entries(tmp_path / "env-cache")
    assert read_table(path).from_cache
