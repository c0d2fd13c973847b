"""Tables and data leaving the app in long form: disclosure applied to figures, formula injection escaped.

`summary_frame` is the machine-readable long form of a summary (one row per group and option),
an export choice beside the crosstab (`explorer.core.export`); `write_filtered_data` writes the
selected firms' own answers after the user confirmed it. Cells that break a disclosure rule
carry `c` and a note.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import numpy as np
import pandas as pd

from explorer.core.atomic import write_atomically
from explorer.core.disclosure import SUPPRESSED_SYMBOL, release_summary
from explorer.core.errors import InputError
from explorer.core.export.spreadsheet import CSV_DELIMITERS
from explorer.core.export.table import tests_footnote
from explorer.core.export_safety import escape_cell
from explorer.core.formatting import decimal_separator, percent_decimals
from explorer.core.i18n import reason_text, tr
from explorer.core.survey.group_labels import group_label
from explorer.core.survey.summary import Summary

SUPPRESSED = SUPPRESSED_SYMBOL
# frame.attrs key: the columns holding shares (0–1), written to xlsx as percent cells.
PERCENT_COLUMNS = "percent_columns"
MIN_COLUMN_WIDTH, MAX_COLUMN_WIDTH = 9, 60  # characters

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


def require_table_suffix(path: Path) -> str:
    """The table format a path asks for (.xlsx or .csv); checked before anything is released."""
    suffix = Path(path).suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InputError("export.table.suffix")
    return suffix


def write_table(frame: pd.DataFrame, path: Path, caption: str = "", lang: str = "en") -> None:
    """Write a table as .xlsx or .csv (in `lang`'s convention: Dutch `;` and decimal comma),
    atomically, with every text cell escaped against formulas.

    The lines in `frame.attrs["notes"]` (a footnote) go under the table, after an empty line."""
    path = Path(path)
    suffix = require_table_suffix(path)
    if suffix == ".csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=CSV_DELIMITERS.get(lang, ","), lineterminator="\r\n")
        if caption:
            writer.writerow([escape_cell(caption)])
        writer.writerow([escape_cell(str(c)) for c in frame.columns])
        point = decimal_separator(lang)
        for row in frame.itertuples(index=False, name=None):
            writer.writerow([_csv_value(v, point) for v in row])
        for line in _notes(frame):
            writer.writerow([escape_cell(line)] if line else [])
        write_atomically(path, buffer.getvalue().encode("utf-8-sig"))
    else:
        write_atomically(path, _xlsx_bytes(frame, caption))


def _notes(frame: pd.DataFrame) -> list[str]:
    notes = [str(n) for n in frame.attrs.get("notes", ()) if n]
    return ["", *notes] if notes else []


def _csv_value(value: object, point: str = ".") -> object:
    if value is None or isinstance(value, (list, tuple, dict)):
        return "" if value is None else escape_cell(str(value))
    if pd.isna(value):
        return ""
    if isinstance(value, (float, np.floating)):
        return repr(float(value)).replace(".", point) if point != "." else repr(float(value))
    return escape_cell(value)


def _xlsx_bytes(frame: pd.DataFrame, caption: str) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Export")
    _set_widths(sheet, frame)
    if caption:
        sheet.append([escape_cell(caption)])
    sheet.append([escape_cell(str(c)) for c in frame.columns])
    percent = {i for i, c in enumerate(frame.columns) if c in set(frame.attrs.get(PERCENT_COLUMNS, ()))}
    for row in frame.itertuples(index=False, name=None):
        sheet.append([_percent_cell(sheet, v) if i in percent else _xlsx_value(v) for i, v in enumerate(row)])
    for line in _notes(frame):
        sheet.append([escape_cell(line)] if line else [])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _set_widths(sheet, frame: pd.DataFrame) -> None:
    """Columns wide enough for their head and values, within bounds (a statement may be a sentence)."""
    from openpyxl.utils import get_column_letter

    for index, column in enumerate(frame.columns, start=1):
        values = frame.iloc[:200, index - 1]
        longest = max([len(str(column)), *(len(str(v)) for v in values if isinstance(v, str))], default=8)
        width = min(MAX_COLUMN_WIDTH, max(MIN_COLUMN_WIDTH, longest + 2))
        sheet.column_dimensions[get_column_letter(index)].width = width


def _percent_cell(sheet, value: object) -> object:
    """A share as a real number with a percent format at the precision the screen shows it."""
    from openpyxl.cell import WriteOnlyCell

    number = _xlsx_value(value)
    if not isinstance(number, float):
        return number
    cell = WriteOnlyCell(sheet, value=number)
    cell.number_format = "0.0%" if percent_decimals(number) else "0%"
    return cell


def _xlsx_value(value: object) -> object:
    if value is None:
        return None
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating, float)):
        return None if np.isnan(value) else float(value)
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return escape_cell(str(value)) if not isinstance(value, (int, bool)) else value


# Column names that say "this identifies a person or a firm", in the languages survey tools use.
IDENTIFYING_NAMES = re.compile(
    r"e-?mail|\bip\b|ip[ _-]?ad|\bnaam\b|naam$|\bname\b|name$|telefoon|phone|adres|address|"
    r"contact|token|respondent|response ?id|\burl\b|latitude|longitude|locatie",
    re.IGNORECASE,
)
EMAIL_OR_IP = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$|^\d{1,3}(\.\d{1,3}){3}$", re.IGNORECASE)


def identifying_columns(survey) -> tuple[str, ...]:
    """Columns that name a firm or a person, or hold free text: left out of a data export by default.

    The id and name roles, free-text questions, columns the survey tool marked as metadata or open
    answers, columns whose name says e-mail, IP, name, address, phone or the like, and columns whose
    values look like e-mail or IP addresses.
    """
    frame = survey.frame
    chosen = {survey.roles.get("id"), survey.roles.get("name")}
    chosen |= {c for q in survey.questions if q.kind == "text" for c in q.columns}
    for info in survey.table.columns:
        if info.is_metadata or info.open_ended or IDENTIFYING_NAMES.search(info.name):
            chosen.add(info.name)
    for column in frame.columns:
        if column in chosen or pd.api.types.is_numeric_dtype(frame[column].dtype):
            continue
        sample = frame[column].dropna().astype(str).head(200)
        if len(sample) and sample.map(lambda v: bool(EMAIL_OR_IP.match(v.strip()))).mean() > 0.5:
            chosen.add(column)
    return tuple(c for c in frame.columns if c in chosen)


def write_filtered_data(survey, mask: np.ndarray, path: Path, lang: str = "nl",
                        include_identifying: bool = False) -> int:
    """The selected firms' answers, as .xlsx or .csv, with a first line saying they are individual answers.

    Identifying and free-text columns (`identifying_columns`) stay out unless asked for.
    Returns the number of rows written.
    """
    selected = survey.frame.loc[np.asarray(mask, dtype=bool)]
    if not include_identifying:
        selected = selected.drop(columns=list(identifying_columns(survey)))
    note = tr("export.data.note", lang, rows=len(selected))
    write_table(selected, path, caption=note, lang=lang)
    return len(selected)
