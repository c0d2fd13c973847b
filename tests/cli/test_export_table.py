"""`summarize --out`: the released table from the command line, as Export > Table writes it."""

from __future__ import annotations

import csv
import hashlib
import shutil

from explorer.cli import main
from paths import SAMPLES

EMS = SAMPLES / "ems_2015_extract.xlsx"


def test_the_table_written_is_the_released_one(tmp_path, capsys):
    source = tmp_path / "ems.xlsx"
    shutil.copy(EMS, source)
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    out = tmp_path / "table.csv"
    code = main(["summarize", str(source), "--question", "backshoring", "--by", "region",
                 "--filter", "size=large", "--out", str(out), "--lang", "nl", "--no-cache"])
    assert code == 0 and capsys.readouterr().out.strip() == str(out)
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[1][:6] == ["Groep", "Antwoord", "Aandeel", "95%-interval onder", "95%-interval boven", "n"]
    table = rows[2:rows.index([])]  # the footnote follows an empty row
    assert any(row[2] == "c" for row in table), "small one-sided countries are withheld"
    assert all(row[-1] for row in table if row[2] == "c"), "every c carries its reason"
    assert rows[rows.index([]) + 1:] and all(len(row) == 1 for row in rows[rows.index([]) + 1:])
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before


def test_weighted_tables_carry_the_effective_n(tmp_path):
    out = tmp_path / "table.xlsx"
    assert main(["summarize", str(EMS), "--question", "backshoring", "--by", "size", "--weighted",
                 "--out", str(out)]) == 0
    from openpyxl import load_workbook

    header = [c.value for c in next(load_workbook(out).active.iter_rows(min_row=2, max_row=2))]
    assert "Effective n" in header


def test_bad_targets_are_plain_errors(tmp_path, capsys):
    source = tmp_path / "ems.xlsx"
    shutil.copy(EMS, source)
    assert main(["summarize", str(source), "--question", "backshoring", "--out", str(source)]) == 2
    assert capsys.readouterr().err.startswith("error: ")
    assert main(["summarize", str(source), "--question", "backshoring", "--out", str(tmp_path / "t.pdf")]) == 2
    assert main(["summarize", str(source), "--question", "employees", "--out", str(tmp_path / "t.csv")]) == 2
    err = capsys.readouterr().err
    assert err.count("error: ") == 2 and "Traceback" not in err
