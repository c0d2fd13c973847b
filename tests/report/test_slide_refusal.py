"""A deck of a selection too small to leave the app: every question's slide says why, and carries no
chart and none of the firms' answers (explorer.report.slides.spec decides, powerpoint draws)."""

from __future__ import annotations

import zipfile

import pandas as pd
import pytest
from pptx import Presentation

from explorer.cli import main
from explorer.core.disclosure import DEFAULT_MIN_PEERS
from explorer.core.i18n import tr
from paths import TESTS

PANEL = TESTS / "fixtures" / "panel" / "barometer_panel.csv"
BOTTLENECK, QUARTER = "Levertijden", "2022-Q2"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_selection_under_the_minimum_gets_the_reason_instead_of_a_chart(tmp_path, capsys, lang):
    frame = pd.read_csv(PANEL, sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    selected = frame[(frame["Grootste knelpunt"] == BOTTLENECK) & (frame["Kwartaal"] == QUARTER)]
    assert 0 < len(selected) < DEFAULT_MIN_PEERS  # the attack: a group small enough to point at firms
    out = tmp_path / "deck.pptx"
    assert main(["slides", str(PANEL), "--filter", f"Grootste knelpunt={BOTTLENECK}", "--filter",
                 f"wave={QUARTER}", "--out", str(out), "--lang", lang]) == 0
    capsys.readouterr()

    slides = list(Presentation(str(out)).slides)[1:]  # after the overview, one slide per question
    assert slides
    refusal = tr("export.refused.total", lang, min_peers=DEFAULT_MIN_PEERS)
    for slide in slides:
        assert not any(shape.has_chart or shape.has_table for shape in slide.shapes)
        [body] = [shape for shape in slide.shapes if shape.has_text_frame and shape != slide.shapes.title]
        assert body.text_frame.paragraphs[0].text == refusal
    with zipfile.ZipFile(out) as deck:
        assert not [name for name in deck.namelist() if "chart" in name or "embeddings" in name]
        text = " ".join(deck.read(name).decode("utf-8", "replace") for name in deck.namelist()
                        if name.startswith("ppt/slides/slide"))
    for growth in selected["Omzetgroei (%)"]:
        assert growth not in text
