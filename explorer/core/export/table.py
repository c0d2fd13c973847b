"""The crosstab as it leaves the app: the table on screen, with the figures the release module allows.

Groups as rows (their names, never internal codes), the total last; n (and the effective n when
weighted), then per answer option its share and the two ends of its 95 % interval in columns of
their own; a numeric question has its mean, standard deviation, median and quartiles instead.
A table split into groups that were tested carries the released letters as on screen: "(A)" before
a group's name and, per option, the groups its share is significantly above. A header block says
what the table is (question, selection, split, n, date) and the notes below give the reason of
every `c` and what the tests found. xlsx and CSV writers lay this one value out; nothing here formats a number.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from explorer.core.disclosure import NUMERIC_FIGURES, SUPPRESSED_SYMBOL, release_summary
from explorer.core.errors import InputError
from explorer.core.formatting import format_count, percent_decimals
from explorer.core.export.figure_notes import made_line, withheld_notes
from explorer.core.i18n import reason_text, tr
from explorer.core.survey.group_labels import by_label, group_label
from explorer.core.survey.significance_text import letters_text, tests_note



@dataclass(frozen=True)
class Column:
    """`name` heads the column; `over` is the answer option it belongs to ('' for group and n)."""

    name: str
    over: str = ""
    kind: str = "text"   # text, count, number, share

    share: bool = False  # the option's share itself (not an end of its interval)

    @property
    def flat_name(self) -> str:
        """One header line, for CSV, where shares are percentages: 'Ja (%)', 'Ja: 95%-interval onder (%)'."""
        if not self.over:
            return self.name
        return f"{self.over} (%)" if self.share else f"{self.over}: {self.name} (%)"


@dataclass(frozen=True)
class Cell:
    """A figure (a fraction for shares) with its decimals, text, `c`, or None for an empty cell."""

    value: float | int | str | None
    places: int = 0

    @property
    def suppressed(self) -> bool:
        return self.value == SUPPRESSED_SYMBOL


@dataclass(frozen=True)
class ExportTable:
    title: str
    header: tuple[str, ...]          # the lines under the title: selection, split, n, date
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]   # the groups, then the total
    notes: tuple[str, ...]           # c: the reasons

    @property
    def total_row(self) -> int:
        return len(self.rows) - 1


C = Cell(SUPPRESSED_SYMBOL)


def export_table(summary, lang: str, min_peers: int | None = None, filter_text: str = "",
                 title: str | None = None, when: dt.date | None = None) -> ExportTable:
    """The released crosstab of `summary` in `lang`; free-text questions have no table."""
    kind = summary.question.kind
    if kind == "text":
        raise InputError("export.table.kind")
    released = release_summary(summary, min_peers)
    figures = {(f.group, f.option): f for f in released.figures}
    tests = released.tests if summary.by and kind != "numeric" else None
    lettered = tests is not None and tests.has_letters
    columns = [Column(tr("views.crosstab.group", lang)), Column(tr("views.crosstab.n", lang), kind="count")]
    if summary.weighted:
        columns.append(Column(tr("export.table.n_eff", lang), kind="number"))
    if kind == "numeric":
        columns += [Column(tr(f"views.crosstab.{stat}", lang), kind="number") for stat in NUMERIC_FIGURES]
    else:
        for option in map(summary.question.option_text, summary.options):
            columns += [Column(tr("export.table.share", lang), option, "share", share=True),
                        Column(tr("export.table.low", lang), option, "share"),
                        Column(tr("export.table.high", lang), option, "share")]
            if lettered:
                columns.append(Column(tr("export.table.letters", lang), option))
    rows = []
    for group in [*summary.groups, summary.total]:
        label = group_label(group.group, summary.by, summary.scheme, lang)
        if lettered and group.group in tests.letters:
            label = tr("tests.group_letter", lang, letter=tests.letters[group.group], label=label)
        row = [Cell(label), Cell(group.n) if released.n_released else C]
        if summary.weighted:
            row.append(Cell(round(group.n_eff, 1), 1))
        if kind == "numeric":
            row += [_number_cell(figures.get((group.group, stat))) for stat in NUMERIC_FIGURES]
        else:
            for option in summary.options:
                row += _share_cells(figures.get((group.group, option)))
                if lettered:
                    row.append(Cell(letters_text(tests.higher_than(group.group, option))))
        rows.append(tuple(row))
    notes = withheld_notes(released.reasons, lang)
    if tests is not None:
        notes += tuple(tests_footnote(tests, lang))
    return ExportTable(title or summary.question.label, _header(summary, lang, filter_text, when),
                       tuple(columns), tuple(rows), notes)


def tests_footnote(tests, lang: str, names: bool = False) -> list[str]:
    """What the released tests found, and why a chi-square test was left out (`names`: the table
    writes the groups a share is above by name rather than by letter)."""
    verdict = tests.table_verdict
    withheld = reason_text(verdict.reason, lang, dict(verdict.params)) if verdict.suppressed else ""
    return tests_note(tests, lang, withheld_reason=withheld, names=names)


def _share_cells(figure) -> list[Cell]:
    if figure is None or figure.verdict.suppressed or figure.value is None:
        return [C, C, C] if figure is not None and figure.verdict.suppressed else [Cell(None)] * 3
    places = percent_decimals(figure.value)
    ends = [Cell(end, places) if end is not None and math.isfinite(end) else Cell(None)
            for end in (figure.low, figure.high)]
    return [Cell(figure.value, places), *ends]


def _number_cell(figure) -> Cell:
    if figure is None:
        return Cell(None)
    if figure.verdict.suppressed:
        return C
    if figure.value is None:
        return Cell(None)
    size = abs(figure.value)
    return Cell(figure.value, 0 if size >= 100 or float(figure.value).is_integer() else (1 if size >= 10 else 2))


def _header(summary, lang: str, filter_text: str, when: dt.date | None) -> tuple[str, ...]:
    lines = selection_lines(summary, lang, filter_text)
    lines.append(made_line(when or dt.date.today(), lang))
    return tuple(lines)


def selection_lines(summary, lang: str, filter_text: str = "") -> list[str]:
    """What an exported figure stands on: the selection, the split and n (of how many selected)."""
    selection = filter_text or " · ".join(summary.filters.to_texts()) or tr("export.filter.all", lang)
    lines = [tr("export.filter", lang, filter=selection)]
    if summary.by:
        lines.append(tr("export.split", lang, by=by_label(summary.by, lang)))
    total = summary.total
    selected = format_count(summary.firms_selected, lang)
    if summary.weighted:
        lines.append(tr("chart.n_eff.total", lang, n=format_count(total.n, lang),
                        n_eff=format_count(total.n_eff, lang), selected=selected))
    else:
        lines.append(tr("chart.n.total", lang, n=format_count(total.n, lang), selected=selected))
    return lines
