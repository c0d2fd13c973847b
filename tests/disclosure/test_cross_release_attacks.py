"""Attack 1 of the confidentiality issue, replayed through the real command line.

A reader collects two briefings of the same firm whose peer groups differ by one firm (F009) and
tries to work out F009's answer to a yes/no question and where its turnover lies against the
firm's. The intruder (tests/disclosure/ledger_intruder.py) reads the PDFs and solves an integer
program; it knows the benchmarked firm's answers, those of any two colluding peers, and who is in
each group. Every attack must leave F009's answer open.
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest

from disclosure.ledger_intruder import (
    Firm,
    Intruder,
    pdf_text,
    position,
    rank_fact,
    read_release,
    share_fact,
    write_survey,
)
from explorer.cli import main

SUBJECT = Firm("F001", "25.62", 20, "Yes", 10)
CELL = [  # NACE division 25, 10–49 employees: the subject's default peer group (3 of 6 say yes)
    Firm("F002", "25.11", 25, "No", 12),
    Firm("F003", "25.12", 30, "Yes", 14),
    Firm("F004", "25.50", 35, "No", 9),
    Firm("F005", "25.61", 40, "Yes", 16),
    Firm("F006", "25.73", 22, "Yes", 7),
    Firm("F007", "25.99", 28, "No", 11),
]
CELL_IDS = [firm.firm_id for firm in CELL]
TARGET = "F009"


def cell_figures() -> tuple[int, int, tuple[int, int]]:
    """(n, share of peers saying yes in whole per cent, quarter of F001's turnover) of the cell alone."""
    yes = sum(firm.reshore == "Yes" for firm in CELL)
    below = sum(firm.turnover < SUBJECT.turnover for firm in CELL) + 0.5 * sum(
        firm.turnover == SUBJECT.turnover for firm in CELL)
    mid_rank = 100 * below / len(CELL)
    quarter = min(int(mid_rank // 25), 3)
    return len(CELL), round(100 * yes / len(CELL)), (25 * quarter, 25 * quarter + 25)


def target(nace: str) -> Firm:
    return Firm(TARGET, nace, 33, "Yes", 8)


class Briefings:
    """Runs `survey-explorer report` for F001 and keeps what each run released."""

    def __init__(self, folder: Path, capsys) -> None:
        self.folder = folder
        self.capsys = capsys
        self.released: list[tuple[list[str], Path]] = []
        self.refusals: list[str] = []

    def report(self, survey: Path, group: list[str], *options: str) -> int:
        """Exit 0 with a PDF, or exit 2 with one plain `error:` line and no PDF; never a bug."""
        out = self.folder / f"briefing-{len(self.released) + len(self.refusals) + 1}.pdf"
        self.capsys.readouterr()
        code = main(["report", str(survey), "--firm", SUBJECT.firm_id, "--out", str(out), "--lang", "en",
                     *options])
        err = self.capsys.readouterr().err.strip().splitlines()
        assert code in (0, 2), err
        if code == 0:
            self.released.append((group, out))
        else:
            assert len(err) == 1 and err[0].startswith("error: ") and not out.exists()
            self.refusals.append(err[0])
        return code

    def figures(self) -> list[tuple]:
        """(n, share, band) per released briefing, for the record of what left the app."""
        out = []
        for _group, path in self.released:
            release = read_release(path)
            out.append((release.share_n, release.share, release.band))
        return out

    def assert_target_unknown(self, firms: list[Firm]) -> None:
        answers = {firm.firm_id: firm for firm in [SUBJECT, *firms]}
        common = sorted(set.intersection(*(set(g) for g, _ in self.released)) - {TARGET}) if self.released else []
        for colluders in combinations(common, 2) if len(common) >= 2 else [()]:
            yes_no = Intruder(("Yes", "No"))
            turnover = Intruder(("below", "equal", "above"))
            yes_no.known = {f: answers[f].reshore for f in colluders}
            turnover.known = {f: position(answers[f].turnover, SUBJECT.turnover) for f in colluders}
            for group, path in self.released:
                release = read_release(path)
                assert release.firm_answer == SUBJECT.reshore  # the reader sees the firm's own answer
                share_fact(yes_no, group, release)
                rank_fact(turnover, group, release)
            assert yes_no.possible(TARGET) == {"Yes", "No"}, f"F009's answer leaks (colluders {colluders})"
            assert len(turnover.possible(TARGET)) > 1, f"F009's turnover is placed (colluders {colluders})"


@pytest.fixture
def briefings(tmp_path, capsys) -> Briefings:
    return Briefings(tmp_path, capsys)


def test_peer_groups_by_firm_id_that_differ_by_one_firm(tmp_path, briefings, capsys):
    firms = [*CELL, target("25.93")]
    survey = write_survey(tmp_path / "club.csv", [SUBJECT, *firms])
    six = "firm_id=" + "|".join(CELL_IDS)
    assert briefings.report(survey, CELL_IDS, "--peers", six) == 2
    assert briefings.report(survey, [*CELL_IDS, TARGET], "--peers", six + "|F009") == 2
    assert all("cannot be defined by ‘firm_id’" in refusal for refusal in briefings.refusals)
    briefings.assert_target_unknown(firms)


def test_sector_then_sector_with_a_one_firm_division(tmp_path, briefings, capsys):
    firms = [*CELL, target("26.11")]
    survey = write_survey(tmp_path / "club.csv", [SUBJECT, *firms])
    assert briefings.report(survey, CELL_IDS, "--peers", "sector=25") == 0
    assert briefings.report(survey, [*CELL_IDS, TARGET], "--peers", "sector=25|26") == 2
    assert "sector ‘26’: it holds 1 of the firms, fewer than 5" in briefings.refusals[0]
    assert briefings.figures() == [cell_figures()]
    briefings.assert_target_unknown(firms)


def test_two_dimension_definitions_that_differ_by_one_firm(tmp_path, briefings, capsys):
    """Division 26 holds five firms, but only F009 is small: both definitions use dimensions alone."""
    larger = [Firm(f"F01{i}", "26.12", 60 + 10 * i, "No", 30 + i) for i in range(4)]
    firms = [*CELL, target("26.11"), *larger]
    survey = write_survey(tmp_path / "club.csv", [SUBJECT, *firms])
    assert briefings.report(survey, CELL_IDS, "--peers", "sector=25,size=small") == 0
    assert briefings.report(survey, [*CELL_IDS, TARGET], "--peers", "sector=25|26,size=small") == 2
    assert briefings.refusals[0].startswith("error: Withheld: this peer group differs by 1 firm from")
    assert "widen the peer group" in briefings.refusals[0]
    briefings.assert_target_unknown(firms)


def test_a_higher_minimum_that_widens_by_one_firm(tmp_path, briefings, capsys):
    """F009 (division 22, also medium-low tech, also small) joins when the division widens to its section."""
    firms = [*CELL, target("22.29")]
    survey = write_survey(tmp_path / "club.csv", [SUBJECT, *firms])
    assert briefings.report(survey, CELL_IDS, "--min-peers", "6") == 0
    # The ladder step is the one the data choose: the same six peers, too few for a minimum of 7.
    assert briefings.report(survey, CELL_IDS, "--min-peers", "7") == 0
    assert briefings.figures() == [cell_figures(), (0, None, None)]
    assert "Fewer than 7 firms" in pdf_text(briefings.released[1][1])
    briefings.assert_target_unknown(firms)


def test_two_versions_of_the_file_with_one_late_respondent(tmp_path, briefings, capsys):
    first = write_survey(tmp_path / "club-v1.csv", [SUBJECT, *CELL])
    assert briefings.report(first, CELL_IDS) == 0
    firms = [*CELL, target("25.93")]
    second = write_survey(tmp_path / "club-v2.csv", [SUBJECT, *firms])
    # Every wider step holds the same seven firms: the refreshed briefing is withheld.
    assert briefings.report(second, [*CELL_IDS, TARGET]) == 2
    assert "(club-v1.csv, sector=25,size=small,tech=medium-low)" in briefings.refusals[0]
    briefings.assert_target_unknown(firms)


# Five firms apart is not enough when the five gave (nearly) one answer --------------------------------

COLLUDERS = [Firm("F009", "26.11", 33, "No", 8), Firm("F010", "26.12", 34, "No", 9)]
SAME_ANSWER = [Firm(f"F01{i}", "26.20", 35 + i, "Yes", 12 + i) for i in range(1, 4)]


def test_two_groups_five_firms_apart_whose_five_are_two_colluders_and_three_alike(tmp_path, briefings):
    """sector=25 and sector=25|26 differ by division 26's five firms. Two of them collude (both said
    No); shares × n of both briefings give the five's count of Yes (3), so the other three said Yes."""
    firms = [*CELL, *COLLUDERS, *SAME_ANSWER]
    survey = write_survey(tmp_path / "club.csv", [SUBJECT, *firms])
    assert briefings.report(survey, CELL_IDS, "--peers", "sector=25") == 0
    wider = [*CELL_IDS, *(f.firm_id for f in COLLUDERS + SAME_ANSWER)]
    assert briefings.report(survey, wider, "--peers", "sector=25|26") == 2
    assert briefings.refusals[0].startswith("error: Withheld: this peer group less a group released on ")
    assert "leaves 5 firms that (nearly) all gave the same answer to ‘plans to reshore production?’" in \
        briefings.refusals[0]
    assert briefings.figures() == [cell_figures()]

    intruder = Intruder(("Yes", "No"), known={SUBJECT.firm_id: SUBJECT.reshore,
                                              **{f.firm_id: f.reshore for f in COLLUDERS}})
    for group, path in briefings.released:
        share_fact(intruder, group, read_release(path))
    for firm in SAME_ANSWER:
        assert intruder.possible(firm.firm_id) == {"Yes", "No"}, f"{firm.firm_id}'s answer leaks"
