"""The cover: whose briefing, on what data, against which peers, and how to read the charts."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from explorer.core.formatting import format_count, format_date
from explorer.report.pdf.branding import advisor_text, masthead
from explorer.report.pdf.chart_parts import LABEL_SIZE, diamond, suppressed_mark, whisker, wrap
from explorer.report.pdf.fonts import REGULAR
from explorer.report.content.model import Briefing
from explorer.report.pdf.styles import (
    CONTENT_WIDTH,
    FIRM,
    MUTED,
    PANEL,
    PEER,
    PEER_LIGHT,
    RULE,
    TRACK,
    Styles,
    table_style,
)
from explorer.report.pdf.text import escape, keep_units_together

LABEL_COLUMN = 46 * mm
SYMBOL_WIDTH = 34


def cover(briefing: Briefing, t: dict[str, str], st: Styles) -> list[Flowable]:
    lang = briefing.lang
    firm_id = t["firm_id"].format(firm_id=escape(briefing.firm_id))
    story: list[Flowable] = [*masthead(briefing.branding, lang, st),
                             Paragraph(escape(briefing.firm_name) or firm_id, st.firm)]  # the id when no name
    if briefing.firm_name.strip():
        story.append(Paragraph(firm_id, st.subtitle))
    else:
        story.append(Spacer(1, 18))
    facts = [(t["date"], escape(format_date(briefing.created, lang)))]
    if advisor_text(briefing.branding):
        facts.append((t["advisor"], advisor_text(briefing.branding)))
    facts += [
        *([(t["round"], t["round_value"].format(round=f"<b>{escape(briefing.round)}</b>"))] if briefing.round else []),
        (t["peer_group"], escape(briefing.peer_definition)),
        (t["peer_n"], t["peer_n_value"].format(n=f"<b>{format_count(briefing.peer_n, lang)}</b>")),
    ]
    if briefing.widened_steps:
        facts.append((t["widened"], "<br/>".join(f"→ {escape(s)}" for s in briefing.widened_steps)))
    facts.append((t["min_peers"], t["min_peers_value"].format(
        n=format_count(briefing.min_peers, lang))))
    story.append(facts_table(facts, st))
    story += [Spacer(1, 12 * mm), Paragraph(t["how_to_read"], st.h2), legend(t, st),
              Spacer(1, 10 * mm), panel(Paragraph(t["privacy"], st.small))]
    return story


def facts_table(rows: list[tuple[str, str]], st: Styles, compact: bool = False) -> Table:
    """Label / value rows; values are markup that is already escaped.

    Labels are fixed texts, so they go in as plain strings (wrapped here) rather than
    Paragraphs: parsing markup is the larger part of a briefing's build time.
    """
    value_style = st.small if compact else st.cell
    data = [["\n".join(wrap(label, LABEL_COLUMN - 8, size=LABEL_SIZE)),
             Paragraph(keep_units_together(value), value_style)] for label, value in rows]
    table = Table(data, colWidths=[LABEL_COLUMN, CONTENT_WIDTH - LABEL_COLUMN], hAlign="LEFT")
    table.setStyle(table_style(
        ("FONTSIZE", (0, 0), (0, -1), LABEL_SIZE),
        ("LEADING", (0, 0), (0, -1), 11),
        ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3 if compact else 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5 if compact else 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ))
    return table


def panel(content: Flowable) -> Table:
    table = Table([[content]], colWidths=[CONTENT_WIDTH], hAlign="LEFT")
    table.setStyle(table_style(
        ("BACKGROUND", (0, 0), (-1, -1), PANEL),
        ("BOX", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
    ))
    return table


def legend(t: dict[str, str], st: Styles) -> Table:
    """Each chart element drawn small beside what it means."""
    rows = [
        (_bar_symbol(PEER), t["legend_bar"]),
        (_bar_symbol(FIRM), t["legend_firm_bar"]),
        (_whisker_symbol(), t["legend_whisker"]),
        (_firm_symbol(), t["legend_firm"]),
        (_box_symbol(), t["legend_quartiles"]),
        (_c_symbol(), t["legend_c"]),
        (None, t["legend_n"]),
    ]
    data = [[symbol or "", Paragraph(text, st.cell)] for symbol, text in rows]
    table = Table(data, colWidths=[SYMBOL_WIDTH + 8, CONTENT_WIDTH - SYMBOL_WIDTH - 8], hAlign="LEFT")
    table.setStyle(table_style(
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ))
    return table


def _symbol() -> Drawing:
    return Drawing(SYMBOL_WIDTH, 12, initialFontName=REGULAR)


def _bar_symbol(colour) -> Drawing:
    drawing = _symbol()
    drawing.add(Rect(0, 1, SYMBOL_WIDTH, 10, fillColor=TRACK, strokeColor=None, strokeWidth=0))
    drawing.add(Rect(0, 1, SYMBOL_WIDTH * 0.6, 10, fillColor=colour, strokeColor=None, strokeWidth=0))
    return drawing


def _whisker_symbol() -> Drawing:
    drawing = _symbol()
    drawing.add(Rect(0, 1, SYMBOL_WIDTH * 0.6, 10, fillColor=PEER, strokeColor=None, strokeWidth=0))
    whisker(drawing, SYMBOL_WIDTH * 0.35, SYMBOL_WIDTH * 0.85, 6)
    return drawing


def _firm_symbol() -> Drawing:
    drawing = _symbol()
    drawing.add(diamond(SYMBOL_WIDTH / 2, 6, 5))
    return drawing


def _box_symbol() -> Drawing:
    drawing = _symbol()
    drawing.add(Rect(4, 1, SYMBOL_WIDTH - 8, 10, fillColor=PEER_LIGHT, strokeColor=PEER,
                     strokeWidth=0.8))
    drawing.add(Line(SYMBOL_WIDTH * 0.45, 0, SYMBOL_WIDTH * 0.45, 12, strokeColor=PEER,
                     strokeWidth=2.4))
    return drawing


def _c_symbol() -> Drawing:
    drawing = _symbol()
    suppressed_mark(drawing, SYMBOL_WIDTH / 2, 2.5, 1, anchor="middle")
    return drawing

