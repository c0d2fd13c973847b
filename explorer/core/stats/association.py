"""Do groups answer differently? The chi-square test of a crosstab and the column-proportion tests
between its groups, as SPSS Custom Tables and Q show them.

- The whole table: Pearson's chi-square test of independence (scipy `chi2_contingency`, no
  continuity correction). Its approximation needs large enough expected counts; Cochran's rule
  (no expected count under 1, at most a fifth under 5) is checked and a table that fails it is
  flagged with how many cells fall short and the smallest expected count, never tested silently.
- Pairs of groups, per answer option: the two-proportion z-test with the pooled standard error
  (the test of change.py, vectorised over all pairs); where a pair's expected counts fall under 5
  Fisher's exact test instead (scipy `fisher_exact`), or, for weighted figures, no test at all.
  The p-values of one option's pairs are corrected together by Holm's step-down method.
- Weighted figures: both tests run on the effective table, each group's weighted shares times its
  Kish effective n (DESIGN.md "Statistics"), the same effective n the intervals use. This is the
  design-effect form of the Rao–Scott first-order correction with one design effect per group.

Plain numpy and scipy: a filter click at 100,000 firms spends well under a millisecond here for
a size split. (statsmodels' `multipletests` runs `gc.collect()` on every call, over 100 ms, so
Holm's method is written out below; a test compares it with statsmodels.)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from explorer.core.stats.change import SIGNIFICANCE, TWO_PROPORTIONS

CHI_SQUARE = "chi-square"
FISHER = "fisher-exact"
HOLM = "holm"
SMALL_EXPECTED = 5.0     # Cochran: an expected count under 5 makes the chi-square approximate
TINY_EXPECTED = 1.0      # ... and one under 1 makes it unreliable
SMALL_SHARE = 0.2        # at most this share of the cells may fall under 5


@dataclass(frozen=True)
class TableTest:
    """Pearson's chi-square test of a groups × answers table.

    `firms`: the answers the table holds (unweighted, also when weighted). `cells`: the cells
    tested (groups and answers nobody gave are left out). `small_cells`: cells whose expected
    count is under 5; `min_expected`: the smallest expected count. `reliable`: Cochran's rule holds.
    """

    statistic: float
    df: int
    p_value: float
    firms: int
    cells: int
    small_cells: int
    min_expected: float
    weighted: bool = False
    test: str = CHI_SQUARE

    @property
    def reliable(self) -> bool:
        return self.min_expected >= TINY_EXPECTED and self.small_cells <= SMALL_SHARE * self.cells

    @property
    def significant(self) -> bool:
        return not math.isnan(self.p_value) and self.p_value < SIGNIFICANCE

    def to_json(self) -> dict:
        data = {"test": self.test, "firms": self.firms, "statistic": _clean(self.statistic), "df": self.df,
                "p_value": _clean(self.p_value), "significant": self.significant, "reliable": self.reliable,
                "small_expected": {"cells": self.small_cells, "of": self.cells,
                                   "min_expected": _clean(self.min_expected)}}
        if self.weighted:
            data["weighted"] = True
        return data


def chi_square_test(counts: np.ndarray, firms: int | None = None, weighted: bool = False) -> TableTest | None:
    """The chi-square test of `counts` (groups × answers; may be fractional effective counts).

    Groups without answers and answers nobody gave are left out; None when fewer than two groups
    or two answers remain (nothing to compare). The statistic is Pearson's Σ (O − E)² / E with
    E = row total × column total / total (what `scipy.stats.chi2_contingency` computes without its
    continuity correction, which a test compares; computed here in numpy because that function
    costs a millisecond a call), its p-value from scipy's chi-square distribution (`chdtrc`).
    """
    from scipy.special import chdtrc  # the chi-square distribution's survival function

    table = np.asarray(counts, dtype=float)
    table = table[table.sum(axis=1) > 0][:, table.sum(axis=0) > 0]
    if table.ndim != 2 or min(table.shape) < 2:
        return None
    expected = np.outer(table.sum(axis=1), table.sum(axis=0)) / table.sum()
    statistic = float(((table - expected) ** 2 / expected).sum())
    df = (table.shape[0] - 1) * (table.shape[1] - 1)
    answers = int(round(table.sum())) if firms is None else int(firms)
    return TableTest(statistic=statistic, df=df, p_value=float(chdtrc(df, statistic)), firms=answers,
                     cells=int(expected.size), small_cells=int(np.count_nonzero(expected < SMALL_EXPECTED)),
                     min_expected=float(expected.min()), weighted=weighted)


@dataclass(frozen=True)
class PairTests:
    """The tests between every two groups for one answer option, as arrays over `pairs`.

    `pairs`: (i, j) group indices, i < j. `test`: TWO_PROPORTIONS, FISHER or "" (not tested:
    weighted figures with small expected counts, or a group without answers). `statistic`: z for
    the z-test, the odds ratio for Fisher's test. `p_value` raw, `p_adjusted` after Holm's
    correction over the tested pairs of this option (nan where not tested).
    """

    pairs: tuple[tuple[int, int], ...]
    test: tuple[str, ...]
    statistic: np.ndarray
    p_value: np.ndarray
    p_adjusted: np.ndarray

    def significant(self) -> np.ndarray:
        with np.errstate(invalid="ignore"):
            return np.nan_to_num(self.p_adjusted, nan=1.0) < SIGNIFICANCE


def pairwise_proportion_tests(successes: np.ndarray, n: np.ndarray, weighted: bool = False) -> list[PairTests]:
    """Every pair of groups compared on each share: `successes[g, o]` of `n[g]` answers (fractional
    when weighted: share × effective n); one `PairTests` per column o. Small expected counts:
    Fisher's exact test (unweighted) or no test. All columns in one pass: a filter click pays
    for one vectorised computation, not one per answer."""
    from scipy.special import ndtr

    x = np.asarray(successes, dtype=float)
    x = x[:, None] if x.ndim == 1 else x
    size = np.asarray(n, dtype=float)[:, None]
    first, second = np.triu_indices(x.shape[0], k=1)
    pairs = tuple(zip(first.tolist(), second.tolist()))
    x1, x2, n1, n2 = x[first], x[second], size[first], size[second]
    n1, n2 = np.broadcast_to(n1, x1.shape), np.broadcast_to(n2, x2.shape)
    with np.errstate(invalid="ignore", divide="ignore"):
        pooled = (x1 + x2) / (n1 + n2)
        se = np.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
        z = (x1 / n1 - x2 / n2) / se
        expected = np.minimum(n1, n2) * np.minimum(pooled, 1 - pooled)
    p = 2.0 * ndtr(-np.abs(z))
    empty = (n1 <= 0) | (n2 <= 0)
    same = ~empty & ((pooled <= 0) | (pooled >= 1))   # every firm of both groups gave the same answer
    z = np.where(same, 0.0, z)
    p = np.where(same, 1.0, p)
    small = ~empty & ~same & (expected < SMALL_EXPECTED)
    tests = np.where(empty, "", np.where(small, "" if weighted else FISHER, TWO_PROPORTIONS))
    if not weighted and small.any():
        z[small], p[small] = fisher_exact_tests(x1[small], n1[small], x2[small], n2[small])
    untested = tests == ""
    z = np.where(untested, np.nan, z)
    p = np.where(untested, np.nan, p)
    return [PairTests(pairs=pairs, test=tuple(tests[:, o].tolist()), statistic=z[:, o], p_value=p[:, o],
                      p_adjusted=holm_adjusted(p[:, o])) for o in range(x.shape[1])]


def fisher_exact_tests(x1: np.ndarray, n1: np.ndarray, x2: np.ndarray, n2: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Fisher's exact test of many 2 × 2 tables at once: (sample odds ratios, two-sided p-values).

    Table i is [[x1, n1 - x1], [x2, n2 - x2]] (counts, rounded to whole firms). Given its margins the
    first cell is hypergeometric (scipy.stats.hypergeom); the two-sided p-value sums the
    probabilities of the tables no more probable than the one observed, with scipy's relative
    tolerance of 1e-7, as `scipy.stats.fisher_exact` does. One vectorised call instead of one
    `fisher_exact` per table (1.3 ms each), so many small groups do not cost a frame.
    """
    from scipy.stats import hypergeom

    a, b = np.rint(x1).astype(np.int64), np.rint(x2).astype(np.int64)
    m1, m2 = np.rint(n1).astype(np.int64), np.rint(n2).astype(np.int64)
    total, ticked = m1 + m2, a + b
    low, high = np.maximum(0, ticked - m2), np.minimum(ticked, m1)
    lengths = high - low + 1
    table = np.repeat(np.arange(a.size), lengths)
    starts = np.cumsum(lengths) - lengths
    k = low[table] + np.arange(table.size) - starts[table]
    probabilities = hypergeom.pmf(k, total[table], ticked[table], m1[table])
    observed = hypergeom.pmf(a, total, ticked, m1)
    extreme = probabilities <= observed[table] * (1 + 1e-7)
    p = np.minimum(np.bincount(table, weights=np.where(extreme, probabilities, 0.0), minlength=a.size), 1.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        odds = (a * (m2 - b)) / ((m1 - a) * b)
    return odds.astype(float), p


def holm_adjusted(p_values: np.ndarray) -> np.ndarray:
    """Holm's step-down adjusted p-values (Holm 1979); nan entries are left out and stay nan.

    Sorted ascending, the i-th of m p-values (from 0) is multiplied by m - i, the running maximum
    keeps the order, and values are capped at 1. A hypothesis is rejected at level α when its
    adjusted p-value is under α, exactly as in the step-down procedure.
    """
    p = np.asarray(p_values, dtype=float)
    adjusted = np.full(p.shape, np.nan)
    tested = np.flatnonzero(~np.isnan(p))
    m = tested.size
    if m == 0:
        return adjusted
    order = tested[np.argsort(p[tested], kind="stable")]
    stepped = np.maximum.accumulate((m - np.arange(m)) * p[order])
    adjusted[order] = np.minimum(stepped, 1.0)
    return adjusted


def _clean(value: float) -> float | None:
    return None if value is None or math.isnan(value) else float(value)
