"""Every real survey-tool export in ../shared/formats opens with the right format, rows and header rows.

The expectations are derived here, independently of the project's readers: the tool comes from the
file-name prefix, the header rows from what that tool writes (SurveyMonkey 2; Qualtrics 3, or 2 when
there is no ImportId row; the others 1), and the data rows from Python's csv module, counting records
(fields may hold newlines) that have at least one non-blank cell. Skips when ../shared is absent.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from explorer.core.reading import ParsedCache, read_table

from paths import SHARED_FORMATS


PREFIXES = {
    "surveymonkey_": "surveymonkey",
    "qualtrics_": "qualtrics",
    "limesurvey_": "limesurvey",
    "msforms_": "msforms",
    "googleforms_": "googleforms",
    "typeform_": "typeform",
}


def _files() -> list:
    if not SHARED_FORMATS.is_dir():
        return [pytest.param(None, id="shared-formats-absent",
                             marks=pytest.mark.skip(reason=f"{SHARED_FORMATS} is absent"))]
    files = sorted(SHARED_FORMATS.glob("*.csv"))
    if not files:
        return [pytest.param(None, id="shared-formats-empty",
                             marks=pytest.mark.skip(reason=f"no CSV files in {SHARED_FORMATS}"))]
    return [pytest.param(p, id=p.name) for p in files]


def _tool(path: Path) -> str:
    for prefix, tool in PREFIXES.items():
        if path.name.startswith(prefix):
            return tool
    raise AssertionError(f"{path.name}: no known tool prefix ({', '.join(PREFIXES)})")


def _records(path: Path) -> list[list[str]]:
    """All records of the file, parsed with the delimiter that gives the widest header record."""
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes almost anything
        raise AssertionError(f"{path.name}: cannot decode")
    best: list[list[str]] = []
    for delimiter in (",", ";", "\t"):
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        if records and (not best or len(records[0]) > len(best[0])):
            best = records
    return best


def _blank(record: list[str]) -> bool:
    return not any(cell.strip() for cell in record)


def _expected(path: Path) -> tuple[str, int, int, int]:
    """(format, header rows, data rows, columns) as the tool that wrote the file lays it out."""
    tool = _tool(path)
    records = [r for r in _records(path) if not _blank(r)]
    if tool == "surveymonkey":
        header_rows = 2
    elif tool == "qualtrics":
        has_import_ids = len(records) >= 3 and any("ImportId" in cell for cell in records[2])
        header_rows = 3 if has_import_ids else 2
    else:
        header_rows = 1
    return tool, header_rows, len(records) - header_rows, len(records[0])


@pytest.mark.parametrize("path", _files())
def test_shared_export_opens_with_its_layout(path: Path, tmp_path: Path) -> None:
    fmt, header_rows, data_rows, n_columns = _expected(path)
    assert data_rows >= 1, f"{path.name}: the oracle found no data rows"
    table = read_table(path, cache=ParsedCache(tmp_path / "cache", enabled=False))
    got = (table.format, table.header_rows, table.rows, len(table.frame.columns))
    assert got == (fmt, header_rows, data_rows, n_columns), (
        f"{path.name}: (format, header_rows, rows, columns) = {got}, "
        f"expected {(fmt, header_rows, data_rows, n_columns)}"
    )


@pytest.mark.parametrize("path", _files())
def test_shared_export_is_not_written_to(path: Path, tmp_path: Path) -> None:
    before_bytes = path.read_bytes()
    before_listing = sorted(p.name for p in path.parent.iterdir())
    read_table(path, cache=ParsedCache(tmp_path / "cache", enabled=True))
    assert path.read_bytes() == before_bytes
    assert sorted(p.name for p in path.parent.iterdir()) == before_listing
