"""What the charts and their exports need to write, in one import: the catalogue's `tr`, the one
number formatter (explorer.core.formatting), the one wording of group names
(explorer.core.survey.group_labels) and of withheld figures' reasons (explorer.core.disclosure).
The messages themselves live in the one catalogue (explorer/core/messages_charts.py).
"""

from __future__ import annotations

from explorer.core.disclosure import reason_text  # noqa: F401
from explorer.core.formatting import format_count, format_number, format_percent, percent_decimals  # noqa: F401
from explorer.core.i18n import FALLBACK_LANGUAGE as FALLBACK  # noqa: F401
from explorer.core.i18n import MESSAGES, tr  # noqa: F401
from explorer.core.survey.group_labels import by_label, group_label  # noqa: F401


def n_text(n: int, n_eff: float, weighted: bool, lang: str) -> str:
    if weighted:
        return tr("chart.n_eff", lang, n=format_count(n, lang), n_eff=format_count(n_eff, lang))
    return tr("chart.n", lang, n=format_count(n, lang))
