"""Fictional firm names and NACE tables for the sample data.

Names are combinations of common Dutch/Flemish surnames and trade words; any resemblance to a
real firm is accidental.
"""

from __future__ import annotations

import random

SURNAMES_NL = [
    "De Jong", "Jansen", "De Vries", "Van den Berg", "Van Dijk", "Bakker", "Visser", "Smit",
    "Meijer", "De Boer", "Mulder", "De Groot", "Bos", "Vos", "Hendriks", "Van Leeuwen", "Dekker",
    "Brouwer", "De Wit", "Dijkstra", "Smits", "De Graaf", "Van der Meer", "Van der Linden", "Kok",
    "De Haan", "Van den Heuvel", "Van der Veen", "Van den Broek", "De Bruijn", "Schouten",
    "Van Beek", "Van Vliet", "Van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster", "Prins",
    "Blom", "Huisman", "Kuipers", "Van Wijk", "Post", "Veenstra", "Kramer", "Wolters", "Hofman",
    "Bosman", "Oosterhuis", "Timmermans", "Van Rijn", "Groen", "Kuijpers", "Evers", "Lammers",
]

SURNAMES_BE = [
    "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
    "De Smedt", "Vermeulen", "Van den Broeck", "Hermans", "Aerts", "Pauwels", "Desmet",
    "Vandenberghe", "Declercq", "Verstraete", "Van Damme", "Claeys", "Lambrechts", "Michiels",
    "Stevens", "De Backer", "Verhaeghe", "Cools", "Van Hoof", "Coppens", "Vervaet", "Devos",
    "Dewulf", "Vanhoutte", "Lemmens", "Smets", "Segers", "Geerts", "Vanneste", "Baert", "Decock",
    "Demeyer", "Bogaert", "Verbeke", "Hendrickx", "Moens", "Van Acker", "De Clercq", "Vandewalle",
    "Deprez", "Callens", "Vercruysse", "Debruyne", "Van Landeghem", "Seghers",
]

# Trade words by NACE division (Rev. 2) - what a firm of that division might call itself.
TRADES = {
    "10": ["Vleeswaren", "Bakkerij", "Zuivelfabriek", "Voedingsindustrie", "Conservenfabriek"],
    "13": ["Weverij", "Spinnerij", "Textielveredeling", "Tapijtweverij", "Breierij", "Textielfabriek"],
    "14": ["Confectie", "Kledingatelier"],
    "16": ["Zagerij", "Houtbewerking", "Schrijnwerkerij", "Parketfabriek", "Houtindustrie"],
    "17": ["Kartonnage", "Papierwaren"],
    "18": ["Drukkerij", "Grafische Industrie"],
    "20": ["Chemie", "Coatings", "Lijmen en Kitten", "Verffabriek"],
    "21": ["Farma", "Pharmaceutica"],
    "22": ["Kunststoffen", "Kunststofverwerking", "Rubberfabriek", "Spuitgieterij", "Vloerbekleding"],
    "23": ["Betonfabriek", "Glasbewerking", "Steenfabriek"],
    "24": ["Gieterij", "Staalwalserij", "Non-Ferro"],
    "25": ["Metaalbewerking", "Plaatwerk", "Staalbouw", "Constructiebedrijf", "Draaierij",
           "Lasbedrijf", "Oppervlaktetechniek", "Verspaningstechniek", "Metaalwarenfabriek"],
    "26": ["Elektronica", "Sensortechniek", "Meettechniek", "Optronica"],
    "27": ["Elektrotechniek", "Kabelfabriek", "Verlichting", "Schakeltechniek"],
    "28": ["Machinefabriek", "Machinebouw", "Aandrijftechniek", "Pomptechniek",
           "Transportsystemen", "Hydrauliek"],
    "29": ["Carrosseriebouw", "Aanhangwagenbouw", "Wagenbouw", "Automotive Componenten"],
    "30": ["Scheepswerf", "Jachtbouw", "Fietsenfabriek"],
    "31": ["Meubelfabriek", "Meubelmakerij", "Interieurbouw", "Zetelfabriek"],
    "32": ["Medische Hulpmiddelen", "Speelgoedfabriek"],
    "33": ["Onderhoudstechniek", "Industriële Service", "Machine-onderhoud"],
    "62": ["Software", "Industriële Automatisering"],
    "71": ["Ingenieursbureau", "Engineering"],
}

LEGAL_NL = ["BV"] * 9 + ["B.V."]
LEGAL_BE = ["NV"] * 4 + ["BV"] * 5 + ["BVBA"]


class NameMaker:
    """Unique fictional firm names, Dutch or Flemish flavoured."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def make(self, division: str, country: str) -> str:
        rng = self.rng
        surnames = SURNAMES_BE if country == "BE" else SURNAMES_NL
        legal = LEGAL_BE if country == "BE" else LEGAL_NL
        trades = TRADES.get(division, ["Industrie"])
        for _ in range(200):
            trade = rng.choice(trades)
            name = rng.choice(surnames)
            form = rng.choice(legal)
            pattern = rng.random()
            if pattern < 0.55:
                text = f"{trade} {name} {form}"
            elif pattern < 0.80:
                text = f"{name} {trade} {form}"
            elif pattern < 0.92:
                text = f"{name} & Zonen {form}"
            else:
                other = rng.choice(surnames)
                if other == name:
                    continue
                text = f"{trade} {name}-{other} {form}"
            if text not in self.used:
                self.used.add(text)
                return text
        raise RuntimeError("ran out of firm names")


# A few real NACE Rev. 2 classes per manufacturing division (used to give firms 4-digit codes).
# No class from a group that Eurostat's 3-digit variant moves to another technology class (18.2,
# 25.4, 30.1, 30.3, 32.5), so the 2-digit classes of the published figures and the app's 3-digit
# refinement agree.
NACE_CLASSES = {
    "10": ["10.13", "10.51", "10.71", "10.82", "10.89"],
    "11": ["11.05", "11.07"],
    "13": ["13.10", "13.20", "13.30", "13.92", "13.93", "13.96"],
    "14": ["14.13", "14.19"],
    "15": ["15.12", "15.20"],
    "16": ["16.10", "16.21", "16.23", "16.24"],
    "17": ["17.21", "17.29"],
    "18": ["18.12", "18.13"],
    "19": ["19.20"],
    "20": ["20.16", "20.30", "20.52", "20.59"],
    "21": ["21.10", "21.20"],
    "22": ["22.19", "22.21", "22.22", "22.29"],
    "23": ["23.61", "23.12", "23.70"],
    "24": ["24.10", "24.42", "24.51", "24.53"],
    "25": ["25.11", "25.12", "25.29", "25.50", "25.61", "25.62", "25.73", "25.94", "25.99"],
    "26": ["26.11", "26.20", "26.51", "26.60", "26.70"],
    "27": ["27.11", "27.12", "27.32", "27.40", "27.90"],
    "28": ["28.13", "28.14", "28.15", "28.22", "28.29", "28.41", "28.92", "28.93", "28.96", "28.99"],
    "29": ["29.10", "29.20", "29.31", "29.32"],
    "30": ["30.20", "30.91", "30.92", "30.99"],
    "31": ["31.01", "31.02", "31.09"],
    "32": ["32.12", "32.30", "32.99"],
    "33": ["33.12", "33.14", "33.20"],
    "62": ["62.01", "62.02"],
    "71": ["71.12", "71.20"],
}

# Eurostat high-tech aggregation of manufacturing divisions (the classes the reference figures use).
TECH_OF_DIVISION = {}
for _div in ("21", "26"):
    TECH_OF_DIVISION[_div] = "high"
for _div in ("20", "27", "28", "29", "30"):
    TECH_OF_DIVISION[_div] = "medium-high"
for _div in ("19", "22", "23", "24", "25", "33"):
    TECH_OF_DIVISION[_div] = "medium-low"
for _div in ("10", "11", "12", "13", "14", "15", "16", "17", "18", "31", "32"):
    TECH_OF_DIVISION[_div] = "low"

# Dutch labels of NACE/SBI divisions as a survey tool would list them.
DIVISION_LABELS_NL = {
    "10": "Vervaardiging van voedingsmiddelen",
    "13": "Vervaardiging van textiel",
    "16": "Houtindustrie en vervaardiging van artikelen van hout en van kurk, exclusief meubelen",
    "20": "Vervaardiging van chemische producten",
    "22": "Vervaardiging van producten van rubber of kunststof",
    "24": "Vervaardiging van metalen in primaire vorm",
    "25": "Vervaardiging van producten van metaal",
    "26": "Vervaardiging van computers en van elektronische en optische producten",
    "27": "Vervaardiging van elektrische apparatuur",
    "28": "Vervaardiging van machines, apparaten en werktuigen",
    "29": "Vervaardiging van auto's, aanhangwagens en opleggers",
    "31": "Vervaardiging van meubelen",
    "33": "Reparatie en installatie van machines en apparaten",
}


def division_label(division: str) -> str:
    return f"{division} - {DIVISION_LABELS_NL[division]}"
