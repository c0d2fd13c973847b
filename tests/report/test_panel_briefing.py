"""A briefing in a survey asked in rounds, on the project's panel fixture (tests/fixtures/panel).

For firms that answered every quarter, the peer set of each quarter's briefing is worked out
here with plain pandas from the file and DESIGN.md's classes (NACE division, EU size class,
Eurostat technology class), and must hold no answer of the firm itself in any round; the firm's
earlier answers printed beside the current one are read straight from the file.
"""

from __future__ import annotations

import pandas as pd
import pytest

from explorer.core.reading import ParsedCache, read_table
from explorer.core.survey import build_survey
from explorer.report.content.briefing import build_briefing
from paths import PANEL_FIXTURES

PANEL = PANEL_FIXTURES / "barometer_panel.csv"
QUARTERS = ["2021-Q3", "2021-Q4", "2022-Q1", "2022-Q2"]
RESHORE = "Haalt u productie terug naar Europa?"
TECH = {"high": (21, 26), "medium-high": (20, 27, 28, 29, 30), "medium-low": (19, 22, 23, 24, 25, 33),
        "low": (10, 11, 12, 13, 14, 15, 16, 17, 18, 31, 32)}


def _size_class(employees: int) -> str:
    return "micro" if employees < 10 else "small" if employees < 50 else "medium" if employees < 250 else "large"


def _tech(division: int) -> str:
    return next(name for name, divisions in TECH.items() if division in divisions)


@pytest.fixture(scope="module")
def panel():
    frame = pd.read_csv(PANEL, sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False, na_values=[""])
    frame["division"] = frame["NACE"].str[:2].astype(int)
    frame["size"] = frame["Werknemers"].astype(int).map(_size_class)
    frame["tech"] = frame["division"].map(_tech)
    survey = build_survey(read_table(PANEL, cache=ParsedCache(enabled=False)), use_profiles=False)
    return frame, survey


def _in_every_quarter(frame: pd.DataFrame) -> list[str]:
    counts = frame.groupby("Bedrijfs-ID")["Kwartaal"].nunique()
    return sorted(counts[counts == len(QUARTERS)].index)


def test_the_fixture_has_a_firm_in_every_round_and_firms_that_join_later(panel):
    frame, _survey = panel
    first = frame.groupby("Bedrijfs-ID")["Kwartaal"].agg(lambda q: min(q, key=QUARTERS.index))
    assert _in_every_quarter(frame) and (first != QUARTERS[0]).any()


def test_each_rounds_peers_are_other_firms_of_that_round_and_never_the_firm_itself(panel):
    from explorer.core.benchmark import choose_peers, find_firm

    frame, survey = panel
    columns = {"sector": "division", "size": "size", "tech": "tech"}
    for firm in _in_every_quarter(frame)[:4]:
        for quarter in QUARTERS:
            row = find_firm(survey, firm, quarter)
            assert frame.loc[row, "Bedrijfs-ID"] == firm and frame.loc[row, "Kwartaal"] == quarter
            group = choose_peers(survey, row, "auto").group
            found = frame.loc[group.members]
            assert not (found["Bedrijfs-ID"] == firm).any(), "an answer of the firm itself is among its peers"
            assert set(found["Kwartaal"]) <= {quarter}
            expected = (frame["Kwartaal"] == quarter) & (frame["Bedrijfs-ID"] != firm)
            for dimension, _value in group.terms:
                if dimension in columns:  # `section`: every division here is manufacturing (C)
                    expected &= frame[columns[dimension]] == frame.loc[row, columns[dimension]]
            assert sorted(found["Bedrijfs-ID"]) == sorted(frame.loc[expected, "Bedrijfs-ID"])
            assert group.n == int(expected.sum()) and group.round == quarter


def _peers(frame: pd.DataFrame, firm: str, quarter: str, terms) -> pd.DataFrame:
    """Other firms of `quarter` sharing the firm's classes in the dimensions of `terms`."""
    columns = {"sector": "division", "size": "size", "tech": "tech"}
    mine = frame[(frame["Bedrijfs-ID"] == firm) & (frame["Kwartaal"] == quarter)].iloc[0]
    expected = (frame["Kwartaal"] == quarter) & (frame["Bedrijfs-ID"] != firm)
    for dimension, _value in terms:
        if dimension in columns:
            expected &= frame[columns[dimension]] == mine[columns[dimension]]
    return frame[expected]


def test_the_latest_briefing_shows_the_firms_earlier_answers_from_the_file(panel):
    from explorer.core.benchmark import choose_peers

    frame, survey = panel
    shown = 0
    for firm in _in_every_quarter(frame)[:4]:
        briefing = build_briefing(survey, firm, "en")
        terms = choose_peers(survey, int(frame.index[(frame["Bedrijfs-ID"] == firm)
                                                     & (frame["Kwartaal"] == QUARTERS[-1])][0]), "auto").group.terms
        assert briefing.round == QUARTERS[-1]
        own = frame[frame["Bedrijfs-ID"] == firm].set_index("Kwartaal")[RESHORE].dropna()
        trajectory = next((t for t in briefing.trajectories if t.question == RESHORE), None)
        if QUARTERS[-1] not in own.index or len(own) < 2:
            assert trajectory is None
            continue
        assert [(r.round, r.firm_answer) for r in trajectory.rounds] == [
            (q, own[q]) for q in QUARTERS if q in own.index]
        assert [r.current for r in trajectory.rounds] == [False] * (len(own) - 1) + [True]
        for answer in trajectory.rounds:
            peers = _peers(frame, firm, answer.round, terms)[RESHORE].dropna()
            if answer.verdict.shown:  # the share of that round's peers who gave the firm's answer then
                shown += 1
                assert answer.n == len(peers)
                assert answer.share == pytest.approx((peers == answer.firm_answer).mean(), abs=0.0005)
    assert shown, "no earlier round's share was shown: the comparison above would test nothing"


def test_the_rounds_page_names_an_answer_as_the_user_relabelled_it(panel):
    """A display label given in the mapping reaches the earlier answers as it reaches the theme pages."""
    from explorer.core.survey.mapping_edit import set_option_label

    frame, survey = panel
    firm = next(f for f in _in_every_quarter(frame)
                if len(frame[frame["Bedrijfs-ID"] == f][RESHORE].dropna()) == len(QUARTERS))
    question = survey.question_named(RESHORE)
    relabelled = {option: f"{option} (relabelled)" for option in question.options}
    mapping = survey.mapping
    for option, label in relabelled.items():
        mapping = set_option_label(mapping, question.key, option, label)
    own = frame[frame["Bedrijfs-ID"] == firm].set_index("Kwartaal")[RESHORE]
    briefing = build_briefing(build_survey(survey.table, mapping, use_profiles=False), firm, "en")
    trajectory = next(t for t in briefing.trajectories if t.question == RESHORE)
    assert [r.firm_answer for r in trajectory.rounds] == [relabelled[own[q]] for q in QUARTERS]
