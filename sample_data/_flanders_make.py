"""flanders_make_industry40_2021.xlsx - a Flanders Make-style member survey (Dutch headers).

Reproduces the figures of SERV (2022), section 4.2.1 (Flanders Make, Industrie 4.0 rapport
2021). Shares are over the firms that answered the question. The supply-chain question is a
multi-select with one column per option holding the option label or nothing (as SurveyMonkey
and many hand-made sheets store it): a firm with no label in any of these columns did not
answer it.
"""

from __future__ import annotations

import math
import random

from openpyxl import Workbook

from _common import (assign_multi, check_pct, expand, largest_remainder, save_workbook_deterministic,
                     style_header, weighted_sample)
from _names import NACE_CLASSES, NameMaker

FILE_NAME = "flanders_make_industry40_2021.xlsx"
SEED = 2021_04
RESPONDENTS = 216

COL_ID = "Bedrijfs-ID"
COL_NAME = "Bedrijfsnaam"
COL_NACE = "NACE-code"
COL_EMPLOYEES = "Aantal werknemers"
COL_PROVINCE = "Provincie"
Q_STOCK_BEFORE = "Voorraadbeleid vóór corona"
Q_STOCK_AFTER = "Voorraadbeleid na corona"
Q_MORE_STOCK = "Houdt u meer voorraad aan dan vóór corona?"
CHANGES_STEM = "Aanpassingen aan de supply chain na corona"
Q_CONSIDER = "Overweegt u uw supply-chainstrategie te wijzigen?"
LIKERT_ITEMS = [
    "Corona heeft onze kijk op toeleveringsketens blijvend veranderd",
    "Wij zijn beter voorbereid op een volgende verstoring van de toeleveringsketen",
]
LIKERT_SCALE = ["Helemaal oneens", "Oneens", "Neutraal", "Eens", "Helemaal eens"]

STOCK_MINIMAL = "Minimale voorraad"
STOCK_STRATEGIC = "Strategische voorraad"
STOCK_BALANCE = "Evenwicht"
STOCK_NONE = "Geen specifiek beleid"
STOCK_OPTIONS = [STOCK_MINIMAL, STOCK_STRATEGIC, STOCK_BALANCE, STOCK_NONE]

CH_EUROPE = "Meer Europese leveranciers"
CH_DIVERSE = "Meer gediversifieerde leveranciers"
CH_BELGIUM = "Meer Belgische leveranciers"
CH_OTHER = "Andere"
CH_NONE = "Geen aanpassingen"
CHANGE_OPTIONS = [CH_EUROPE, CH_DIVERSE, CH_BELGIUM, CH_OTHER, CH_NONE]


def change_column(option: str) -> str:
    return f"{CHANGES_STEM} - {option}"


COLUMNS = [COL_ID, COL_NAME, COL_NACE, COL_EMPLOYEES, COL_PROVINCE, Q_STOCK_BEFORE, Q_STOCK_AFTER,
           Q_MORE_STOCK, *[change_column(o) for o in CHANGE_OPTIONS], Q_CONSIDER, *LIKERT_ITEMS]

# --- published figures (percent of the firms that answered) -------------------------------------
PUBLISHED = {  # (question, option): (percent, decimals)
    (Q_STOCK_BEFORE, STOCK_MINIMAL): (38, 0),
    (Q_STOCK_BEFORE, STOCK_STRATEGIC): (16, 0),
    (Q_STOCK_BEFORE, STOCK_BALANCE): (28, 0),
    (Q_STOCK_AFTER, STOCK_MINIMAL): (16, 0),
    (Q_STOCK_AFTER, STOCK_STRATEGIC): (35, 0),
    (Q_STOCK_AFTER, STOCK_BALANCE): (32, 0),
    (Q_MORE_STOCK, "Ja"): (22, 0),
    (CHANGES_STEM, CH_EUROPE): (20, 0),
    (CHANGES_STEM, CH_DIVERSE): (17, 0),
    (CHANGES_STEM, CH_BELGIUM): (8, 0),
    (CHANGES_STEM, CH_OTHER): (5.5, 1),
    (Q_CONSIDER, "Ja"): (48, 0),  # published: "bijna de helft"
}

# --- chosen counts --------------------------------------------------------------------------------
# Stock policy before (rows) -> after (columns), 210 firms answered both, 6 neither.
STOCK_TRANSITIONS = {
    STOCK_MINIMAL:   {STOCK_MINIMAL: 25, STOCK_STRATEGIC: 35, STOCK_BALANCE: 15, STOCK_NONE: 5},   # 80
    STOCK_STRATEGIC: {STOCK_MINIMAL: 1, STOCK_STRATEGIC: 28, STOCK_BALANCE: 4, STOCK_NONE: 1},     # 34
    STOCK_BALANCE:   {STOCK_MINIMAL: 5, STOCK_STRATEGIC: 8, STOCK_BALANCE: 44, STOCK_NONE: 2},     # 59
    STOCK_NONE:      {STOCK_MINIMAL: 3, STOCK_STRATEGIC: 2, STOCK_BALANCE: 4, STOCK_NONE: 28},     # 37
}   # after: 34 (16.2 %), 73 (34.8 %), 67 (31.9 %), 36 (17.1 %)
MORE_STOCK = (205, 45)                 # answered, "Ja": 22.0 %
CONSIDER = (208, 100)                  # answered, "Ja": 48.1 %
CHANGES_ANSWERED = 200
CHANGE_COUNTS = {CH_EUROPE: 40, CH_DIVERSE: 34, CH_BELGIUM: 16, CH_OTHER: 11}  # of 200
CHANGERS = 84                          # firms ticking at least one change; the other 116 "Geen aanpassingen"
LIKERT_ANSWERED = 203

DIVISIONS = {"28": 30, "25": 15, "27": 8, "26": 8, "22": 7, "29": 6, "10": 5, "20": 5, "33": 4,
             "30": 2, "31": 2, "62": 4, "71": 4}
PROVINCES = {"West-Vlaanderen": 27, "Oost-Vlaanderen": 22, "Antwerpen": 25, "Limburg": 12,
             "Vlaams-Brabant": 14}


def _self_check() -> None:
    n_stock = sum(sum(row.values()) for row in STOCK_TRANSITIONS.values())
    before = {o: sum(STOCK_TRANSITIONS[o].values()) for o in STOCK_OPTIONS}
    after = {o: sum(STOCK_TRANSITIONS[b][o] for b in STOCK_OPTIONS) for o in STOCK_OPTIONS}
    for (question, option), (value, decimals) in PUBLISHED.items():
        if question == Q_STOCK_BEFORE:
            k, n = before[option], n_stock
        elif question == Q_STOCK_AFTER:
            k, n = after[option], n_stock
        elif question == Q_MORE_STOCK:
            n, k = MORE_STOCK
        elif question == Q_CONSIDER:
            n, k = CONSIDER
        else:
            k, n = CHANGE_COUNTS[option], CHANGES_ANSWERED
        check_pct(f"Flanders Make {question} {option}", k, n, value, decimals)
    assert CHANGERS <= CONSIDER[1] and CHANGES_ANSWERED <= RESPONDENTS and n_stock <= RESPONDENTS


def build_rows(rng: random.Random) -> list[dict]:
    _self_check()
    names = NameMaker(rng)
    divisions = expand(_scale(DIVISIONS), rng)
    provinces = expand(_scale(PROVINCES), rng)
    rows = []
    for i, (division, province) in enumerate(zip(divisions, provinces), start=1):
        employees = max(5, min(4000, int(round(math.exp(rng.gauss(math.log(70), 1.1))))))
        nace = division if rng.random() < 0.04 else rng.choice(NACE_CLASSES[division])
        rows.append({COL_ID: f"FM21-{i:03d}", COL_NAME: names.make(division, "BE"), COL_NACE: nace,
                     COL_EMPLOYEES: employees, COL_PROVINCE: province})

    # stock policy: before/after pairs dealt to 210 firms
    pairs = [(b, a) for b, row in STOCK_TRANSITIONS.items() for a, k in row.items() for _ in range(k)]
    rng.shuffle(pairs)
    for r, (before, after) in zip(rng.sample(rows, len(pairs)), pairs):
        r[Q_STOCK_BEFORE], r[Q_STOCK_AFTER] = before, after

    # more stock: firms that moved towards strategic stock say "Ja" more often
    def more_stock_weight(r):
        return 4.0 if r.get(Q_STOCK_AFTER) == STOCK_STRATEGIC and r.get(Q_STOCK_BEFORE) != STOCK_STRATEGIC else 1.0
    answered = weighted_sample(rng, rows, MORE_STOCK[0])
    yes = {id(r) for r in weighted_sample(rng, answered, MORE_STOCK[1], more_stock_weight)}
    for r in answered:
        r[Q_MORE_STOCK] = "Ja" if id(r) in yes else "Nee"

    # supply-chain changes (multi-select) and "consider changing" (changers all say "Ja")
    size_weight = lambda r: 1.0 + math.log10(r[COL_EMPLOYEES])  # noqa: E731
    changes_answered = rng.sample(rows, CHANGES_ANSWERED)
    changers = weighted_sample(rng, changes_answered, CHANGERS, size_weight)
    ticks = assign_multi(rng, [r[COL_ID] for r in changers], CHANGE_COUNTS)
    changer_ids = {id(r) for r in changers}
    for r in changes_answered:
        chosen = ticks.get(r[COL_ID], set()) if id(r) in changer_ids else {CH_NONE}
        for option in CHANGE_OPTIONS:
            r[change_column(option)] = option if option in chosen else None
    others = [r for r in rows if id(r) not in changer_ids]
    consider_answered = changers + rng.sample(others, CONSIDER[0] - CHANGERS)
    consider_yes = changer_ids | {id(r) for r in weighted_sample(
        rng, [r for r in consider_answered if id(r) not in changer_ids], CONSIDER[1] - CHANGERS, size_weight)}
    for r in consider_answered:
        r[Q_CONSIDER] = "Ja" if id(r) in consider_yes else "Nee"

    # Likert items
    likert_answered = rng.sample(rows, LIKERT_ANSWERED)
    for r in likert_answered:
        shift = 0.6 if r.get(Q_CONSIDER) == "Ja" else 0.0
        for item, centre in zip(LIKERT_ITEMS, (3.4, 3.0)):
            if rng.random() < 0.015:
                continue  # skipped a single item
            score = int(round(min(5.0, max(1.0, rng.gauss(centre + shift, 0.95)))))
            r[item] = LIKERT_SCALE[score - 1]
    return rows


def _scale(weights: dict) -> dict:
    return largest_remainder(RESPONDENTS, weights)


def write(out_dir) -> None:
    rng = random.Random(SEED)
    rows = build_rows(rng)
    wb = Workbook()
    ws = wb.active
    ws.title = "Antwoorden"
    ws.append(COLUMNS)
    for r in rows:
        ws.append([r.get(col) for col in COLUMNS])
    for cell in ws["C"][1:]:
        cell.number_format = "@"
    style_header(ws)
    save_workbook_deterministic(wb, out_dir / FILE_NAME)
