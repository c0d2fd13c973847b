"""Small surveys built for an attack: a handful of firms, the answers chosen by the test."""

from __future__ import annotations

import pandas as pd

from explorer.core.reading import ColumnInfo, LoadedTable
from explorer.core.survey import build_survey


def survey_of(columns: dict[str, list], *, sha: str = "0" * 64):
    """A survey from plain columns. `firm_id`, `nace` and `employees` are added when missing.

    Categorical answers are given as lists of strings (None = no answer); a multi-select block is
    given as 0/1 columns named 'Stem: Option'.
    """
    n = len(next(iter(columns.values())))
    frame = {"firm_id": [f"F{i + 1:03d}" for i in range(n)], "nace": ["25.62"] * n,
             "employees": [20 + i for i in range(n)]}
    for name, values in columns.items():
        if values and all(isinstance(v, str) or v is None for v in values):
            frame[name] = pd.Categorical(values)
        else:
            frame[name] = values
    frame = pd.DataFrame(frame)
    table = LoadedTable(path="attack.xlsx", sheet=None, sheets=(), format="generic", header_rows=1, frame=frame,
                        columns=tuple(ColumnInfo(name=c, question_text=c) for c in frame.columns), warnings=(),
                        sha256=sha)
    return build_survey(table, use_profiles=False)
