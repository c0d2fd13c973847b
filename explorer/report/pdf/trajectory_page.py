"""The section of a briefing that shows the firm's answers in earlier rounds (content/trajectory.py).

One small table per question: the round, the firm's answer then, and the share of that round's
peers who gave the same answer with its n; a withheld share is `c` with a numbered note, as on
the theme pages. The firm's answers are plain text (not markup) and are printed as such.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from explorer.report.content.i18n import band_text
from explorer.report.content.model import Briefing, RoundAnswer, Trajectory
from explorer.report.pdf.notes import Notes, SuppressionLog
from explorer.core.formatting import format_count, format_percent, format_with_unit
from explorer.report.pdf.chart_parts import wrap
from explorer.report.pdf.fonts import BOLD
from explorer.report.pdf.styles import CONTENT_WIDTH, Styles, header_grid_style, table_style
from explorer.report.pdf.text import clean, escape

WIDTHS = (0.36, 0.22, 0.42)
CELL_SIZE = 9


def trajectory_section(briefing: Briefing, t: dict[str, str], st: Styles, log: SuppressionLog) -> list[Flowable]:
    notes = Notes(log)
    flow: list[Flowable] = [Paragraph(t["trajectory"], st.h1), Paragraph(t["trajectory_intro"], st.caption),
                            Spacer(1, 4 * mm)]
    widths = [CONTENT_WIDTH * w for w in WIDTHS]
    for trajectory in briefing.trajectories:
        header = [_lines(t[key], width, bold=True) for key, width in zip(("trajectory_round", "trajectory_answer",
                                                                 "trajectory_share"), widths)]
        rows = [header] + [_row(answer, trajectory, briefing.lang, t, st, notes, widths)
                           for answer in trajectory.rounds]
        table = Table(rows, colWidths=widths, hAlign="LEFT")
        table.setStyle(header_grid_style())
        # Plain strings rather than Paragraphs: a batch draws thousands of these cells.
        table.setStyle(table_style(("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE), ("LEADING", (0, 0), (-1, -1), 12),
                                   ("FONTNAME", (0, 0), (-1, 0), BOLD),
                                   *(("FONTNAME", (0, i), (0, i), BOLD)
                                     for i, answer in enumerate(trajectory.rounds, start=1) if answer.current)))
        taken = [Paragraph(f"<b>c</b><super>{number}</super> {escape(note)}", st.note)
                 for number, note in notes.take()]
        flow.append(KeepTogether([Paragraph(escape(trajectory.question), st.question), table, *taken,
                                  Spacer(1, 5 * mm)]))
    return flow


def _lines(text: str, width: float, bold: bool = False) -> str:
    return "\n".join(wrap(text, width - 8, size=CELL_SIZE, bold=bold, max_lines=6))


def _row(answer: RoundAnswer, trajectory: Trajectory, lang: str, t: dict[str, str], st: Styles,
         notes: Notes, widths: list[float]) -> list:
    label = t["trajectory_current"].format(round=answer.round) if answer.current else answer.round
    n_text = t["n_is"].format(n=format_count(answer.n, lang))
    if answer.verdict.suppressed:
        number = notes.mark(answer.verdict, f"{clean(trajectory.question)} · {clean(answer.round)}")
        peers: object = Paragraph(f"<b>c</b><super>{number}</super>", st.cell)
    elif answer.firm_value is not None:
        parts = [band_text(answer.band, lang)] if answer.band is not None else []
        if answer.median is not None:
            parts.append(t["trajectory_median"].format(median=format_with_unit(answer.median, trajectory.unit, lang)))
        peers = _lines("; ".join(parts) + f" ({n_text})", widths[2])
    else:
        peers = _lines(f"{format_percent(answer.share, lang)} ({n_text})", widths[2])
    if answer.firm_value is not None:
        own = format_with_unit(answer.firm_value, trajectory.unit, lang)
    else:
        own = clean(answer.firm_answer)
    return [_lines(clean(label), widths[0], bold=answer.current), _lines(own, widths[1]), peers]
