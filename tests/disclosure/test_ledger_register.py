"""The release register itself: what it withholds, what it lets through, and how it keeps on disk."""

from __future__ import annotations

import json
import sqlite3

import numpy as np
import pytest

from explorer.core.disclosure.ledger import ReleaseLedger
from explorer.core.disclosure.ledger_store import LedgerError
from explorer.core.disclosure.lineage import Lineage
from explorer.core.disclosure.release import Release, release_of

from disclosure.test_ledger_lineage import firm, survey_of

LINEAGE = Lineage("firm_id", "0123456789ab")
CLUB = [f"F{i:03d}" for i in range(1, 9)]


def release(members, subject=None, missing=None, questions=("q1", "q2"), lineage=LINEAGE, min_peers=5) -> Release:
    members = frozenset(members)
    gaps = {q: frozenset((missing or {}).get(q, ())) for q in questions}
    return Release(lineage, subject, members, gaps, source="club.csv", source_sha256="a" * 64,
                   definition="sector=25", min_peers=min_peers)


def peers_of(firm_id: str, cell=CLUB) -> Release:
    return release([f for f in cell if f != firm_id], subject=firm_id)


@pytest.fixture
def path(tmp_path):
    return tmp_path / "register.sqlite3"


@pytest.fixture
def ledger(path) -> ReleaseLedger:
    return ReleaseLedger(path)


def query(path, sql: str, *args) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql, args).fetchall()
    finally:
        connection.close()


def test_briefings_of_one_club_differ_only_by_their_own_firms_and_all_go_through(ledger):
    for firm_id in CLUB:
        assert ledger.admit(peers_of(firm_id)) is None
    assert len(ledger.entries()) == len(CLUB)


def test_a_group_one_to_four_firms_apart_is_withheld_and_five_apart_is_not(ledger):
    base = CLUB[1:7]
    assert ledger.admit(release(base, subject="F001")) is None
    for extra in range(1, 5):
        newcomers = [f"N{i}" for i in range(extra)]
        conflict = ledger.admit(release([*base, *newcomers], subject="F001"))
        assert conflict is not None and conflict.differing == extra and conflict.threshold == 5
        assert conflict.cause == "few"
    assert ledger.admit(release([*base, *(f"N{i}" for i in range(5))], subject="F001")) is None
    assert len(ledger.entries()) == 2, "withheld groups are not recorded"


def test_a_firm_dropped_from_a_group_is_caught_as_well_as_one_added(ledger):
    assert ledger.admit(release(CLUB[1:], subject="F001")) is None
    assert ledger.admit(release(CLUB[2:], subject="F001")).differing == 1


def test_a_higher_minimum_asks_for_a_larger_difference(ledger):
    base = CLUB[1:7]
    assert ledger.admit(release(base, subject="F001")) is None
    newcomers = [f"N{i}" for i in range(5)]
    assert ledger.check(release([*base, *newcomers], subject="F001", min_peers=7)).threshold == 7
    assert ledger.check(release([*base, *newcomers], subject="F001", min_peers=4)) is None


def test_groups_are_compared_per_question_because_of_item_non_response(ledger):
    """Six firms apart, but five of them skipped q2: on q2 the groups are one firm apart."""
    base = [f"B{i}" for i in range(8)]
    newcomers = [f"N{i}" for i in range(6)]
    assert ledger.admit(release(base, subject="F001")) is None
    conflict = ledger.check(release([*base, *newcomers], subject="F001", missing={"q2": newcomers[:5]}))
    assert conflict is not None and conflict.question == "q2" and conflict.differing == 1


def test_groups_without_a_shared_question_or_a_shared_firm_are_not_compared(ledger):
    assert ledger.admit(release(CLUB[1:7], subject="F001", questions=("q1",))) is None
    assert ledger.check(release(CLUB[1:8], subject="F001", questions=("q9",))) is None
    assert ledger.check(release(["X1", "X2", "X3"], questions=("q1",), min_peers=3)) is None
    other = Lineage("kvk", "ffffffffffff")
    assert ledger.check(release(CLUB[1:8], subject="F001", questions=("q1",), lineage=other)) is None


def test_an_export_without_a_benchmarked_firm_has_no_one_left_out(ledger):
    assert ledger.admit(release(CLUB[:7], subject=None)) is None
    assert ledger.check(release(CLUB[:8], subject=None)).differing == 1
    # A briefing of the added firm against the other seven: it knows its own answer.
    assert ledger.check(release(CLUB[:7], subject=CLUB[7])) is None


def test_check_records_nothing_and_the_same_release_twice_is_recorded_once(ledger):
    assert ledger.check(peers_of("F001")) is None
    assert ledger.entries() == []
    assert ledger.admit(peers_of("F001")) is None
    assert ledger.admit(peers_of("F001")) is None
    assert len(ledger.entries()) == 1


def test_the_register_survives_the_process_and_reads_back_exactly(path, ledger):
    original = release(CLUB[1:], subject="F001", missing={"q2": ["F003"]})
    ledger.admit(original)
    again = ReleaseLedger(path).releases()[0]
    assert (again.members, again.subject, again.missing, again.lineage) == (
        original.members, original.subject, original.missing, original.lineage)


def test_who_answered_what_is_kept_once_per_version_and_each_firm_id_once(path, ledger):
    survey = survey_of([firm(i, answer=None if i == 3 else "Ja") for i in range(1, 13)])
    rows = np.arange(survey.size)
    for subject in range(6):  # six briefings of one club: their groups share the version's answers
        assert ledger.admit(release_of(survey, (rows < 8) & (rows != subject), subject_row=subject)) is None
    assert query(path, "SELECT count(*), count(answered) FROM versions") == [(1, 1)]
    assert query(path, "SELECT count(*) FROM firms") == [(12,)], "every firm of the survey once"
    assert query(path, "SELECT count(gaps) FROM releases") == [(0,)], "no release repeats who answered what"
    read_back = ReleaseLedger(path).releases()
    assert [r.missing["overweegt u reshoring?"] for r in read_back] == [frozenset({"F003"})] * 2 + [frozenset()] + \
        [frozenset({"F003"})] * 3
    # A release recorded without its data (read from an older register) keeps its own gaps.
    ledger.admit(release(CLUB[1:], subject="F001", missing={"q2": ["F003"]}))
    assert query(path, "SELECT count(gaps) FROM releases") == [(1,)]


def _corrupt(path, *statements: str) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA ignore_check_constraints = ON")
    for statement in statements:
        connection.execute(statement)
    connection.close()


def _foreign_database(path) -> None:
    path.unlink()
    _corrupt(path, "CREATE TABLE notes (text TEXT)", "INSERT INTO notes VALUES ('not a register')")


DAMAGE = {
    "text instead of a database": lambda path: path.write_bytes(b"{not a register}\n"),
    "emptied": lambda path: path.write_bytes(b""),
    "cut off": lambda path: path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2]),
    "another database": _foreign_database,
    "a table dropped": lambda path: _corrupt(path, "DROP TABLE clears"),
    "another format": lambda path: _corrupt(path, "UPDATE register SET value = '9' WHERE key = 'format'"),
    "weakened by hand": lambda path: _corrupt(path, "UPDATE releases SET min_peers = 1"),
    "gaps cut by hand": lambda path: _corrupt(path, "UPDATE releases SET gaps = substr(gaps, 1, 1)"),
    "a member count changed": lambda path: _corrupt(path, "UPDATE releases SET firms = firms + 1"),
    "the firm ids gone": lambda path: _corrupt(path, "DELETE FROM firms"),
    "a question set gone": lambda path: _corrupt(path, "DELETE FROM question_sets"),
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_register_is_refused_never_read_as_empty(path, ledger, damage):
    ledger.admit(release(CLUB[1:], subject="F001", missing={"q2": ["F003"]}))
    ledger.store.close()  # the write-ahead log goes into the file, so that damage to the file is damage
    damage(path)
    fresh = ReleaseLedger(path)
    for use in (fresh.entries, lambda: fresh.check(peers_of("F002")), lambda: fresh.admit(peers_of("F002"))):
        with pytest.raises(LedgerError, match="is damaged"):
            use()


def test_a_clear_needs_a_reason_keeps_the_records_and_is_recorded(path, ledger):
    ledger.admit(release(CLUB[1:7], subject="F001"))
    with pytest.raises(LedgerError, match="reason"):
        ledger.clear("  ")
    assert ledger.clear("New survey year, new club") == 1
    assert ledger.entries() == []
    assert [c.reason for c in ledger.clears()] == ["New survey year, new club"]
    assert query(path, "SELECT count(*) FROM releases WHERE cleared_by IS NOT NULL") == [(1,)], "kept, set aside"
    # Once cleared, the group one firm apart goes through; a second clear keeps the first on record.
    assert ledger.admit(release(CLUB[1:8], subject="F001")) is None
    ledger.clear("Second clear")
    assert [(c.reason, c.cleared) for c in ReleaseLedger(path).clears()] == [
        ("New survey year, new club", 1), ("Second clear", 1)]
    assert query(path, "SELECT count(*) FROM releases") == [(2,)]


def test_a_clear_in_another_process_reaches_a_ledger_already_open(path, ledger):
    ledger.admit(release(CLUB[1:7], subject="F001"))
    assert ledger.check(release(CLUB[1:8], subject="F001")) is not None
    ReleaseLedger(path).clear("Cleared from the command line")
    assert ledger.check(release(CLUB[1:8], subject="F001")) is None


def test_a_damaged_register_can_be_cleared_deliberately(path, ledger):
    ledger.admit(peers_of("F001"))
    ledger.store.close()
    path.write_bytes(b"garbage\n")
    assert ReleaseLedger(path).clear("Register damaged by a disk error") == 0
    kept = [p for p in path.parent.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == b"garbage\n"
    assert [c.reason for c in ReleaseLedger(path).clears()] == ["Register damaged by a disk error"]
    assert ReleaseLedger(path).admit(peers_of("F002")) is None


# The register's first form, one JSON object per line, is carried over -------------------------------------

def legacy_lines(members: list[str], subject: str) -> list[dict]:
    keys = ["q1", "q2"]
    import hashlib

    reference = hashlib.sha256("\x1f".join(keys).encode("utf-8")).hexdigest()[:16]
    return [
        {"v": 1, "type": "ledger", "created": "2025-03-01T09:00:00+01:00"},
        {"v": 1, "type": "clear", "at": "2025-03-01T09:00:00+01:00", "reason": "Start of the year", "cleared": 3},
        {"v": 1, "type": "questions", "ref": reference, "keys": keys},
        {"v": 1, "type": "release", "at": "2025-03-12T10:02:11+01:00", "kind": "briefing", "id_column": "firm_id",
         "lineage": "0123456789ab", "source": "club-march.csv", "sha256": "b" * 64, "version": "v1",
         "definition": "sector=25", "subject": subject, "min_peers": 5, "reason": "", "members": sorted(members),
         "qset": reference, "gaps": [0, 0], "patterns": [[]], "digest": "c" * 64},
    ]


def write_legacy(folder, lines: list[dict]):
    target = folder / "release-ledger.jsonl"
    target.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return target


def test_an_older_register_is_carried_over_so_its_releases_go_on_counting(path, tmp_path):
    old = write_legacy(tmp_path, legacy_lines(CLUB[1:7], "F001"))
    ledger = ReleaseLedger(path)
    assert [(e.source, e.subject, e.firms, e.at) for e in ledger.entries()] == [
        ("club-march.csv", "F001", 6, "2025-03-12T10:02:11+01:00")]
    assert [(c.reason, c.cleared) for c in ledger.clears()] == [("Start of the year", 3)]
    assert not old.exists() and [p for p in tmp_path.iterdir() if ".migrated-" in p.name]
    conflict = ledger.check(release(CLUB[1:8], subject="F001"))
    assert conflict is not None and conflict.differing == 1 and conflict.earlier.source == "club-march.csv"


def test_a_damaged_older_register_is_refused_until_cleared(path, tmp_path):
    lines = legacy_lines(CLUB[1:7], "F001")
    lines[3]["min_peers"] = 1  # weakened by hand
    old = write_legacy(tmp_path, lines)
    with pytest.raises(LedgerError, match="release-ledger.jsonl.* is damaged"):
        ReleaseLedger(path).check(peers_of("F002"))
    assert not path.exists()
    assert ReleaseLedger(path).clear("The old register was edited by hand") == 0
    assert not old.exists() and [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert ReleaseLedger(path).check(peers_of("F002")) is None


def test_reading_a_register_that_is_not_there_makes_none(path, ledger):
    assert (ledger.entries(), ledger.clears(), ledger.count(), ledger.check(peers_of("F001"))) == ([], [], 0, None)
    assert not path.exists()
    ledger.admit(peers_of("F001"))
    assert path.exists() and ledger.count() == 1
