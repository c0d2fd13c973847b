"""Complementary (secondary) suppression: withhold more until no withheld count can be worked out.

Primary suppression (R1, R4, weights) withholds some counts; the totals and the shares × n that
stay in the table may give them back. Here more cells are withheld until the audit
(`audit.exposed_cells`, linear programming over what the table shows) finds none pinned down.
Single-choice group rows go whole (their counts add up to n, so one withheld cell in a row is n
minus the others); multi-select options go cell by cell, and so do the bins of a histogram, a
table of one row.

The cell to add is a shown group cell in the exposed cell's column, the one with the most room
both ways (largest min(count, n − count)), the smallest group first among equals: a few cells
then protect a lot. The total is chosen only when no group cell is left, so its verdict depends
on the selection alone and views of one selection split in different ways agree about it. In a
table of one row, the smallest other bin goes.
"""

from __future__ import annotations

import numpy as np

from explorer.core.disclosure.audit import CountTable, exposed_cells


def _next_cell(table: CountTable, hidden: np.ndarray, row: int, column: int) -> tuple[int, int] | None:
    if not table.has_groups:
        shown = [j for j in range(table.counts.shape[1]) if not hidden[row, j] and table.counts[row, j] > 0]
        return (row, min(shown, key=lambda j: (table.counts[row, j], j))) if shown else None
    rows = [r for r in table.group_rows if not hidden[r, column] and table.n[r] > 0]
    if rows:
        count = table.counts[:, column].astype(float)
        return min(rows, key=lambda r: (-min(count[r], table.n[r] - count[r]), table.n[r], r)), column
    if not hidden[table.total_row, column]:
        return table.total_row, column
    return None


def complementary_suppression(table: CountTable, primary: np.ndarray) -> np.ndarray:
    """The withheld mask (rows × options) after secondary suppression; includes `primary`."""
    whole_rows = not table.multi and table.has_groups
    hidden = np.asarray(primary, dtype=bool) | table.always_withheld()
    if whole_rows:
        hidden[np.any(hidden, axis=1)] = True
    for _ in range(hidden.size + 1):
        exposed = exposed_cells(table, hidden)
        if not exposed:
            return hidden
        chosen = next((cell for cell in (_next_cell(table, hidden, *e) for e in exposed) if cell), None)
        if chosen is None:
            return hidden  # everything that could be withheld is: nothing more to give
        if whole_rows:
            hidden[chosen[0]] = True
        else:
            hidden[chosen] = True
    return hidden
