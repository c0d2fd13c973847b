"""Answers that SPSS value labels mark as "no answer" without declaring them missing.

The reader keeps them (see `explorer.core.reading.spss`); the survey reads them as no answer,
so they leave every base, unless the user counts them again (`Mapping.kept_missing`). The
survey sees a view of the frame with those answers masked; the loaded table is not changed.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from explorer.core.reading.spss import code_text, missing_codes
from explorer.core.reading.table import LoadedTable
from explorer.core.survey.kinds import value_counts


def labelled_missing(table: LoadedTable) -> dict[str, dict[str, str]]:
    """column → {label: code} of the "no answer" answers each categorical SPSS column holds."""
    found: dict[str, dict[str, str]] = {}
    for info in table.columns:
        if not info.value_labels:
            continue
        series = table.frame[info.name]
        if not isinstance(series.dtype, pd.CategoricalDtype):
            continue
        codes = missing_codes(dict(info.value_labels))
        held = set(value_counts(series))
        labels = {str(label): code_text(code) for code, label in codes.items() if str(label) in held}
        if labels:
            found[info.name] = labels
    return found


def answers_view(table: LoadedTable, kept: tuple[str, ...]) -> tuple[LoadedTable, list[str]]:
    """The table as the survey reads it, and a warning naming the answers read as no answer."""
    found = {column: labels for column, labels in labelled_missing(table).items() if column not in kept}
    if not found:
        return table, []
    frame = table.frame
    masked = {}
    cells = 0
    for column, labels in found.items():
        series = frame[column]
        hit = series.isin(list(labels))
        cells += int(hit.sum())
        # set_categories keeps the code order (remove_categories may sort what remains).
        kept_categories = [c for c in series.cat.categories if str(c) not in labels]
        masked[column] = series.where(~hit).cat.set_categories(kept_categories)
    view = replace(table, frame=frame.assign(**masked))
    return view, [_warning(found, cells)]


def _warning(found: dict[str, dict[str, str]], cells: int) -> str:
    by_labels: dict[tuple[tuple[str, str], ...], list[str]] = {}
    for column, labels in found.items():
        by_labels.setdefault(tuple(sorted(labels.items())), []).append(column)
    parts = []
    for labels, columns in by_labels.items():
        named = ", ".join(f"'{label}' ({code})" for label, code in labels)
        shown = ", ".join(columns[:6]) + (f" and {len(columns) - 6} more" if len(columns) > 6 else "")
        parts.append(f"{named} in {shown}")
    return (f"{cells:,} answers whose SPSS value label means no answer were read as no answer: "
            + "; ".join(parts) + ". The mapping can count them as answers.")
