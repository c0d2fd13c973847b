"""A significance mark between two rounds must not tell the firms' answers.

The attack: an exported trend shows each round's share and n, says "McNemar on 6 firms that
answered both rounds", and stars the change. The intruder enumerates every way those 6 firms can
have moved (yes→yes, yes→no, no→yes, no→no) that fits the released figures and keeps the ways
that make the exact McNemar test significant (scipy's binomial test, independent of the app).
When every way left has all 6 moving from no to yes, the intruder knows the answers of any firm
known to have answered both rounds: the star gave them away. The release module must withhold
that star, and keep the stars that tell nothing.
"""

from __future__ import annotations

from itertools import product

from scipy import stats

from explorer.core.disclosure import Reason, release_changes, release_summary
from explorer.core.survey.trend import trend
from small_surveys import survey_of


def _survey(first_paired: list[str], second_paired: list[str], first_rest: list[str], second_rest: list[str]):
    """Two rounds: the paired firms answer both (first_paired[i], then second_paired[i]); the rest once."""
    paired = [f"P{i}" for i in range(len(first_paired))]
    ids = paired + [f"A{i}" for i in range(len(first_rest))] + paired + [f"B{i}" for i in range(len(second_rest))]
    waves = ["golf 1"] * (len(paired) + len(first_rest)) + ["golf 2"] * (len(paired) + len(second_rest))
    answers = first_paired + first_rest + second_paired + second_rest
    return survey_of({"firm_id": ids, "wave": waves, "q": answers})


def _intruder_ways(released_counts, sizes, paired: int, significant: bool):
    """Every (yes→yes, yes→no, no→yes, no→no) of the paired firms that fits what was published:
    each round's yes count and n, the number of paired firms, and whether the change is starred."""
    ways = []
    for both, to_no, to_yes in product(range(paired + 1), repeat=3):
        neither = paired - both - to_no - to_yes
        if neither < 0:
            continue
        first_yes, second_yes = both + to_no, both + to_yes
        # Published: each round's count of yes; the paired firms' yes can be at most that.
        if first_yes > released_counts[0] or second_yes > released_counts[1]:
            continue
        if paired - first_yes > sizes[0] - released_counts[0] or paired - second_yes > sizes[1] - released_counts[1]:
            continue
        changed = to_yes + to_no
        p_value = 1.0 if changed == 0 else stats.binomtest(min(to_yes, to_no), changed, 0.5).pvalue
        if (p_value < 0.05) == significant:
            ways.append((both, to_no, to_yes, neither))
    return ways


def test_a_star_that_pins_down_every_paired_firm_is_withheld():
    # Six firms answered both rounds and all moved from Nee to Ja; the other firms spread the
    # round shares so that R4 lets both rounds' shares out (3 Ja of 10, then 6 Ja of 10).
    survey = _survey(["Nee"] * 6, ["Ja"] * 6, ["Ja", "Ja", "Ja", "Nee"], ["Nee"] * 4)
    result = trend(survey, "q")
    change = next(c for c in result.changes if c.option == "Ja")
    assert change.test.test == "mcnemar" and change.test.firms == 6 and change.significant
    released = release_summary(result.summary)
    counts = [round(g.shares["Ja"] * g.n) for g in result.summary.groups]
    sizes = [g.n for g in result.summary.groups]
    assert not released.verdict("golf 1", "Ja").suppressed and not released.verdict("golf 2", "Ja").suppressed
    # The attack succeeds on the unprotected star: one way is left, all six moved to Ja.
    ways = _intruder_ways(counts, sizes, 6, significant=True)
    assert ways == [(0, 0, 6, 0)]
    # The release module withholds the star.
    marked = {(c.option, c.first, c.second): c for c in release_changes(result)}
    assert not marked[("Ja", "golf 1", "golf 2")].significant
    assert marked[("Ja", "golf 1", "golf 2")].verdict.reason == Reason.ALL_OR_ALL_BUT_ONE


def test_a_star_over_mixed_moves_goes_out_and_tells_no_firm():
    # 30 paired firms: 12 moved to Ja, 1 to Nee, the others stayed. Significant, and the intruder
    # is left with several ways, none of which fixes any cell of the moves.
    first = ["Nee"] * 12 + ["Ja"] * 1 + ["Ja"] * 8 + ["Nee"] * 9
    second = ["Ja"] * 12 + ["Nee"] * 1 + ["Ja"] * 8 + ["Nee"] * 9
    survey = _survey(first, second, ["Ja", "Nee", "Nee"], ["Ja", "Nee", "Ja"])
    result = trend(survey, "q")
    change = next(c for c in result.changes if c.option == "Ja")
    assert change.test.firms == 30 and change.significant
    marked = {(c.option, c.first, c.second): c for c in release_changes(result)}
    assert marked[("Ja", "golf 1", "golf 2")].significant
    counts = [round(g.shares["Ja"] * g.n) for g in result.summary.groups]
    ways = _intruder_ways(counts, [g.n for g in result.summary.groups], 30, significant=True)
    assert len(ways) > 1
    for cell in range(4):
        assert len({way[cell] for way in ways}) > 1


def test_a_star_needs_both_shares_released_and_enough_firms():
    survey = _survey(["Nee"] * 6, ["Ja"] * 6, ["Ja", "Ja", "Ja", "Nee"], ["Nee"] * 4)
    result = trend(survey, "q")
    for change in release_changes(result, min_peers=12):  # each round has 10 answers: no figure goes out
        assert not change.significant
        assert change.verdict.suppressed
