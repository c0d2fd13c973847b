"""Is a share's change between two rounds more than chance? The test depends on who answered.

- Different firms in the two rounds: a two-proportion z-test with the pooled standard error
  (statsmodels `proportions_ztest`); weighted shares enter with their Kish effective n.
- The same firms (a panel): McNemar's test on the firms that answered both rounds (statsmodels
  `mcnemar`), which looks only at the firms that changed their answer. With fewer than 25 such
  firms the exact binomial form, otherwise the chi-square form without continuity correction
  (Agresti, Categorical Data Analysis, §10.1).

statsmodels (and scipy behind it) is imported on the first test, not with the app.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

SIGNIFICANCE = 0.05
MCNEMAR = "mcnemar"
TWO_PROPORTIONS = "two-proportion"
EXACT_BELOW = 25  # discordant firms under which McNemar's chi-square is replaced by the exact test


@dataclass(frozen=True)
class ChangeTest:
    """One test of a change: which test, on how many firms, its statistic and two-sided p-value.

    `firms` is the number of firms the test rests on: the firms that answered both rounds for
    McNemar, the answers of both rounds together for the two-proportion test. `changed` holds, for
    McNemar, the firms that moved (from no to yes, from yes to no).
    """

    test: str
    firms: int
    statistic: float
    p_value: float
    exact: bool = False
    changed: tuple[int, int] | None = None
    weighted: bool = False
    stayed: tuple[int, int] | None = None  # McNemar: firms that kept their answer (yes both times, no both times)

    @property
    def significant(self) -> bool:
        return not math.isnan(self.p_value) and self.p_value < SIGNIFICANCE

    def to_json(self) -> dict:
        data = {"test": self.test, "firms": self.firms, "statistic": _clean(self.statistic),
                "p_value": _clean(self.p_value), "significant": self.significant}
        if self.test == MCNEMAR:
            data["exact"] = self.exact
            data["changed"] = {"to_yes": self.changed[0], "to_no": self.changed[1]} if self.changed else None
        if self.weighted:
            data["weighted"] = True
        return data


def load_tests(task=None) -> None:
    """Import the tests' libraries now (about a second: scipy.stats), e.g. off the UI thread before
    the first trend or crosstab is asked for: the tests of change here and the tests between a
    crosstab's groups (association.py). `task` is the TaskContext of a background job (unused)."""
    import scipy.special  # noqa: F401
    import scipy.stats  # noqa: F401
    import statsmodels.stats.contingency_tables  # noqa: F401
    import statsmodels.stats.proportion  # noqa: F401


def _clean(value: float) -> float | None:
    return None if value is None or math.isnan(value) else float(value)


def two_proportion_test(successes: tuple[float, float], n: tuple[float, float], weighted: bool = False,
                        firms: int | None = None) -> ChangeTest | None:
    """Two-sided z-test of p1 = p2 for two independent groups; None when a group is empty.

    `successes` and `n` may be fractional (weighted share × effective n).
    """
    from statsmodels.stats.proportion import proportions_ztest

    if min(n) <= 0:
        return None
    count = int(round(sum(n))) if firms is None else firms
    pooled = sum(successes) / sum(n)
    if pooled <= 0.0 or pooled >= 1.0:  # every firm in both rounds gave the same answer: no change at all
        return ChangeTest(TWO_PROPORTIONS, count, 0.0, 1.0, weighted=weighted)
    statistic, p_value = proportions_ztest(np.asarray(successes, dtype=float), np.asarray(n, dtype=float))
    return ChangeTest(TWO_PROPORTIONS, count, float(statistic), float(p_value), weighted=weighted)


def mcnemar_test(before: np.ndarray, after: np.ndarray) -> ChangeTest | None:
    """McNemar's test for the firms whose answer is `before[i]` in one round and `after[i]` in the
    next (booleans: gave the option or not). None when no firm answered both rounds."""
    from statsmodels.stats.contingency_tables import mcnemar

    before = np.asarray(before, dtype=bool)
    after = np.asarray(after, dtype=bool)
    if before.size == 0:
        return None
    to_yes = int(np.count_nonzero(~before & after))
    to_no = int(np.count_nonzero(before & ~after))
    both = int(np.count_nonzero(before & after))
    neither = int(before.size - to_yes - to_no - both)
    if to_yes + to_no == 0:  # nobody changed: no evidence of change
        return ChangeTest(MCNEMAR, int(before.size), 0.0, 1.0, exact=True, changed=(0, 0), stayed=(both, neither))
    exact = to_yes + to_no < EXACT_BELOW
    table = np.array([[both, to_no], [to_yes, neither]])
    result = mcnemar(table, exact=exact, correction=False)
    return ChangeTest(MCNEMAR, int(before.size), float(result.statistic), float(result.pvalue), exact=exact,
                      changed=(to_yes, to_no), stayed=(both, neither))
