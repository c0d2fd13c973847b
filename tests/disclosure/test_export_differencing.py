"""Differencing through two exports of one table: with and without one firm.

A reader who receives the crosstab of a question for 'sector 25' and then for 'sector 25 but not
region Noord' (one firm fewer) subtracts the two and has that firm's answer. The intruder reads
the exported files as any reader would (n and shares per group) and knows who is in each group
(the worst case: a filter names its members to anyone who knows the firms); an integer program,
independent of the app's own checks, says which answers of the firm fit every released figure.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

from disclosure.intruder_lp import TOTAL, Published, read_csv
from disclosure.ledger_intruder import YES_NO, Firm, Intruder, write_survey
from explorer.cli import main

TARGET = Firm("F010", "25.62", 31, "Yes", 10, region="Noord")
SECTOR_25 = [Firm(f"F00{i}", "25.11", 20 + i, "Yes" if i <= 5 else "No", 10 + i, region="Zuid" if i % 2 else "Oost")
             for i in range(1, 10)]
OTHERS = [Firm(f"F02{i}", "26.11", 60 + i, "No" if i % 3 else "Yes", 20 + i, region="Noord") for i in range(6)]
WITH_TARGET = [f.firm_id for f in [*SECTOR_25, TARGET]]
WITHOUT_TARGET = [f.firm_id for f in SECTOR_25]
FILTERS_WITH = ["--filter", "sector=25"]
FILTERS_WITHOUT = ["--filter", "sector=25", "--filter", "region=Zuid,Oost"]


def survey_file(folder: Path) -> Path:
    return write_survey(folder / "members.csv", [*SECTOR_25, TARGET, *OTHERS])


def summarize_out(source: Path, out: Path, filters: list[str], *extra: str) -> subprocess.CompletedProcess:
    """`summarize --out` in a process of its own, as a script run twice would do it."""
    return subprocess.run([sys.executable, "-m", "explorer", "summarize", str(source), "--question", YES_NO,
                           *filters, "--out", str(out), "--table", "long", "--no-cache", *extra],
                          capture_output=True, text=True, timeout=120)


def yes_count(path: Path) -> tuple[int, int]:
    """(yes-answers, n) of the table's total, as the exported file shows it."""
    table = read_csv(path, "single")
    return table.counts[(TOTAL, "Yes")], table.n[TOTAL]


def possible_answers(released: list[tuple[list[str], Published]]) -> set[str]:
    """F010's answers that fit the totals of the released tables, whose members the intruder knows."""
    intruder = Intruder(("Yes", "No"))
    for members, table in released:
        assert table.n[TOTAL] == len(members)
        yes = table.counts[(TOTAL, "Yes")]
        intruder.learn(members, (1, 0), yes, yes)
    return intruder.possible(TARGET.firm_id)


def test_two_table_exports_one_firm_apart_do_not_give_the_firm_away(tmp_path):
    source = survey_file(tmp_path)
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    first, second = tmp_path / "with.csv", tmp_path / "without.csv"
    assert summarize_out(source, first, FILTERS_WITH).returncode == 0
    assert yes_count(first) == (6, 10)
    assert possible_answers([(WITH_TARGET, read_csv(first, "single"))]) == {"Yes", "No"}

    refused = summarize_out(source, second, FILTERS_WITHOUT)
    released = [(WITH_TARGET, read_csv(first, "single"))]
    if second.exists():
        released.append((WITHOUT_TARGET, read_csv(second, "single")))
    assert possible_answers(released) == {"Yes", "No"}, "the two tables give F010's answer by subtraction"
    assert refused.returncode == 2 and not second.exists()
    assert refused.stderr.count("\n") == 1 and refused.stderr.startswith("error: ")
    assert "Traceback" not in refused.stderr and "1 firm" in refused.stderr
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before


def test_the_same_table_can_be_exported_again(tmp_path, capsys):
    source = survey_file(tmp_path)
    for name in ("first.csv", "again.xlsx", "once_more.csv"):
        assert main(["summarize", str(source), "--question", YES_NO, *FILTERS_WITH, "--by", "region",
                     "--out", str(tmp_path / name), "--no-cache"]) == 0
    assert main(["summarize", str(source), "--question", YES_NO, *FILTERS_WITH, "--out", str(tmp_path / "t.csv"),
                 "--no-cache"]) == 0, "the total of an earlier table, alone, adds nothing"
    capsys.readouterr()


def test_a_withheld_export_says_why_and_what_to_do_in_dutch(tmp_path, capsys):
    source = survey_file(tmp_path)
    assert main(["summarize", str(source), "--question", YES_NO, *FILTERS_WITH, "--out", str(tmp_path / "a.csv"),
                 "--no-cache"]) == 0
    capsys.readouterr()
    assert main(["summarize", str(source), "--question", YES_NO, *FILTERS_WITHOUT, "--out", str(tmp_path / "b.csv"),
                 "--no-cache", "--lang", "nl"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1
    assert "Niet geëxporteerd" in err and "filter" in err and "register" in err
    assert not (tmp_path / "b.csv").exists()
