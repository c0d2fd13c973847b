"""One register across processes and versions of a file, and a benchmark club's batch that still goes through."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import textwrap
import time
from itertools import combinations
from pathlib import Path

from disclosure.ledger_intruder import Firm, Intruder, pdf_text, read_release, share_fact, write_survey
from explorer.core.disclosure.ledger import ReleaseLedger

CLUB = [
    Firm("F001", "25.62", 20, "Yes", 10), Firm("F002", "25.11", 25, "No", 12),
    Firm("F003", "25.12", 30, "Yes", 14), Firm("F004", "25.50", 35, "No", 9),
    Firm("F005", "25.61", 40, "Yes", 16), Firm("F006", "25.73", 22, "No", 7),
    Firm("F007", "25.99", 28, "Yes", 11), Firm("F008", "25.93", 31, "No", 13),
]
LATE = Firm("F009", "25.93", 33, "Yes", 8)


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "explorer", *args], capture_output=True, text=True, timeout=120)


def test_a_refreshed_file_in_another_process_is_withheld_until_a_deliberate_clear(tmp_path):
    first = write_survey(tmp_path / "club-2025-03.csv", CLUB)
    second = write_survey(tmp_path / "club-2025-04.csv", [*CLUB, LATE])
    done = cli("report", str(first), "--firm", "F001", "--out", str(tmp_path / "march.pdf"))
    assert done.returncode == 0, done.stderr

    refused = cli("report", str(second), "--firm", "F001", "--out", str(tmp_path / "april.pdf"))
    assert refused.returncode == 2
    assert refused.stderr.startswith("error: Withheld: this peer group differs by 1 firm from a group released on ")
    assert "(club-2025-03.csv, " in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "april.pdf").exists()

    shown = cli("ledger", "show", "--json")
    assert shown.returncode == 0
    releases = json.loads(shown.stdout)["releases"]
    assert [(r["source"], r["firm"], r["firms"]) for r in releases] == [("club-2025-03.csv", "F001", 7)]

    assert cli("ledger", "clear", "--reason", "April figures replace March").returncode == 0
    again = cli("report", str(second), "--firm", "F001", "--out", str(tmp_path / "april.pdf"), "--lang", "en")
    assert again.returncode == 0, again.stderr
    assert "deliberately cleared on" in pdf_text(tmp_path / "april.pdf")
    assert "reason: April figures replace March" in pdf_text(tmp_path / "april.pdf")


CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from explorer.core.disclosure.ledger import ReleaseLedger
    from explorer.core.disclosure.release import Release
    from explorer.core.disclosure.lineage import Lineage

    path, extra, go, apart = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), sys.argv[4] == "apart"
    while not go.exists():
        time.sleep(0.005)
    # Ten shared firms and one of its own, or (apart) eleven firms of its own.
    members = frozenset([f"{extra}-{i}" if apart else f"B{i}" for i in range(10)] + [extra])
    release = Release(Lineage("firm_id", "0123456789ab"), "F001", members, {"q1": frozenset()}, source="club.csv")
    print("withheld" if ReleaseLedger(path).admit(release) else "released")
""")


def release_at_once(tmp_path, how: str, processes: int = 6) -> list[str]:
    """What each of `processes` children said, all admitting a release at the same moment."""
    path, go = tmp_path / "register.sqlite3", tmp_path / "go"
    children = [subprocess.Popen([sys.executable, "-c", CHILD, str(path), f"X{i}", str(go), how],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for i in range(processes)]
    time.sleep(0.5)
    go.touch()
    outcomes = [child.communicate(timeout=120) for child in children]
    assert all(child.returncode == 0 for child in children), [err for _out, err in outcomes]
    return sorted(out.strip() for out, _err in outcomes)


def test_processes_releasing_at_the_same_moment_cannot_both_release_groups_one_firm_apart(tmp_path):
    """Six processes each release the same ten firms plus one of their own: any two are two firms
    apart, so exactly one may go through, whoever comes first."""
    assert release_at_once(tmp_path, "shared") == ["released"] + ["withheld"] * 5
    assert len(ReleaseLedger(tmp_path / "register.sqlite3").entries()) == 1


def test_processes_releasing_at_the_same_moment_lose_no_release(tmp_path):
    """Six processes release groups that share no firm: all go through, and all six are on record."""
    assert release_at_once(tmp_path, "apart") == ["released"] * 6
    assert sorted(e.firms for e in ReleaseLedger(tmp_path / "register.sqlite3").entries()) == [11] * 6


def test_a_benchmark_club_batch_writes_every_briefing_and_two_members_learn_no_third(tmp_path):
    survey = write_survey(tmp_path / "club.csv", CLUB)
    out_dir = tmp_path / "briefings"
    done = cli("report", str(survey), "--all", "--out-dir", str(out_dir), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "Wrote 8 briefing(s), kept 0 already written; index:" in done.stdout
    with open(out_dir / "briefings.csv", encoding="utf-8-sig") as handle:
        index = list(csv.DictReader(handle, delimiter=";"))
    assert [row["withheld"] for row in index] == [""] * 8 and all(row["peer_n"] == "7" for row in index)

    # Any two members compare their briefings: they know their own answers and nobody else's.
    files = {row["firm_id"]: out_dir / row["file"] for row in index}
    answers = {firm.firm_id: firm.reshore for firm in CLUB}
    for a, b in combinations(sorted(files), 2):
        intruder = Intruder(("Yes", "No"), known={a: answers[a], b: answers[b]})
        for holder in (a, b):
            share_fact(intruder, [f for f in answers if f != holder], read_release(files[holder]))
        for target in set(answers) - {a, b}:
            assert intruder.possible(target) == {"Yes", "No"}, (a, b, target)

    # The same batch again is the same releases; the refreshed file would difference every one of
    # them but the late respondent's own, whose peers are the old club.
    again = cli("report", str(survey), "--all", "--out-dir", str(out_dir), "--lang", "en")
    assert "Wrote 0 briefing(s), kept 8" in again.stdout
    refreshed = write_survey(tmp_path / "club-v2.csv", [*CLUB, LATE])
    later = cli("report", str(refreshed), "--all", "--out-dir", str(tmp_path / "v2"))
    assert later.returncode == 0 and "Wrote 1 briefing(s), kept 0 already written; withheld 8" in later.stdout
    with open(tmp_path / "v2" / "briefings.csv", encoding="utf-8-sig") as handle:
        rows = {row["firm_id"]: row for row in csv.DictReader(handle, delimiter=";")}
    assert rows["F009"]["file"] and not rows["F009"]["withheld"]
    assert all(rows[f.firm_id]["withheld"].startswith("niet verstrekt: verschilt in 1 bedrijf") and
               not rows[f.firm_id]["file"] for f in CLUB)
    assert sorted(p.name for p in (tmp_path / "v2").glob("*.pdf")) == ["F009_F009-Metaal-BV.pdf"]
