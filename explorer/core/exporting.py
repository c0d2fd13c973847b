"""Tables and data leaving the app: disclosure applied to figures, formula injection escaped.

A summary table (groups × options with shares, intervals and n) is what the crosstab view shows
and what "Export table" writes; cells that break a disclosure rule carry `c` and a note.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from explorer.core.atomic import write_atomically
from explorer.core.disclosure import categorical_verdicts, clamp_min_peers, peer_group_ok, with_secondary
from explorer.core.disclosure.verdict import Verdict
from explorer.core.errors import InputError
from explorer.core.export_safety import escape_cell
from explorer.core.survey.summary import GroupResult, Summary

SUPPRESSED = "c"


@dataclass(frozen=True)
class TableCell:
    group: str
    option: str
    share: float | None
    low: float | None
    high: float | None
    n: int
    verdict: Verdict


def _group_verdicts(summary: Summary, min_peers: int) -> dict[str, Verdict]:
    """R1 and R4 per group, then R5: a lone withheld group next to a shown total could be
    recovered by subtraction, so a second group (the smallest) is withheld too."""
    groups = list(summary.groups)
    multi = summary.question.kind == "multi"
    verdicts = []
    for group in groups:
        verdict = peer_group_ok(group.n, min_peers)
        if verdict.shown and group.n:
            counts = np.array([group.counts.get(o, 0) for o in summary.options], dtype=np.int64)
            withheld = [v for v in categorical_verdicts(counts, group.n, multi=multi) if v.suppressed]
            verdict = withheld[0] if withheld and not multi else verdict
        verdicts.append(verdict)
    if groups and any(v.suppressed for v in verdicts):
        verdicts = list(with_secondary(tuple(verdicts), np.array([g.n for g in groups]), total_shown=True))
    return {g.group: v for g, v in zip(groups, verdicts)}


def _cells(group: GroupResult, options: tuple[str, ...], verdict: Verdict, multi: bool) -> list[TableCell]:
    counts = np.array([group.counts.get(o, 0) for o in options], dtype=np.int64)
    per_option = (categorical_verdicts(counts, group.n, multi=multi) if verdict.shown and group.n
                  else (verdict,) * len(options))
    if not multi and any(v.suppressed for v in per_option):
        per_option = (next(v for v in per_option if v.suppressed),) * len(options)  # shares sum to 1
    cells = []
    for option, option_verdict in zip(options, per_option):
        shown = option_verdict.shown
        low, high = group.ci.get(option, (None, None))
        cells.append(TableCell(group.group, option, group.shares.get(option) if shown else None,
                               low if shown else None, high if shown else None, group.n, option_verdict))
    return cells


def summary_cells(summary: Summary, min_peers: int | None = None) -> list[TableCell]:
    """Every group × option cell of a summary (the total last) with its disclosure verdict."""
    if summary.question.kind in ("numeric", "text"):
        raise InputError("Only questions with answer options can be exported as a table of shares.")
    min_peers = clamp_min_peers(min_peers)
    verdicts = _group_verdicts(summary, min_peers)
    multi = summary.question.kind == "multi"
    cells: list[TableCell] = []
    for group in summary.groups:
        cells.extend(_cells(group, summary.options, verdicts[group.group], multi))
    total_verdict = peer_group_ok(summary.total.n, min_peers)
    cells.extend(_cells(summary.total, summary.options, total_verdict, multi))
    return cells


def summary_frame(summary: Summary, min_peers: int | None = None, lang: str = "en") -> pd.DataFrame:
    """A tidy table for export: one row per group and option, `c` where a figure is withheld."""
    headers = {"nl": ("Groep", "Antwoord", "Aandeel", "95%-interval onder", "95%-interval boven", "n", "Opmerking"),
               "en": ("Group", "Answer", "Share", "95% interval low", "95% interval high", "n", "Note")}[lang]
    rows = []
    for cell in summary_cells(summary, min_peers):
        hidden = cell.verdict.suppressed
        rows.append([cell.group, cell.option, SUPPRESSED if hidden else cell.share,
                     SUPPRESSED if hidden else cell.low, SUPPRESSED if hidden else cell.high,
                     cell.n, cell.verdict.note() if hidden else ""])
    return pd.DataFrame(rows, columns=list(headers))


def write_table(frame: pd.DataFrame, path: Path, caption: str = "") -> None:
    """Write a table as .xlsx or .csv, atomically, with every text cell escaped against formulas."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";")
        if caption:
            writer.writerow([escape_cell(caption)])
        writer.writerow([escape_cell(str(c)) for c in frame.columns])
        for row in frame.itertuples(index=False, name=None):
            writer.writerow([_csv_value(v) for v in row])
        write_atomically(path, buffer.getvalue().encode("utf-8-sig"))
    elif suffix == ".xlsx":
        write_atomically(path, _xlsx_bytes(frame, caption))
    else:
        raise InputError("Export as .xlsx or .csv.")


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


def write_filtered_data(frame: pd.DataFrame, mask: np.ndarray, path: Path) -> int:
    """The selected firms' rows, as .xlsx or .csv; returns the number of rows written."""
    selected = frame.loc[np.asarray(mask, dtype=bool)]
    write_table(selected, path)
    return len(selected)
