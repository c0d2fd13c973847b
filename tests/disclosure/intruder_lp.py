"""The intruder: what a reader can work out from released tables, by integer programming.

Written apart from the app's own release code and sharing nothing with it: it reads what a
table *shows* (n per group and overall, the shares that are not `c`) and asks scipy's MILP
solver, for each unknown count, for its smallest and largest value consistent with every
relation the table carries:

- a shown share times its n is the count (shares × n);
- the groups, plus the firms that fall in no group, add up to the total, per option;
- single choice: each group's counts add up to its n;
- 0 ≤ count ≤ n.

Two colluding peers are the intruder model: each knows its own answer. A firm's answer is learnt
when, for some group, the feasible range of an option's count forces every firm but the
colluders to have given that answer (lower bound ≥ n − 2), or (multi-select, where "not ticked"
is an answer too) forces none of them to have ticked it (upper bound ≤ 2).
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

COLLUDERS = 2
TOTAL = "total"
TOTAL_LABELS = ("total", "Total", "Totaal")  # a released table names the total in words
NO_GROUP = "(no group)"   # the firms counted in the total but in none of the groups


@dataclass
class Published:
    """One released table: n per group, counts per (group, option), None where the table shows c."""

    kind: str                                   # "single" (also yes/no, Likert) or "multi"
    options: list[str]
    n: dict[str, int]                           # group -> n; includes TOTAL
    counts: dict[tuple[str, str], int | None] = field(default_factory=dict)

    @property
    def groups(self) -> list[str]:
        return [g for g in self.n if g != TOTAL]


def _number(text: object) -> float | None:
    if text is None:
        return None
    if isinstance(text, (int, float)):
        return None if isinstance(text, float) and math.isnan(text) else float(text)
    text = str(text).strip()
    if text in ("", "c"):
        return None
    return float(text.replace(",", "."))


def from_rows(rows: list[dict], kind: str) -> Published:
    """A table from rows with Group / Answer / Share / n columns (Dutch or English headers)."""
    def pick(row: dict, *names: str):
        return next(row[k] for k in names if k in row)

    options: list[str] = []
    table = Published(kind, options, {})
    for row in rows:
        group = str(pick(row, "Group", "Groep"))
        group = TOTAL if group in TOTAL_LABELS else group
        option = str(pick(row, "Answer", "Antwoord"))
        n = int(_number(pick(row, "n")))
        share = _number(pick(row, "Share", "Aandeel"))
        if option not in options:
            options.append(option)
        table.n[group] = n
        table.counts[(group, option)] = None if share is None else int(round(share * n))
    return table


def read_csv(path: Path, kind: str) -> Published:
    """A long-form CSV in either locale (Dutch `;` with decimal commas, English `,` with points), from
    its header to the first empty line (a footnote may follow)."""
    lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    start = next(i for i, line in enumerate(lines) if re.split("[;,]", line)[0] in ("Group", "Groep"))
    delimiter = ";" if lines[start].startswith("Groep;") or ";" in lines[start] else ","
    end = next((i for i in range(start, len(lines)) if not lines[i].strip()), len(lines))
    rows = list(csv.DictReader(io.StringIO("\n".join(lines[start:end])), delimiter=delimiter))
    if delimiter == ";":
        rows = [{k: v.replace(",", ".") if k in ("Share", "Aandeel") else v for k, v in row.items()} for row in rows]
    return from_rows(rows, kind)


def read_xlsx(path: Path, kind: str) -> Published:
    from openpyxl import load_workbook

    rows = list(load_workbook(path, read_only=True).active.iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if row and row[0] in ("Group", "Groep"))
    end = next((i for i in range(start, len(rows)) if not rows[i] or rows[i][0] is None), len(rows))
    header = [str(h) for h in rows[start]]
    return from_rows([dict(zip(header, row)) for row in rows[start + 1:end]], kind)


def from_summary(summary, kind: str | None = None) -> Published:
    """A chart export's released figures (a Summary whose withheld shares are NaN)."""
    kind = kind or ("multi" if summary.question.kind == "multi" else "single")
    table = Published(kind, list(summary.options), {})
    for group in (*summary.groups, summary.total):
        name = TOTAL if group is summary.total else group.group
        table.n[name] = int(group.n)
        for option in summary.options:
            share = group.shares.get(option)
            shown = share is not None and math.isfinite(share) and group.n > 0
            table.counts[(name, option)] = int(round(share * group.n)) if shown else None
    return table


def _variables(tables: list[Published]) -> tuple[list[tuple[int, str, str]], dict, list[float]]:
    """One integer variable per unknown count, tables numbered; upper bounds from n."""
    index: dict[tuple[int, str, str], int] = {}
    upper: list[float] = []
    keys = []
    for t, table in enumerate(tables):
        residual = table.n[TOTAL] - sum(table.n[g] for g in table.groups) if table.groups else 0
        assert residual >= 0, "groups larger than the total"
        for group in [*table.groups, TOTAL] + ([NO_GROUP] if residual else []):
            n = residual if group == NO_GROUP else table.n[group]
            for option in table.options:
                if group == NO_GROUP or table.counts.get((group, option)) is None:
                    index[(t, group, option)] = len(keys)
                    keys.append((t, group, option))
                    upper.append(float(n))
    return keys, index, upper


def _constraints(tables: list[Published], index: dict, size: int, shared_total: bool):
    rows, values = [], []

    def add(terms: list[tuple[int, str, str]], constants: float) -> None:
        row = np.zeros(size)
        constant = constants
        for coefficient, key in terms:
            if key in index:
                row[index[key]] += coefficient
            else:
                t, group, option = key
                constant -= coefficient * tables[t].counts[(group, option)]
        rows.append(row)
        values.append(constant)

    for t, table in enumerate(tables):
        has_residual = any(k[0] == t and k[1] == NO_GROUP for k in index)
        members = table.groups + ([NO_GROUP] if has_residual else [])
        if table.groups:
            for option in table.options:
                add([(1, (t, g, option)) for g in members] + [(-1, (t, TOTAL, option))], 0.0)
        if table.kind == "single":
            residual_n = table.n[TOTAL] - sum(table.n[g] for g in table.groups)
            for group in [*table.groups, TOTAL] + ([NO_GROUP] if has_residual else []):
                n = residual_n if group == NO_GROUP else table.n[group]
                add([(1, (t, group, o)) for o in table.options], float(n))
    if shared_total:  # views of one selection: their totals are the same firms' answers
        for t in range(1, len(tables)):
            for option in tables[0].options:
                add([(1, (0, TOTAL, option)), (-1, (t, TOTAL, option))], 0.0)
    return rows, values


def feasible_ranges(*tables: Published, shared_total: bool = True) -> dict[tuple[int, str, str], tuple[int, int]]:
    """Smallest and largest value of every unknown count (also the no-group firms' counts)."""
    tables = list(tables)
    keys, index, upper = _variables(tables)
    if not keys:
        return {}
    rows, values = _constraints(tables, index, len(keys), shared_total and len(tables) > 1)
    constraints = [LinearConstraint(np.array(rows), np.array(values), np.array(values))] if rows else []
    bounds = Bounds(np.zeros(len(keys)), np.array(upper))
    integrality = np.ones(len(keys))
    ranges = {}
    for i, key in enumerate(keys):
        found = []
        for sign in (1.0, -1.0):
            cost = np.zeros(len(keys))
            cost[i] = sign
            result = milp(cost, constraints=constraints, bounds=bounds, integrality=integrality)
            assert result.status == 0, f"the published figures are inconsistent: {result.message}"
            found.append(int(round(result.x[i])))
        ranges[key] = (found[0], found[1])
    return ranges


@dataclass(frozen=True)
class Finding:
    table: int
    group: str
    option: str
    low: int
    high: int
    n: int
    what: str


def findings(*tables: Published, shared_total: bool = True) -> list[Finding]:
    """Every count the intruder pins down, and every firm answer two colluders learn."""
    tables = list(tables)
    ranges = feasible_ranges(*tables, shared_total=shared_total)
    found: list[Finding] = []
    for t, table in enumerate(tables):
        residual = table.n[TOTAL] - sum(table.n[g] for g in table.groups) if table.groups else 0
        for group in [*table.groups, TOTAL] + ([NO_GROUP] if residual else []):
            n = residual if group == NO_GROUP else table.n[group]
            if n == 0:
                continue
            for option in table.options:
                shown = table.counts.get((group, option)) if group != NO_GROUP else None
                low, high = (shown, shown) if shown is not None else ranges[(t, group, option)]
                colluders = min(COLLUDERS, n - 1)
                if shown is None and low == high and not _implied_by_a_shown_zero(table, option, low):
                    found.append(Finding(t, group, option, low, high, n, "hidden count recovered"))
                if low >= n - colluders:
                    found.append(Finding(t, group, option, low, high, n, "all other firms gave this answer"))
                elif table.kind == "multi" and high <= colluders:
                    found.append(Finding(t, group, option, low, high, n, "no other firm ticked this"))
    return found


def _implied_by_a_shown_zero(table: Published, option: str, value: int) -> bool:
    """A hidden 0 under a shown total of 0 says only what the total says (nobody chose it)."""
    return value == 0 and table.counts.get((TOTAL, option)) == 0


def range_of(table: Published, group: str, option: str) -> tuple[int, int]:
    shown = table.counts.get((group, option))
    if shown is not None:
        return shown, shown
    return feasible_ranges(table)[(0, group, option)]
