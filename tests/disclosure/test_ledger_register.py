"""The release register itself: what it withholds, what it lets through, and how it keeps on disk."""

from __future__ import annotations

import json

import pytest

from explorer.core.disclosure.ledger import ReleaseLedger
from explorer.core.disclosure.release import Release, differencing
from explorer.core.disclosure.ledger_file import LedgerError
from explorer.core.disclosure.lineage import Lineage

LINEAGE = Lineage("firm_id", "0123456789ab")
CLUB = [f"F{i:03d}" for i in range(1, 9)]


def release(members, subject=None, missing=None, questions=("q1", "q2"), lineage=LINEAGE, min_peers=5) -> Release:
    members = frozenset(members)
    gaps = {q: frozenset((missing or {}).get(q, ())) for q in questions}
    return Release(lineage, subject, members, gaps, source="club.csv", source_sha256="a" * 64,
                   definition="sector=25", min_peers=min_peers)


def peers_of(firm: str, cell=CLUB) -> Release:
    return release([f for f in cell if f != firm], subject=firm)


@pytest.fixture
def ledger(tmp_path) -> ReleaseLedger:
    return ReleaseLedger(tmp_path / "register.jsonl")


def test_briefings_of_one_club_differ_only_by_their_own_firms_and_all_go_through(ledger):
    for firm in CLUB:
        assert ledger.admit(peers_of(firm)) is None
    assert len(ledger.entries()) == len(CLUB)


def test_a_group_one_to_four_firms_apart_is_withheld_and_five_apart_is_not(ledger):
    base = CLUB[1:7]
    assert ledger.admit(release(base, subject="F001")) is None
    for extra in range(1, 5):
        newcomers = [f"N{i}" for i in range(extra)]
        conflict = ledger.admit(release([*base, *newcomers], subject="F001"))
        assert conflict is not None and conflict.differing == extra and conflict.threshold == 5
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
    later = release([*base, *newcomers], subject="F001", missing={"q2": newcomers[:5]})
    conflict = ledger.check(later)
    assert conflict is not None and conflict.question == "q2" and conflict.differing == 1
    assert differencing(later, ledger.entries()[0].release) == (1, "q2")


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


def test_the_register_survives_the_process_and_reads_back_exactly(tmp_path, ledger):
    original = release(CLUB[1:], subject="F001", missing={"q2": ["F003"]})
    ledger.admit(original)
    again = ReleaseLedger(tmp_path / "register.jsonl").entries()[0].release
    assert (again.members, again.subject, again.missing, again.lineage) == (
        original.members, original.subject, original.missing, original.lineage)


@pytest.mark.parametrize("damage", [
    lambda text: text + "{not json\n",
    lambda text: text + '{"v": 1, "type": "release"}\n',           # a release without its fields
    lambda text: text[:-5],                                          # a write cut off
    lambda text: "",                                                 # emptied
    lambda text: "\n".join(text.splitlines()[1:]) + "\n",            # the header gone
    lambda text: text.replace('"min_peers":5', '"min_peers":1'),    # weakened by hand
    lambda text: text.replace('"gaps":[0,0]', '"gaps":[0]'),         # a question dropped by hand
    lambda text: "\n".join(l for l in text.splitlines() if '"questions"' not in l) + "\n",  # keys gone
])
def test_a_damaged_register_is_refused_never_read_as_empty(tmp_path, ledger, damage):
    ledger.admit(peers_of("F001"))
    path = tmp_path / "register.jsonl"
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
    fresh = ReleaseLedger(path)
    for use in (fresh.entries, lambda: fresh.check(peers_of("F002")), lambda: fresh.admit(peers_of("F002"))):
        with pytest.raises(LedgerError, match="is damaged"):
            use()


def test_a_clear_needs_a_reason_keeps_the_old_file_and_is_recorded(tmp_path, ledger):
    ledger.admit(release(CLUB[1:7], subject="F001"))
    with pytest.raises(LedgerError, match="reason"):
        ledger.clear("  ")
    assert ledger.clear("New survey year, new club") == 1
    assert ledger.entries() == []
    assert [c.reason for c in ledger.clears()] == ["New survey year, new club"]
    kept = [p for p in tmp_path.iterdir() if ".cleared-" in p.name]
    assert len(kept) == 1 and "F002" in kept[0].read_text(encoding="utf-8")
    # Once cleared, the group one firm apart goes through; a second clear keeps the first on record.
    assert ledger.admit(release(CLUB[1:8], subject="F001")) is None
    ledger.clear("Second clear")
    assert [c.reason for c in ReleaseLedger(tmp_path / "register.jsonl").clears()] == [
        "New survey year, new club", "Second clear"]


def test_a_damaged_register_can_be_cleared_deliberately(tmp_path, ledger):
    path = tmp_path / "register.jsonl"
    ledger.admit(peers_of("F001"))
    path.write_text("garbage\n", encoding="utf-8")
    assert ReleaseLedger(path).clear("Register damaged by a disk error") == 0
    assert [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert [c.reason for c in ReleaseLedger(path).clears()] == ["Register damaged by a disk error"]


def test_every_line_on_disk_is_one_json_object(tmp_path, ledger):
    for firm in CLUB[:3]:
        ledger.admit(peers_of(firm))
    lines = (tmp_path / "register.jsonl").read_text(encoding="utf-8").splitlines()
    kinds = [json.loads(line)["type"] for line in lines]
    assert kinds == ["ledger", "questions", "release", "release", "release"]  # question keys written once
    assert "F001" not in json.loads(lines[2])["members"], "the benchmarked firm is not one of its peers"
