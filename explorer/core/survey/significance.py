"""Which groups of a crosstab differ: the tests of a `Summary` split by a firm characteristic.

Each group gets a letter (A, B, C … in table order). In every answer column a group's share shows
the letters of the groups whose share of that answer is significantly lower (SPSS Custom Tables'
column-proportion letters, with our groups in rows). The whole table is tested once with the
chi-square test; a multi-select question, whose answers do not exclude each other, per answer.
The statistics are core/stats/association.py's; this module only lays the summary's counts out
for them and names the results.

Tests need groups of different firms. They are not run, with the reason, when a firm can sit in
more than one group (a multi-select split) or when the selection holds several answers of one
firm (a survey asked in rounds across rounds: the Trend tab tests change between rounds).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from string import ascii_uppercase

import numpy as np

from explorer.core.stats.association import (
    HOLM,
    PairTests,
    TableTest,
    chi_square_test,
    pairwise_proportion_tests,
)
from explorer.core.stats.change import SIGNIFICANCE

NO_SPLIT = "no-split"            # reasons a crosstab is not tested
ONE_GROUP = "one-group"
OVERLAPPING = "overlapping-groups"
REPEATED_FIRMS = "repeated-firms"
NOT_CATEGORICAL = "not-categorical"


@dataclass(frozen=True)
class OptionTests:
    """One answer's tests: its share in each tested group, the pairs of groups compared on it and,
    for a multi-select question, the chi-square test of that answer across all groups."""

    option: str
    shares: tuple[float, ...]
    pairs: PairTests
    table: TableTest | None = None

    def higher_pairs(self) -> list[tuple[int, int]]:
        """(higher, lower) group indices of the pairs that differ significantly."""
        found = []
        for (i, j), significant in zip(self.pairs.pairs, self.pairs.significant()):
            if significant:
                found.append((i, j) if self.shares[i] > self.shares[j] else (j, i))
        return found


@dataclass(frozen=True)
class CrosstabTests:
    """The tests of one crosstab. `groups`: the groups tested (with answers), in table order;
    `letters`: one per tested group; `table`: the whole table's chi-square test (None for a
    multi-select question); `options`: per answer, the pairwise tests; `higher`: per (group,
    answer) the letters of the groups significantly below it; `not_tested`: the reason code when
    nothing could be tested (then everything else is empty)."""

    groups: tuple[str, ...] = ()
    letters: dict[str, str] = field(default_factory=dict)
    table: TableTest | None = None
    options: tuple[OptionTests, ...] = ()
    higher: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    weighted: bool = False
    not_tested: str | None = None
    level: float = SIGNIFICANCE
    correction: str = HOLM

    def higher_than(self, group: str, option: str) -> tuple[str, ...]:
        """The letters of the groups whose share of `option` is significantly below `group`'s."""
        return self.higher.get((group, option), ())

    @property
    def per_option(self) -> bool:
        """Whether the overall test is one per answer (multi-select) rather than one per table."""
        return any(o.table is not None for o in self.options)

    def overall(self) -> list[tuple[str | None, TableTest]]:
        """The chi-square tests: (None, the table's) or, per answer of a multi-select, (answer, its)."""
        if self.table is not None:
            return [(None, self.table)]
        return [(o.option, o.table) for o in self.options if o.table is not None]

    def to_json(self, summary) -> dict:
        data: dict = {"level": self.level, "correction": self.correction, "weighted": self.weighted,
                      "not_tested": self.not_tested, "letters": dict(self.letters),
                      "table": self.table.to_json() if self.table is not None else None}
        if self.per_option:
            data["options"] = [{"option": o.option, **o.table.to_json()} for o in self.options if o.table]
        groups = {g.group: g for g in summary.groups}
        pairs = []
        for item in self.options:
            significant = item.pairs.significant()
            for index, (i, j) in enumerate(item.pairs.pairs):
                first, second = groups[self.groups[i]], groups[self.groups[j]]
                pairs.append({"option": item.option, "from": first.group, "to": second.group,
                              "share_from": _clean(first.shares.get(item.option)),
                              "share_to": _clean(second.shares.get(item.option)),
                              "test": item.pairs.test[index] or None, "firms": first.n + second.n,
                              "statistic": _clean(item.pairs.statistic[index]),
                              "p_value": _clean(item.pairs.p_value[index]),
                              "p_adjusted": _clean(item.pairs.p_adjusted[index]),
                              "significant": bool(significant[index])})
        data["pairs"] = pairs
        higher: dict[str, dict[str, list[str]]] = {}
        for (group, option), letters in self.higher.items():
            higher.setdefault(option, {})[group] = list(letters)
        data["higher_than"] = higher
        return data


def group_letters(count: int) -> list[str]:
    """A … Z, then AA, AB … as spreadsheets name columns."""
    letters = []
    for index in range(count):
        text, number = "", index
        while True:
            text = ascii_uppercase[number % 26] + text
            number = number // 26 - 1
            if number < 0:
                break
        letters.append(text)
    return letters


def _letter_order(letter: str) -> tuple[int, str]:
    return len(letter), letter


def crosstab_tests(summary) -> CrosstabTests:
    """The tests of a summary's groups (see the module text for when nothing is tested)."""
    reason = _not_testable(summary)
    if reason is not None:
        return CrosstabTests(weighted=summary.weighted, not_tested=reason)
    groups = [g for g in summary.groups if g.n > 0]
    names = tuple(g.group for g in groups)
    letters = dict(zip(names, group_letters(len(names))))
    options = summary.options
    counts = np.array([[g.counts.get(o, 0) for o in options] for g in groups], dtype=float)
    n = np.array([g.n for g in groups], dtype=float)
    if summary.weighted:  # the effective table: weighted shares times each group's effective n
        n = np.array([g.n_eff for g in groups], dtype=float)
        shares = np.array([[_zero(g.shares.get(o)) for o in options] for g in groups], dtype=float)
        counts = shares * n[:, None]
    answers = int(sum(g.n for g in groups))
    multi = summary.question.kind == "multi"
    table = None if multi else chi_square_test(counts, firms=answers, weighted=summary.weighted)
    per_option = []
    with np.errstate(invalid="ignore", divide="ignore"):
        shares = counts / n[:, None]
    for column, (option, pairs) in enumerate(zip(options, pairwise_proportion_tests(counts, n, summary.weighted))):
        successes = counts[:, column]
        option_table = None
        if multi:
            option_table = chi_square_test(np.column_stack([successes, n - successes]), firms=answers,
                                           weighted=summary.weighted)
        per_option.append(OptionTests(option, tuple(shares[:, column].tolist()), pairs, option_table))
    higher: dict[tuple[str, str], list[str]] = {}
    for item in per_option:
        for high, low in item.higher_pairs():
            higher.setdefault((names[high], item.option), []).append(letters[names[low]])
    return CrosstabTests(groups=names, letters=letters, table=table, options=tuple(per_option),
                         higher={k: tuple(sorted(v, key=_letter_order)) for k, v in higher.items()},
                         weighted=summary.weighted)


def _not_testable(summary) -> str | None:
    if summary.question.kind not in ("single", "yesno", "likert", "multi"):
        return NOT_CATEGORICAL
    if not summary.by:
        return NO_SPLIT
    if getattr(summary, "overlapping_groups", False):
        return OVERLAPPING
    if getattr(summary, "repeated_firms", 0):
        return REPEATED_FIRMS
    if sum(1 for g in summary.groups if g.n > 0) < 2:
        return ONE_GROUP
    return None


def _zero(value: float | None) -> float:
    return 0.0 if value is None or math.isnan(value) else float(value)


def _clean(value) -> float | None:
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None
