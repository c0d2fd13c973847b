"""The story of a briefing: cover, key points, a section per theme, the firm's earlier rounds, the
method page."""

from __future__ import annotations

from dataclasses import dataclass, replace

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
from explorer.core.question_stems import grid_labels
from explorer.report.pdf.branding import advisor_text
from explorer.report.pdf.cover import cover, facts_table, panel
from explorer.report.content.i18n import RULE_CODES
from explorer.report.pdf.items import BlockContext, item_block
from explorer.report.content.model import Briefing, Reference, Theme
from explorer.report.pdf.notes import Notes, SuppressionLog
from explorer.report.pdf.styles import CONTENT_WIDTH, RULE, Styles, header_grid_style, table_style
from explorer.report.pdf.text import escape, keep_units_together
from explorer.report.pdf.trajectory_page import trajectory_section


@dataclass(frozen=True)
class Spacing:
    """Vertical room between questions and themes; tighter layouts for a briefing whose last
    theme page would otherwise hold only a remnant."""

    item_gap: float
    theme_gap: float
    theme_room: float  # a theme starts on a new page when less than this is left
    compact_method: bool = False  # the rules and the withheld figures in smaller type


SPACINGS = (Spacing(14, 8 * mm, 70 * mm), Spacing(8, 4 * mm, 50 * mm, True), Spacing(4, 2 * mm, 35 * mm, True))


class EndMark(Flowable):
    """Draws nothing; remembers the page and height where the themes ended."""

    def __init__(self) -> None:
        super().__init__()
        self.page: int | None = None
        self.y: float | None = None

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return 0, 0

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802 - reportlab's name
        self.page, self.y = canvas.getPageNumber(), y


def story(briefing: Briefing, t: dict[str, str], st: Styles, spacing: Spacing = SPACINGS[0],
          end: EndMark | None = None, method_end: EndMark | None = None) -> list[Flowable]:
    log = SuppressionLog(briefing.lang)
    flow: list[Flowable] = [NextPageTemplate("body"), *cover(briefing, t, st), PageBreak()]
    flow += key_points(briefing, t, st)
    flow.append(PageBreak())  # the key points page is the one handed over on its own
    for number, theme in enumerate(briefing.themes):
        # Themes flow on, but one never starts near the foot of a page.
        if number:
            flow.append(Spacer(1, spacing.theme_gap))  # not after the last: it could open an empty page
        flow += [CondPageBreak(spacing.theme_room), *theme_section(theme, briefing, t, st, log, spacing.item_gap)]
    if briefing.trajectories:
        flow += [CondPageBreak(spacing.theme_room), *trajectory_section(briefing, t, st, log)]
    if end is not None:
        flow.append(end)
    flow += [PageBreak(), *method_page(briefing, t, st, log, spacing.compact_method)]
    if method_end is not None:
        flow.append(method_end)
    return flow


def compared_with(briefing: Briefing, t: dict[str, str], st: Styles) -> Paragraph:
    """Every page says against whom it compares, so it stands on its own when copied."""
    template = t["compared_with_round"] if briefing.round else t["compared_with"]
    text = template.format(definition=escape(briefing.peer_definition), round=escape(briefing.round),
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
                  log: SuppressionLog, gap: float = 14) -> list[Flowable]:
    notes = Notes(log)
    ctx = BlockContext(briefing.lang, t, st, briefing.min_peers, notes, gap)
    heading = [Paragraph(escape(theme.title), st.h1), compared_with(briefing, t, st),
               Spacer(1, 6 * mm)]
    groups = []
    previous_stem = ""
    # A stem is a grid's when two or more questions of the briefing share it, whatever their themes.
    everything = [item.question for section in briefing.themes for item in section.items]
    grids = dict(zip(everything, grid_labels(everything)))
    for item in theme.items:
        shown, stem = grids.get(item.question, (item.question, ""))
        blocks = item_block(replace(item, question=shown), ctx, statement=True) if stem else item_block(item, ctx)
        if stem and stem != previous_stem:  # a grid's long question once, as its title, kept with its first item
            blocks[0] = [Paragraph(escape(stem), st.question), *blocks[0]]
        groups += blocks
        previous_stem = stem
    if not groups:
        return heading
    groups[0] = heading + groups[0]  # no heading alone at the foot of a page
    return [KeepTogether(group) if len(group) > 1 else group[0] for group in groups]


def method_page(briefing: Briefing, t: dict[str, str], st: Styles,
                log: SuppressionLog, compact: bool = False) -> list[Flowable]:
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
        flow.append(Paragraph(text, st.rule_compact if compact else st.rule,
                              bulletText=code if code in RULE_CODES else None))
    flow += [Paragraph(t["suppressed"], st.h2), suppressed_table(briefing, t, st, log, compact)]
    return flow


def grouped_cells(cells: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """One row per question and reason: 'Motives: automation; quality' rather than a row per option,
    so that the method page stays one page (markup, escaped)."""
    groups: dict[tuple[str, str], list[str]] = {}
    for figure, note in cells:
        question, _, part = figure.partition(" · ")
        groups.setdefault((question, note), [])
        if part:
            groups[(question, note)].append(part)
    return [(escape(question) + (": " + "; ".join(escape(p) for p in parts) if parts else ""), note)
            for (question, note), parts in groups.items()]


def suppressed_table(briefing: Briefing, t: dict[str, str], st: Styles,
                     log: SuppressionLog, compact: bool = False) -> Flowable:
    """The cells withheld on the theme pages, plus any the content code listed (e.g. whole questions)."""
    for cell in briefing.method.suppressed:
        log.add(cell.figure, cell.verdict)
    if not log.cells:
        return Paragraph(t["suppressed_none"], st.small)
    rows = [[Paragraph(t["suppressed_figure"], st.cell_bold), Paragraph(t["suppressed_reason"],
                                                                         st.cell_bold)]]
    style = st.note_plain if compact else st.small
    rows += [[Paragraph(figures, style), Paragraph(escape(note), style)]
             for figures, note in grouped_cells(log.cells)]
    table = Table(rows, colWidths=[CONTENT_WIDTH * 0.66, CONTENT_WIDTH * 0.34], hAlign="LEFT",
                  repeatRows=1)
    table.setStyle(header_grid_style())
    return table
