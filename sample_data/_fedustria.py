"""fedustria_quick_survey_2021.csv - a Flemish federation's corona quick surveys, three waves.

Written as Dutch-locale Excel saves "CSV (puntkomma-gescheiden)": `;` separator, cp1252,
decimal comma, CRLF. Reproduces the figures of SERV (2022), section 2.3.6 (Fedustria News
nr. 21, 24 November 2021). Shares are over the firms that answered the question.
"""

from __future__ import annotations

import datetime as dt
import random

from _common import check_pct, dutch_decimal, expand, largest_remainder, weighted_sample, write_csv
from _names import NameMaker

FILE_NAME = "fedustria_quick_survey_2021.csv"
SEED = 2021_09

WAVE_JUNE_2020 = "juni 2020"
WAVE_MAY_2021 = "mei 2021"
WAVE_SEPT_2021 = "september 2021"
WAVES = {  # wave: (respondents, first day, last day)
    WAVE_JUNE_2020: (125, dt.date(2020, 6, 8), dt.date(2020, 6, 19)),
    WAVE_MAY_2021: (118, dt.date(2021, 5, 10), dt.date(2021, 5, 21)),
    WAVE_SEPT_2021: (142, dt.date(2021, 9, 13), dt.date(2021, 9, 24)),
}
MEMBER_POOL = 240

COL_WAVE = "Bevraging"
COL_DATE = "Datum"
COL_ID = "Ondernemingsnummer"
COL_NAME = "Bedrijfsnaam"
COL_SECTOR = "Sector"
COL_SIZE = "Aantal werknemers"
COL_PROVINCE = "Provincie"
Q_TURNOVER = "Omzetdaling (%)"
Q_TEMP_UNEMPLOYMENT = "Tijdelijke werkloosheid arbeiders (%)"
Q_ALTERNATIVE = "Overweegt u alternatieve bevoorradingskanalen?"
Q_EUROPE = "Verwacht u dat een deel van de productie van grondstoffen/halffabricaten terugkeert naar Europa?"
Q_LOGISTICS = "Ondervindt u logistieke problemen?"
Q_PROBLEMS = "Welke problemen?"
Q_CLOSER = "Zoekt u leveranciers dichter bij huis?"
Q_REMARKS = "Opmerkingen"
COLUMNS = [COL_WAVE, COL_DATE, COL_ID, COL_NAME, COL_SECTOR, COL_SIZE, COL_PROVINCE, Q_TURNOVER,
           Q_TEMP_UNEMPLOYMENT, Q_ALTERNATIVE, Q_EUROPE, Q_LOGISTICS, Q_PROBLEMS, Q_CLOSER, Q_REMARKS]

ASKED = {
    Q_TEMP_UNEMPLOYMENT: {WAVE_JUNE_2020, WAVE_MAY_2021},
    Q_ALTERNATIVE: {WAVE_JUNE_2020},
    Q_EUROPE: {WAVE_MAY_2021},
    Q_LOGISTICS: {WAVE_MAY_2021, WAVE_SEPT_2021},
    Q_PROBLEMS: {WAVE_MAY_2021, WAVE_SEPT_2021},
    Q_CLOSER: {WAVE_SEPT_2021},
}

CLOSER_HARD = "Ja, maar zeer moeilijk en/of veel duurder"
CLOSER_DONE = "Ja, grotendeels gelukt / zal lukken"
CLOSER_NOT_NEEDED = "Niet nodig"
CLOSER_NOT_FEASIBLE = "Niet haalbaar / niet de moeite"
CLOSER_DONT_KNOW = "Weet niet"

# --- published figures (integer percent of the firms that answered) ------------------------------
PUBLISHED = {
    (WAVE_SEPT_2021, Q_LOGISTICS, "Ja"): 60,
    (WAVE_SEPT_2021, Q_CLOSER, CLOSER_HARD): 42,
    (WAVE_SEPT_2021, Q_CLOSER, CLOSER_DONE): 11,
    (WAVE_SEPT_2021, Q_CLOSER, CLOSER_NOT_NEEDED): 39,
    (WAVE_SEPT_2021, Q_CLOSER, CLOSER_NOT_FEASIBLE): 6,
    (WAVE_MAY_2021, Q_EUROPE, "Ja"): 29,
    (WAVE_JUNE_2020, Q_ALTERNATIVE, "Ja"): 8,  # published: "minder dan 10 %"
}
DECIMALS = 0

# --- chosen counts --------------------------------------------------------------------------------
YESNO_COUNTS = {  # (wave, question): (answered, "Ja")
    (WAVE_SEPT_2021, Q_LOGISTICS): (140, 84),    # 60.0 %
    (WAVE_MAY_2021, Q_LOGISTICS): (116, 61),     # 52.6 % (not published)
    (WAVE_MAY_2021, Q_EUROPE): (112, 32),        # 28.6 % -> 29 %
    (WAVE_JUNE_2020, Q_ALTERNATIVE): (122, 10),  # 8.2 % -> 8 %
}
CLOSER_COUNTS = {  # September 2021, 131 answered
    CLOSER_HARD: 55,          # 42.0 %
    CLOSER_DONE: 14,          # 10.7 % -> 11 %
    CLOSER_NOT_NEEDED: 51,    # 38.9 % -> 39 %
    CLOSER_NOT_FEASIBLE: 8,   # 6.1 %  -> 6 %
    CLOSER_DONT_KNOW: 3,      # 2.3 %  -> 2 %
}
PROBLEM_OPTIONS = {  # option: probability among firms with logistics problems
    "Grondstoffen/onderdelen niet tijdig ontvangen": 0.82,
    "Afgewerkte producten niet tijdig bij klant": 0.63,
    "Hogere transportkosten": 0.55,
    "Tekort aan containers": 0.44,
    "Langere levertijden": 0.40,
}
PROBLEMS_SKIPPED = 2  # firms per wave that said "Ja" but did not tick a problem

SECTORS = {
    "13 - Vervaardiging van textiel": 0.45,
    "16 - Houtindustrie en vervaardiging van artikelen van hout en van kurk, exclusief meubelen": 0.20,
    "31 - Vervaardiging van meubelen": 0.22,
    "22 - Vervaardiging van producten van rubber of kunststof": 0.13,
}
SIZE_BANDS = {"1-9": 0.12, "10-49": 0.45, "50-249": 0.33, "250 of meer": 0.10}
PROVINCES = {"West-Vlaanderen": 0.40, "Oost-Vlaanderen": 0.30, "Antwerpen": 0.12, "Limburg": 0.10,
             "Vlaams-Brabant": 0.08}
TURNOVER = {  # wave: (mean, sd) of the turnover drop in percent (negative = growth)
    WAVE_JUNE_2020: (27.0, 17.0), WAVE_MAY_2021: (3.5, 11.0), WAVE_SEPT_2021: (-6.0, 9.0)}
TEMP_UNEMPLOYMENT = {WAVE_JUNE_2020: (34.0, 22.0), WAVE_MAY_2021: (7.0, 8.0)}

REMARKS = [
    "Containerprijzen x5 t.o.v. vóór corona",
    "Levering garen uit Azië duurt nu 4 à 5 maanden",
    "Prijsstijging grondstoffen ca. € 0,40/kg",
    "Klanten annuleren orders door late levering",
    "Tekort aan chauffeurs, transport naar UK moeilijk",
    "Alternatieve leverancier in Italië gevonden, maar 15 % duurder",
    "Hout uit Scandinavië bijna niet meer te krijgen",
    "Energiekost weegt zwaarder dan transport",
]


def _enterprise_number(rng: random.Random, used: set) -> str:
    """A Belgian enterprise number 0xxx.xxx.xxx whose last two digits are the mod-97 check."""
    while True:
        base = rng.randint(4_000_000, 8_999_999)  # 0400.000.0xx - 0899.999.9xx
        number = f"{base:08d}{97 - base % 97:02d}"
        if number not in used:
            used.add(number)
            return f"{number[:4]}.{number[4:7]}.{number[7:]}"


def _members(rng: random.Random) -> list[dict]:
    names = NameMaker(rng)
    used: set = set()
    sectors = expand(largest_remainder(MEMBER_POOL, SECTORS), rng)
    bands = expand(largest_remainder(MEMBER_POOL, SIZE_BANDS), rng)
    provinces = expand(largest_remainder(MEMBER_POOL, PROVINCES), rng)
    members = []
    for sector, band, province in zip(sectors, bands, provinces):
        members.append({
            COL_ID: _enterprise_number(rng, used),
            COL_NAME: names.make(sector[:2], "BE"),
            COL_SECTOR: sector,
            COL_SIZE: band,
            COL_PROVINCE: province,
            "loyalty": 0.4 + rng.random() * 2.0,  # some members answer every quick survey
        })
    return members


def _yes_set(rng, rows, answered, yes, weight=None):
    """Pick who answered and who said "Ja"; returns (answered rows, yes rows)."""
    asked = weighted_sample(rng, rows, answered)
    return asked, weighted_sample(rng, asked, yes, weight)


def build_rows(rng: random.Random) -> list[dict]:
    _self_check()
    members = _members(rng)
    rows = []
    for wave, (count, first, last) in WAVES.items():
        respondents = weighted_sample(rng, members, count, lambda m: m["loyalty"])
        span = (last - first).days
        wave_rows = []
        for member in respondents:
            row = {key: member[key] for key in (COL_ID, COL_NAME, COL_SECTOR, COL_SIZE, COL_PROVINCE)}
            row[COL_WAVE] = wave
            row[COL_DATE] = first + dt.timedelta(days=rng.randint(0, span))
            mean, sd = TURNOVER[wave]
            row[Q_TURNOVER] = None if rng.random() < 0.06 else max(-40.0, min(95.0, rng.gauss(mean, sd)))
            if wave in TEMP_UNEMPLOYMENT:
                mean, sd = TEMP_UNEMPLOYMENT[wave]
                row[Q_TEMP_UNEMPLOYMENT] = None if rng.random() < 0.08 else max(0.0, min(100.0, rng.gauss(mean, sd)))
            wave_rows.append(row)
        _answer_wave(rng, wave, wave_rows)
        wave_rows.sort(key=lambda r: (r[COL_DATE], r[COL_ID]))
        rows += wave_rows
    return rows


def _answer_wave(rng: random.Random, wave: str, rows: list[dict]) -> None:
    for (q_wave, question), (answered, yes) in YESNO_COUNTS.items():
        if q_wave != wave:
            continue
        # larger firms import more and feel logistics problems more often
        size_weight = {"1-9": 0.6, "10-49": 1.0, "50-249": 1.4, "250 of meer": 1.7}
        asked, said_yes = _yes_set(rng, rows, answered, yes, lambda r: size_weight[r[COL_SIZE]])
        yes_ids = {id(r) for r in said_yes}
        for r in asked:
            r[question] = "Ja" if id(r) in yes_ids else "Nee"
        if question == Q_LOGISTICS:
            skipped = {id(r) for r in rng.sample(said_yes, PROBLEMS_SKIPPED)}
            for r in said_yes:
                if id(r) in skipped:
                    continue
                picked = [opt for opt, p in PROBLEM_OPTIONS.items() if rng.random() < p]
                if not picked:
                    picked = [rng.choices(list(PROBLEM_OPTIONS), weights=list(PROBLEM_OPTIONS.values()))[0]]
                r[Q_PROBLEMS] = ";".join(picked)
                if rng.random() < 0.09:
                    r[Q_REMARKS] = rng.choice(REMARKS)
    if wave == WAVE_SEPT_2021:
        pool = weighted_sample(rng, rows, sum(CLOSER_COUNTS.values()))
        # firms with logistics problems look for closer suppliers far more often
        prefer = {CLOSER_HARD: 3.0, CLOSER_DONE: 2.0, CLOSER_NOT_NEEDED: 0.3, CLOSER_NOT_FEASIBLE: 1.0,
                  CLOSER_DONT_KNOW: 1.0}
        for option, count in CLOSER_COUNTS.items():
            chosen = weighted_sample(
                rng, pool, count,
                lambda r: prefer[option] if r.get(Q_LOGISTICS) == "Ja" else 1.0)
            chosen_ids = {id(r) for r in chosen}
            for r in chosen:
                r[Q_CLOSER] = option
            pool = [r for r in pool if id(r) not in chosen_ids]


def _self_check() -> None:
    for (wave, question, option), value in PUBLISHED.items():
        if question == Q_CLOSER:
            k, n = CLOSER_COUNTS[option], sum(CLOSER_COUNTS.values())
        else:
            n, k = YESNO_COUNTS[(wave, question)]
        check_pct(f"Fedustria {wave} {question} {option}", k, n, value, DECIMALS)
    for (wave, _q), (answered, _y) in YESNO_COUNTS.items():
        assert answered <= WAVES[wave][0]
    assert sum(CLOSER_COUNTS.values()) <= WAVES[WAVE_SEPT_2021][0]
    assert sum(PUBLISHED[(WAVE_SEPT_2021, Q_CLOSER, o)] for o in CLOSER_COUNTS if o != CLOSER_DONT_KNOW) == 98


def write(out_dir) -> None:
    rng = random.Random(SEED)
    rows = build_rows(rng)
    table = [COLUMNS]
    for r in rows:
        out = []
        for col in COLUMNS:
            value = r.get(col)
            if col == COL_DATE:
                value = value.strftime("%d/%m/%Y")
            elif col in (Q_TURNOVER, Q_TEMP_UNEMPLOYMENT):
                value = dutch_decimal(value, 1)
            elif col in ASKED and r[COL_WAVE] not in ASKED[col]:
                assert value is None
            out.append(value)
        table.append(out)
    write_csv(out_dir / FILE_NAME, table, delimiter=";", encoding="cp1252")
