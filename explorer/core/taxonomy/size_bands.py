"""Read size-band labels (`10-49`, `250 of meer`, `moins de 10`, `Klein (10-49)`) as ranges.

A band is `(lowest, highest)` in whole employees, both inclusive, `highest` None when open.
Labels come in Dutch, English, French and German. Two traps: "meer dan 250" means more
than 250 (lowest 251) while "250 of meer" includes 250; and CBS-style Dutch "10 tot 50"
stops before 50, while "1 tot 9" plainly includes 9 (see `_tot_is_exclusive`).

Labels that merely hold numbers are not bands: ages ("35-44 years old"), shares ("1-25%"),
codes ("S004", "Metaal (SBI 25)"), scale points ("1 - strongly disagree"). Excel turns a band
such as "6-25" into the date "25-Jun"; that is read back as 6-25.
"""

from __future__ import annotations

import re

from explorer.core.taxonomy._text import finite_number, fold
from explorer.core.taxonomy.size_classes import DEFAULT_SIZE_SCHEME, scheme_ranges, size_class

Band = tuple[int, int | None]

# "1.000", "1,000", "1 000" are one number.
_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3})[., ](?=\d{3}(?![\d.,]))")
_NUMBER = re.compile(r"\d+")

_RANGE = re.compile(
    r"(\d+)\s*"
    r"(?P<sep>-|tot en met|t/m|tot|to|through|thru|until|till|a|au|bis unter|bis|jusqu'?\s?a"
    r"|and|en|et|und)"
    r"\s*(\d+)"
)

# Words just before a lone number, anchored at the end of the text before it.
_BEFORE_LESS = re.compile(
    r"(?:<|\b(?:less than|fewer than|under|below|minder dan|kleiner dan|onder|beneden"
    r"|moins de|inferieur a|weniger als|unter))\s*$"
)
_BEFORE_AT_MOST = re.compile(
    r"(?:<=|=<|\b(?:at most|up to|upto|maximaal|maximum|max\.?|hoogstens|ten hoogste|tot en met|t/m"
    r"|jusqu'?\s?a|au plus|au maximum|bis zu|bis|hochstens|maximal))\s*$"
)
_BEFORE_TOT = re.compile(r"\btot\s*$")
_BEFORE_MORE = re.compile(
    r"(?:>|\b(?:more than|over|above|greater than|meer dan|groter dan|boven|plus de|superieur a"
    r"|mehr als|uber))\s*$"
)
_BEFORE_AT_LEAST = re.compile(
    r"(?:>=|=>|\b(?:at least|from|minimum|min\.?|minstens|minimaal|ten minste|tenminste|vanaf"
    r"|au moins|a partir de|mindestens|ab))\s*$"
)
# Words just after a lone number that make it open-ended: "250+", "250 of meer", "250 et plus".
_AFTER_OR_MORE = re.compile(
    r"^\s*(?:\+|(?:of|en|or|and|et|ou|und|oder)\s+"
    r"(?:meer|hoger|groter|more|over|above|up|greater|larger|plus|mehr|daruber)\b|plus\b)"
)

# Words that make numbers something other than a headcount: ages, durations, shares, money.
_NOT_HEADCOUNT = re.compile(
    r"\b(?:years?|yrs?|jaar|jaren|old|oud|ans?|jahre?n?|age|leeftijd|hours?|uur|uren|days?|dagen|weeks?|weken"
    r"|months?|maanden|percent|procent|eur|euros?|dollars?|keer|times)\b|[%€$£]"
)
# Words that may stand beside a lone headcount: "12 werknemers", "250 employees".
_HEADCOUNT_WORDS = frozenset(
    "werknemers medewerkers personeelsleden personen werkzame fte employees employee staff people persons "
    "workers salaries salaris salarie salaries travailleurs personnes mitarbeiter mitarbeitende beschaftigte "
    "ongeveer circa ca about approximately around".split()
)
_MONTHS = {m: n for n, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
# Excel's reading of a band as a date: "6-25" becomes 25 June, shown "25-Jun".
_EXCEL_DATE_BAND = re.compile(r"^(\d{1,2})-(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)$")

# Named classes, read as the EU classes they name; SME words as the whole SME range.
_NAMED: dict[str, Band] = {
    **dict.fromkeys(["micro", "micros", "zeerklein", "kleinst", "kleinste", "tpe", "trespetite"], (0, 9)),
    **dict.fromkeys(["small", "klein", "kleine", "petite", "petites", "petit"], (10, 49)),
    **dict.fromkeys(
        ["medium", "middelgroot", "middelgrote", "midden", "middel", "moyenne", "moyennes", "moyen",
         "mittel", "mittlere", "mittleres", "mittelgross", "mittelgrosse"],
        (50, 249),
    ),
    **dict.fromkeys(["large", "big", "groot", "grote", "grande", "grandes", "grand", "gross", "grosse"], (250, None)),
    **dict.fromkeys(
        ["mkb", "kmo", "sme", "smes", "pme", "pmes", "kmu", "middenenklein", "kleineenmiddelgrote"], (0, 249)
    ),
}
# Endings and words that only say "firm": "kleinbedrijf", "Großunternehmen", "medium-sized".
_FIRM_ENDING = re.compile(r"(?:bedrijf|bedrijven|onderneming|ondernemingen|unternehmen|betrieb|betriebe)$")
_FIRM_WORDS = frozenset(
    "de het la le les een a an sized size taille grootte firm firms firma company companies "
    "enterprise enterprises entreprise entreprises business businesses".split()
)


def parse_size_band(label: object) -> Band | None:
    """The employee range a size label stands for, or None when it is not a size band."""
    if not isinstance(label, str):
        return None
    text = _THOUSANDS.sub(r"\1", fold(label))
    text = text.replace("≤", "<=").replace("≥", ">=")
    excel_date = _EXCEL_DATE_BAND.match(text)
    if excel_date:
        lowest, highest = _MONTHS[excel_date.group(2)], int(excel_date.group(1))
        return (lowest, highest) if lowest <= highest else None
    if _NOT_HEADCOUNT.search(text):
        return None
    numbers = _NUMBER.findall(text)
    if len(numbers) == 2:
        return _range_band(text)
    if len(numbers) == 1:
        return _single_band(text)
    if not numbers:
        return _named_band(text)
    return None


def _range_band(text: str) -> Band | None:
    match = _RANGE.search(text)
    if match is None:
        return None
    lowest, highest, sep = int(match[1]), int(match[3]), match["sep"]
    if sep == "bis unter" or (sep == "tot" and _tot_is_exclusive(highest)):
        highest -= 1
    return (lowest, highest) if lowest <= highest else None


def _tot_is_exclusive(bound: int) -> bool:
    """Dutch "tot" ends before a round bound (CBS: "10 tot 50" is 10–49) but not before 9 or 49."""
    return bound % 5 == 0


def _single_band(text: str) -> Band | None:
    match = _NUMBER.search(text)
    number = int(match[0])
    before, after = text[: match.start()], text[match.end() :]
    if _BEFORE_AT_MOST.search(before):
        return (0, number)
    if _BEFORE_TOT.search(before):
        return (0, number - 1) if _tot_is_exclusive(number) and number > 0 else (0, number)
    if _BEFORE_LESS.search(before):
        return (0, number - 1) if number > 0 else None
    if _BEFORE_AT_LEAST.search(before) or _AFTER_OR_MORE.search(after):
        return (number, None)
    if _BEFORE_MORE.search(before):
        return (number + 1, None)
    # A lone number is a headcount only when nothing but headcount words stands beside it.
    beside = re.findall(r"[a-z]+", before + " " + after)
    if any(word not in _HEADCOUNT_WORDS for word in beside) or re.search(r"\d", before):
        return None
    return (number, number)


def _named_band(text: str) -> Band | None:
    words = []
    for word in re.findall(r"[a-z]+", text):
        word = _FIRM_ENDING.sub("", word)
        if word and word not in _FIRM_WORDS:
            words.append(word)
    return _NAMED.get("".join(words))


def size_class_from_band(label: object, scheme: str = DEFAULT_SIZE_SCHEME) -> str | None:
    """The class of `scheme` that holds the whole band, or None when the band straddles classes.

    `'10-49'` is `small` (eu) and `1-49` (ems); `'250 of meer'` is `large` (eu) but None in ems,
    which splits it into 250-999 and 1000+. A plain number is treated as a headcount.
    """
    ranges = scheme_ranges(scheme)
    if not isinstance(label, str):
        return size_class(label, scheme) if finite_number(label) is not None else None
    band = parse_size_band(label)
    if band is None:
        return None
    lowest, highest = band
    for code, (class_lowest, class_highest) in ranges.items():
        fits_below = class_highest is None or (highest is not None and highest <= class_highest)
        if lowest >= class_lowest and fits_below:
            return code
    return None
