"""Sorting questions into the themes of a briefing, by the words their labels use."""

from __future__ import annotations

import re

# Matched in this order (a question about barriers to bringing production back is about
# barriers); shown in ORDER.
THEMES = (
    ("motives", re.compile(r"motie?[fv]|motiv|reden|reason|waarom|why", re.I)),
    ("barriers", re.compile(r"drempel|barri|belemmer|obstacle|knelpunt|hindernis", re.I)),
    ("relocation", re.compile(r"reshor|nearshor|offshor|backshor|home-?shor|verplaats|relocat|terug naar|terughal|"
                              r"productie (naar|te)|production (back|to)|terugkeer|return to europe", re.I)),
    ("supply", re.compile(r"leverancier|supplier|supply|toelever|voorraad|stock|inkoop|sourcing|bevoorrad|logistie|"
                          r"container|transport", re.I)),
)
OTHER = "other"
ORDER = ("relocation", "motives", "barriers", "supply", OTHER)

def theme_title(code: str, lang: str) -> str:
    from explorer.core.i18n import tr

    return tr(f"briefing.theme_{code}", lang)


def theme_of(label: str) -> str:
    for code, pattern in THEMES:
        if pattern.search(label):
            return code
    return OTHER
