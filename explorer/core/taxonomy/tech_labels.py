"""Technology-class labels: the ones we display, and the many ways files write them.

Files say `High-tech`, `hightech`, `Hoogtechnologisch`, `midden-hoog`, `Haute technologie`,
`mittlere Hochtechnologie` ... Reading them works on the level words only: each word loses a
"tech/technology/technologisch/technik" ending, filler words go, and what is left is looked up.
"""

from __future__ import annotations

import re

from explorer.core.taxonomy._text import fold
from explorer.core.taxonomy.tech_intensity import HIGH, LOW, MEDIUM_HIGH, MEDIUM_LOW, TECH_ORDER

_DISPLAY: dict[str, dict[str, str]] = {
    "nl": {
        HIGH: "Hoogtechnologisch",
        MEDIUM_HIGH: "Midden-hoogtechnologisch",
        MEDIUM_LOW: "Midden-laagtechnologisch",
        LOW: "Laagtechnologisch",
    },
    "en": {
        HIGH: "High-tech",
        MEDIUM_HIGH: "Medium-high-tech",
        MEDIUM_LOW: "Medium-low-tech",
        LOW: "Low-tech",
    },
}

# Level words (after folding, suffix stripping and joining) -> canonical code.
_LEVEL_WORDS: dict[str, str] = {
    **dict.fromkeys(
        ["high", "hi", "ht", "hoog", "hoge", "haute", "haut", "pointe", "hoch", "spitzen", "spitze"], HIGH
    ),
    **dict.fromkeys(
        [
            "mediumhigh", "medhigh", "midhigh", "mht",
            "middenhoog", "middelhoog", "gemiddeldhoog", "halfhoog",
            "moyennehaute", "moyenhaut", "moyenhaute",
            "mittlerehoch", "mittelhoch", "hochwertige", "hochwertig",
        ],
        MEDIUM_HIGH,
    ),
    **dict.fromkeys(
        [
            "mediumlow", "medlow", "midlow", "mlt",
            "middenlaag", "middellaag", "gemiddeldlaag", "halflaag",
            "moyennefaible", "moyennebasse", "moyenfaible", "moyenbas",
            "mittlereniedrig", "mittlereniedrige", "mittelniedrig",
        ],
        MEDIUM_LOW,
    ),
    **dict.fromkeys(["low", "lt", "laag", "lage", "faible", "basse", "bas", "niedrig", "niedrige"], LOW),
}

# "hoogtechnologisch" -> "hoog", "hightech" -> "high", "spitzentechnik" -> "spitzen".
_TECH_ENDING = re.compile(r"(?:technolog[a-z]*|techni[a-z]*|tech)$")

# Words that say what kind of thing is classified, not which class.
_FILLER = frozenset(
    """
    de van het la le les des du of the a and en et und the
    industry industries industrie industrien industriele industriel
    sector sectors sectoren secteur secteurs sektor sektoren branche branchen
    manufacturing intensity intensiteit intensite intensitat intensive
    firm firms bedrijf bedrijven entreprise entreprises unternehmen company companies
    level niveau class classe klasse nace
    """.split()
)


def parse_tech_label(text: object) -> str | None:
    """The canonical technology code (`high` ... `low`) a label stands for, or None."""
    if not isinstance(text, str):
        return None
    words = []
    for word in re.findall(r"[a-z0-9]+", fold(text)):
        if word.isdigit():
            continue  # "High-tech (21, 26)"
        word = _TECH_ENDING.sub("", word)
        if word and word not in _FILLER:
            words.append(word)
    return _LEVEL_WORDS.get("".join(words))


def tech_label(code: str, lang: str = "nl") -> str:
    """The display label of a canonical technology code in Dutch or English."""
    labels = _DISPLAY.get(lang.lower() if isinstance(lang, str) else lang)
    if labels is None:
        raise ValueError(f"unsupported language {lang!r}; use one of {tuple(_DISPLAY)}")
    if code not in labels:
        raise ValueError(f"unknown technology class {code!r}; use one of {TECH_ORDER}")
    return labels[code]
