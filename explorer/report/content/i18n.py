"""The briefing's texts, from the one catalogue (explorer/core/messages_briefing.py).

The briefing's language is chosen per document (a Flemish advisor may hand an English briefing
to a foreign-owned firm), independent of the language the app runs in. `texts(lang)` gives the
`briefing.*` messages of one language by their short names, for the PDF's many lookups.
"""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType

from explorer.core.disclosure import Verdict
from explorer.core.formatting import format_with_unit
from explorer.core.i18n import MESSAGES, reason_text

PREFIX = "briefing."
RULE_CODES = ("R1", "R2", "R3", "R4", "R5")


@lru_cache(maxsize=None)
def texts(lang: str) -> MappingProxyType:
    """{short name: text} of every briefing message in `lang`."""
    return MappingProxyType({key[len(PREFIX):]: value[lang] for key, value in MESSAGES.items()
                             if key.startswith(PREFIX)})


def band_text(band: tuple[int, int], lang: str) -> str:
    """A firm's quarter among its peers in words: 'among the lowest 25%', 'between 25% and 50%', …"""
    t = texts(lang)
    low, high = band
    if low == 0:
        return t["band_lowest"].format(high=format_with_unit(high, "%", lang))
    if high == 100:
        return t["band_highest"].format(width=format_with_unit(100 - low, "%", lang))
    return t["band_middle"].format(low=format_with_unit(low, "%", lang), high=format_with_unit(high, "%", lang))


def reason_note(verdict: Verdict, lang: str) -> str:
    """The plain note for a suppressed figure in `lang`, as a sentence (plain text, not markup)."""
    if verdict.reason is None:
        return ""
    text = reason_text(verdict.reason, lang, dict(verdict.params))
    return text[:1].upper() + text[1:]
