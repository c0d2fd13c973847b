"""The bundled sample files reproduce the published reference figures.

Opens the files with plain pandas / openpyxl / csv (never with project code) and counts
directly. Expected values come from one table of published figures (tests/published_figures.py:
SERV 2022, report 002 in the seeds; DESIGN.md "Reference figures from the seeds"): a share k/n in
the file, rounded half-up to the published number of decimals, must equal the published figure.
"""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
import zipfile
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import openpyxl
import pandas as pd
import pytest

from paths import SAMPLE_FILES, SAMPLES
from published_figures import PUBLISHED, PUBLISHED_MOTIVE_CASES

EMS = SAMPLES / "ems_2015_extract.xlsx"
FEDUSTRIA = SAMPLES / "fedustria_quick_survey_2021.csv"
FLANDERS_MAKE = SAMPLES / "flanders_make_industry40_2021.xlsx"
SURVEYMONKEY = SAMPLES / "association_reshoring_survey_surveymonkey.csv"
ALL_FILES = SAMPLE_FILES

EMS_COUNTRIES = 8
EMS_FIRMS = 2450
EMS_SIZE_BANDS = [("1-49", 0, 49), ("50-249", 50, 249), ("250-999", 250, 999), ("1000+", 1000, 10**9)]
TECH_ORDER = ["low", "medium-low", "medium-high", "high"]
TECH_OF_DIVISION = {
    **{d: "high" for d in (21, 26)},
    **{d: "medium-high" for d in (20, 27, 28, 29, 30)},
    **{d: "medium-low" for d in (19, 22, 23, 24, 25, 33)},
    **{d: "low" for d in (*range(10, 19), 31, 32)},
}
EMS_MOTIVES = ["motive_quality", "motive_flexibility", "motive_labour_costs", "motive_transport_costs",
               "motive_capacity_utilisation", "motive_automation", "motive_proximity_customers",
               "motive_made_in"]
FEDUSTRIA_WAVES = ["juni 2020", "mei 2021", "september 2021"]
FEDUSTRIA_ASKED = {  # question: waves in which it was asked
    "Tijdelijke werkloosheid arbeiders (%)": {"juni 2020", "mei 2021"},
    "Overweegt u alternatieve bevoorradingskanalen?": {"juni 2020"},
    "Verwacht u dat een deel van de productie van grondstoffen/halffabricaten terugkeert naar Europa?": {"mei 2021"},
    "Ondervindt u logistieke problemen?": {"mei 2021", "september 2021"},
    "Welke problemen?": {"mei 2021", "september 2021"},
    "Zoekt u leveranciers dichter bij huis?": {"september 2021"},
}
SURVEYMONKEY_METADATA = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address",
                         "Email Address", "First Name", "Last Name", "Custom Data 1"]


def rounded_pct(k: int, n: int, decimals: int) -> Decimal:
    quantum = Decimal(1).scaleb(-decimals)
    return (Decimal(100 * k) / Decimal(n)).quantize(quantum, rounding=ROUND_HALF_UP)


def assert_published(key: tuple, k: int, n: int) -> None:
    value, decimals = PUBLISHED[key]
    expected = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals))
    assert rounded_pct(k, n, decimals) == expected, f"{key}: {k}/{n} does not round to {value} %"


def published_keys(source: str) -> list[tuple]:
    return [key for key in PUBLISHED if key[0] == source]


# --- all files ----------------------------------------------------------------------------------


def test_the_samples_named_below_are_among_those_found():
    assert {EMS, FEDUSTRIA, FLANDERS_MAKE, SURVEYMONKEY} <= set(ALL_FILES)


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: p.name)
def test_sample_file_exists_and_is_modest(path):
    assert path.is_file()
    assert 0 < path.stat().st_size < 1_000_000


def test_sample_folder_has_readme_naming_every_file():
    text = (SAMPLES / "README.md").read_text(encoding="utf-8")
    assert "synthetic" in text.lower()
    for path in ALL_FILES:
        assert path.name in text


# --- EMS extract ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ems() -> pd.DataFrame:
    return pd.read_excel(EMS, sheet_name="Data", engine="openpyxl", dtype={"nace": str, "firm_id": str})


def ems_size_band(employees: int) -> str:
    return next(band for band, lo, hi in EMS_SIZE_BANDS if lo <= employees <= hi)


def ems_tech(nace: str) -> str:
    return TECH_OF_DIVISION[int(nace[:2])]


def test_ems_workbook_layout():
    wb = openpyxl.load_workbook(EMS, read_only=True)
    try:
        assert wb.sheetnames == ["Readme", "Data"]
        readme = [row[0] for row in wb["Readme"].iter_rows(values_only=True) if row and row[0]]
        assert len(readme) >= 3 and any("synthetic" in line.lower() for line in readme)
        nace_cells = [row[2] for row in wb["Data"].iter_rows(min_row=2, values_only=True)]
        assert all(isinstance(v, str) for v in nace_cells), "NACE codes are stored as text"
    finally:
        wb.close()


def test_ems_columns_and_values(ems):
    assert list(ems.columns) == ["firm_id", "country", "nace", "employees", "weight", "backshoring",
                                 "backshored_from", *EMS_MOTIVES, "offshoring", "share_of_production_abroad"]
    assert len(ems) == EMS_FIRMS
    assert ems["firm_id"].is_unique
    assert ems["country"].nunique() == EMS_COUNTRIES
    assert ems["nace"].str.fullmatch(r"\d{2}(\.\d{2})?").all()
    assert (ems["nace"].str.len() == 2).any() and (ems["nace"].str.len() == 5).any()
    assert ems["nace"].map(lambda c: int(c[:2]) in TECH_OF_DIVISION).all()
    assert ems["employees"].between(20, 5000).all()
    assert (ems["weight"] > 0).all() and ems["weight"].mean() == pytest.approx(1.0, abs=1e-6)
    assert set(ems["backshoring"]) == {"yes", "no"}
    backshored = ems["backshoring"] == "yes"
    assert ems.loc[backshored, "backshored_from"].isin(["own sites abroad", "suppliers abroad"]).all()
    assert ems.loc[~backshored, "backshored_from"].isna().all()
    motives = ems[EMS_MOTIVES]
    assert motives[backshored].isin([0, 1]).all().all()
    assert (motives[backshored].sum(axis=1) >= 1).all()
    assert motives[~backshored].isna().all().all()
    assert set(ems["offshoring"].dropna()) == {"yes", "no"}
    share = ems["share_of_production_abroad"]
    assert share.isna().any() and share.dropna().between(0, 100).all()


def test_ems_reference_figures(ems):
    n = len(ems)
    back = ems["backshoring"] == "yes"
    assert_published(("ems", "backshoring", "all"), int(back.sum()), n)
    source = Counter(ems.loc[back, "backshored_from"])
    for key in published_keys("ems"):
        _, dim, group = key
        if dim == "backshored_from":
            assert_published(key, source[group], n)
        elif dim == "country":
            in_country = ems["country"] == group
            assert_published(key, int((back & in_country).sum()), int(in_country.sum()))

    bands = ems["employees"].map(ems_size_band)
    techs = ems["nace"].map(ems_tech)
    for dim, groups, order in (("size", bands, [b for b, _, _ in EMS_SIZE_BANDS]), ("tech", techs, TECH_ORDER)):
        rates = [Fraction(int((back & (groups == g)).sum()), int((groups == g).sum())) for g in order]
        assert rates == sorted(rates) and len(set(rates)) == len(rates), f"{dim}: shares rise strictly"
        for key in published_keys("ems"):
            if key[1] == dim:
                in_group = groups == key[2]
                assert_published(key, int((back & in_group).sum()), int(in_group.sum()))


# --- Fedustria quick survey -------------------------------------------------------------------


@pytest.fixture(scope="module")
def fedustria() -> pd.DataFrame:
    return pd.read_csv(FEDUSTRIA, sep=";", encoding="cp1252", decimal=",", dtype=str, keep_default_na=False)


def test_fedustria_is_a_dutch_excel_csv():
    raw = FEDUSTRIA.read_bytes()
    assert raw.count(b"\n") == raw.count(b"\r\n") > 100, "CRLF line ends only"
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252 bytes such as e-acute, e-grave, the euro sign
    text = raw.decode("cp1252")
    assert "€" in text and "vóór" in text
    header = text.split("\r\n", 1)[0]
    assert header.startswith("Bevraging;") and "," not in header


def test_fedustria_columns_and_values(fedustria):
    df = fedustria
    assert list(dict.fromkeys(df["Bevraging"])) == FEDUSTRIA_WAVES
    ids = df["Ondernemingsnummer"]
    assert ids.str.fullmatch(r"0\d{3}\.\d{3}\.\d{3}").all()
    digits = ids.str.replace(".", "", regex=False)
    assert digits.map(lambda d: 97 - int(d[:8]) % 97 == int(d[8:])).all(), "mod-97 check digits"
    assert not df[["Bevraging", "Ondernemingsnummer"]].duplicated().any()
    assert ids.duplicated().any(), "some firms answer several waves"
    assert set(df["Aantal werknemers"]) == {"1-9", "10-49", "50-249", "250 of meer"}
    assert set(df["Provincie"]) == {"West-Vlaanderen", "Oost-Vlaanderen", "Antwerpen", "Limburg", "Vlaams-Brabant"}
    assert df["Sector"].str.match(r"(13|16|22|31) - ").all()
    assert df["Datum"].str.fullmatch(r"\d{2}/\d{2}/20(20|21)").all()
    for col in ("Omzetdaling (%)", "Tijdelijke werkloosheid arbeiders (%)"):
        filled = df.loc[df[col] != "", col]
        assert filled.str.fullmatch(r"-?\d+,\d").all(), f"{col}: decimal comma"
    assert (df["Omzetdaling (%)"] == "").any()
    for question, waves in FEDUSTRIA_ASKED.items():
        for wave in FEDUSTRIA_WAVES:
            answered = (df.loc[df["Bevraging"] == wave, question] != "").sum()
            assert (answered > 0) == (wave in waves), f"{question!r} in {wave}"
    problems = df["Welke problemen?"] != ""
    assert (df.loc[problems, "Ondervindt u logistieke problemen?"] == "Ja").all()
    assert df.loc[problems, "Welke problemen?"].str.contains(";").any()


def test_fedustria_numbers_parse_with_decimal_comma():
    df = pd.read_csv(FEDUSTRIA, sep=";", encoding="cp1252", decimal=",")
    turnover = df.groupby("Bevraging")["Omzetdaling (%)"].median()
    assert turnover["juni 2020"] > turnover["mei 2021"] > turnover["september 2021"]


def test_fedustria_reference_figures(fedustria):
    for key in PUBLISHED:
        wave, question, option = key
        if wave not in FEDUSTRIA_WAVES:
            continue
        answers = fedustria.loc[(fedustria["Bevraging"] == wave) & (fedustria[question] != ""), question]
        assert_published(key, int((answers == option).sum()), len(answers))
    # the fifth answer closes the gap of the published answers (98 %)
    closer = fedustria.loc[fedustria["Bevraging"] == "september 2021", "Zoekt u leveranciers dichter bij huis?"]
    closer = closer[closer != ""]
    assert closer.nunique() == 5
    alternative = PUBLISHED[("juni 2020", "Overweegt u alternatieve bevoorradingskanalen?", "Ja")][0]
    assert alternative < 10


# --- Flanders Make ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def flanders_make() -> pd.DataFrame:
    return pd.read_excel(FLANDERS_MAKE, engine="openpyxl", dtype=str)


def test_flanders_make_columns(flanders_make):
    df = flanders_make
    assert list(df.columns[:5]) == ["Bedrijfs-ID", "Bedrijfsnaam", "NACE-code", "Aantal werknemers", "Provincie"]
    assert df["Bedrijfs-ID"].is_unique and df["Bedrijfsnaam"].is_unique
    assert df["Aantal werknemers"].astype(int).gt(0).all()
    assert df["NACE-code"].str.fullmatch(r"\d{2}(\.\d{2})?").all()
    likert = {"Helemaal oneens", "Oneens", "Neutraal", "Eens", "Helemaal eens"}
    item = "Corona heeft onze kijk op toeleveringsketens blijvend veranderd"
    assert set(df[item].dropna()) == likert
    stem = "Aanpassingen aan de supply chain na corona - "
    for col in (c for c in df.columns if c.startswith(stem)):
        assert set(df[col].dropna()) == {col[len(stem):]}, "label/empty multi-select"


def test_flanders_make_reference_figures(flanders_make):
    df = flanders_make
    stem = "Aanpassingen aan de supply chain na corona"
    block = df[[c for c in df.columns if c.startswith(stem + " - ")]]
    answered_block = block.notna().any(axis=1)
    for key in published_keys("flanders make"):
        _, question, option = key
        if question == stem:
            column = f"{stem} - {option}"
            assert_published(key, int(block.loc[answered_block, column].notna().sum()), int(answered_block.sum()))
        else:
            answers = df[question].dropna()
            assert_published(key, int((answers == option).sum()), len(answers))
    for question in ("Voorraadbeleid vóór corona", "Voorraadbeleid na corona"):
        assert df[question].dropna().nunique() == 4, "a fourth answer makes the shares add up to 100 %"


# --- SurveyMonkey export ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def surveymonkey() -> tuple[list[str], list[str], list[list[str]]]:
    with SURVEYMONKEY.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1], rows[2:]


def sm_block(header1: list[str], question: str) -> list[int]:
    """Column indexes of a question: its first column and the blank-headed ones after it."""
    start = header1.index(question)
    end = start + 1
    while end < len(header1) and header1[end] == "":
        end += 1
    return list(range(start, end))


def test_surveymonkey_layout(surveymonkey):
    h1, h2, rows = surveymonkey
    assert h1[:9] == SURVEYMONKEY_METADATA and h2[:9] == [""] * 9
    assert 350 <= len(rows) <= 450 and all(len(r) == len(h1) for r in rows)
    assert len({r[0] for r in rows}) == len(rows) and all(r[0].isdigit() for r in rows)
    stamp = re.compile(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2} (AM|PM)")
    assert all(stamp.fullmatch(r[2]) and stamp.fullmatch(r[3]) for r in rows)
    assert all(r[4] == r[5] == "" for r in rows)
    assert h2[h1.index("Bedrijfsnaam")] == "Open-Ended Response"
    assert h2[h1.index("Welk percentage van uw inkoop komt uit Azië?")] == "Open-Ended Response"
    for q in ("Wat is de belangrijkste activiteit van uw bedrijf? (NACE)", "Hoeveel werknemers heeft uw bedrijf?",
              "Regio", "Overweegt uw bedrijf de komende twee jaar productie te verplaatsen?"):
        assert h2[h1.index(q)] == "Response"
    motives = sm_block(h1, "Wat zijn de belangrijkste motieven?")
    assert [h2[i] for i in motives] == [*PUBLISHED_MOTIVE_CASES, "Anders, namelijk"]
    for question in ("Wat zijn de belangrijkste motieven?",
                     "Welke drempels ervaart u bij het terughalen van productie?"):
        for i in sm_block(h1, question):
            if h2[i] != "Anders, namelijk":
                assert {r[i] for r in rows} <= {"", h2[i]}, "label/empty multi-select"
    grid = sm_block(h1, "In hoeverre bent u het eens met de volgende stellingen?")
    assert len(grid) >= 3
    assert {r[i] for r in rows for i in grid} - {""} == {
        "Helemaal mee oneens", "Mee oneens", "Neutraal", "Mee eens", "Helemaal mee eens"}
    asia = [r[h1.index("Welk percentage van uw inkoop komt uit Azië?")] for r in rows]
    assert "" in asia and all(v.isdigit() and 0 <= int(v) <= 100 for v in asia if v)


def test_surveymonkey_motives_follow_the_published_case_counts(surveymonkey):
    h1, h2, rows = surveymonkey
    block = [i for i in sm_block(h1, "Wat zijn de belangrijkste motieven?") if h2[i] in PUBLISHED_MOTIVE_CASES]
    answered = [r for r in rows if any(r[i] for i in block)]
    ticks = {h2[i]: sum(1 for r in answered if r[i]) for i in block}
    ratios = {Fraction(ticks[m], cases) for m, cases in PUBLISHED_MOTIVE_CASES.items()}
    assert len(ratios) == 1, f"tick counts {ticks} not proportional to the published cases"
    assert max(ticks.values()) < len(answered) < len(rows), "item non-response: only some firms answer"


def test_surveymonkey_peer_groups_and_non_response(surveymonkey):
    h1, _, rows = surveymonkey
    nace = h1.index("Wat is de belangrijkste activiteit van uw bedrijf? (NACE)")
    size = h1.index("Hoeveel werknemers heeft uw bedrijf?")
    groups = Counter((r[nace][:2], r[size]) for r in rows if r[nace] and r[size])
    assert sum(1 for n in groups.values() if n >= 6) >= 5, "peer benchmarks need groups of 6+ firms"
    assert sum(1 for n in groups.values() if n <= 2) >= 2, "small groups for disclosure control"
    assert {r[size] for r in rows} == {"", "1-9", "10-49", "50-249", "250 of meer"}
    assert all(re.fullmatch(r"\d{2} - .+", r[nace]) for r in rows if r[nace])
    for question in ("Regio", "Overweegt uw bedrijf de komende twee jaar productie te verplaatsen?", "Bedrijfsnaam"):
        assert any(r[h1.index(question)] == "" for r in rows), f"{question}: some non-response"


# --- the generator ----------------------------------------------------------------------------


def _xlsx_members(data: bytes) -> dict[str, bytes]:
    """Each member's XML in canonical form: openpyxl writes `"/>` or `" />` depending on whether
    lxml is installed, which says nothing about the contents."""
    from xml.etree.ElementTree import canonicalize

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: canonicalize(zf.read(name).decode("utf-8")).encode("utf-8")
                if name.endswith((".xml", ".rels")) else zf.read(name) for name in zf.namelist()}


def test_generator_is_deterministic_and_matches_the_bundled_files(tmp_path):
    outs = [tmp_path / "a", tmp_path / "b"]
    for out in outs:
        subprocess.run([sys.executable, str(SAMPLES / "generate.py"), "--out", str(out)], check=True,
                       capture_output=True, timeout=120)
    for path in ALL_FILES:
        first, second = (out / path.name for out in outs)
        assert first.read_bytes() == second.read_bytes(), f"{path.name} differs between two runs"
        if path.suffix == ".csv":
            assert first.read_bytes() == path.read_bytes(), f"{path.name}: rerun generate.py"
        else:  # compare contents, not the deflate stream (zlib builds may differ)
            assert _xlsx_members(first.read_bytes()) == _xlsx_members(path.read_bytes()), \
                f"{path.name}: rerun generate.py"
