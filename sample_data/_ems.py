"""ems_2015_extract.xlsx - a European Manufacturing Survey (EMS 2015) style extract.

The published figures (SERV 2022, section 2.3.1, after Dachs et al. 2019) are reproduced by
choosing the cell counts first: a size-band x technology-class table of firms and of
backshorers whose margins give the published size and technology shares, and country totals
giving the published country shares. Countries are then dealt out over the cells at random
(separately for backshorers and the other firms), so every one-way margin holds exactly.
"""

from __future__ import annotations

import math
import random

from openpyxl import Workbook

from _common import check_pct, expand, save_workbook_deterministic, style_header, weighted_sample
from _names import NACE_CLASSES, TECH_OF_DIVISION

FILE_NAME = "ems_2015_extract.xlsx"
SEED = 2015

# --- published figures (percent of firms that backshored production 2013 - mid 2015) ----------
PUBLISHED = {
    ("total", "all"): 4.3,
    ("backshored_from", "own sites abroad"): 2.6,
    ("backshored_from", "suppliers abroad"): 1.7,
    ("country", "Spain"): 7.9,
    ("country", "Netherlands"): 4.7,
    ("country", "Germany"): 3.2,
    ("size", "1-49"): 2.5,
    ("size", "1000+"): 7.1,
    ("tech", "low"): 1.7,
    ("tech", "high"): 6.7,
}
DECIMALS = 1
TOTAL_FIRMS = 2450
TOTAL_BACKSHORERS = 105

# --- chosen counts: (firms, backshorers) ---------------------------------------------------------
COUNTRIES = {  # country: (firms, backshorers)
    "Germany": (1125, 36),      # 3.2 %
    "Spain": (266, 21),         # 7.9 %
    "Netherlands": (213, 10),   # 4.7 %
    "Austria": (240, 11),       # 4.6 %
    "Switzerland": (225, 10),   # 4.4 %
    "Denmark": (150, 7),        # 4.7 %
    "Slovenia": (131, 6),       # 4.6 %
    "Croatia": (100, 4),        # 4.0 %
}
ISO = {"Germany": "DE", "Spain": "ES", "Netherlands": "NL", "Austria": "AT",
       "Switzerland": "CH", "Denmark": "DK", "Slovenia": "SI", "Croatia": "HR"}

SIZE_BANDS = ["1-49", "50-249", "250-999", "1000+"]
TECH_CLASSES = ["low", "medium-low", "medium-high", "high"]

# rows: size band; columns: low, medium-low, medium-high, high
FIRMS_BY_SIZE_TECH = {
    "1-49":    (260, 340, 230, 50),    # 880
    "50-249":  (250, 370, 360, 100),   # 1080
    "250-999": (70, 110, 125, 45),     # 350
    "1000+":   (20, 30, 61, 29),       # 140
}                                      # 600, 850, 776, 224
BACKSHORERS_BY_SIZE_TECH = {
    "1-49":    (3, 8, 9, 2),           # 22 / 880  = 2.5 %
    "50-249":  (5, 16, 23, 8),         # 52 / 1080 = 4.8 %
    "250-999": (1, 7, 10, 3),          # 21 / 350  = 6.0 %
    "1000+":   (1, 3, 4, 2),           # 10 / 140  = 7.1 %
}                                      # 10/600 = 1.7 %, 34/850 = 4.0 %, 46/776 = 5.9 %, 15/224 = 6.7 %
BACKSHORED_FROM = {"own sites abroad": 64, "suppliers abroad": 41}

EMPLOYEE_RANGE = {"1-49": (20, 49), "50-249": (50, 249), "250-999": (250, 999), "1000+": (1000, 5000)}

# Division mix within each technology class (weights).
DIVISIONS_OF_TECH = {
    "high": {"26": 0.75, "21": 0.25},
    "medium-high": {"28": 0.50, "27": 0.18, "29": 0.15, "20": 0.12, "30": 0.05},
    "medium-low": {"25": 0.52, "22": 0.20, "23": 0.11, "24": 0.09, "33": 0.07, "19": 0.01},
    "low": {"10": 0.33, "18": 0.11, "31": 0.12, "16": 0.11, "32": 0.09, "13": 0.08, "17": 0.08,
            "11": 0.04, "14": 0.02, "15": 0.02},
}

MOTIVES = {  # column: (probability among supplier backshorers, among own-site backshorers)
    "motive_quality": (0.62, 0.40),
    "motive_flexibility": (0.52, 0.58),
    "motive_labour_costs": (0.15, 0.28),
    "motive_transport_costs": (0.22, 0.17),
    "motive_capacity_utilisation": (0.14, 0.42),
    "motive_automation": (0.10, 0.16),
    "motive_proximity_customers": (0.24, 0.22),
    "motive_made_in": (0.10, 0.08),
}

COLUMNS = ["firm_id", "country", "nace", "employees", "weight", "backshoring", "backshored_from",
           *MOTIVES, "offshoring", "share_of_production_abroad"]

README_LINES = [
    "European Manufacturing Survey 2015 - synthetic extract (Survey Explorer sample data)",
    "",
    "SYNTHETIC DATA. No row describes a real firm. The file mimics the layout of an EMS 2015 extract",
    "and reproduces the published backshoring figures quoted in SERV (2022), section 2.3.1",
    "(after Dachs, Kinkel, Jäger & Palčič 2019): 105 of 2,450 firms (4.3 %) backshored production",
    "between 2013 and mid-2015, 2.6 % from own sites abroad and 1.7 % from suppliers abroad.",
    "",
    "Sheet 'Data', one row per firm:",
    "firm_id - anonymous firm number (country code + serial)",
    "country - country of the responding firm (8 EMS countries)",
    "nace - NACE Rev. 2 class (4 digits) or division (2 digits) of the main activity",
    "employees - number of employees (EMS surveys firms with 20 or more employees)",
    "weight - design weight, mean 1",
    "backshoring - yes/no: backshored production activities from abroad 2013 - mid 2015",
    "backshored_from - own sites abroad / suppliers abroad (empty if no backshoring)",
    "motive_* - 1 if the motive applied, 0 if not (backshoring firms only; empty for the others)",
    "offshoring - yes/no: relocated production activities abroad 2013 - mid 2015",
    "share_of_production_abroad - percent of production capacity located abroad (may be missing)",
]


def _employees(rng: random.Random, band: str) -> int:
    """Log-uniform within the band, a little more mass at the low end (as in real size data)."""
    lo, hi = EMPLOYEE_RANGE[band]
    u = rng.random() ** 1.3
    return min(hi, int(round(math.exp(math.log(lo) + u * (math.log(hi) - math.log(lo))))))


def _nace(rng: random.Random, tech: str) -> str:
    mix = DIVISIONS_OF_TECH[tech]
    division = rng.choices(list(mix), weights=list(mix.values()))[0]
    if rng.random() < 0.12:
        return division  # only the division was coded
    return rng.choice(NACE_CLASSES[division])


def build_records(rng: random.Random) -> list[dict]:
    _self_check()
    backshorer_cells, other_cells = [], []
    for band, row in FIRMS_BY_SIZE_TECH.items():
        for tech, firms, back in zip(TECH_CLASSES, row, BACKSHORERS_BY_SIZE_TECH[band]):
            backshorer_cells += [(band, tech)] * back
            other_cells += [(band, tech)] * (firms - back)
    rng.shuffle(backshorer_cells)
    rng.shuffle(other_cells)
    back_countries = expand({c: b for c, (n, b) in COUNTRIES.items()}, rng)
    other_countries = expand({c: n - b for c, (n, b) in COUNTRIES.items()}, rng)

    records = []
    for backshored, cells, countries in ((True, backshorer_cells, back_countries),
                                         (False, other_cells, other_countries)):
        for (band, tech), country in zip(cells, countries, strict=True):
            records.append({"band": band, "tech": tech, "country": country, "backshoring": backshored})

    for rec in records:
        rec["employees"] = _employees(rng, rec["band"])
        rec["nace"] = _nace(rng, rec["tech"])

    # Own sites abroad is the likelier source the larger the firm.
    backshorers = [r for r in records if r["backshoring"]]
    size_affinity = {"1-49": 1.0, "50-249": 1.8, "250-999": 3.0, "1000+": 4.0}
    own = weighted_sample(rng, backshorers, BACKSHORED_FROM["own sites abroad"],
                          lambda r: size_affinity[r["band"]])
    own_ids = {id(r) for r in own}
    for rec in backshorers:
        rec["backshored_from"] = "own sites abroad" if id(rec) in own_ids else "suppliers abroad"
        which = 1 if rec["backshored_from"] == "own sites abroad" else 0
        ticks = {col: int(rng.random() < probs[which]) for col, probs in MOTIVES.items()}
        if not any(ticks.values()):
            col = rng.choices(list(MOTIVES), weights=[p[which] for p in MOTIVES.values()])[0]
            ticks[col] = 1
        rec.update(ticks)

    offshore_p = {"1-49": 0.04, "50-249": 0.08, "250-999": 0.16, "1000+": 0.26}
    sites_p = {"1-49": 0.06, "50-249": 0.15, "250-999": 0.38, "1000+": 0.68}
    for rec in records:
        p_off = offshore_p[rec["band"]] + (0.15 if rec["backshoring"] else 0.0)
        rec["offshoring"] = None if rng.random() < 0.012 else ("yes" if rng.random() < p_off else "no")
        has_sites = rec["offshoring"] == "yes" or rng.random() < sites_p[rec["band"]]
        if rec.get("backshored_from") == "own sites abroad":
            has_sites = rng.random() < 0.85
        if rng.random() < 0.065:
            rec["share"] = None
        elif has_sites:
            rec["share"] = max(1, min(90, int(round(4 + 55 * rng.random() ** 1.6))))
        else:
            rec["share"] = 0

    _assign_weights(rng, records)
    _assign_ids(rng, records)
    records.sort(key=lambda r: (list(COUNTRIES).index(r["country"]), r["firm_id"]))
    return records


def _assign_weights(rng: random.Random, records: list[dict]) -> None:
    base = {"1-49": 1.55, "50-249": 0.85, "250-999": 0.45, "1000+": 0.30}
    raw = [base[r["band"]] * math.exp(rng.gauss(0.0, 0.2)) for r in records]
    # weights in units of 1/10,000 summing exactly to the number of firms (mean exactly 1)
    target = 10_000 * len(records)
    scale = target / sum(raw)
    units = [max(1, int(round(w * scale))) for w in raw]
    units[units.index(max(units))] += target - sum(units)
    for rec, u in zip(records, units):
        rec["weight"] = u / 10_000


def _assign_ids(rng: random.Random, records: list[dict]) -> None:
    for country in COUNTRIES:
        mine = [r for r in records if r["country"] == country]
        rng.shuffle(mine)
        for serial, rec in enumerate(mine, start=1):
            rec["firm_id"] = f"{ISO[country]}{serial:04d}"


def _self_check() -> None:
    """The chosen counts must reproduce every published figure (and add up)."""
    firms_by_band = {b: sum(row) for b, row in FIRMS_BY_SIZE_TECH.items()}
    back_by_band = {b: sum(row) for b, row in BACKSHORERS_BY_SIZE_TECH.items()}
    firms_by_tech = {t: sum(FIRMS_BY_SIZE_TECH[b][i] for b in SIZE_BANDS) for i, t in enumerate(TECH_CLASSES)}
    back_by_tech = {t: sum(BACKSHORERS_BY_SIZE_TECH[b][i] for b in SIZE_BANDS) for i, t in enumerate(TECH_CLASSES)}
    assert sum(firms_by_band.values()) == TOTAL_FIRMS == sum(n for n, _ in COUNTRIES.values())
    assert sum(back_by_band.values()) == TOTAL_BACKSHORERS == sum(b for _, b in COUNTRIES.values())
    assert sum(BACKSHORED_FROM.values()) == TOTAL_BACKSHORERS
    for (dim, key), value in PUBLISHED.items():
        if dim == "total":
            k, n = TOTAL_BACKSHORERS, TOTAL_FIRMS
        elif dim == "backshored_from":
            k, n = BACKSHORED_FROM[key], TOTAL_FIRMS
        elif dim == "country":
            n, k = COUNTRIES[key]
        elif dim == "size":
            k, n = back_by_band[key], firms_by_band[key]
        else:
            k, n = back_by_tech[key], firms_by_tech[key]
        check_pct(f"EMS {dim}={key}", k, n, value, DECIMALS)
    band_rates = [back_by_band[b] / firms_by_band[b] for b in SIZE_BANDS]
    tech_rates = [back_by_tech[t] / firms_by_tech[t] for t in TECH_CLASSES]
    assert band_rates == sorted(band_rates) and tech_rates == sorted(tech_rates)
    for division, tech in ((d, t) for t, mix in DIVISIONS_OF_TECH.items() for d in mix):
        assert TECH_OF_DIVISION[division] == tech, division


def write(out_dir) -> None:
    rng = random.Random(SEED)
    records = build_records(rng)
    wb = Workbook()
    readme = wb.active
    readme.title = "Readme"
    for line in README_LINES:
        readme.append([line])
    readme.column_dimensions["A"].width = 100
    data = wb.create_sheet("Data")
    data.append(COLUMNS)
    for rec in records:
        row = [rec["firm_id"], rec["country"], rec["nace"], rec["employees"], rec["weight"],
               "yes" if rec["backshoring"] else "no", rec.get("backshored_from")]
        row += [rec.get(col) for col in MOTIVES]
        row += [rec["offshoring"], rec["share"]]
        data.append(row)
    for cell in data["C"][1:]:
        cell.number_format = "@"  # NACE codes are text ("25.10" must not become 25.1)
    style_header(data)
    save_workbook_deterministic(wb, out_dir / FILE_NAME)
