"""Briefings of a survey asked in rounds, attacked by a reader who collects them.

The reader gets two briefings of one firm in two rounds (each with the firm's earlier answer and
its round's peer share beside it) and the briefing of a second firm in the same round. It knows
what the intruder model grants (DESIGN.md: two colluding peers): the first firm's answers and
those of two colluding peers in every round, one of them the second benchmarked firm (it hands
over its briefing, which prints its answers), and who is in each peer group (worked
out here with plain pandas: same round, same region, the benchmarked firm left out). An integer
program (tests/disclosure/ledger_intruder.py) then asks which answers of every other firm, round
by round, are consistent with all that was released. Each firm answers anew in every round, so
each (firm, round) answer is an unknown of its own.
"""

from __future__ import annotations

import re
from itertools import combinations
from pathlib import Path

import pandas as pd

from disclosure.ledger_intruder import Intruder, count_interval, pdf_text, read_release
from explorer.cli import main

QUESTION = "Plans to reshore production?"
HEADER = ["firm_id", "company", "NACE", "employees", "region", "Quarter", QUESTION, "Turnover (mln euro)"]
ROUNDS = ("2021-Q1", "2021-Q2")
ANSWERS = {  # firm -> answer per round (None: did not take part); F008 joins in the second round
    "F001": ("Yes", "Yes"), "F002": ("No", "Yes"), "F003": ("Yes", "No"), "F004": ("No", "No"),
    "F005": ("Yes", "Yes"), "F006": ("No", "No"), "F007": ("Yes", "Yes"), "F008": (None, "No"),
}
SUBJECT, SECOND = "F001", "F002"


def write_panel(path: Path) -> Path:
    lines = [";".join(HEADER)]
    for number, (firm, answers) in enumerate(ANSWERS.items()):
        for round_name, answer in zip(ROUNDS, answers):
            if answer is not None:
                lines.append(";".join([firm, f"{firm} Metaal BV", "25.62", str(20 + number), "Noord", round_name,
                                       answer, str(10 + number)]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def peers_of(frame: pd.DataFrame, firm: str, round_name: str) -> list[str]:
    """Independently of the app: other firms' answers in the same round (all are in region Noord)."""
    in_round = frame[(frame["Quarter"] == round_name) & (frame["firm_id"] != firm)]
    return [f"{f}@{round_name}" for f in in_round["firm_id"]]


def report(tmp_path: Path, survey: Path, firm: str, *options: str) -> Path:
    out = tmp_path / f"{firm}{'-'.join(options)}.pdf"
    assert main(["report", str(survey), "--firm", firm, "--out", str(out), "--lang", "en",
                 "--peers", "region=Noord", *options]) == 0
    return out


def trajectory_rows(path: Path) -> list[tuple[str, str, int, int]]:
    """(round, answer, whole per cent, n) of each earlier-round row the briefing prints."""
    text = pdf_text(path)
    return [(m.group(1), m.group(2), int(m.group(3)), int(m.group(4)))
            for m in re.finditer(r"(2021-Q\d) (Yes|No) (\d+)% \(n = (\d+)\)", text)]


def test_the_peer_set_holds_no_answer_of_the_firm_itself(tmp_path):
    from explorer.core.reading import ParsedCache, read_table
    from explorer.core.survey import build_survey
    from explorer.report.content.briefing import build_briefing

    survey_path = write_panel(tmp_path / "panel.csv")
    frame = pd.read_csv(survey_path, sep=";", dtype=str)
    survey = build_survey(read_table(survey_path, cache=ParsedCache(enabled=False)), use_profiles=False)
    from explorer.core.benchmark import choose_peers, find_firm

    for round_name in ROUNDS:
        row = find_firm(survey, SUBJECT, round_name)
        members = choose_peers(survey, row, "auto").group.members
        peer_rows = frame.index[members]
        assert not (frame.loc[peer_rows, "firm_id"] == SUBJECT).any()
        assert set(frame.loc[peer_rows, "Quarter"]) == {round_name}
        assert sorted(frame.loc[peer_rows, "firm_id"]) == sorted(
            frame.loc[(frame["Quarter"] == round_name) & (frame["firm_id"] != SUBJECT), "firm_id"])
    briefing = build_briefing(survey, SUBJECT, "en")
    assert briefing.round == ROUNDS[-1] and briefing.peer_n == 7


def test_two_rounds_of_one_firm_and_two_firms_of_one_round_leave_every_answer_open(tmp_path):
    survey = write_panel(tmp_path / "panel.csv")
    frame = pd.read_csv(survey, sep=";", dtype=str)
    latest = report(tmp_path, survey, SUBJECT)                       # F001 in 2021-Q2, with 2021-Q1 beside it
    earlier = report(tmp_path, survey, SUBJECT, "--wave", ROUNDS[0])  # F001 in 2021-Q1
    second = report(tmp_path, survey, SECOND)                        # F002 in 2021-Q2
    facts = []  # (group of answers, the answer whose share is shown, per cent, n)
    for path, firm, round_name in ((latest, SUBJECT, ROUNDS[1]), (earlier, SUBJECT, ROUNDS[0]),
                                   (second, SECOND, ROUNDS[1])):
        release = read_release(path)
        assert release.firm_answer == ANSWERS[firm][ROUNDS.index(round_name)]
        assert release.share is not None, "the attack needs figures that were released"
        assert f"round {round_name}" in pdf_text(path)
        facts.append((peers_of(frame, firm, round_name), release.firm_answer, release.share, release.share_n))
    rows = trajectory_rows(latest)
    assert [r[:2] for r in rows] == [(ROUNDS[0], ANSWERS[SUBJECT][0])], "the earlier answer stands beside"
    for round_name, answer, share, n in rows:
        facts.append((peers_of(frame, SUBJECT, round_name), answer, share, n))

    answers = {f"{firm}@{r}": a for firm, per_round in ANSWERS.items() for r, a in zip(ROUNDS, per_round) if a}
    known = {k: v for k, v in answers.items() if k.split("@")[0] == SUBJECT}
    others = sorted({k.split("@")[0] for k in answers} - {SUBJECT})
    # The reader holding the second firm's briefing has that firm as one of its two colluders.
    for colluders in [pair for pair in combinations(others, 2) if SECOND in pair]:
        intruder = Intruder(("Yes", "No"))
        intruder.known = {**known, **{k: v for k, v in answers.items() if k.split("@")[0] in colluders}}
        for group, answer, share, n in facts:
            assert len(group) == n
            low, high = count_interval(share, n)
            intruder.learn(group, (1, 0) if answer == "Yes" else (0, 1), low, high)
        for target in sorted(set(answers) - set(intruder.known)):
            assert intruder.possible(target) == {"Yes", "No"}, f"{target} leaks (colluders {colluders})"
