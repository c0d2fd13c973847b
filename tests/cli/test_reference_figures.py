"""`summarize` on the bundled samples reproduces the published figures of DESIGN.md.

The expected numbers are the published ones (report 002 via DESIGN.md), compared at the
precision they were published with.
"""

from __future__ import annotations

import json

import pytest

from paths import SAMPLES
from explorer.cli import main

EMS = SAMPLES / "ems_2015_extract.xlsx"
FEDUSTRIA = SAMPLES / "fedustria_quick_survey_2021.csv"
FLANDERS_MAKE = SAMPLES / "flanders_make_industry40_2021.xlsx"


def summarize(capsys, *args: str) -> dict:
    assert main(["summarize", *map(str, args), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def pct(share: float) -> float:
    return round(100 * share, 1)


def group(result: dict, name: str) -> dict:
    return next(g for g in result["groups"] if g["group"] == name)


def test_ems_backshoring_overall(capsys):
    result = summarize(capsys, EMS, "--question", "backshoring")
    total = result["total"]
    assert total["n"] == 2450
    assert round(total["shares"]["yes"] * total["n"]) == 105
    assert pct(total["shares"]["yes"]) == 4.3
    lo, hi = total["ci"]["yes"]
    assert lo < total["shares"]["yes"] < hi


def test_ems_backshoring_by_size_band(capsys):
    result = summarize(capsys, EMS, "--question", "backshoring", "--by", "size", "--size-scheme", "ems")
    assert pct(group(result, "1-49")["shares"]["yes"]) == 2.5
    assert pct(group(result, "1000+")["shares"]["yes"]) == 7.1
    shares = [group(result, g)["shares"]["yes"] for g in ("1-49", "50-249", "250-999", "1000+")]
    assert shares == sorted(shares), "the published share rises with firm size"


def test_ems_backshoring_by_technology_class(capsys):
    result = summarize(capsys, EMS, "--question", "backshoring", "--by", "tech")
    assert pct(group(result, "low")["shares"]["yes"]) == 1.7
    assert pct(group(result, "high")["shares"]["yes"]) == 6.7


@pytest.mark.parametrize("country, published", [("Spain", 7.9), ("Netherlands", 4.7), ("Germany", 3.2)])
def test_ems_backshoring_by_country(capsys, country, published):
    result = summarize(capsys, EMS, "--question", "backshoring", "--by", "region")
    assert pct(group(result, country)["shares"]["yes"]) == published


def test_ems_backshored_from_own_sites_and_suppliers(capsys):
    result = summarize(capsys, EMS, "--question", "backshored_from")
    answered = result["total"]["n"]
    assert answered == 105
    own = result["total"]["shares"]["own sites abroad"] * answered / 2450
    suppliers = result["total"]["shares"]["suppliers abroad"] * answered / 2450
    assert (pct(own), pct(suppliers)) == (2.6, 1.7)


def test_fedustria_september_2021(capsys):
    september = ["--filter", "wave=september 2021"]
    logistics = summarize(capsys, FEDUSTRIA, "--question", "Ondervindt u logistieke problemen?", *september)
    assert round(100 * logistics["total"]["shares"]["Ja"]) == 60
    closer = summarize(capsys, FEDUSTRIA, "--question", "Zoekt u leveranciers dichter bij huis?", *september)
    shares = {k[:20]: round(100 * v) for k, v in closer["total"]["shares"].items()}
    assert shares["Ja, maar zeer moeilij"[:20]] == 42
    assert shares["Ja, grotendeels geluk"[:20]] == 11
    assert shares["Niet nodig"] == 39
    assert shares["Niet haalbaar / niet "[:20]] == 6


def test_fedustria_may_2021_and_first_lockdown(capsys):
    may = summarize(capsys, FEDUSTRIA, "--question",
                    "Verwacht u dat een deel van de productie van grondstoffen/halffabricaten terugkeert naar Europa?",
                    "--filter", "wave=mei 2021")
    assert round(100 * may["total"]["shares"]["Ja"]) == 29
    june = summarize(capsys, FEDUSTRIA, "--question", "Overweegt u alternatieve bevoorradingskanalen?",
                     "--filter", "wave=juni 2020")
    assert june["total"]["shares"]["Ja"] < 0.10


def test_flanders_make_stock_policy_before_and_after(capsys):
    before = summarize(capsys, FLANDERS_MAKE, "--question", "Voorraadbeleid vóór corona")["total"]["shares"]
    after = summarize(capsys, FLANDERS_MAKE, "--question", "Voorraadbeleid na corona")["total"]["shares"]
    published = {"Minimale voorraad": (38, 16), "Strategische voorraad": (16, 35), "Evenwicht": (28, 32)}
    for answer, (was, now) in published.items():
        assert (round(100 * before[answer]), round(100 * after[answer])) == (was, now), answer
    more_stock = summarize(capsys, FLANDERS_MAKE, "--question", "Houdt u meer voorraad aan dan vóór corona?")
    assert round(100 * more_stock["total"]["shares"]["Ja"]) == 22


def test_flanders_make_supply_chain_changes(capsys):
    result = summarize(capsys, FLANDERS_MAKE, "--question", "Aanpassingen aan de supply chain na corona")
    shares = result["total"]["shares"]
    assert round(100 * shares["Meer Europese leveranciers"]) == 20
    assert round(100 * shares["Meer gediversifieerde leveranciers"]) == 17
    assert round(100 * shares["Meer Belgische leveranciers"]) == 8
    assert round(100 * shares["Andere"], 1) == 5.5
