"""Briefings that answer the owner's question, read back from the PDF as a reader's tool would.

The expected figures are worked out here from the survey file itself with the csv module: the
peer group is every other firm of the same region that answered the question.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter

import pytest

from explorer.cli import main
from explorer.core.formatting import format_percent
from paths import SAMPLES
from pdf_helpers import page_texts, reader

SURVEY = SAMPLES / "association_reshoring_survey_surveymonkey.csv"
RELOCATION = "Overweegt uw bedrijf de komende twee jaar productie te verplaatsen?"
ID, NAME, REGION, ANSWER = 0, 9, 12, 13  # the columns of the SurveyMonkey export


def firms() -> list[list[str]]:
    return list(csv.reader(SURVEY.open(encoding="utf-8-sig")))[2:]  # two header rows


def briefing(tmp_path, firm: str, *options: str, lang: str = "nl") -> bytes:
    out = tmp_path / f"{firm}.pdf"
    assert main(["report", str(SURVEY), "--firm", firm, "--out", str(out), "--lang", lang,
                 "--peers", "region=Noord-Brabant", *options]) == 0
    return out.read_bytes()


@pytest.fixture(autouse=True)
def own_register(tmp_path, monkeypatch):
    monkeypatch.setenv("SURVEY_EXPLORER_DATA_DIR", str(tmp_path / "data"))


def test_a_firm_that_answered_no_reads_the_peers_share_of_every_option(tmp_path, capsys):
    rows = firms()
    firm = next(row for row in rows if row[ANSWER] == "Nee" and row[REGION] == "Noord-Brabant")
    peers = Counter(row[ANSWER] for row in rows
                    if row[REGION] == "Noord-Brabant" and row[ID] != firm[ID] and row[ANSWER])
    n = sum(peers.values())
    text = " ".join(page_texts(briefing(tmp_path, firm[ID])))
    section = text[text.index(RELOCATION):text.index("Uw antwoord: Nee.")]
    assert len(peers) == 5
    for option, count in peers.items():
        share = format_percent(count / n, "nl")
        assert f"{option} {share} (" in section, (option, share)  # the bar's label, then its share
    assert f"n = {n}" in text


def test_a_skipped_question_still_shows_the_peers(tmp_path):
    rows = firms()
    firm = next(row for row in rows if not row[ANSWER] and row[REGION])
    region = firm[REGION]
    out = tmp_path / "skipped.pdf"
    assert main(["report", str(SURVEY), "--firm", firm[ID], "--out", str(out), "--peers", f"region={region}",
                 "--lang", "en"]) == 0
    text = " ".join(page_texts(out.read_bytes()))
    section = text[text.index(RELOCATION):]
    assert section.index("You did not answer this question") > section.index("Nee")
    peers = Counter(row[ANSWER] for row in rows if row[REGION] == region and row[ID] != firm[ID] and row[ANSWER])
    n = sum(peers.values())
    assert f"Nee {format_percent(peers['Nee'] / n, 'en')}" in section


def test_a_firm_without_a_name_is_titled_by_its_id(tmp_path):
    firm = next(row for row in firms() if not row[NAME].strip() and row[REGION] == "Noord-Brabant")
    data = briefing(tmp_path, firm[ID])
    cover = page_texts(data)[0]
    assert f"Bedrijfsnummer {firm[ID]}" in cover and "–" not in cover.split("Bedrijfsnummer")[0][-3:]
    assert reader(data).metadata.title == f"Benchmarkbriefing – Bedrijfsnummer {firm[ID]}"


def test_metadata_and_branding(tmp_path):
    logo = tmp_path / "logo.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40">'
                    '<rect width="120" height="40" fill="#0072B2"/></svg>', encoding="utf-8")
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    firm = next(row for row in firms() if row[REGION] == "Noord-Brabant" and row[NAME].strip())
    data = briefing(tmp_path, firm[ID], "--organisation", "Metaalunie Zuid", "--logo", str(logo),
                    "--advisor", "Anna de Vries", "--contact", "anna@example.nl", "--note", "Tot dinsdag.")
    info = reader(data).metadata
    assert info.author == "Metaalunie Zuid" and info.title == f"Benchmarkbriefing – {firm[NAME]}"
    assert before - dt.timedelta(seconds=1) <= info.creation_date.astimezone(dt.timezone.utc) \
        <= dt.datetime.now(dt.timezone.utc)
    pages = page_texts(data)
    assert "Metaalunie Zuid" in pages[0] and "Anna de Vries · anna@example.nl" in pages[0]
    assert "Noot van uw adviseur" in pages[1] and "Tot dinsdag." in pages[1]


def test_a_logo_that_is_no_image_is_refused_in_plain_words(tmp_path, capsys):
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"not an image at all")
    firm = firms()[0][ID]
    assert main(["report", str(SURVEY), "--firm", firm, "--out", str(tmp_path / "b.pdf"), "--logo", str(logo),
                 "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert err == "error: The logo logo.png cannot be read.\n"
    assert not (tmp_path / "b.pdf").exists()


@pytest.mark.parametrize("firm", ["11428911730", "11428921662", "11428908039", "11429201200"])
def test_the_method_page_is_one_page_and_no_page_is_empty(tmp_path, firm):
    """Firms whose list of withheld figures once spilled a row onto a 7th page, or whose themes
    ended at a page's foot and left an empty page before the method page."""
    out = tmp_path / "b.pdf"
    assert main(["report", str(SURVEY), "--firm", firm, "--out", str(out), "--lang", "nl"]) == 0
    pages = page_texts(out.read_bytes())
    assert "Methode en verantwoording" in pages[-1] and "Methode en verantwoording" not in pages[-2]
    assert all(len(text) > 200 for text in pages), "a page with nothing but its header and footer"


def test_zeros_and_positions_read_as_sentences():
    from explorer.core.disclosure import SHOWN
    from explorer.report.content.key_points import key_points
    from explorer.report.content.model import NumericItem, ShareItem

    alone = ShareItem("Overweegt u te verplaatsen?", "Ja, terug (reshoring)", 0.0, (0.0, 0.12), 27, SHOWN)
    lowest = NumericItem("Aandeel inkoop uit Azië", "%", 0.0, (0, 25), None, None, None, 9, SHOWN)
    nl = key_points([alone, lowest], "nl")
    assert nl[0] == "Uw bedrijf overweegt reshoring; geen van de 27 vergelijkbare bedrijven doet dat."
    assert nl[1] == ("Op ‘Aandeel inkoop uit Azië’ antwoordde uw bedrijf 0%; daarmee hoort het bij het kwart met "
                     "de laagste waarden van de 9 vergelijkbare bedrijven.")
    en = key_points([alone, lowest], "en")
    assert en[0] == "Your firm is considering reshoring; none of the 27 comparable firms is."
    assert "0%" not in en[0] and "places it among the quarter with the lowest values of the 9" in en[1]


def test_a_grid_stem_is_said_once_above_its_statements(tmp_path):
    rows = firms()
    header = list(csv.reader(SURVEY.open(encoding="utf-8-sig")))[0]
    stem = next(h for h in header if h.startswith("In hoeverre bent u het eens"))
    firm = next(row for row in rows if row[REGION] == "Noord-Brabant")
    text = " ".join(page_texts(briefing(tmp_path, firm[ID])))
    # the stem opens each theme's run of grid items; the items read as their statements
    assert text.count(stem) == 3, "three themes hold statements of this grid"
    assert f"{stem} - " not in text
