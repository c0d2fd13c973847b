"""The story of a briefing: cover, key points, a section per theme, the method page."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from explorer.core.formatting import format_count, format_percent, format_with_unit
from explorer.report.branding import advisor_text
from explorer.report.cover import cover, facts_table, panel
from explorer.report.i18n import RULE_CODES
from explorer.report.items import BlockContext, item_block
from explorer.report.model import Briefing, Reference, Theme
from explorer.report.notes import Notes, SuppressionLog
from explorer.report.styles import CONTENT_WIDTH, PANEL, RULE, Styles, table_style
from explorer.report.text import escape, keep_units_together


def story(briefing: Briefing, t: dict[str, str], st: Styles) -> list[Flowable]:
    log = SuppressionLog(briefing.lang)
    flow: list[Flowable] = [NextPageTemplate("body"), *cover(briefing, t, st), PageBreak()]
    flow += key_points(briefing, t, st)
    flow.append(PageBreak())  # the key points page is the one handed over on its own
    for theme in briefing.themes:
        # Themes flow on, but one never starts in the last quarter of a page.
        flow += [CondPageBreak(70 * mm), *theme_section(theme, briefing, t, st, log),
                 Spacer(1, 8 * mm)]
    flow += [PageBreak(), *method_page(briefing, t, st, log)]
    return flow


def compared_with(briefing: Briefing, t: dict[str, str], st: Styles) -> Paragraph:
    """Every page says against whom it compares, so it stands on its own when copied."""
    text = t["compared_with"].format(definition=escape(briefing.peer_definition),
                                     n=format_count(briefing.peer_n, briefing.lang))
    return Paragraph(keep_units_together(text), st.caption)


def key_points(briefing: Briefing, t: dict[str, str], st: Styles) -> list[Flowable]:
    flow: list[Flowable] = [Paragraph(t["key_points"], st.h1), compared_with(briefing, t, st),
                            Spacer(1, 8 * mm)]
    if not briefing.key_points:
        flow.append(Paragraph(t["no_key_points"], st.body))
    for number, point in enumerate(briefing.key_points, start=1):
        flow.append(Paragraph(keep_units_together(escape(point)), st.bullet, bulletText=f"{number}."))
    if briefing.branding.note.strip():
        signed = advisor_text(briefing.branding)
        note = escape(briefing.branding.note) + (f"<br/><i>{signed}</i>" if signed else "")
        flow += [Spacer(1, 4 * mm), Paragraph(t["note"], st.h2), panel(Paragraph(note, st.body))]
    if briefing.references:
        flow += [Spacer(1, 8 * mm), Paragraph(t["references"], st.h2),
                 Paragraph(t["references_intro"], st.caption), Spacer(1, 3),
                 references_table(briefing.references, briefing.lang, t, st)]
    return flow


def references_table(references: tuple[Reference, ...], lang: str, t: dict[str, str],
                     st: Styles) -> Table:
    header = [Paragraph(t[key], st.cell_bold) for key in ("ref_figure", "ref_value", "ref_source")]
    rows = [header]
    for ref in references:
        if ref.unit == "%":
            value = format_percent(ref.value, lang)
        else:
            value = format_with_unit(ref.value, ref.unit, lang)
        rows.append([Paragraph(escape(ref.text), st.cell), Paragraph(f"<b>{escape(value)}</b>", st.cell),
                     Paragraph(escape(ref.source), st.caption)])
    widths = [CONTENT_WIDTH * 0.52, CONTENT_WIDTH * 0.14, CONTENT_WIDTH * 0.34]
    table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1)
    table.setStyle(table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ))
    return table


def theme_section(theme: Theme, briefing: Briefing, t: dict[str, str], st: Styles,
                  log: SuppressionLog) -> list[Flowable]:
    notes = Notes(log)
    ctx = BlockContext(briefing.lang, t, st, briefing.min_peers, notes)
    heading = [Paragraph(escape(theme.title), st.h1), compared_with(briefing, t, st),
               Spacer(1, 6 * mm)]
    groups = [group for item in theme.items for group in item_block(item, ctx)]
    if not groups:
        return heading
    groups[0] = heading + groups[0]  # no heading alone at the foot of a page
    return [KeepTogether(group) if len(group) > 1 else group[0] for group in groups]


def method_page(briefing: Briefing, t: dict[str, str], st: Styles,
                log: SuppressionLog) -> list[Flowable]:
    lang, method = briefing.lang, briefing.method
    widened = "<br/>".join(f"→ {escape(s)}" for s in briefing.widened_steps)
    peers = (f"{escape(briefing.peer_definition)}; n = {format_count(briefing.peer_n, lang)}; "
             + t["min_peers_value"].format(n=format_count(briefing.min_peers, lang)))
    rows = [
        (t["method_source"], escape(briefing.source_file)),
        # Small enough to stay on one line, so the digest can be copied and compared whole.
        (t["method_sha"], f'<font size="7.6">{escape(briefing.source_sha256.lower())}</font>'),
        (t["method_filters"], escape(method.filters) or t["method_no_filters"]),
        (t["method_peers"], peers),
        (t["method_widened"], widened or t["method_not_widened"]),
        (t["method_base"], t["method_base_value"]),
        (t["method_intervals"], escape(method.interval_method)),
        (t["method_numbers"], t["method_numbers_value"]),
        (t["method_rounding"], t["method_rounding_value"]),
    ]
    flow: list[Flowable] = [Paragraph(t["method"], st.h1), Spacer(1, 3 * mm),
                            facts_table(rows, st, compact=True)]
    if method.notes:
        flow.append(Spacer(1, 4))
    flow += [Paragraph(keep_units_together(escape(note)), st.small) for note in method.notes]
    flow += [Paragraph(t["rules"], st.h2), Paragraph(t["rules_intro"], st.small), Spacer(1, 3)]
    codes = [code for code in method.rules_applied if code]
    if not codes:
        flow.append(Paragraph(t["rules_none"], st.small))
    for code in codes:
        text = t[code].format(min_peers=briefing.min_peers) if code in RULE_CODES else escape(code)
        flow.append(Paragraph(text, st.rule, bulletText=code if code in RULE_CODES else None))
    flow += [Paragraph(t["suppressed"], st.h2), suppressed_table(briefing, t, st, log)]
    return flow


def suppressed_table(briefing: Briefing, t: dict[str, str], st: Styles,
                     log: SuppressionLog) -> Flowable:
    """The cells withheld on the theme pages, plus any the content code listed (e.g. whole questions)."""
    for cell in briefing.method.suppressed:
        log.add(cell.figure, cell.verdict)
    if not log.cells:
        return Paragraph(t["suppressed_none"], st.small)
    rows = [[Paragraph(t["suppressed_figure"], st.cell_bold), Paragraph(t["suppressed_reason"],
                                                                         st.cell_bold)]]
    rows += [[Paragraph(escape(figure), st.small), Paragraph(escape(note), st.small)]
             for figure, note in log.cells]
    table = Table(rows, colWidths=[CONTENT_WIDTH * 0.55, CONTENT_WIDTH * 0.45], hAlign="LEFT",
                  repeatRows=1)
    table.setStyle(table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), PANEL),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ))
    return table
