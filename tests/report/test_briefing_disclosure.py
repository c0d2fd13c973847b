"""Briefings never expose a peer: the intruder's view.

A peer who knows its own answer, two peers who collude, and a user who asks for two peer groups
differing by one firm must not learn any other firm's answer from what a briefing prints.
"""

from __future__ import annotations

import io

import pandas as pd
import pytest
from pypdf import PdfReader

from explorer.core.benchmark import PeerDefinitionError
from explorer.core.disclosure.ledger import ReleaseLedger
from explorer.core.formatting import format_percent
from explorer.core.reading import ColumnInfo, LoadedTable
from explorer.core.survey import build_survey
from explorer.report.content.briefing import build_briefing
from explorer.report.content.model import ShareItem
from explorer.report.pdf.render import render_briefing_bytes

QUESTION = "Overweegt u reshoring?"


def small_survey(answers: list[str | None], regions: list[str] | None = None):
    """Firm F1 plus peers, all NACE 25, 10-49 employees; the answers are F1's first, then the peers'."""
    n = len(answers)
    frame = pd.DataFrame({
        "Bedrijf ID": [f"F{i + 1}" for i in range(n)],
        "Bedrijfsnaam": [f"Metaal {i + 1} BV" for i in range(n)],
        "NACE-code": ["25.62"] * n,
        "Aantal werknemers": [20 + i for i in range(n)],
        "Regio": pd.Categorical(regions or ["Gelderland"] * n),
        QUESTION: pd.Categorical(answers, categories=["Ja", "Nee", "Weet niet"]),
    })
    table = LoadedTable(path="club.xlsx", sheet=None, sheets=(), format="generic", header_rows=1, frame=frame,
                        columns=tuple(ColumnInfo(name=c, question_text=c) for c in frame.columns), warnings=(),
                        sha256="a" * 64)
    return build_survey(table, use_profiles=False)


def share_item(briefing) -> ShareItem:
    return next(i for t in briefing.themes for i in t.items if isinstance(i, ShareItem) and i.question == QUESTION)


def pdf_text(briefing) -> str:
    reader = PdfReader(io.BytesIO(render_briefing_bytes(briefing)))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_a_peer_who_knows_its_own_answer_learns_nothing():
    # Six peers: five said "Ja", one "Nee". The "Nee" peer reading F1's briefing would learn that
    # every other peer said "Ja" if the share were printed.
    survey = small_survey(["Ja", "Ja", "Ja", "Ja", "Ja", "Ja", "Nee"])
    briefing = build_briefing(survey, "F1", "nl")
    item = share_item(briefing)
    assert item.n == 6 and briefing.peer_n == 6
    assert item.verdict.suppressed and item.share is None and item.ci is None
    text = pdf_text(briefing)
    assert format_percent(5 / 6, "nl") not in text and format_percent(1 / 6, "nl") not in text


def test_two_colluding_peers_learn_nothing():
    # Seven peers: five "Ja", one "Nee", one "Weet niet". The two odd peers together would know
    # that the other five all said "Ja".
    survey = small_survey(["Nee", "Ja", "Ja", "Ja", "Ja", "Ja", "Nee", "Weet niet"])
    item = share_item(build_briefing(survey, "F1", "nl"))
    assert item.n == 7 and item.verdict.suppressed


def test_a_spread_of_answers_is_shown_with_its_n():
    survey = small_survey(["Ja", "Ja", "Ja", "Ja", "Nee", "Nee", "Nee", "Weet niet", "Weet niet", "Ja"])
    briefing = build_briefing(survey, "F1", "nl")
    item = share_item(briefing)
    assert item.verdict.shown and item.n == 9
    assert item.share == pytest.approx(4 / 9, abs=0.0005)  # rounded to a tenth of a point
    text = pdf_text(briefing)
    assert format_percent(4 / 9, "nl") in text


def test_two_peer_groups_differing_by_one_firm_are_not_both_released(tmp_path):
    answers = ["Ja", "Ja", "Nee", "Ja", "Nee", "Weet niet", "Ja", "Nee", "Ja"]
    ledger = ReleaseLedger(tmp_path / "register.sqlite3")
    first = build_briefing(small_survey(answers), "F1", "nl", peers="region=Gelderland", ledger=ledger)
    assert share_item(first).verdict.shown
    # A region holding one firm cannot define peers at all ...
    regions = ["Gelderland"] * 9 + ["Limburg"]
    with pytest.raises(PeerDefinitionError, match="Limburg"):
        build_briefing(small_survey([*answers, "Nee"], regions), "F1", "nl", peers="region=Gelderland|Limburg",
                       ledger=ledger)
    # ... and a refreshed file with one late respondent in the same group is withheld.
    second = build_briefing(small_survey([*answers, "Nee"]), "F1", "nl", peers="region=Gelderland", ledger=ledger)
    assert share_item(second).verdict.suppressed
    assert second.peer_n == 0 and second.withheld_by is not None and second.withheld_by.differing == 1
    assert any(cell.verdict.reason == "differencing" for cell in second.method.suppressed)


def test_the_firm_itself_is_never_its_own_peer():
    survey = small_survey(["Ja"] + ["Nee", "Ja", "Weet niet"] * 3)
    briefing = build_briefing(survey, "F1", "en")
    assert briefing.peer_n == survey.size - 1
    assert share_item(briefing).n == survey.size - 1


def test_too_few_peers_widen_and_then_show_c():
    survey = small_survey(["Ja", "Nee", "Ja", "Nee"])  # three peers only, nothing to widen to
    briefing = build_briefing(survey, "F1", "nl")
    item = share_item(briefing)
    assert item.verdict.suppressed and item.share is None
    assert briefing.widened_steps, "the briefing says how the group was widened"
    assert "c" in pdf_text(briefing).split()
