"""What the charts and their exports need to write, in one import: the catalogue's `tr`, the one
number formatter (explorer.core.formatting), the one wording of group names
(explorer.core.survey.group_labels) and of withheld figures' reasons (explorer.core.i18n).
The messages themselves live in the one catalogue (explorer/core/messages_charts.py).
"""

from __future__ import annotations

from explorer.core.i18n import reason_text  # noqa: F401
from explorer.core.formatting import format_count, format_number, format_percent, percent_decimals  # noqa: F401
from explorer.core.i18n import FALLBACK_LANGUAGE as FALLBACK  # noqa: F401
from explorer.core.i18n import MESSAGES, tr  # noqa: F401
from explorer.core.survey.group_labels import by_label, group_label  # noqa: F401


def total_text(summary, lang: str) -> str:
    """'n = 140 of 385 selected firms' (weighted: with the effective n); for a survey asked in rounds
    'n = 140 · selected: 385 answers from 206 firms in 3 rounds'."""
    total = summary.total
    n, n_eff = format_count(total.n, lang), format_count(total.n_eff, lang)
    if summary.rounds is not None:
        from explorer.core.survey.panel_text import counts_sentence

        selection = counts_sentence(summary.rounds, lang)
        if summary.weighted:
            return tr("chart.n_eff.total.rounds", lang, n=n, n_eff=n_eff, selection=selection)
        return tr("chart.n.total.rounds", lang, n=n, selection=selection)
    selected = format_count(summary.firms_selected, lang)
    if summary.weighted:
        return tr("chart.n_eff.total", lang, n=n, n_eff=n_eff, selected=selected)
    return tr("chart.n.total", lang, n=n, selected=selected)


def n_text(n: int, n_eff: float, weighted: bool, lang: str) -> str:
    if weighted:
        return tr("chart.n_eff", lang, n=format_count(n, lang), n_eff=format_count(n_eff, lang))
    return tr("chart.n", lang, n=format_count(n, lang))
