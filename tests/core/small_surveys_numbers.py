"""A survey of one amount per firm, built in memory for the tests of released numbers."""

from __future__ import annotations

import pandas as pd

from explorer.core.reading import ColumnInfo, LoadedTable
from explorer.core.survey import Mapping, build_survey


def survey_with_amounts(amounts: list[float]):
    n = len(amounts)
    frame = pd.DataFrame({"firm_id": [f"F{i:03d}" for i in range(n)], "nace": ["25.62"] * n,
                          "employees": [20 + i for i in range(n)], "omzet": amounts})
    table = LoadedTable(path="amounts.xlsx", sheet=None, sheets=(), format="generic", header_rows=1, frame=frame,
                        columns=tuple(ColumnInfo(name=c, question_text=c) for c in frame.columns), warnings=(),
                        sha256="1" * 64)
    return build_survey(table, Mapping(kinds={"omzet": "numeric"}), use_profiles=False)
