"""Expected values read straight from a raw export with the standard library, pandas or pyreadstat.

Never through the project's readers: these are the independent answers the project's reading
is checked against. The rules they follow are the ones DESIGN.md states ("Statistics": the base
of a share is the respondents who answered; where empty means "not ticked", a row with nothing
ticked is no answer) and the spellings of "no answer" the tools write.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

# How exports spell "no answer" (compared stripped, in upper case); "#N/A" is Excel's.
NO_ANSWER = {"", "NA", "N/A", "NULL", "-", ".", "(BLANK)", "NAN", "N.A.", "#N/A"}


def answered(value: object) -> bool:
    return value is not None and value == value and str(value).strip().upper() not in NO_ANSWER


def records(path: Path, encoding: str = "utf-8-sig", delimiter: str = ",") -> list[list[str]]:
    """The file's records (a field may hold line breaks), blank records left out."""
    text = path.read_bytes().decode(encoding)
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return [row for row in rows if any(cell.strip() for cell in row)]


def column(rows: list[list[str]], name: str, header_rows: int = 1) -> list[str]:
    index = rows[0].index(name)
    return [row[index] if index < len(row) else "" for row in rows[header_rows:]]


def single_shares(values: list[object]) -> dict[str, float]:
    """Share of each answer among the respondents who answered."""
    given = [str(v).strip() for v in values if answered(v)]
    counts = Counter(given)
    return {answer: n / len(given) for answer, n in counts.items()}


def joined_shares(values: list[object], options: list[str], holds) -> tuple[int, dict[str, float]]:
    """(base, share per option) of a question answered in one joined cell; `holds(cell, option)`."""
    given = [str(v) for v in values if answered(v)]
    return len(given), {option: sum(1 for cell in given if holds(cell, option)) / len(given) for option in options}


def ticked_shares(table: list[list[str]], ticked: set[str], unticked: set[str] = frozenset(),
                  also_answered: list[str] | None = None) -> tuple[int, list[float]]:
    """(base, share per column) of a question with one checkbox column per option.

    `table` holds the option columns side by side, one list per respondent. A respondent answered
    when a cell says ticked or, where not-ticked is written out (`unticked`), when any cell says
    either; `also_answered` (an "other" text per respondent) counts as an answer too.
    """
    base_rows = []
    for i, row in enumerate(table):
        cells = [c.strip() for c in row]
        said = any(c in ticked for c in cells) or any(c in unticked for c in cells)
        other = also_answered is not None and answered(also_answered[i])
        if said or other:
            base_rows.append(cells)
    shares = [sum(1 for r in base_rows if r[k] in ticked) / len(base_rows) for k in range(len(table[0]))]
    return len(base_rows), shares
