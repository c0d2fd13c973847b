"""The project's own layout fixtures open as expected.json (written by their generator) describes them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from explorer.core.reading import ParsedCache, read_table

from paths import LAYOUTS

EXPECTED: dict[str, dict] = json.loads((LAYOUTS / "expected.json").read_text(encoding="utf-8"))["files"]


def test_every_fixture_file_is_described() -> None:
    data_files = {p.name for p in LAYOUTS.iterdir()
                  if p.is_file() and p.suffix.lower() in {".csv", ".xlsx", ".xls", ".ods", ".sav", ".txt"}}
    assert data_files == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_layout_fixture_opens_as_expected(name: str, tmp_path: Path) -> None:
    spec = EXPECTED[name]
    table = read_table(LAYOUTS / name, cache=ParsedCache(tmp_path / "cache", enabled=False))
    got = {"format": table.format, "header_rows": table.header_rows, "data_rows": table.rows,
           "n_columns": len(table.frame.columns)}
    want = {key: spec[key] for key in got}
    assert got == want, name
    assert len(table.columns) == len(table.frame.columns)
    if spec.get("sheet") is not None:
        assert table.sheet == spec["sheet"]
