"""The tests between groups in words: the footnote under a crosstab, on screen and in exports.

Works on the tests as computed (`Summary.tests`, the advisor's screen) and on the tests as
released (`ReleasedSummary.tests`, everything that leaves the app): both offer `not_tested`,
`weighted`, `per_option`, `overall()`, `letters` and `higher_than()`.
"""

from __future__ import annotations

from explorer.core.formatting import format_number
from explorer.core.i18n import tr

SMALLEST_P = 0.001


def letters_text(letters) -> str:
    """'AC' for single letters (SPSS's compact style), 'A AB' once a letter has two characters."""
    letters = tuple(letters)
    return "".join(letters) if all(len(x) == 1 for x in letters) else " ".join(letters)


def p_text(p_value: float, lang: str) -> str:
    if p_value < SMALLEST_P:
        return tr("tests.p.below", lang, p=format_number(SMALLEST_P, lang, 3))
    return tr("tests.p", lang, p=format_number(p_value, lang, 3))


def chi_square_sentence(table, lang: str, key: str) -> str:
    """One chi-square test: 'χ² = 22,61, df = 12, p = 0,031 (significant bij 5%).'"""
    verdict = tr("tests.significant" if table.significant else "tests.not_significant", lang)
    return tr(key, lang, statistic=format_number(table.statistic, lang, 2), df=table.df,
              p=p_text(table.p_value, lang), verdict=verdict)


def small_expected_sentence(table, lang: str) -> str:
    if not table.small_cells:
        return ""
    key = "tests.small" if table.reliable else "tests.small.unreliable"
    return tr(key, lang, cells=table.small_cells, of=table.cells, smallest=format_number(table.min_expected, lang, 1))


def tests_note(tests, lang: str, withheld_reason: str = "", names: bool = False) -> list[str]:
    """The footnote's sentences: why nothing was tested, or the chi-square test(s) and what the
    letters mean (`names`: what a column of group names means, as a tidy export writes them).
    `withheld_reason`: the reason a released table's chi-square test was left out."""
    if tests.not_tested is not None:
        key = f"tests.not_tested.{tests.not_tested}"
        from explorer.core.i18n import has_message

        return [tr(key, lang)] if has_message(key) else []
    sentences = []
    overall = tests.overall()
    if tests.per_option:
        significant = [option for option, table in overall if table.significant]
        sentences.append(tr("tests.options", lang, options=", ".join(f"‘{o}’" for o in significant))
                         if significant else tr("tests.options.none", lang))
    elif overall:
        table = overall[0][1]
        sentences.append(chi_square_sentence(table, lang, "tests.table.weighted" if tests.weighted else "tests.table"))
        small = small_expected_sentence(table, lang)
        if small:
            sentences.append(small)
    if withheld_reason:
        sentences.append(tr("tests.withheld", lang, reason=withheld_reason))
    key = "tests.names" if names else "tests.letters"
    sentences.append(tr(f"{key}.weighted" if tests.weighted else key, lang))
    return sentences
