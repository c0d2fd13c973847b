"""Counts of a repeated survey in words: "385 antwoorden van 240 bedrijven in 3 rondes"."""

from __future__ import annotations

from explorer.core.formatting import format_count
from explorer.core.i18n import tr
from explorer.core.survey.panel import PanelCounts


def counted(what: str, value: int, lang: str) -> str:
    """'385 antwoorden' / '1 firm': `what` is answers, firms or rounds."""
    form = "one" if value == 1 else "other"
    return tr(f"panel.{what}.{form}", lang, n=format_count(value, lang))


def counts_sentence(counts: PanelCounts, lang: str) -> str:
    """'385 antwoorden van 240 bedrijven in 3 rondes' (without ids: '385 antwoorden in 3 rondes')."""
    answers, rounds = counted("answers", counts.answers, lang), counted("rounds", counts.rounds, lang)
    if not counts.has_ids:
        return tr("panel.sentence.no_ids", lang, answers=answers, rounds=rounds)
    return tr("panel.sentence", lang, answers=answers, firms=counted("firms", counts.firms, lang), rounds=rounds)


def selection_sentence(selected: PanelCounts, total: PanelCounts, lang: str) -> str:
    """The whole survey as `counts_sentence`; a selection as '120 van 385 antwoorden · 80 van 240
    bedrijven · 2 van 3 rondes'."""
    if (selected.answers, selected.firms, selected.rounds) == (total.answers, total.firms, total.rounds):
        return counts_sentence(total, lang)
    parts = []
    for what, part, whole in (("answers", selected.answers, total.answers), ("firms", selected.firms, total.firms),
                              ("rounds", selected.rounds, total.rounds)):
        if what == "firms" and not total.has_ids:
            continue
        # "80 van 240 bedrijven": the noun follows the total.
        noun = counted(what, whole, lang)
        parts.append(tr("panel.selected.part", lang, selected=format_count(part, lang), total=noun))
    return tr("panel.selected.join", lang).join(parts)


def round_lines(counts: PanelCounts, lang: str) -> list[str]:
    """'juni 2020: 125 antwoorden van 125 bedrijven', one line per round in time order."""
    return [tr("panel.round.count", lang, round=r.label, answers=counted("answers", r.answers, lang),
               firms=counted("firms", r.firms, lang)) for r in counts.per_round]
