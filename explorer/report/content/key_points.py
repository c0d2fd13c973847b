"""A few plain-language sentences that open the briefing.

Every figure in a sentence is one a chart shows too, with its n, and a suppressed figure is
never put into words.
"""

from __future__ import annotations

import re

from explorer.core.formatting import format_count, format_percent, format_with_unit
from explorer.report.content.i18n import texts
from explorer.report.content.model import Item, LikertItem, MultiItem, NumericItem, ShareItem

MAX_POINTS = 5
_INTENTION = re.compile(r"\b(reshoring|nearshoring|offshoring|backshoring)\b", re.IGNORECASE)

def _templates(lang: str) -> dict[str, str]:
    """The key-point sentences (`briefing.point.*` in the catalogue) by short name."""
    t = texts(lang)
    return {name[len("point."):]: text for name, text in t.items() if name.startswith("point.")}


def _short(question: str, limit: int = 90) -> str:
    question = question.strip()
    if len(question) > limit and " - " in question:
        question = question.rsplit(" - ", 1)[1]  # a grid's statement says more than its shared question
    return question if len(question) <= limit else question[: limit - 1].rstrip() + "…"


def _share_point(item: ShareItem, lang: str) -> str | None:
    if item.firm_answer is None or item.share is None or item.verdict.suppressed:
        return None
    t = _templates(lang)
    share, n = format_percent(item.share, lang), format_count(item.n, lang)
    none = "_none" if item.share == 0 else ""  # "none of the 27 firms", never "0% of the 27 firms"
    intention = _INTENTION.search(item.firm_answer)
    if intention:
        return t["intention" + none].format(kind=intention.group(1).lower(), share=share, n=n)
    return t["same_answer" + none].format(question=_short(item.question), answer=item.firm_answer, share=share,
                                         n=n)


def _multi_point(item: MultiItem, lang: str) -> str | None:
    shown = [o for o in item.options if o.verdict.shown and o.share is not None]
    if not shown or not item.firm_answered:
        return None
    top = max(shown, key=lambda o: o.share)
    t = _templates(lang)
    return t["top_option"].format(question=_short(item.question), option=top.label,
                                  share=format_percent(top.share, lang), n=format_count(top.n, lang),
                                  did=t["did"] if top.ticked else t["did_not"])


def _numeric_point(item: NumericItem, lang: str) -> str | None:
    if item.firm_value is None or item.band is None or item.verdict.suppressed:
        return None
    value = format_with_unit(item.firm_value, item.unit, lang)
    t = _templates(lang)
    return t["numeric"].format(value=value, question=_short(item.question), band=t[f"quarter_{item.band[0]}"],
                               n=format_count(item.n, lang))


def _likert_point(item: LikertItem, lang: str) -> str | None:
    if item.firm_level is None or item.shares is None or item.verdict.suppressed:
        return None
    share = item.shares[item.firm_level]
    return _templates(lang)["likert" + ("_none" if share == 0 else "")].format(
        question=_short(item.question), level=item.levels[item.firm_level], share=format_percent(share, lang),
        n=format_count(item.n, lang))


POINT_MAKERS = {ShareItem: _share_point, MultiItem: _multi_point, NumericItem: _numeric_point,
                LikertItem: _likert_point}


def key_points(items: list[Item], lang: str) -> list[str]:
    """Up to MAX_POINTS sentences, the intention questions first, one per question."""
    points = []
    for item in items:
        sentence = POINT_MAKERS[type(item)](item, lang)
        if sentence:
            points.append(sentence)
    intention_first = sorted(points, key=lambda s: 0 if _INTENTION.search(s) else 1)
    return intention_first[:MAX_POINTS]
