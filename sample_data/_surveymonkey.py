"""association_reshoring_survey_surveymonkey.csv - an association's reshoring survey as
SurveyMonkey exports it ("All responses", expanded, CSV).

Row 1 holds the question text (once, over the first column of a multi-column question), row 2
the answer option ("Response", "Open-Ended Response", or the option label of a multi-select or
grid column; empty under the metadata columns). The motive ticks are exactly the Eurofound
reshoring-monitor case counts (2015-2018, 253 cases) quoted in SERV (2022) section 2.2.
"""

from __future__ import annotations

import datetime as dt
import random

from _common import assign_multi, write_csv
from _names import NameMaker, division_label

FILE_NAME = "association_reshoring_survey_surveymonkey.csv"
SEED = 2023_03

METADATA = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address",
            "First Name", "Last Name", "Custom Data 1"]
COLLECTORS = {431207885: 0.7, 431208116: 0.3}  # web link, e-mail invitation

Q_NAME = "Bedrijfsnaam"
Q_NACE = "Wat is de belangrijkste activiteit van uw bedrijf? (NACE)"
Q_SIZE = "Hoeveel werknemers heeft uw bedrijf?"
Q_REGION = "Regio"
Q_INTENTION = "Overweegt uw bedrijf de komende twee jaar productie te verplaatsen?"
Q_MOTIVES = "Wat zijn de belangrijkste motieven?"
Q_BARRIERS = "Welke drempels ervaart u bij het terughalen van productie?"
Q_LIKERT = "In hoeverre bent u het eens met de volgende stellingen?"
Q_ASIA = "Welk percentage van uw inkoop komt uit Azië?"
OTHER_LABEL = "Anders, namelijk"

INT_RESHORING = "Ja, terug naar Nederland/België (reshoring)"
INT_NEARSHORING = "Ja, naar een land dichterbij (nearshoring)"
INT_OFFSHORING = "Ja, naar een verder gelegen land (offshoring)"
INT_NO = "Nee"
INT_UNSURE = "Weet ik nog niet"
INTENTIONS = [INT_RESHORING, INT_NEARSHORING, INT_OFFSHORING, INT_NO, INT_UNSURE]
MOTIVES_ASKED_IF = (INT_RESHORING, INT_NEARSHORING, INT_UNSURE)

# Eurofound reshoring monitor 2015-2018: number of cases naming the motive (published figures).
PUBLISHED_MOTIVE_CASES = {
    "Automatisering van het productieproces": 51,          # automation
    "Slechte kwaliteit van productie in het buitenland": 48,  # poor quality
    "Nabijheid van klanten": 43,                           # proximity to customers
    "'Made in'-effect": 40,                                # "made in" effect
    "Innovatiestrategie": 28,                              # innovation strategy
    "Kleiner verschil in loonkosten": 19,                  # labour-cost gap reduction
    "Economische crisis": 18,                              # economic crisis
}
MOTIVE_SCALE = 1  # ticks in the file = published cases x MOTIVE_SCALE
OTHER_MOTIVES = [
    "Kortere levertijden", "Leveringszekerheid na de containercrisis", "Minder CO2-uitstoot door transport",
    "Bescherming van onze kennis (IP)", "Besluit van het moederbedrijf", "Subsidie van de provincie",
]

BARRIERS = {  # option: probability of being ticked
    "Gebrek aan geschikt personeel": 0.58,
    "Hogere loonkosten": 0.47,
    "Ontbrekende toeleveranciers": 0.31,
    "Investeringskosten": 0.43,
    "Regelgeving/vergunningen": 0.24,
}
BARRIER_NONE = "Geen van deze"

LIKERT_SCALE = ["Helemaal mee oneens", "Mee oneens", "Neutraal", "Mee eens", "Helemaal mee eens"]
LIKERT_STATEMENTS = {  # statement: mean score
    "Onze toeleveringsketen is sinds 2020 kwetsbaarder geworden": 3.6,
    "Automatisering maakt productie in Nederland/België weer rendabel": 3.4,
    "Klanten betalen meer voor lokaal geproduceerde producten": 2.6,
    "De overheid moet het terughalen van productie actief ondersteunen": 3.3,
}

SIZE_BANDS = ["1-9", "10-49", "50-249", "250 of meer"]
# Respondents per NACE division x size band (several groups of 6+ for peer benchmarks, a few
# groups of 1-3 firms for disclosure control).
GROUPS = {
    "25": (30, 62, 28, 6),
    "28": (12, 40, 30, 9),
    "22": (5, 20, 14, 3),
    "27": (3, 14, 10, 4),
    "24": (1, 6, 8, 3),
    "29": (0, 6, 9, 5),
    "26": (2, 8, 6, 2),
    "33": (8, 14, 4, 0),
    "10": (3, 8, 7, 2),
    "20": (0, 3, 5, 2),
    "31": (4, 5, 2, 0),
}
MISSING_SIZE = ["25", "28", "22"]  # respondents who skipped the size question (division known)
MISSING_NACE = ["10-49"]            # respondents who skipped the NACE question (size known)
DROPOUTS = 14                       # stopped after the intention question
SKIPPED_INTENTION = 5
SKIPPED_MOTIVES = 4
SKIPPED_REGION = 4
SKIPPED_NAME = 3

REGIONS = {
    "NL": {"Noord-Brabant": 22, "Gelderland": 14, "Zuid-Holland": 13, "Overijssel": 11, "Limburg (NL)": 8,
           "Noord-Holland": 8, "Utrecht": 5, "Friesland": 5, "Groningen": 4, "Drenthe": 4, "Zeeland": 3,
           "Flevoland": 3},
    "BE": {"West-Vlaanderen": 30, "Oost-Vlaanderen": 25, "Antwerpen": 22, "Limburg (BE)": 13,
           "Vlaams-Brabant": 10},
}


def columns() -> tuple[list[str], list[str]]:
    """The two header rows."""
    row1, row2 = list(METADATA), [""] * len(METADATA)
    for question, sub in ((Q_NAME, "Open-Ended Response"), (Q_NACE, "Response"), (Q_SIZE, "Response"),
                          (Q_REGION, "Response"), (Q_INTENTION, "Response")):
        row1.append(question)
        row2.append(sub)
    for question, options in ((Q_MOTIVES, [*PUBLISHED_MOTIVE_CASES, OTHER_LABEL]),
                              (Q_BARRIERS, [*BARRIERS, BARRIER_NONE]),
                              (Q_LIKERT, list(LIKERT_STATEMENTS))):
        row1 += [question] + [""] * (len(options) - 1)
        row2 += options
    row1.append(Q_ASIA)
    row2.append("Open-Ended Response")
    return row1, row2


def build_respondents(rng: random.Random) -> list[dict]:
    people = []
    for division, counts in GROUPS.items():
        for band, count in zip(SIZE_BANDS, counts):
            people += [{"division": division, "band": band} for _ in range(count)]
    people += [{"division": d, "band": None} for d in MISSING_SIZE]
    people += [{"division": None, "band": b} for b in MISSING_NACE]
    rng.shuffle(people)

    names = NameMaker(rng)
    for p in people:
        p["country"] = "NL" if rng.random() < 0.6 else "BE"
        regions = REGIONS[p["country"]]
        p["region"] = rng.choices(list(regions), weights=list(regions.values()))[0]
        p["name"] = names.make(p["division"] or "25", p["country"])
    for p in rng.sample(people, SKIPPED_REGION):
        p["region"] = None
    for p in rng.sample(people, SKIPPED_NAME):
        p["name"] = None

    lean = {"1-9": 0.6, "10-49": 0.9, "50-249": 1.2, "250 of meer": 1.5, None: 1.0}
    for p in people:
        f = lean[p["band"]]
        weights = [0.12 * f, 0.09 * f, 0.06 * f, 0.0, 0.14]
        weights[3] = 1.0 - sum(weights)
        p["intention"] = rng.choices(INTENTIONS, weights=weights)[0]
    for p in rng.sample(people, SKIPPED_INTENTION):
        p["intention"] = None
    dropouts = {id(p) for p in rng.sample(people, DROPOUTS)}
    for p in people:
        p["complete"] = id(p) not in dropouts

    _motives(rng, people)
    _barriers(rng, people)
    for p in people:
        if not p["complete"]:
            continue
        p["likert"] = {}
        for statement, mean in LIKERT_STATEMENTS.items():
            if rng.random() < 0.02:
                continue
            score = int(round(min(5.0, max(1.0, rng.gauss(mean, 1.0)))))
            p["likert"][statement] = LIKERT_SCALE[score - 1]
        if rng.random() < 0.09:
            p["asia"] = None
        elif rng.random() < 0.18:
            p["asia"] = 0
        else:
            boost = 1.4 if p["division"] in ("26", "27") else 1.0
            p["asia"] = min(95, int(round(boost * 60 * rng.random() ** 1.8)) + 1)
    _metadata(rng, people)
    return people


def _motives(rng: random.Random, people: list[dict]) -> None:
    # asked (skip logic) of firms that consider moving production closer or do not know yet
    asked = [p for p in people if p["complete"] and p["intention"] in MOTIVES_ASKED_IF]
    skipped = {id(p) for p in rng.sample(asked, SKIPPED_MOTIVES)}
    answering = [p for p in asked if id(p) not in skipped]
    counts = {m: c * MOTIVE_SCALE for m, c in PUBLISHED_MOTIVE_CASES.items()}
    if not max(counts.values()) <= len(answering) <= sum(counts.values()):
        raise AssertionError(f"{len(answering)} motive respondents cannot carry the published counts")
    index = {id(p): i for i, p in enumerate(answering)}
    automation = next(iter(PUBLISHED_MOTIVE_CASES))

    def affinity(i, motive):  # automation is named more by larger firms
        band = answering[i]["band"]
        return 1.8 if motive == automation and band in ("50-249", "250 of meer") else 1.0

    ticks = assign_multi(rng, list(range(len(answering))), counts, affinity)
    for p in answering:
        p["motives"] = ticks[index[id(p)]]
    for p, text in zip(rng.sample(answering, len(OTHER_MOTIVES)), OTHER_MOTIVES):
        p["motive_other"] = text


def _barriers(rng: random.Random, people: list[dict]) -> None:
    for p in people:
        if not p["complete"] or rng.random() < 0.03:
            continue
        picked = {b for b, prob in BARRIERS.items() if rng.random() < prob}
        p["barriers"] = picked or {BARRIER_NONE}


def _metadata(rng: random.Random, people: list[dict]) -> None:
    start = dt.datetime(2023, 3, 6, 8, 0, 0)
    moments = sorted(start + dt.timedelta(seconds=rng.randint(0, 39 * 24 * 3600)) for _ in people)
    respondent_id = 11428900351
    for p, moment in zip(people, moments):
        if not 7 <= moment.hour < 20:  # most answers during office hours
            moment = moment.replace(hour=7 + rng.randint(0, 11))
        p["start"] = moment
        minutes = rng.uniform(4, 22) if p["complete"] else rng.uniform(1, 4)
        p["end"] = moment + dt.timedelta(seconds=int(minutes * 60))
        respondent_id += rng.randint(3, 4000)
        p["respondent_id"] = respondent_id
        p["collector"] = rng.choices(list(COLLECTORS), weights=list(COLLECTORS.values()))[0]
    people.sort(key=lambda p: p["start"])
    for p, rid in zip(people, sorted(p["respondent_id"] for p in people)):
        p["respondent_id"] = rid


def _fmt(moment: dt.datetime) -> str:
    return moment.strftime("%m/%d/%Y %I:%M:%S %p")


def write(out_dir) -> None:
    rng = random.Random(SEED)
    people = build_respondents(rng)
    row1, row2 = columns()
    table = [row1, row2]
    for p in people:
        row = [p["respondent_id"], p["collector"], _fmt(p["start"]), _fmt(p["end"]), "", "", "", "", ""]
        row += [p["name"], division_label(p["division"]) if p["division"] else None, p["band"], p["region"],
                p["intention"]]
        motives = p.get("motives", set())
        row += [m if m in motives else None for m in PUBLISHED_MOTIVE_CASES]
        row.append(p.get("motive_other"))
        barriers = p.get("barriers", set())
        row += [b if b in barriers else None for b in [*BARRIERS, BARRIER_NONE]]
        likert = p.get("likert", {})
        row += [likert.get(s) for s in LIKERT_STATEMENTS]
        row.append(p.get("asia"))
        assert len(row) == len(row1)
        table.append(row)
    write_csv(out_dir / FILE_NAME, table, delimiter=",", encoding="utf-8")
