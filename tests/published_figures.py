"""The published figures the sample data reproduces, in one place for every test that checks them.

Source: SERV (2022), report 002 in the seeds, as DESIGN.md quotes it ("Reference figures from the
seeds"). The figures the app itself shows beside questions are read from its resource,
`resources/reference_figures.json`, once; the others are written out here, nowhere else.
"""

from __future__ import annotations

import json
from decimal import Decimal
from functools import cache

from paths import ROOT


@cache
def reference_figures() -> dict[str, dict]:
    """The entries of resources/reference_figures.json by id."""
    data = json.loads((ROOT / "resources" / "reference_figures.json").read_text(encoding="utf-8"))
    return {figure["id"]: figure for figure in data["figures"]}


def percent(figure_id: str) -> float:
    """A share from the resource as the percentage it was published as (0.043 -> 4.3)."""
    figure = reference_figures()[figure_id]
    assert figure["unit"] == "%", figure
    return float(Decimal(str(figure["value"])) * 100)


def cases(figure_id: str) -> int:
    """A count of cases from the resource (Eurofound's reshoring monitor)."""
    value = reference_figures()[figure_id]["value"]
    assert isinstance(value, int), value
    return value

# (source, question or dimension, group or option) -> (published percent, decimals)
PUBLISHED = {
    # EMS 2013 - mid 2015, 2,450 firms in 8 countries (report 002, section 2.3.1)
    ("ems", "backshoring", "all"): (percent("ems_backshoring"), 1),
    ("ems", "backshored_from", "own sites abroad"): (2.6, 1),
    ("ems", "backshored_from", "suppliers abroad"): (1.7, 1),
    ("ems", "country", "Spain"): (7.9, 1),
    ("ems", "country", "Netherlands"): (percent("ems_backshoring_nl"), 1),
    ("ems", "country", "Germany"): (3.2, 1),
    ("ems", "size", "1-49"): (2.5, 1),
    ("ems", "size", "1000+"): (7.1, 1),
    ("ems", "tech", "low"): (1.7, 1),
    ("ems", "tech", "high"): (6.7, 1),
    # Fedustria quick surveys (section 2.3.6)
    ("september 2021", "Ondervindt u logistieke problemen?", "Ja"): (percent("fedustria_logistics"), 0),
    ("september 2021", "Zoekt u leveranciers dichter bij huis?", "Ja, maar zeer moeilijk en/of veel duurder"):
        (percent("fedustria_closer_hard"), 0),
    ("september 2021", "Zoekt u leveranciers dichter bij huis?", "Ja, grotendeels gelukt / zal lukken"): (11, 0),
    ("september 2021", "Zoekt u leveranciers dichter bij huis?", "Niet nodig"): (39, 0),
    ("september 2021", "Zoekt u leveranciers dichter bij huis?", "Niet haalbaar / niet de moeite"): (6, 0),
    ("mei 2021", "Verwacht u dat een deel van de productie van grondstoffen/halffabricaten terugkeert naar Europa?",
     "Ja"): (29, 0),
    # published as "under 10 %"; the sample uses 8 %
    ("juni 2020", "Overweegt u alternatieve bevoorradingskanalen?", "Ja"): (8, 0),
    # Flanders Make Industry 4.0 survey 2021 (section 4.2.1)
    ("flanders make", "Voorraadbeleid vóór corona", "Minimale voorraad"): (38, 0),
    ("flanders make", "Voorraadbeleid vóór corona", "Strategische voorraad"): (16, 0),
    ("flanders make", "Voorraadbeleid vóór corona", "Evenwicht"): (28, 0),
    ("flanders make", "Voorraadbeleid na corona", "Minimale voorraad"): (16, 0),
    ("flanders make", "Voorraadbeleid na corona", "Strategische voorraad"): (35, 0),
    ("flanders make", "Voorraadbeleid na corona", "Evenwicht"): (32, 0),
    ("flanders make", "Houdt u meer voorraad aan dan vóór corona?", "Ja"): (percent("flanders_make_more_stock"), 0),
    ("flanders make", "Aanpassingen aan de supply chain na corona", "Meer Europese leveranciers"):
        (percent("flanders_make_european_suppliers"), 0),
    ("flanders make", "Aanpassingen aan de supply chain na corona", "Meer gediversifieerde leveranciers"): (17, 0),
    ("flanders make", "Aanpassingen aan de supply chain na corona", "Meer Belgische leveranciers"): (8, 0),
    ("flanders make", "Aanpassingen aan de supply chain na corona", "Andere"): (5.5, 1),
    # published as "bijna de helft" (almost half); the sample uses 48 %
    ("flanders make", "Overweegt u uw supply-chainstrategie te wijzigen?", "Ja"): (48, 0),
}
# Eurofound reshoring monitor 2015-2018 (253 cases): cases naming each motive, with the Dutch
# option label the association survey uses for it.
PUBLISHED_MOTIVE_CASES = {
    "Automatisering van het productieproces": cases("eurofound_automation"),
    "Slechte kwaliteit van productie in het buitenland": cases("eurofound_quality"),
    "Nabijheid van klanten": 43,
    "'Made in'-effect": 40,
    "Innovatiestrategie": 28,
    "Kleiner verschil in loonkosten": 19,
    "Economische crisis": 18,
}
