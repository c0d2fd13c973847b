"""Attack 4: individual values through the back door of a briefing and of a data export.

Quartiles that are peers' answers, a percentile rank of 0 or 100 that bounds every peer, and
Export ▸ Filtered data writing names, e-mail addresses and free text without a word.
"""

from __future__ import annotations

import numpy as np
from openpyxl import load_workbook

from explorer.core.export.filtered_data import identifying_columns, write_filtered_data
from explorer.report.content.briefing import build_briefing
from explorer.report.content.model import NumericItem
from explorer.report.pdf.render import render_briefing_bytes
from small_surveys import survey_of

PEERS = [15, 23, 27, 31, 38, 42, 47, 51, 55, 63, 66, 70, 88]
QUESTION = "Share of turnover abroad (%)"


def numeric_item(briefing) -> NumericItem:
    return next(i for t in briefing.themes for i in t.items if isinstance(i, NumericItem))


def pdf_text(briefing) -> str:
    import io

    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(render_briefing_bytes(briefing))).pages)


def test_no_printed_quartile_is_a_peers_answer():
    survey = survey_of({QUESTION: [12] + PEERS})
    briefing = build_briefing(survey, "F001", "en")
    item = numeric_item(briefing)
    assert item.n == 13
    printed = [v for v in (item.q1, item.median, item.q3) if v is not None]
    assert not set(printed) & set(PEERS), f"printed quartiles {printed} include a peer's answer"
    text = pdf_text(briefing)
    for value in (31, 47, 63):  # the raw quartiles: the 4th, 7th and 10th peer's answers
        assert f"{value}%" not in text


def test_a_firm_below_every_peer_reads_a_quarter_not_a_rank_of_zero():
    survey = survey_of({QUESTION: [12] + PEERS})
    briefing = build_briefing(survey, "F001", "en")
    item = numeric_item(briefing)
    assert item.band == (0, 25)
    text = pdf_text(briefing)
    assert "among the lowest 25%" in text
    assert "percentile" not in text.lower()
    top = numeric_item(build_briefing(survey_of({QUESTION: [99] + PEERS}), "F001", "en"))
    assert top.band == (75, 100)


def test_filtered_data_leaves_out_identifiers_and_says_what_it_holds(tmp_path):
    survey = survey_of({
        "Company name": [f"Metaal {i} BV" for i in range(6)],
        "Contact": [f"owner{i}@firm{i}.nl" for i in range(6)],
        "IP Address": [f"10.0.0.{i}" for i in range(6)],
        "Remarks": ["we moved production back from Poland because of quality", "n/a", "", "zie bijlage",
                    "te duur", "levertijden"],
        "backshoring": ["yes", "no"] * 3,
    })
    left_out = identifying_columns(survey)
    assert {"firm_id", "Company name", "Contact", "IP Address", "Remarks"} <= set(left_out)
    mask = np.ones(survey.size, dtype=bool)
    rows = write_filtered_data(survey, mask, tmp_path / "data.xlsx", "en")
    sheet = load_workbook(tmp_path / "data.xlsx").active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows == 6 and "individual answers of 6 firms" in values[0][0]
    header = values[1]
    assert "backshoring" in header and not set(left_out) & set(header)
    written = {v for row in values for v in row}
    assert not any(isinstance(v, str) and "@" in v for v in written)
    both = write_filtered_data(survey, mask, tmp_path / "all.csv", "en", include_identifying=True)
    assert both == 6 and "Contact" in (tmp_path / "all.csv").read_text(encoding="utf-8-sig")
