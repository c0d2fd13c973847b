"""`summarize` on the bundled samples reproduces the published figures of DESIGN.md.

The expected numbers are the published ones (report 002 via DESIGN.md, kept in
tests/published_figures.py), compared at the precision they were published with.
"""

from __future__ import annotations

import json

import pytest

from paths import SAMPLES
from published_figures import PUBLISHED
from explorer.cli import main

EMS = SAMPLES / "ems_2015_extract.xlsx"
FEDUSTRIA = SAMPLES / "fedustria_quick_survey_2021.csv"
FLANDERS_MAKE = SAMPLES / "flanders_make_industry40_2021.xlsx"


def summarize(capsys, *args: str) -> dict:
    assert main(["summarize", *map(str, args), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def pct(share: float) -> float:
    return round(100 * share, 1)


def published(*key: str) -> float:
    return PUBLISHED[key][0]


def group(result: dict, name: str) -> dict:
    return next(g for g in result["groups"] if g["group"] == name)


def test_ems_backshoring_overall(capsys):
    result = summarize(capsys, EMS, "--question", "backshoring")
    total = result["total"]
    assert total["n"] == 2450
    assert round(total["shares"]["yes"] * total["n"]) == 105
    assert pct(total["shares"]["yes"]) == published("ems", "backshoring", "all")
    lo, hi = total["ci"]["yes"]
    assert lo < total["shares"]["yes"] < hi


def test_ems_backshoring_by_size_band(capsys):
    result = summarize(capsys, EMS, "--question", "backshoring", "--by", "size", "--size-scheme", "ems")
    assert pct(group(result, "1-49")["shares"]["yes"]) == published("ems", "size", "1-49")
    assert pct(group(result, "1000+")["shares"]["yes"]) == published("ems", "size", "1000+")
    shares = [group(result, g)["shares"]["yes"] for g in ("1-49", "50-249", "250-999", "1000+")]
    assert shares == sorted(shares), "the published share rises with firm size"


def test_ems_backshoring_by_technology_class(capsys):
    result = summarize(capsys, EMS, "--question", "backshoring", "--by", "tech")
    assert pct(group(result, "low")["shares"]["yes"]) == published("ems", "tech", "low")
    assert pct(group(result, "high")["shares"]["yes"]) == published("ems", "tech", "high")


@pytest.mark.parametrize("country", ["Spain", "Netherlands", "Germany"])
def test_ems_backshoring_by_country(capsys, country):
    result = summarize(capsys, EMS, "--question", "backshoring", "--by", "region")
    assert pct(group(result, country)["shares"]["yes"]) == published("ems", "country", country)


def test_ems_backshored_from_own_sites_and_suppliers(capsys):
    result = summarize(capsys, EMS, "--question", "backshored_from")
    answered = result["total"]["n"]
    assert answered == 105
    own = result["total"]["shares"]["own sites abroad"] * answered / 2450
    suppliers = result["total"]["shares"]["suppliers abroad"] * answered / 2450
    assert (pct(own), pct(suppliers)) == (published("ems", "backshored_from", "own sites abroad"),
                                          published("ems", "backshored_from", "suppliers abroad"))


def published_answers(source: str, question: str) -> dict[str, tuple[float, int]]:
    """Answer -> (published percent, decimals) for one question of one source."""
    return {answer: figure for (where, asked, answer), figure in PUBLISHED.items() if (where, asked) == (source, question)}


def assert_published_shares(shares: dict, source: str, question: str) -> None:
    expected = published_answers(source, question)
    assert expected, (source, question)
    for answer, (value, decimals) in expected.items():
        assert round(100 * shares[answer], decimals or None) == value, answer


def test_fedustria_september_2021(capsys):
    september = ["--filter", "wave=september 2021"]
    for question in ("Ondervindt u logistieke problemen?", "Zoekt u leveranciers dichter bij huis?"):
        shares = summarize(capsys, FEDUSTRIA, "--question", question, *september)["total"]["shares"]
        assert_published_shares(shares, "september 2021", question)


def test_fedustria_may_2021_and_first_lockdown(capsys):
    question = "Verwacht u dat een deel van de productie van grondstoffen/halffabricaten terugkeert naar Europa?"
    may = summarize(capsys, FEDUSTRIA, "--question", question, "--filter", "wave=mei 2021")
    assert_published_shares(may["total"]["shares"], "mei 2021", question)
    june = summarize(capsys, FEDUSTRIA, "--question", "Overweegt u alternatieve bevoorradingskanalen?",
                     "--filter", "wave=juni 2020")
    assert june["total"]["shares"]["Ja"] < 0.10  # published as "under 10 %"


def test_flanders_make_stock_policy_before_and_after(capsys):
    for question in ("Voorraadbeleid vóór corona", "Voorraadbeleid na corona",
                     "Houdt u meer voorraad aan dan vóór corona?"):
        shares = summarize(capsys, FLANDERS_MAKE, "--question", question)["total"]["shares"]
        assert_published_shares(shares, "flanders make", question)


def test_flanders_make_supply_chain_changes(capsys):
    question = "Aanpassingen aan de supply chain na corona"
    result = summarize(capsys, FLANDERS_MAKE, "--question", question)
    assert_published_shares(result["total"]["shares"], "flanders make", question)
