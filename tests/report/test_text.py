"""User text is made safe for reportlab's paragraph markup."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from explorer.report.pdf.styles import styles
from explorer.report.pdf.text import NBSP, clean, escape, keep_units_together


def test_markup_characters_are_escaped() -> None:
    assert escape("<b>&Co</b>") == "&lt;b&gt;&amp;Co&lt;/b&gt;"
    assert escape('say "hi"') == "say &quot;hi&quot;"


def test_control_characters_and_line_breaks_are_cleaned() -> None:
    assert clean("a\tb\r\nc\x00d\x1b") == "a b cd"
    assert clean(None) == ""
    assert clean(12) == "12"


def test_escaped_text_survives_a_paragraph() -> None:
    text = "<font size=40>Łódź</font> & <para> <br/> &amp;"
    paragraph = Paragraph(escape(text), styles().body)
    paragraph.wrap(400, 100)  # would raise on broken markup
    assert paragraph.getPlainText() == text


def test_units_stay_together() -> None:
    assert keep_units_together("18 % van n = 27") == f"18{NBSP}% van n{NBSP}={NBSP}27"
