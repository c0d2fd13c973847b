"""The section of a briefing that shows the firm's answers in earlier rounds (trajectory.py).

One small table per question: the round, the firm's answer then, and the share of that round's
peers who gave the same answer with its n; a withheld share is `c` with a numbered note, as on
the theme pages.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from explorer.report.i18n import band_text
from explorer.report.items import with_unit
from explorer.report.model import Briefing, RoundAnswer, Trajectory
from explorer.report.notes import Notes, SuppressionLog
from explorer.report.numbers import format_count, format_percent
from explorer.report.styles import CONTENT_WIDTH, Styles, header_grid_style
from explorer.report.text import clean, escape

WIDTHS = (0.36, 0.22, 0.42)


def trajectory_section(briefing: Briefing, t: dict[str, str], st: Styles, log: SuppressionLog) -> list[Flowable]:
    notes = Notes(log)
    flow: list[Flowable] = [Paragraph(t["trajectory"], st.h1), Paragraph(t["trajectory_intro"], st.caption),
                            Spacer(1, 4 * mm)]
    for trajectory in briefing.trajectories:
        rows = [[Paragraph(t[key], st.cell_bold) for key in ("trajectory_round", "trajectory_answer",
                                                              "trajectory_share")]]
        rows += [_row(answer, trajectory, briefing.lang, t, st, notes) for answer in trajectory.rounds]
        table = Table(rows, colWidths=[CONTENT_WIDTH * w for w in WIDTHS], hAlign="LEFT")
        table.setStyle(header_grid_style())
        taken = [Paragraph(f"<b>c</b><super>{number}</super> {escape(note)}", st.note)
                 for number, note in notes.take()]
        flow.append(KeepTogether([Paragraph(escape(trajectory.question), st.question), table, *taken,
                                  Spacer(1, 5 * mm)]))
    return flow


def _row(answer: RoundAnswer, trajectory: Trajectory, lang: str, t: dict[str, str], st: Styles,
         notes: Notes) -> list:
    label = escape(answer.round)
    if answer.current:
        label = t["trajectory_current"].format(round=f"<b>{label}</b>")
    n_text = t["n_is"].format(n=format_count(answer.n, lang))
    if answer.verdict.suppressed:
        number = notes.mark(answer.verdict, f"{clean(trajectory.question)} · {clean(answer.round)}")
        peers = f"<b>c</b><super>{number}</super>"
    elif answer.firm_value is not None:
        parts = [band_text(answer.band, lang)] if answer.band is not None else []
        if answer.median is not None:
            parts.append(t["trajectory_median"].format(median=escape(with_unit(answer.median, trajectory.unit, lang))))
        peers = "; ".join(parts) + f" ({n_text})"
    else:
        peers = f"<b>{format_percent(answer.share, lang)}</b> ({n_text})"
    if answer.firm_value is not None:
        own = escape(with_unit(answer.firm_value, trajectory.unit, lang))
    else:
        own = escape(clean(answer.firm_answer))
    return [Paragraph(label, st.cell), Paragraph(own, st.cell), Paragraph(peers, st.cell)]
