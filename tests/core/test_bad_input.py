"""The bad-input list of DESIGN.md as a table: each file opens or is refused as it should.

The input file is never written to (its hash is unchanged) and nothing appears beside it.
Only `InputError` may escape, with a one-line message.
"""

from __future__ import annotations

import hashlib
import math
import os
import stat
from datetime import datetime

import pandas as pd
import pytest

from badfiles.expect import Opens, Refused
from explorer.core.errors import InputError
from explorer.core.inspection import describe_table
from explorer.core.reading import ParsedCache, read_table


def _sha256(path) -> str:
    """The hash of a regular file; for a pipe or a link to a device, what it is (reading it would block)."""
    info = os.lstat(path)
    if not stat.S_ISREG(info.st_mode):
        return f"not a regular file: mode {info.st_mode:o}, inode {info.st_ino}"
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _matches_opens(expect: Opens, table, report) -> list[str]:
    problems = []
    if table.rows != expect.rows:
        problems.append(f"rows {table.rows} != {expect.rows}")
    if len(table.frame.columns) != expect.columns:
        problems.append(f"columns {len(table.frame.columns)} != {expect.columns}")
    if table.format != "spss" and table.header_rows != expect.header_rows:
        problems.append(f"header rows {table.header_rows} != {expect.header_rows}")
    first_header = table.extra.get("first_header_row", 1)
    if table.format != "spss" and first_header != expect.first_header_row:
        problems.append(f"first header row {first_header} != {expect.first_header_row}")
    if expect.sheet is not None and table.sheet != expect.sheet:
        problems.append(f"sheet {table.sheet} != {expect.sheet}")
    warnings = " ".join(report["warnings"]).lower()
    for keyword in expect.warnings:
        if keyword.lower() not in warnings:
            problems.append(f"no warning mentions {keyword!r}: {report['warnings']}")
    for column, row, expected in expect.samples:
        if column not in table.frame.columns:
            problems.append(f"no column {column!r}")
            continue
        value = table.frame[column].iloc[row]
        if expected is None:
            if not pd.isna(value):
                problems.append(f"{column}[{row}] = {value!r}, expected missing")
        elif isinstance(expected, float):
            if pd.isna(value) or not math.isclose(float(value), expected, rel_tol=1e-6):
                problems.append(f"{column}[{row}] = {value!r}, expected {expected}")
        elif isinstance(expected, datetime):
            if pd.Timestamp(value) != pd.Timestamp(expected):
                problems.append(f"{column}[{row}] = {value!r}, expected {expected}")
        elif str(value) != str(expected):
            problems.append(f"{column}[{row}] = {value!r}, expected {expected!r}")
    return problems


def test_each_bad_file_opens_or_is_refused_as_designed(bad_case, tmp_path):
    case, path = bad_case
    before_hash = _sha256(path)
    before_listing = sorted(p.name for p in path.parent.iterdir())
    outcome_problems: list[str] = []
    try:
        table = read_table(path, cache=ParsedCache(folder=tmp_path / "cache", enabled=True))
        report = describe_table(table)
    except InputError as exc:
        message = str(exc)
        assert "\n" not in message and message.strip(), "a refusal is one plain sentence"
        refusals = [o for o in case.outcomes() if isinstance(o, Refused)]
        assert refusals, f"{case.name} should open but was refused: {message}"
        assert any(o.matches(message) for o in refusals), f"{case.name}: {message!r} lacks {refusals[0].keyword!r}"
    else:
        openings = [o for o in case.outcomes() if isinstance(o, Opens)]
        assert openings, f"{case.name} should be refused but opened ({table.rows} rows)"
        outcome_problems = [_matches_opens(o, table, report) for o in openings]
        assert any(not p for p in outcome_problems), f"{case.name}: {outcome_problems}"
    assert _sha256(path) == before_hash, "the input file must never be written to"
    assert sorted(p.name for p in path.parent.iterdir()) == before_listing, "nothing may appear beside the input"


def test_zip_bomb_is_refused_before_inflating(zip_bomb_xlsx):
    with pytest.raises(InputError, match="too large"):
        read_table(zip_bomb_xlsx, cache=ParsedCache(enabled=False))


def test_zip_bomb_with_lying_sizes_is_refused(zip_bomb_lying_xlsx):
    with pytest.raises(InputError):
        read_table(zip_bomb_lying_xlsx, cache=ParsedCache(enabled=False))
