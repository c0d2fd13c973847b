"""The selected firms' own answers, written after the user confirmed it: identifying and
free-text columns left out unless asked for, a first line saying the file holds individual answers.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from explorer.core.export.frame_file import write_table
from explorer.core.i18n import tr


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
