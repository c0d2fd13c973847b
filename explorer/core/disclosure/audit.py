"""What the intruder can work out from a released table: each withheld count's feasible range.

A table of counts has rows (the groups, the firms in no group, the total) and one column per
option. Released are every row's n and the counts not withheld; the intruder knows the relations
the table shows: per option the groups plus the no-group firms make the total, per row of a
single-choice question the counts make n, and 0 ≤ count ≤ n. `feasible_ranges` asks
scipy.optimize.linprog for the smallest and largest value of each withheld count under those
relations. The constraint matrix is that of a transportation problem (totally unimodular), so the
linear programme's bounds are the integer ones.

A multi-select table has no row relation: each option's column is one equation (the parts make
the total) over a box, whose bounds have a closed form (`column_ranges`); tests check it against
the linear programme. A single-choice table whose withheld rows are whole and whose total is
shown is a two-way table with known margins, whose bounds are the Fréchet bounds
(`whole_row_ranges`). Everything else goes to linprog.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explorer.core.disclosure.intruder import pins_an_answer, too_narrow


@dataclass(frozen=True, eq=False)
class CountTable:
    """Counts behind a released table. Rows: the groups, then (if any) the no-group firms, then the total.

    `n` per row; `counts` rows × options; `multi`: options are separate yes/no questions;
    `no_group`: whether the second-to-last row holds firms counted in the total but in no group.
    """

    n: np.ndarray
    counts: np.ndarray
    multi: bool
    no_group: bool = False

    @property
    def total_row(self) -> int:
        return int(self.n.size) - 1

    @property
    def group_rows(self) -> range:
        return range(self.total_row - (1 if self.no_group else 0))

    @property
    def has_groups(self) -> bool:
        return self.total_row > 0

    def always_withheld(self) -> np.ndarray:
        """The no-group firms' row never appears in the table."""
        mask = np.zeros(self.counts.shape, dtype=bool)
        if self.no_group:
            mask[self.total_row - 1] = True
        return mask


def _relations(table: CountTable, hidden: np.ndarray) -> tuple[np.ndarray, np.ndarray, list[tuple[int, int]]]:
    """Equality constraints A x = b over the withheld cells (the shown ones moved to b)."""
    cells = [tuple(c) for c in np.argwhere(hidden)]
    where = {cell: i for i, cell in enumerate(cells)}
    counts = table.counts.astype(float)
    rows, values = [], []

    def relation(terms: list[tuple[float, tuple[int, int]]], constant: float) -> None:
        row = np.zeros(len(cells))
        for coefficient, cell in terms:
            if cell in where:
                row[where[cell]] += coefficient
            else:
                constant -= coefficient * counts[cell]
        if row.any():
            rows.append(row)
            values.append(constant)

    parts = [r for r in range(table.total_row)]
    options = range(table.counts.shape[1])
    if table.has_groups:
        for j in options:
            relation([(1.0, (r, j)) for r in parts] + [(-1.0, (table.total_row, j))], 0.0)
    if not table.multi:
        for r in range(table.total_row + 1):
            relation([(1.0, (r, j)) for j in options], float(table.n[r]))
    a = np.array(rows) if rows else np.zeros((0, len(cells)))
    return a, np.array(values), cells


def column_ranges(table: CountTable, hidden: np.ndarray) -> dict[tuple[int, int], tuple[float, float]]:
    """The bounds of a multi-select table's withheld counts, column by column, in closed form."""
    ranges = {}
    total = table.total_row
    n = table.n.astype(float)
    parts = list(range(total))
    for j in range(table.counts.shape[1]):
        shown = sum(float(table.counts[r, j]) for r in parts if not hidden[r, j])
        withheld = [r for r in parts if hidden[r, j]]
        room = sum(n[r] for r in withheld)
        if hidden[total, j]:
            for r in withheld:
                ranges[(r, j)] = (0.0, n[r])
            high = min(n[total], shown + room) if parts else n[total]
            ranges[(total, j)] = (shown if parts else 0.0, high)
            continue
        rest = float(table.counts[total, j]) - shown  # what the withheld parts hold together
        for r in withheld:
            ranges[(r, j)] = (max(0.0, rest - (room - n[r])), min(n[r], rest))
    return ranges


def whole_row_ranges(table: CountTable, hidden: np.ndarray) -> dict[tuple[int, int], tuple[float, float]]:
    """Bounds of a single-choice table's withheld rows under a shown total: max(0, n + R − N) … min(n, R).

    R is what the withheld rows hold of an option together (the total minus the shown rows), N all
    their answers; within those margins any 2-way table is possible, so the bounds are sharp.
    """
    rows = [r for r in range(table.total_row) if hidden[r].any()]
    n = table.n.astype(float)
    together = sum(n[r] for r in rows)
    ranges = {}
    for j in range(table.counts.shape[1]):
        rest = float(table.counts[table.total_row, j]) - sum(
            float(table.counts[r, j]) for r in range(table.total_row) if r not in rows)
        for r in rows:
            ranges[(r, j)] = (max(0.0, n[r] + rest - together), min(n[r], rest))
    return ranges


def feasible_ranges(table: CountTable, hidden: np.ndarray) -> dict[tuple[int, int], tuple[float, float]]:
    """The smallest and largest value of every withheld count consistent with what is released."""
    hidden = np.asarray(hidden, dtype=bool)
    if table.multi:
        return column_ranges(table, hidden)
    parts = hidden[: table.total_row]
    if table.has_groups and not hidden[table.total_row].any() and np.all(parts.all(axis=1) == parts.any(axis=1)):
        return whole_row_ranges(table, hidden)
    return linear_programme_ranges(table, hidden)


def linear_programme_ranges(table: CountTable, hidden: np.ndarray) -> dict[tuple[int, int], tuple[float, float]]:
    """Each withheld count's bounds by scipy.optimize.linprog over the table's relations."""
    from scipy.optimize import linprog  # only when a table has withheld cells; scipy is slow to import

    hidden = np.asarray(hidden, dtype=bool)
    a, b, cells = _relations(table, hidden)
    if not cells:
        return {}
    bounds = [(0.0, float(table.n[r])) for r, _ in cells]
    ranges = {}
    for i, cell in enumerate(cells):
        found = []
        for sign in (1.0, -1.0):
            cost = np.zeros(len(cells))
            cost[i] = sign
            result = linprog(cost, A_eq=a if len(b) else None, b_eq=b if len(b) else None, bounds=bounds,
                             method="highs")
            if result.status != 0:
                raise ValueError(f"the released figures are inconsistent: {result.message}")
            found.append(round(float(result.x[i]), 6))
        ranges[cell] = (found[0], found[1])
    return ranges


def exposed_cells(table: CountTable, hidden: np.ndarray) -> list[tuple[int, int]]:
    """Withheld cells the intruder recovers too closely, or through which it learns a firm's answer."""
    ranges = feasible_ranges(table, hidden)
    exposed = []
    total = table.total_row
    for (r, j), (low, high) in ranges.items():
        n = int(table.n[r])
        value = float(table.counts[r, j])
        if n == 0:
            continue
        total_shown_zero = not hidden[total, j] and table.counts[total, j] == 0
        exact_but_public = high == 0 and total_shown_zero  # says only what the shown 0 says
        if (too_narrow(low, high, value) and not exact_but_public) or pins_an_answer(low, high, n, table.multi):
            exposed.append((r, j))
    return exposed
