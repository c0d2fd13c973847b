"""Two slide decks of one question, with and without one firm: the chart data of the two decks
subtracted would give that firm's answer, so the second deck is not written.

The intruder reads the native chart data of each deck with python-pptx (the share per answer and
the n in the slide's text) and knows who is in each selection."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from disclosure.ledger_intruder import YES_NO
from test_export_differencing import FILTERS_WITH, FILTERS_WITHOUT, survey_file

pptx = pytest.importorskip("pptx")


def write_deck(source: Path, out: Path, filters: list[str], data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "SURVEY_EXPLORER_DATA_DIR": str(data_dir), "SURVEY_EXPLORER_NO_CACHE": "1"}
    return subprocess.run([sys.executable, "-m", "explorer", "slides", str(source), "--question", YES_NO,
                           *filters, "--out", str(out)], capture_output=True, text=True, env=env, timeout=180)


def yes_count(deck: Path) -> int | None:
    """The count of Yes the deck's chart of the question shows: its share times the n on the slide."""
    for slide in pptx.Presentation(str(deck)).slides:
        text = " ".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)
        found = re.search(r"\bn = (\d+)", text)
        for shape in slide.shapes:
            if shape.has_chart and found:
                plot = shape.chart.plots[0]
                values = dict(zip(plot.categories, plot.series[0].values))
                if values.get("Yes") is not None:
                    return round(values["Yes"] * int(found.group(1)))
    return None


def test_two_decks_one_firm_apart_do_not_give_the_firm_away(tmp_path):
    source = survey_file(tmp_path)
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    wider, narrower = tmp_path / "with.pptx", tmp_path / "without.pptx"
    first = write_deck(source, wider, FILTERS_WITH, tmp_path / "data")
    assert first.returncode == 0, first.stderr
    assert yes_count(wider) is not None, "the first deck shows the question's shares"
    second = write_deck(source, narrower, FILTERS_WITHOUT, tmp_path / "data")
    if narrower.exists():
        assert yes_count(narrower) is None or yes_count(wider) - yes_count(narrower) not in (0, 1), \
            "the two decks give F010's answer by subtraction"
    assert second.returncode == 2 and not narrower.exists(), second.stderr
    assert second.stderr.startswith("error: ") and second.stderr.count("\n") == 1
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before
