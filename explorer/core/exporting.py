"""Tables and data leaving the app: disclosure applied to figures, formula injection escaped.

A summary table (groups × options with shares, intervals and n) is what the crosstab view shows
and what "Export table" writes; cells that break a disclosure rule carry `c` and a note.
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
from explorer.core.i18n import tr
from explorer.core.survey.summary import Summary

SUPPRESSED = SUPPRESSED_SYMBOL

HEADERS = {"nl": ("Groep", "Antwoord", "Aandeel", "95%-interval onder", "95%-interval boven", "n", "Effectieve n",
                  "Opmerking"),
           "en": ("Group", "Answer", "Share", "95% interval low", "95% interval high", "n", "Effective n", "Note")}


def summary_frame(summary: Summary, min_peers: int | None = None, lang: str = "en") -> pd.DataFrame:
    """A tidy table for export: one row per group and option (the total last), `c` where withheld.

    The figures are the release module's (`release_summary`); weighted tables carry the
    effective n beside n.
    """
    if summary.question.kind in ("numeric", "text"):
        raise InputError(tr("export.table.kind", lang))
    released = release_summary(summary, min_peers)
    if not released.n_released:
        raise InputError(tr("export.table.one_option", lang))
    headers = list(HEADERS["nl" if lang == "nl" else "en"])
    if not summary.weighted:
        headers.remove(headers[6])
    rows = []
    for figure in released.figures:
        hidden = figure.verdict.suppressed
        row = [figure.group, figure.option, SUPPRESSED if hidden else figure.value,
               SUPPRESSED if hidden else figure.low, SUPPRESSED if hidden else figure.high, figure.n]
        if summary.weighted:
            row.append(round(figure.n_eff, 1))
        row.append(reason_text(figure.verdict.reason, lang, dict(figure.verdict.params)) if hidden else "")
        rows.append(row)
    return pd.DataFrame(rows, columns=headers)


def require_table_suffix(path: Path) -> str:
    """The table format a path asks for (.xlsx or .csv); checked before anything is released."""
    suffix = Path(path).suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InputError("Export as .xlsx or .csv.")
    return suffix


def write_table(frame: pd.DataFrame, path: Path, caption: str = "") -> None:
    """Write a table as .xlsx or .csv, atomically, with every text cell escaped against formulas."""
    path = Path(path)
    suffix = require_table_suffix(path)
    if suffix == ".csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";")
        if caption:
            writer.writerow([escape_cell(caption)])
        writer.writerow([escape_cell(str(c)) for c in frame.columns])
        for row in frame.itertuples(index=False, name=None):
            writer.writerow([_csv_value(v) for v in row])
        write_atomically(path, buffer.getvalue().encode("utf-8-sig"))
    else:
        write_atomically(path, _xlsx_bytes(frame, caption))


def _csv_value(value: object) -> object:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    if pd.isna(value) if not isinstance(value, (list, tuple, dict)) else False:
        return ""
    return escape_cell(value if not isinstance(value, str) else value)


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
    write_table(selected, path, caption=note)
    return len(selected)
