"""Which results of the tests between a crosstab's groups may leave the app with its figures.

A letter in a cell says "this group's share is significantly above that group's". It goes out
only where both shares it compares go out (`release_summary`): a letter beside a `c` would say on
which side of a shown share the withheld one lies. The chi-square test of the whole table (for a
multi-select question: of one answer) is a function of every count in it, so it goes out only
when every figure it rests on goes out; with one share withheld, the statistic and the shown
figures together could give the withheld one back. Everything else about the tests (which test,
the correction, the level) is method, not data, and goes out unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from explorer.core.stats.association import HOLM, TableTest
from explorer.core.stats.change import SIGNIFICANCE
from explorer.core.disclosure.verdict import SHOWN, Reason, Verdict


@dataclass(frozen=True)
class ReleasedTests:
    """The tests of a released table. `letters`: each tested group's letter; `higher`: per (group,
    answer) the letters that may be shown in that cell; `table` / `options`: the chi-square
    test(s) that may be shown (None / absent where withheld, `table_verdict` says why);
    `not_tested`: the reason code when the table was not tested at all."""

    letters: dict[str, str] = field(default_factory=dict)
    higher: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    table: TableTest | None = None
    options: dict[str, TableTest] = field(default_factory=dict)
    table_verdict: Verdict = SHOWN
    not_tested: str | None = None
    weighted: bool = False
    per_option: bool = False
    level: float = SIGNIFICANCE
    correction: str = HOLM

    def higher_than(self, group: str, option: str) -> tuple[str, ...]:
        return self.higher.get((group, option), ())

    @property
    def has_letters(self) -> bool:
        return bool(self.letters) and self.not_tested is None

    def overall(self) -> list[tuple[str | None, TableTest]]:
        """The chi-square tests that may go out: (None, the table's) or (answer, its) per answer."""
        if self.table is not None:
            return [(None, self.table)]
        return list(self.options.items())


def release_tests(tests, released) -> ReleasedTests:
    """What of `tests` (a summary's CrosstabTests, core/survey/significance.py) may go out beside the
    figures of `released` (a ReleasedSummary)."""
    if tests.not_tested is not None:
        return ReleasedTests(not_tested=tests.not_tested, weighted=tests.weighted)
    shown = {(f.group, f.option) for f in released.figures if f.verdict.shown and f.value is not None}
    group_of = {letter: group for group, letter in tests.letters.items()}
    higher = {}
    for (group, option), letters in tests.higher.items():
        kept = tuple(letter for letter in letters
                     if (group, option) in shown and (group_of[letter], option) in shown)
        if kept:
            higher[(group, option)] = kept

    def all_shown(options) -> bool:
        return released.n_released and all((g, o) in shown for g in tests.groups for o in options)

    table, verdict = tests.table, SHOWN
    if table is not None and not all_shown(released.summary.options):
        table, verdict = None, Verdict.suppress(Reason.SECONDARY)
    options = {item.option: item.table for item in tests.options
               if item.table is not None and all_shown((item.option,))}
    if tests.per_option and len(options) < sum(1 for item in tests.options if item.table is not None):
        verdict = Verdict.suppress(Reason.SECONDARY)
    return ReleasedTests(letters=dict(tests.letters), higher=higher, table=table, options=options,
                         table_verdict=verdict, weighted=tests.weighted, per_option=tests.per_option,
                         level=tests.level, correction=tests.correction)
