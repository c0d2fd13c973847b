"""Rendered briefings read back with pypdf: numbers, labels, `c`, pages, fonts, size, languages."""

from __future__ import annotations

import dataclasses
import re

import pytest

from briefing_samples import SHA, sample_briefing
from explorer.core.disclosure import SHOWN, Reason, Verdict
from explorer.report.content.i18n import reason_note
from explorer.report.content.model import (
    LikertItem,
    MultiItem,
    MultiOption,
    NumericItem,
    ShareItem,
    Theme,
)
from explorer.report.pdf.render import render_briefing_bytes
from pdf_helpers import font_names, fonts_embedded, full_text, page_texts, reader

FIRM = "Łódź Škoda Ærø <b>& Zonen</b> BV"


def note(reason: Reason, lang: str = "nl", **params) -> str:
    """A withheld figure's note as the catalogue words it (the one wording of a reason)."""
    return reason_note(Verdict.suppress(reason, **params), lang)


@pytest.fixture(scope="module")
def pdf_nl() -> bytes:
    return render_briefing_bytes(sample_briefing("nl", firm_name=FIRM))


@pytest.fixture(scope="module")
def pdf_en() -> bytes:
    return render_briefing_bytes(sample_briefing("en", firm_name=FIRM))


def only_theme(*items, lang: str = "nl", **changes) -> bytes:
    """The sample briefing with one theme of `items` and no key points or references, so every
    figure in the text comes from `items`."""
    changes = {"key_points": [], "references": [], **changes}
    briefing = dataclasses.replace(sample_briefing(lang), themes=[Theme("Test", list(items))],
                                   **changes)
    return render_briefing_bytes(briefing)


def test_is_a_pdf_with_numbered_pages(pdf_nl: bytes, pdf_en: bytes) -> None:
    assert pdf_nl.startswith(b"%PDF-")
    texts = page_texts(pdf_nl)
    total = len(texts)
    assert 4 <= total <= 8
    for number, text in enumerate(texts, start=1):
        assert f"pagina {number} van {total}" in text
    for number, text in enumerate(page_texts(pdf_en), start=1):
        assert f"page {number} of {len(page_texts(pdf_en))}" in text


def test_page_size_is_a4(pdf_nl: bytes) -> None:
    box = reader(pdf_nl).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_firm_name_prints_as_written_with_markup_characters(pdf_nl: bytes) -> None:
    text = full_text(pdf_nl)
    assert FIRM in text
    assert "Łódź Škoda Ærø" in page_texts(pdf_nl)[0]


def test_cover_names_date_peers_and_n(pdf_nl: bytes) -> None:
    cover = page_texts(pdf_nl)[0]
    for expected in ("14 maart 2025", "NACE 25 × 10–49 werknemers", "27 bedrijven", "NL-0425",
                     "NACE-afdeling 25 verruimd tot sectie C"):
        assert expected in cover


def test_the_data_file_and_its_digest_are_on_the_method_page_only(pdf_nl: bytes) -> None:
    *pages, method = page_texts(pdf_nl)
    assert "association_reshoring_survey_2021.xlsx" in method and SHA in method
    assert not any("association_reshoring_survey_2021" in page or SHA[:16] in page for page in pages)


def test_dutch_numbers_appear_as_text(pdf_nl: bytes) -> None:
    text = full_text(pdf_nl)
    for expected in ("18%", "(8–36%)", "95%-interval 8–36%", "n = 27", "n = 26", "41%",
                     "4,3%", "42 VTE", "mediaan 35 VTE", "22 VTE tot 48 VTE", "Positie tussen de vergelijkbare bedrijven: tussen 50% en 75%",
                     "€ 4.301", "33%"):
        assert expected in text, expected


def test_english_numbers_appear_as_text(pdf_en: bytes) -> None:
    text = full_text(pdf_en)
    for expected in ("18%", "(8–36%)", "95% interval 8–36%", "n = 27", "4.3%", "42 FTE",
                     "median 35 FTE", "Position among the peer firms: between 50% and 75%", "€4,301", "Key points",
                     "Method and sources", "Your firm"):
        assert expected in text, expected
    assert "Belangrijkste" not in text


def test_key_points_and_references(pdf_nl: bytes) -> None:
    page = page_texts(pdf_nl)[1]
    assert "Uw bedrijf overweegt reshoring; 18% van de 27 vergelijkbare bedrijven ook." in page
    assert "Gepubliceerde referentiecijfers" in page and "Fedustria, sept. 2021" in page


def test_suppressed_figures_show_c_with_a_note(pdf_nl: bytes) -> None:
    text = full_text(pdf_nl)
    assert "vergelijkbare bedrijven: c1" in text  # the caption of the R4 share
    assert "c1 " + note(Reason.ALL_OR_ALL_BUT_ONE) in text
    assert note(Reason.TOO_FEW_PEERS, min_peers=5) in text
    assert note(Reason.QUARTILES_NEED_10, min_firms=10) in text
    assert "96%" not in text  # the suppressed share of the sample is never printed


def test_method_page(pdf_nl: bytes) -> None:
    method = page_texts(pdf_nl)[-1]
    assert "Methode en verantwoording" in method
    assert SHA in method  # one unbroken line, so it can be copied and compared
    for expected in ("Golf 2021; regio Vlaanderen", "Wilson-scoreinterval", "R1", "R2", "R3", "R4",
                     "R5", "Afgeschermde cijfers", "Omzet (som over de vergelijkbare bedrijven)",
                     note(Reason.DOMINANCE),
                     "Aandeel van de omzet uit export: mediaan en kwartielen"):
        assert expected in method, expected


def test_embedded_dejavu_is_the_only_font(pdf_nl: bytes) -> None:
    names = font_names(pdf_nl)
    assert names and all("DejaVuSans" in name for name in names), names
    assert fonts_embedded(pdf_nl)


def test_small_and_deterministic(pdf_nl: bytes, pdf_en: bytes) -> None:
    assert len(pdf_nl) < 100_000 and len(pdf_en) < 100_000
    assert render_briefing_bytes(sample_briefing("nl", firm_name=FIRM)) == pdf_nl


def test_withheld_figures_print_as_c_with_their_note() -> None:
    hidden = Verdict.suppress(Reason.SECONDARY)
    data = only_theme(
        ShareItem("Vraag een", "Ja", None, None, 30, hidden),
        MultiItem("Vraag twee", [MultiOption("Optie A", True, None, 30, hidden),
                                 MultiOption("Optie B", False, 0.44, 30, SHOWN)]),
        LikertItem("Vraag drie", ["laag", "midden", "hoog"], 1, None, 30, hidden),
        NumericItem("Vraag vier", "", 12.0, None, None, None, None, 30, hidden),
    )
    text = full_text(data)
    assert "44%" in text and "Uw waarde: 12." in text
    assert note(Reason.SECONDARY) in text


def test_a_position_prints_as_a_quarter_never_as_a_rank() -> None:
    data = only_theme(NumericItem("Kwartielen van 8", "", 5.0, (0, 25), None, None, None, 8, SHOWN,
                                  Verdict.suppress(Reason.QUARTILES_NEED_10, min_firms=10)))
    text = full_text(data)
    assert "bij de laagste 25%" in text and "percentielrang" not in text
    assert note(Reason.QUARTILES_NEED_10, min_firms=10) in text


def test_firm_without_answers_and_empty_sections_render() -> None:
    data = only_theme(
        ShareItem("Geen antwoord", None, None, None, 20, SHOWN),
        MultiItem("Leeg", [MultiOption("A", False, 0.3, 20, SHOWN, (0.1, 0.5))], firm_answered=False),
        LikertItem("Schaal", ["x", "y", "z"], None, [0.2, 0.3, 0.5], 20, SHOWN),
        NumericItem("Getal", "kg", None, None, 10.0, 5.0, 20.0, 20, SHOWN),
        key_points=[], references=[],
    )
    text = full_text(data)
    assert text.count("Uw bedrijf heeft deze vraag niet beantwoord") >= 3
    assert "Er zijn geen bevindingen" in text and "30%" in text and "mediaan 10 kg" in text


def test_user_text_cannot_break_the_layout() -> None:
    long_word = "Roestvrijstaalbewerkingsonderneming" * 6
    nasty = "<para>&amp; <font size=60>groot</font> \x00\t</b>"
    data = only_theme(
        MultiItem(nasty, [MultiOption(long_word, True, 0.25, 20, SHOWN, (0.1, 0.45)),
                          MultiOption(nasty, False, 0.35, 20, SHOWN, (0.2, 0.55))]),
        LikertItem(long_word, [long_word, nasty, "c"], 1, [0.3, 0.3, 0.4], 20, SHOWN),
        firm_name=long_word + " " + nasty, peer_definition=nasty,
    )
    text = full_text(data)
    assert "<font size=60>groot</font>" in text
    assert "25%" in text and "35%" in text


def test_many_themes_flow_over_pages() -> None:
    base = sample_briefing("en")
    themes = list(base.themes) * 4
    data = render_briefing_bytes(dataclasses.replace(base, themes=themes))
    texts = page_texts(data)
    assert len(texts) > 8 and f"page {len(texts)} of {len(texts)}" in texts[-1]
    assert len(data) < 100_000


def test_nothing_but_whole_percent_shares_in_charts(pdf_nl: bytes) -> None:
    # Peer shares print to whole per cent (small groups), never with false precision.
    assert not re.search(r"\b\d+,\d %\s*\(", full_text(pdf_nl))


def test_very_long_items_flow_over_pages_instead_of_failing() -> None:
    options = [MultiOption(f"Optie {i} " + "met een lang label " * 6, i % 5 == 0, 0.1 + 0.01 * i, 60,
                           SHOWN, (0.05, 0.3)) for i in range(45)]
    scale = LikertItem("Dertig niveaus", [f"niveau {i}" for i in range(30)], 7, [1 / 30] * 30, 60,
                       SHOWN)
    text = full_text(only_theme(MultiItem("Veel opties", options), scale))
    assert "Optie 44" in text and "54%" in text and "niveau 29" in text


def test_short_themes_share_a_page(pdf_nl: bytes) -> None:
    # A theme starts on a new page only when little room is left (regression: a nested
    # KeepTogether once forced a page break before every theme).
    page = page_texts(pdf_nl)[2]
    assert "Reshoring en nearshoring" in page and "Motieven en knelpunten" in page
