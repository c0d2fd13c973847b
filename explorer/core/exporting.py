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
from explorer.core.disclosure import SUPPRESSED_SYMBOL, reason_text, release_summary
from explorer.core.errors import InputError
from explorer.core.export_safety import escape_cell
from explorer.core.export.spreadsheet import CSV_DELIMITERS
from explorer.core.formatting import decimal_separator
from explorer.core.i18n import tr
from explorer.core.survey.group_labels import group_label
from explorer.core.survey.summary import Summary

SUPPRESSED = SUPPRESSED_SYMBOL

HEADER_KEYS = ("views.crosstab.group", "export.long.answer", "export.table.share", "export.table.low",
               "export.table.high", "views.crosstab.n", "export.table.n_eff", "export.long.note")
NUMERIC_FIGURE_KEYS = {"mean": "views.crosstab.mean", "median": "views.crosstab.median",
                       "q1": "views.crosstab.q1", "q3": "views.crosstab.q3"}


def summary_frame(summary: Summary, min_peers: int | None = None, lang: str = "en") -> pd.DataFrame:
    """The long form for machines and pivot tables: one row per group and option (numeric questions:
    per group and statistic), the total last, groups by name, `c` where withheld.

    The figures are the release module's (`release_summary`); weighted tables carry the
    effective n beside n.
    """
    if summary.question.kind == "text":
        raise InputError("export.table.kind")
    released = release_summary(summary, min_peers)
    if not released.n_released:
        raise InputError("export.table.one_option")
    headers = [tr(key, lang) for key in HEADER_KEYS]
    if not summary.weighted:
        headers.remove(headers[6])
    numeric = summary.question.kind == "numeric"
    rows = []
    for figure in released.figures:
        hidden = figure.verdict.suppressed
        option = tr(NUMERIC_FIGURE_KEYS[figure.option], lang) if numeric else summary.question.option_text(figure.option)
        row = [group_label(figure.group, summary.by, summary.scheme, lang), option,
               SUPPRESSED if hidden else figure.value, SUPPRESSED if hidden else figure.low,
               SUPPRESSED if hidden else figure.high, figure.n]
        if summary.weighted:
            row.append(round(figure.n_eff, 1))
        row.append(reason_text(figure.verdict.reason, lang, dict(figure.verdict.params)) if hidden else "")
        rows.append(row)
    return pd.DataFrame(rows, columns=headers)


def write_table(frame: pd.DataFrame, path: Path, caption: str = "", lang: str = "en") -> None:
    """Write a table as .xlsx or .csv (in `lang`'s convention: Dutch `;` and decimal comma),
    atomically, with every text cell escaped against formulas."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=CSV_DELIMITERS.get(lang, ","), lineterminator="\r\n")
        if caption:
            writer.writerow([escape_cell(caption)])
        writer.writerow([escape_cell(str(c)) for c in frame.columns])
        point = decimal_separator(lang)
        for row in frame.itertuples(index=False, name=None):
            writer.writerow([_csv_value(v, point) for v in row])
        write_atomically(path, buffer.getvalue().encode("utf-8-sig"))
    elif suffix == ".xlsx":
        write_atomically(path, _xlsx_bytes(frame, caption))
    else:
        raise InputError("export.table.suffix")


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
    if caption:
        sheet.append([escape_cell(caption)])
    sheet.append([escape_cell(str(c)) for c in frame.columns])
    for row in frame.itertuples(index=False, name=None):
        sheet.append([_xlsx_value(v) for v in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


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
