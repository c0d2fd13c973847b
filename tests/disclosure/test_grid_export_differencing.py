"""Differencing through two exports of a grid of statements: with and without one firm.

A grid export is a table per statement (n and the share of every scale point). Exported for
'sector 28 or 30' and then for 'sector 28', where division 30 holds one firm, the two tables
subtracted give that firm's answer to every statement. The intruder reads the exported files
(shares × n give the counts) and knows who is in each selection; the second export must be
withheld, so that no statement's answer of that firm follows from what was released.
"""

from __future__ import annotations

import csv
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from paths import ROOT, SAMPLES

ASSOCIATION = SAMPLES / "association_reshoring_survey_surveymonkey.csv"
GRID = "In hoeverre bent u het eens met de volgende stellingen?"
NACE_COLUMN = "Wat is de belangrijkste activiteit van uw bedrijf? (NACE)"
LONE_DIVISION = "30 - Vervaardiging van andere transportmiddelen"


def survey_with_a_lone_firm(folder: Path) -> tuple[Path, list[str]]:
    """The association sample with one firm of division 25 moved to division 30 (which holds no firm),
    and that firm's answers to the statements, read with the csv module."""
    with ASSOCIATION.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    first = rows[0].index(GRID)
    statements = [i for i in range(first, len(rows[0])) if i == first or rows[0][i] == ""]
    statements = [i for i in statements if rows[1][i] != "Open-Ended Response"]
    assert not any(r[rows[0].index(NACE_COLUMN)].startswith("30") for r in rows[2:])
    nace = rows[0].index(NACE_COLUMN)
    lone = next(r for r in rows[2:] if r[nace].startswith("25") and all(r[i] for i in statements))
    lone[nace] = LONE_DIVISION
    path = folder / "members.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path, [lone[i] for i in statements]


def export_grid(source: Path, out: Path, sectors: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "SURVEY_EXPLORER_DATA_DIR": str(data_dir), "SURVEY_EXPLORER_NO_CACHE": "1",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    return subprocess.run([sys.executable, "-m", "explorer", "summarize", str(source), "--question", GRID,
                           "--filter", f"sector={sectors}", "--out", str(out), "--lang", "en"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=180)


def statement_counts(path: Path) -> list[dict[str, int] | None]:
    """Per statement: the count of every scale point (share × n, as a reader computes it), or None
    when any point is withheld."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    header = rows[1]
    points = header[2:header.index("Top 2")]
    found = []
    for row in rows[2:]:
        if not row or not row[0]:
            break
        n = int(row[1])
        cells = row[2:2 + len(points)]
        found.append(None if "c" in cells else {p: round(float(v) * n) for p, v in zip(points, cells)})
    return found


def answers_given_away(wider: Path, narrower: Path) -> list[str | None]:
    """Per statement: the one firm's answer when the two tables differ by one answer, else None."""
    given = []
    for with_firm, without_firm in zip(statement_counts(wider), statement_counts(narrower)):
        if with_firm is None or without_firm is None:
            given.append(None)
            continue
        moved = [p for p in with_firm if with_firm[p] - without_firm[p] == 1]
        rest_same = all(with_firm[p] == without_firm[p] for p in with_firm if p not in moved)
        given.append(moved[0] if len(moved) == 1 and rest_same else None)
    return given


@pytest.mark.skipif(not ASSOCIATION.exists(), reason="the bundled association sample is missing")
def test_two_grid_exports_one_firm_apart_do_not_give_its_answers_away(tmp_path):
    source, lone_answers = survey_with_a_lone_firm(tmp_path)
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    wider, narrower = tmp_path / "with.csv", tmp_path / "without.csv"
    first = export_grid(source, wider, "28,30", tmp_path / "data")
    assert first.returncode == 0, first.stderr
    second = export_grid(source, narrower, "28", tmp_path / "data")
    if narrower.exists():
        given = answers_given_away(wider, narrower)
        assert given != lone_answers, "the two grid tables give the lone firm's answers by subtraction"
    assert second.returncode == 2 and not narrower.exists(), second.stderr
    assert second.stderr.startswith("error: ") and second.stderr.count("\n") == 1
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before
    # The same grid exported again adds nothing and goes out.
    again = export_grid(source, tmp_path / "again.csv", "28,30", tmp_path / "data")
    assert again.returncode == 0, again.stderr
