"""What a slide says: its title and either a chart of a summary, a crosstab table, or a few lines.

Nothing here draws (explorer.report.slides.powerpoint lays the specs out with python-pptx). The
figures come from the release module (`release_chart`), as for every export: a chart slide shows
the released copy of its summary with the note of every `c` and the date under it, and a selection
that may not leave the app gets the reason instead of a chart. Charts per kind: single choice, yes/no
and multi-select as a series per group (or the total) over the answers; Likert scales stacked to
100 % (a series per level); numeric questions as their released quartiles and median per group.
A crosstab is laid out as `export_table` lays it out, each share with its interval in one cell.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from explorer.core.disclosure import release_chart
from explorer.core.export.table import ExportTable, export_table, selection_lines
from explorer.core.export.figure_notes import made_line, withheld_notes
from explorer.core.formatting import format_count, format_number, format_percent, format_share_interval
from explorer.core.i18n import tr
from explorer.core.survey.group_labels import group_label

MAX_TABLE_ROWS = 14


@dataclass(frozen=True)
class SlideSpec:
    """One slide: a chart of `summary`, or a table (`table`), or a title slide (`lines` only)."""

    title: str
    summary: object | None = None
    table: ExportTable | None = None
    lines: tuple[str, ...] = ()
    released_from: object | None = None  # the summary whose figures the slide shows (for the register)


def chart_slide(summary, title: str | None = None) -> SlideSpec:
    return SlideSpec(title or summary.question.label, summary=summary, released_from=summary)


def crosstab_slide(summary, lang: str, min_peers: int | None, filter_text: str = "",
                   title: str | None = None) -> SlideSpec:
    table = export_table(summary, lang, min_peers, filter_text, title)
    return SlideSpec(table.title, table=table, released_from=summary)


@dataclass(frozen=True)
class ReleasedChart:
    """A chart slide's figures as they may leave the app: the released summary (None when the
    selection may not leave at all) and the lines under it (or, refused, the reason first)."""

    summary: object | None
    lines: list[str]


def released_chart(summary, lang: str, min_peers: int | None, filter_text: str, when: dt.date) -> ReleasedChart:
    plan = release_chart(summary, None, min_peers)
    if not plan.allowed:
        key, params = plan.refusal
        return ReleasedChart(None, [tr(key, lang, **params), *_footer_lines(summary, (), lang, filter_text, when)])
    return ReleasedChart(plan.summary, _footer_lines(plan.summary, plan.reasons, lang, filter_text, when))


def _footer_lines(summary, withheld, lang: str, filter_text: str, when: dt.date) -> list[str]:
    return [*selection_lines(summary, lang, filter_text), *withheld_notes(withheld, lang), made_line(when, lang)]


def chart_series(summary, lang: str) -> tuple[list[str], list[tuple[str, list[float | None]]], bool]:
    """(categories, [(series name, values)], stacked) of a released summary; withheld values are None."""
    groups = list(summary.groups) or [summary.total]
    if summary.question.kind == "numeric":  # the released quartiles and median, per group
        categories = [group_label(g.group, summary.by, summary.scheme, lang, short=True) for g in groups]
        series = [(tr(f"views.crosstab.{stat}", lang), [_value(getattr(g.numeric, stat, None)) for g in groups])
                  for stat in ("q1", "median", "q3")]
        return categories, series, False
    if summary.question.kind == "likert":
        rows = [summary.total, *summary.groups] if summary.groups else [summary.total]
        categories = [group_label(g.group, summary.by, summary.scheme, lang, short=True) for g in rows]
        series = [(summary.question.option_text(option), [_value(g.shares.get(option)) for g in rows])
                  for option in summary.options]
        return categories, series, True
    series = [(group_label(g.group, summary.by, summary.scheme, lang, short=True) + f" (n = {format_count(g.n, lang)})",
               [_value(g.shares.get(option)) for option in summary.options]) for g in groups]
    return [summary.question.option_text(option) for option in summary.options], series, False


def _value(share) -> float | None:
    return None if share is None or not math.isfinite(share) else float(share)


def slide_table(table: ExportTable, lang: str) -> tuple[list[str], list[list[str]]]:
    """Heads and cell texts of a slide's table (its first MAX_TABLE_ROWS rows): one column per
    answer, its share with the interval beside it ("48% (38–57)"), so that a question of eight
    answers still fits a slide's width."""
    heads, picks = [], []
    for j, column in enumerate(table.columns):
        if not column.over:
            heads.append(column.name)
            picks.append((j,))
        elif column.share:  # the share, then the two ends of its interval
            heads.append(column.over)
            picks.append((j, j + 1, j + 2))
    texts = []
    for row in table.rows[:MAX_TABLE_ROWS]:
        line = []
        for pick in picks:
            column = table.columns[pick[0]]
            share = row[pick[0]]
            if len(pick) == 3 and isinstance(share.value, float):
                line.append(format_share_interval(share.value, row[pick[1]].value, row[pick[2]].value, lang))
            else:
                line.append(_cell_text(share, column.kind, lang))
        texts.append(line)
    return heads, texts


def _cell_text(cell, kind: str, lang: str) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if kind == "share":
        return format_percent(value, lang, cell.places)
    if kind == "count":
        return format_count(value, lang)
    return format_number(value, lang, cell.places)
