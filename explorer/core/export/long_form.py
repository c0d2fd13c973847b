"""Tables in long form, for machines and pivot tables: a summary as one row per group and option
(`summary_frame`), a grid of statements as one row per statement (`grid_frame`).

The figures are the release module's; cells that break a disclosure rule carry `c` and the reason.
`frame_file.write_table` writes them; the crosstab as on screen is `table.export_table`.
"""

from __future__ import annotations

import pandas as pd

from explorer.core.disclosure import SUPPRESSED_SYMBOL, release_summary
from explorer.core.errors import InputError
from explorer.core.export.frame_file import PERCENT_COLUMNS
from explorer.core.export.table import tests_footnote
from explorer.core.i18n import reason_text, tr
from explorer.core.survey.group_labels import group_label
from explorer.core.survey.summary import Summary

SUPPRESSED = SUPPRESSED_SYMBOL

HEADER_KEYS = ("views.crosstab.group", "export.long.answer", "export.table.share", "export.table.low",
               "export.table.high", "views.crosstab.n", "export.table.n_eff", "export.long.note")


def summary_frame(summary: Summary, min_peers: int | None = None, lang: str = "en") -> pd.DataFrame:
    """The long form for machines and pivot tables: one row per group and option (numeric questions:
    per group and statistic), the total last, groups by name, `c` where withheld.

    The figures are the release module's (`release_summary`); weighted tables carry the
    effective n beside n. A table split into groups also says, per row, which groups the share is
    significantly above (the released letters, as group names) and carries the tests' footnote in
    `frame.attrs["notes"]`, which `write_table` writes under the table.
    """
    if summary.question.kind == "text":
        raise InputError("export.table.kind")
    released = release_summary(summary, min_peers)
    if summary.question.kind == "numeric":
        return _numeric_frame(released, lang)
    if not released.n_released:
        raise InputError("export.table.one_option")
    headers = [tr(key, lang) for key in HEADER_KEYS]
    if not summary.weighted:
        headers.remove(headers[6])
    tests = released.tests if summary.by else None
    letters = tests is not None and tests.has_letters
    if letters:
        headers.insert(len(headers) - 1, tr("export.table.letters", lang))
    group_of = {letter: group_label(group, summary.by, summary.scheme, lang)
                for group, letter in tests.letters.items()} if letters else {}
    rows = []
    for figure in released.figures:
        hidden = figure.verdict.suppressed
        option = summary.question.option_text(figure.option)
        row = [group_label(figure.group, summary.by, summary.scheme, lang), option,
               SUPPRESSED if hidden else figure.value, SUPPRESSED if hidden else figure.low,
               SUPPRESSED if hidden else figure.high, figure.n]
        if summary.weighted:
            row.append(round(figure.n_eff, 1))
        if letters:
            row.append(", ".join(group_of[x] for x in tests.higher_than(figure.group, figure.option)))
        row.append(reason_text(figure.verdict.reason, lang, dict(figure.verdict.params)) if hidden else "")
        rows.append(row)
    frame = pd.DataFrame(rows, columns=headers)
    frame.attrs["notes"] = tests_footnote(tests, lang, names=True) if tests is not None else []
    frame.attrs[PERCENT_COLUMNS] = headers[2:5]  # the share and its interval
    return frame


NUMERIC_HEADER_KEYS = ("views.crosstab.group", "export.long.statistic", "export.long.value", "views.crosstab.n",
                       "export.table.n_eff", "export.long.note")


def _numeric_frame(released, lang: str) -> pd.DataFrame:
    """Numbers per group as they may leave the app: mean, standard deviation, median and quartiles
    (never minimum or maximum), one row each, `c` with the reason where withheld."""
    summary = released.summary
    headers = [tr(key, lang) for key in NUMERIC_HEADER_KEYS]
    if not summary.weighted:
        headers.remove(headers[4])
    rows = []
    for figure in released.figures:
        hidden = figure.verdict.suppressed or figure.value is None
        row = [group_label(figure.group, summary.by, summary.scheme, lang), tr(f"views.crosstab.{figure.option}", lang),
               SUPPRESSED if hidden else figure.value,
               figure.n]
        if summary.weighted:
            row.append(round(figure.n_eff, 1))
        reason = reason_text(figure.verdict.reason, lang, dict(figure.verdict.params)) if figure.verdict.suppressed \
            else ""
        rows.append([*row, reason])
    return pd.DataFrame(rows, columns=headers)


def grid_frame(grid_summary, min_peers: int | None = None, lang: str = "en", by_agreement: bool = False) -> pd.DataFrame:
    """A grid of statements as it may leave the app: one row per statement (in the grid's order, or
    most agreed first), n, the share of every scale point, the top-box share, the mean score and its
    standard deviation; `c` where withheld, with the reason."""
    from explorer.core.disclosure import release_grid

    released = release_grid(grid_summary, min_peers)
    order = [s.question.key for s in (grid_summary.by_agreement() if by_agreement else grid_summary.statements)]
    statements = sorted(released.statements, key=lambda s: order.index(s.key))
    top = grid_summary.grid.top_options
    top_name = tr("export.grid.top" if len(top) > 1 else "export.grid.top1", lang)
    headers = [tr("export.grid.statement", lang), "n", *grid_summary.options, top_name,
               tr("export.grid.mean", lang), tr("export.grid.sd", lang), tr("export.long.note", lang)]
    rows = []
    for statement in statements:
        shares = {f.option: f for f in statement.released.figures if f.group == "total"}
        row = [statement.text, statement.n]
        row += [SUPPRESSED if shares[o].value is None else shares[o].value for o in grid_summary.options]
        row += [SUPPRESSED if v is None else v for v in (statement.top, statement.mean, statement.sd)]
        verdict = statement.verdict
        row.append(reason_text(verdict.reason, lang, dict(verdict.params)) if verdict.suppressed else "")
        rows.append(row)
    frame = pd.DataFrame(rows, columns=headers)
    frame.attrs["notes"] = [tr("export.grid.note", lang, name=top_name, top=" + ".join(top),
                               points=len(grid_summary.options))]
    frame.attrs[PERCENT_COLUMNS] = [*grid_summary.options, top_name]
    return frame
