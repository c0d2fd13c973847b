"""The cell between two releases five or more firms apart, judged as a released cell of its own.

Each attack states the figures both releases would show (counted here with plain numpy from the
rows the test wrote), lets the intruder's integer program (ledger_intruder.Intruder) show what they
give away, and then asks the register, which must withhold the second release exactly when the
intruder would learn a firm's answer, and let a release through when the firms between the two
groups answered too differently to be pinned down.
"""

from __future__ import annotations

import numpy as np

from disclosure.ledger_intruder import Intruder
from disclosure.test_ledger_lineage import survey_of
from explorer.core.disclosure.ledger import ReleaseLedger
from explorer.core.disclosure.release import release_of

QUESTION = "Overweegt u reshoring?"
REASONS = ("Kosten", "Kwaliteit", "Nabijheid")


def row(i: int, answer: str, turnover: float = 10.0, ticked: tuple[str, ...] = ()) -> dict:
    return {"Bedrijf ID": f"F{i:03d}", "Bedrijfsnaam": f"Metaal {i} BV", "NACE-code": "25.62",
            "Aantal werknemers": 20 + i, QUESTION: answer, "Omzet (mln euro)": turnover,
            **{f"Redenen: {reason}": int(reason in ticked) for reason in REASONS}}


def mask(survey, firms: list[int]) -> np.ndarray:
    chosen = np.zeros(survey.size, dtype=bool)
    chosen[[i - 1 for i in firms]] = True
    return chosen


def ledger_at(tmp_path) -> ReleaseLedger:
    return ReleaseLedger(tmp_path / "register.sqlite3")


def exports(tmp_path, rows: list[dict], first: list[int], second: list[int], questions: list[str]):
    """The conflict of a second export of `questions` after a first one (None: both released)."""
    survey = survey_of(rows)
    ledger = ledger_at(tmp_path)
    assert ledger.admit(release_of(survey, mask(survey, first), kind="export", question_keys=questions)) is None
    return ledger.admit(release_of(survey, mask(survey, second), kind="export", question_keys=questions))


def yes_counts(rows: list[dict], firms: list[int], option: str = "Ja") -> int:
    return sum(rows[i - 1][QUESTION] == option for i in firms)


def test_seven_firms_apart_who_answered_three_to_four_go_through_and_stay_unknown(tmp_path):
    """The control of the five-firm attack (test_cross_release_attacks): a spread difference passes."""
    answers = ["Ja", "Nee"] * 3 + ["Ja", "Ja", "Ja", "Nee", "Nee", "Nee", "Nee"]
    rows = [row(i + 1, answer) for i, answer in enumerate(answers)]
    first, second = list(range(1, 7)), list(range(1, 14))
    assert exports(tmp_path, rows, first, second, [QUESTION]) is None
    colluders = [10, 11]  # two of the seven who said No
    intruder = Intruder(("Ja", "Nee"), known={f"F{i:03d}": rows[i - 1][QUESTION] for i in colluders})
    for group in (first, second):
        count = yes_counts(rows, group)
        intruder.learn([f"F{i:03d}" for i in group], (1, 0), count, count)
    for target in (7, 8, 9, 12, 13):
        assert intruder.possible(f"F{target:03d}") == {"Ja", "Nee"}


def test_a_multi_select_option_that_four_of_six_left_unticked_is_withheld(tmp_path):
    """Six firms apart, answers spread on every question but one option: two colluders ticked
    'Nabijheid', the four others did not; the two exports' counts give that away."""
    group = [row(i, "Ja" if i % 2 else "Nee", ticked=("Kosten", "Nabijheid") if i <= 3 else ("Kwaliteit",))
             for i in range(1, 7)]
    between = [row(7, "Ja", ticked=("Nabijheid", "Kosten")), row(8, "Nee", ticked=("Nabijheid", "Kwaliteit")),
               *(row(i, "Ja" if i % 2 else "Nee", ticked=("Kosten",) if i % 2 else ("Kwaliteit",))
                 for i in range(9, 13))]
    rows = [*group, *between]
    first, second = list(range(1, 7)), list(range(1, 13))
    ticked = {tuple(g): sum(rows[i - 1]["Redenen: Nabijheid"] for i in g) for g in (first, second)}
    intruder = Intruder(("ticked", "not"), known={"F007": "ticked", "F008": "ticked"})
    for g, count in ticked.items():
        intruder.learn([f"F{i:03d}" for i in g], (1, 0), count, count)
    assert [intruder.possible(f"F{i:03d}") for i in range(9, 13)] == [{"not"}] * 4, "the attack works"

    conflict = exports(tmp_path, rows, first, second, [QUESTION, "Redenen"])
    assert conflict is not None and conflict.cause == "answers"
    assert (conflict.question, conflict.differing) == ("redenen", 6)


def test_a_turnover_table_whose_difference_one_firm_dominates_is_withheld(tmp_path):
    """Exports may show a mean: n × mean of both gives the sum of the five between them (R2)."""
    base = [row(i, "Ja", turnover=10.0 + i) for i in range(1, 7)]
    dominated = [row(7, "Ja", turnover=100.0), *(row(i, "Ja", turnover=1.0) for i in range(8, 12))]
    first, second = list(range(1, 7)), list(range(1, 12))
    conflict = exports(tmp_path, [*base, *dominated], first, second, ["Omzet (mln euro)"])
    assert conflict is not None and (conflict.cause, conflict.question) == ("answers", "omzet (mln euro)")
    spread = [row(i, "Ja", turnover=float(5 * i)) for i in range(7, 12)]
    assert exports(tmp_path / "spread", [*base, *spread], first, second, ["Omzet (mln euro)"]) is None


def test_a_figure_that_both_releases_hid_cannot_be_subtracted(tmp_path):
    """One Ja among six: R4 hides the figure in both releases, so five more Nee tell nothing."""
    rows = [row(1, "Ja"), *(row(i, "Nee") for i in range(2, 12))]
    first, second = list(range(1, 7)), list(range(1, 12))
    assert exports(tmp_path, rows, first, second, [QUESTION]) is None
    shown = [row(i, "Ja" if i <= 3 else "Nee") for i in range(1, 7)] + [row(i, "Nee") for i in range(7, 12)]
    conflict = exports(tmp_path / "shown", shown, first, second, [QUESTION])
    assert conflict is not None and conflict.cause == "answers"


def test_groups_each_with_firms_the_other_lacks_are_judged_on_both_sides(tmp_path):
    answers = ["Ja", "Nee"] * 12
    rows = [row(i + 1, answer) for i, answer in enumerate(answers)]
    core = list(range(1, 9))
    small = exports(tmp_path, rows, core + [9, 10, 11], core + [12, 13, 14], [QUESTION])
    assert small is not None and small.cause == "answers" and small.differing == 6, "three firms a side is too few"
    large = exports(tmp_path / "large", rows, core + list(range(9, 17)), core + list(range(17, 25)), [QUESTION])
    assert large is None, "eight firms a side, answering four to four"


def test_firms_that_left_the_file_are_judged_as_unknowns(tmp_path):
    """The March file had five more firms than April's: their March answers are not at hand, so the
    April figure, which subtracted from March's would give them, is withheld."""
    rows = [row(i, "Ja" if i % 2 else "Nee") for i in range(1, 12)]
    march = survey_of(rows, sha="a", path="march.xlsx")
    april = survey_of(rows[:6], sha="b", path="april.xlsx")
    ledger = ledger_at(tmp_path)
    everyone = np.ones(march.size, dtype=bool)
    assert ledger.admit(release_of(march, everyone, kind="export", question_keys=[QUESTION])) is None
    conflict = ledger.admit(release_of(april, np.ones(april.size, dtype=bool), kind="export",
                                       question_keys=[QUESTION]))
    assert conflict is not None and conflict.cause == "answers" and conflict.earlier.source == "march.xlsx"


def test_two_percentile_ranks_of_one_firm_five_firms_apart_all_above_it_are_withheld(tmp_path):
    """The five between the groups all turn over more than the firm: two ranks of it place them all."""
    firms = [row(1, "Ja", turnover=10.0), *(row(i, "Ja" if i % 2 else "Nee", turnover=5.0 + 2 * i)
                                            for i in range(2, 8))]
    above = [row(i, "Ja" if i % 2 else "Nee", turnover=50.0 + i) for i in range(8, 14)]
    survey = survey_of([*firms, *above])
    ledger = ledger_at(tmp_path)
    turnover = ["Omzet (mln euro)"]
    assert ledger.admit(release_of(survey, mask(survey, list(range(2, 8))), 0, question_keys=turnover)) is None
    conflict = ledger.admit(release_of(survey, mask(survey, list(range(2, 14))), 0, question_keys=turnover))
    assert conflict is not None and (conflict.cause, conflict.differing) == ("answers", 6)
    # A briefing of another firm ranks against another value: nothing to subtract into positions.
    assert ledger.check(release_of(survey, mask(survey, [1, *range(3, 14)]), 1, question_keys=turnover)) is None
