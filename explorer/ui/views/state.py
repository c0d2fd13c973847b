"""What every analysis view is shown: the survey and the user's current choices, as one value.

The workspace builds a new `AnalysisState` on every change (a filter click, a new mapping, the
size scheme, weighting, language) and hands it to the `set_state` of the view on screen (the
others get it when they are shown); views compute nothing of their own beyond asking core for
the figures of that state.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from explorer.core.survey import FilterSpec, Survey


@dataclass(frozen=True)
class AnalysisState:
    survey: "Survey | None"
    filters: "FilterSpec"
    scheme: str = "eu"
    weighted: bool = False
    lang: str = "nl"
    filter_text: str = ""
    min_peers: int = 5                # the smallest group a table or chart shows (never below the default)
    briefing_min_peers: int = 5       # a briefing's minimum: lower only with a reason
    min_peers_reason: str = ""        # why, recorded in the register and on the method page
    branding: object = None           # explorer.core.branding.Branding from Preferences: who hands briefings over

    @property
    def ready(self) -> bool:
        return self.survey is not None
