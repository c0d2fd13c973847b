"""The PDF carries, as text, the numbers core computed for the firm; every shown peer figure
passes the disclosure rules, checked over every firm of a sample survey."""

from __future__ import annotations

import io

import numpy as np
import pytest
from paths import SAMPLES
from pypdf import PdfReader

from explorer.core.benchmark import default_peer_group
from explorer.core.formatting import format_count, format_percent
from explorer.core.reading import read_table
from explorer.core.survey import build_survey
from explorer.report.content.briefing import build_briefing
from explorer.report.content.model import LikertItem, MultiItem, NumericItem, ShareItem
from explorer.report.pdf.render import render_briefing_bytes


@pytest.fixture(scope="module")
def survey():
    return build_survey(read_table(SAMPLES / "association_reshoring_survey_surveymonkey.csv"))


def _text(briefing) -> str:
    reader = PdfReader(io.BytesIO(render_briefing_bytes(briefing)))
    return " ".join(page.extract_text() for page in reader.pages).replace("\n", " ")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_pdf_text_holds_the_computed_figures(survey, lang):
    briefing = build_briefing(survey, "#5", lang)
    text = _text(briefing)
    assert briefing.firm_name in text
    assert briefing.source_sha256 in text.replace(" ", "")
    checked = 0
    for theme in briefing.themes:
        for item in theme.items:
            if isinstance(item, ShareItem) and item.share is not None:
                assert format_percent(item.share, lang) in text
                checked += 1
            if isinstance(item, MultiItem):
                for option in item.options:
                    if option.share is not None:
                        assert format_percent(option.share, lang) in text
                        checked += 1
                    else:
                        assert option.verdict.suppressed
            if isinstance(item, LikertItem) and item.shares is not None:
                assert format_percent(item.shares[item.firm_level or 0], lang) in text
                checked += 1
            if isinstance(item, NumericItem) and item.median is not None:
                assert format_count(item.n, lang) in text
                checked += 1
    assert checked >= 5


def test_a_suppressed_cell_prints_c(survey):
    # Find a firm whose briefing withholds something, and look for the c in its PDF.
    for firm in range(0, survey.size, 7):
        briefing = build_briefing(survey, f"#{firm + 1}", "nl")
        suppressed = [o for t in briefing.themes for i in t.items if isinstance(i, MultiItem) for o in i.options
                      if o.verdict.suppressed]
        if suppressed:
            assert " c" in _text(briefing)
            return
    pytest.fail("no briefing in the sample withholds a figure")


def test_no_briefing_shows_a_figure_that_exposes_a_peer(survey):
    """Over many firms: shown figures have at least 5 answering peers, and no shown share says
    that all peers, or all but one, gave the same answer (recounted here from the raw codes)."""
    for row in range(0, survey.size, 3):
        briefing = build_briefing(survey, f"#{row + 1}", "nl")
        group = default_peer_group(survey, row)
        for question in survey.questions:
            if question.kind not in ("single", "yesno", "likert"):
                continue
            codes = survey.answers(question).codes[group.members]
            codes = codes[codes >= 0]
            item = next((i for t in briefing.themes for i in t.items
                         if getattr(i, "question", None) == question.label), None)
            shown = item is not None and (
                (isinstance(item, ShareItem) and item.share is not None)
                or (isinstance(item, LikertItem) and item.shares is not None))
            if shown:
                counts = np.bincount(codes, minlength=len(question.options))
                assert codes.size >= 5, (row, question.key)
                assert counts.max() < codes.size - 1, (row, question.key)
        for theme in briefing.themes:
            for item in theme.items:
                if isinstance(item, NumericItem) and item.median is not None:
                    assert item.n >= 10
                    for value in (item.q1, item.median, item.q3):
                        digits = f"{value:.10g}".replace(".", "").replace("-", "").lstrip("0").rstrip("0")
                        assert len(digits) <= 2, value
