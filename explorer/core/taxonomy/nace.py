"""NACE Rev. 2 codes: read them as they are written in survey files, and look them up.

The classification itself (codes and titles) is data, read by `nace_table.py`.

Files write the same sector in many ways: `25.62`, `2562`, `C25`, `SBI-code 2899`,
`25 - Vervaardiging van ...`, a number that Excel stored as 25.0, or just the division title.
`parse_nace` turns all of these into one `NaceCode`, or None when the value is not a real code.
A sector label may carry its code in brackets: `Machine-industrie (SBI 28)`, `Metaal (NACE 25)`.

`parse_sector_code` reads a survey's sector column: a code whose class or group NACE does not
have but whose division it does (`28.37`, a typing slip or a national extension) gives that
division; `unknown_detail` tells which values were read that way, so the user can be told.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from explorer.core.taxonomy._text import finite_number, fold
from explorer.core.taxonomy.nace_table import nace_table

LANGUAGES = ("nl", "en")
MANUFACTURING_SECTION = "C"


def __getattr__(name: str) -> tuple[str, ...]:
    """`SECTION_LETTERS` and `DIVISION_CODES`, built from the table when first asked for."""
    if name == "SECTION_LETTERS":
        return tuple(nace_table().sections)
    if name == "DIVISION_CODES":
        return tuple(sorted(nace_table().divisions))
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True, slots=True)
class NaceCode:
    """A NACE Rev. 2 code down to the most specific level that was known.

    `group` is written `25.6`, `class_` `25.62` (trailing underscore: `class` is a keyword).
    """

    section: str
    division: str
    group: str | None = None
    class_: str | None = None

    @property
    def code(self) -> str:
        """The most specific level as written in NACE: `25.62`, `25.6` or `25`."""
        return self.class_ or self.group or self.division

    def __str__(self) -> str:
        return self.code


@cache
def _section_by_division() -> dict[str, str]:
    table = nace_table()
    mapping = {}
    for letter, (_nl, _en, first, last) in table.sections.items():
        for number in range(first, last + 1):
            division = f"{number:02d}"
            if division in table.divisions:
                mapping[division] = letter
    return mapping


@cache
def _division_by_label() -> dict[str, str]:
    table = nace_table()
    labels = {}
    for division, (nl, en) in table.divisions.items():
        for title in (nl, en, *table.dutch_aliases.get(division, ())):
            labels[fold(title)] = division
    return labels

# A scheme word before the code: "NACE", "NACE-BEL 2008", "SBI-code", "NACE Rev. 2", "code:" ...
_PREFIX = (
    r"(?:(?:nace|nacebel|sbi|naf|wz)(?:[ -]?bel)?"
    r"(?:[ -]?(?:rev\.?\s*2(?:\.1)?|2003|2008|2025))?(?:[ -]?codes?)?"
    r"|codes?|afdeling|division|divisie)"
    r"\s*[:#]?\s*"
)
_CODE = re.compile(
    rf"^(?:{_PREFIX})?"
    r"(?:(?P<section>[a-u])\s*[-.]?\s*)?"
    r"(?P<digits>\d+(?:[.,]\d+)*)"
)
# A code in brackets after a label: "Machine-industrie (SBI 28)", "Metaal [NACE 25]".
_BRACKETED = re.compile(rf"[(\[]\s*((?:{_PREFIX})?(?:[a-u]\s*[-.]?\s*)?\d+(?:[.,]\d+)*)\s*[)\]]$")
# What may stand between a code and the title written after it.
_SEPARATORS = " -:/|()[]\"'.,;"


def parse_nace(value: object) -> NaceCode | None:
    """The NACE code in a cell, or None when it holds no valid NACE Rev. 2 code.

    Numbers are read as Excel stores them: 25 and 25.0 are division 25, 25.62 is class 25.62,
    2562 is class 25.62 (so 1000 would be class 10.00, which does not exist: None).
    Text may carry a scheme prefix, a section letter and a title after the code. Five-digit
    national subclasses (NACE-BEL `25.620`, SBI `28.99.1`) are read as their class.
    """
    if isinstance(value, NaceCode):
        return value
    if isinstance(value, str):
        return _parse_text(value)
    number = finite_number(value)
    if number is None or number < 0:
        return None
    if number.is_integer():
        return _from_parts([str(int(number))])
    return _from_parts(repr(number).split("."))


def _parse_text(text: str) -> NaceCode | None:
    folded = fold(text)
    if not folded:
        return None
    division = _division_by_label().get(folded)
    if division is not None:
        return NaceCode(_section_by_division()[division], division)
    found = _written_code(folded)
    if found is None:
        return None
    parts, section = found
    code = _from_parts(parts)
    if code is not None and section is not None and section.upper() != code.section:
        return None  # "A25": the letter contradicts the division
    return code


def _written_code(folded: str) -> tuple[list[str], str | None] | None:
    """The digit runs and section letter of a code at the start of the text or in brackets at its end."""
    match = _CODE.match(folded)
    if match is not None and _only_title_follows(folded[match.end() :]):
        return re.split(r"[.,]", match["digits"]), match["section"]
    bracketed = _BRACKETED.search(folded)
    if bracketed is not None and bracketed.start() > 0:
        inner = _CODE.fullmatch(bracketed.group(1))
        if inner is not None:
            return re.split(r"[.,]", inner["digits"]), inner["section"]
    return None


def parse_sector_code(value: object) -> NaceCode | None:
    """`parse_nace`, or the division of a code whose group or class is not in NACE (`28.37` → 28)."""
    return parse_nace(value) or _known_division(value)


def unknown_detail(value: object) -> bool:
    """True for a value that `parse_sector_code` read as its division because its detail is unknown."""
    return parse_nace(value) is None and _known_division(value) is not None


def _known_division(value: object) -> NaceCode | None:
    if isinstance(value, NaceCode):
        return None
    if isinstance(value, str):
        found = _written_code(fold(value))
        if found is None:
            return None
        parts, section = found
    else:
        number = finite_number(value)
        if number is None or number < 0 or number.is_integer():
            return None
        parts, section = repr(number).split("."), None
    if not 2 <= len(parts) <= 3 or len(parts[0]) > 2 or not all(1 <= len(p) <= 3 for p in parts[1:]):
        return None
    division = parts[0].zfill(2)
    code = _build(division, None)
    if code is None or (section is not None and section.upper() != code.section):
        return None
    return code


def _only_title_follows(rest: str) -> bool:
    """True when what follows the code is nothing, or a separator and then words."""
    if not rest:
        return True
    if rest[0] not in _SEPARATORS:
        return False  # "25abc", "2562x"
    rest = rest.lstrip(_SEPARATORS)
    return not rest or rest[0].isalpha()


def _from_parts(parts: list[str]) -> NaceCode | None:
    """Build a code from its digit runs: ["25", "62"], ["2562"], ["28", "99", "1"], ..."""
    if len(parts) == 1:
        digits = parts[0]
        if len(digits) <= 2:
            return _build(digits.zfill(2), None)
        if len(digits) <= 5:  # 256 -> 25.6, 2562 -> 25.62, 25620 -> 25.62
            return _build(digits[:2], digits[2:4])
        return None
    if len(parts) == 2:
        division, rest = parts
        if len(division) > 2 or len(rest) > 3:
            return None
        code = _build(division.zfill(2), rest[:2])
        if code is None and len(rest) <= 2 and set(rest) == {"0"}:
            return _build(division.zfill(2), None)  # "25,0" or "25.00" from a CSV of numbers
        return code
    if len(parts) == 3 and len(parts[0]) == 2 and len(parts[1]) == 2 and len(parts[2]) == 1:
        return _build(parts[0], parts[1])  # SBI subclass 28.99.1
    return None


def _build(division: str, below: str | None) -> NaceCode | None:
    section = _section_by_division().get(division)
    if section is None:
        return None
    if not below:
        return NaceCode(section, division)
    group = f"{division}.{below[0]}"
    table = nace_table()
    if division + below[0] not in table.groups:
        return None
    if len(below) == 1:
        return NaceCode(section, division, group)
    if division + below not in table.classes:
        return None
    return NaceCode(section, division, group, f"{division}.{below}")


def _division_key(division: object) -> str | None:
    if isinstance(division, NaceCode):
        return division.division
    if isinstance(division, str):
        text = division.strip()
    else:
        number = finite_number(division)
        if number is None or not number.is_integer():
            return None
        text = str(int(number))
    if not (1 <= len(text) <= 2 and text.isdigit()):
        return None
    text = text.zfill(2)
    return text if text in nace_table().divisions else None


def _language(lang: str) -> int:
    try:
        return LANGUAGES.index(lang.lower())
    except (AttributeError, ValueError):
        raise ValueError(f"unsupported language {lang!r}; use one of {LANGUAGES}") from None


def section_of(division: object) -> str | None:
    """The section letter of a division (`'25'`, 25 or a NaceCode), or None if unknown."""
    key = _division_key(division)
    return _section_by_division()[key] if key else None


def division_title(division: object, lang: str = "nl") -> str | None:
    """The official short title of a division in Dutch or English, or None if unknown."""
    index = _language(lang)
    key = _division_key(division)
    return nace_table().divisions[key][index] if key else None


def section_title(letter: str, lang: str = "nl") -> str | None:
    """The title of a section (`'C'` → `'Industrie'` / `'Manufacturing'`), or None if unknown."""
    index = _language(lang)
    entry = nace_table().sections.get(letter.strip().upper()) if isinstance(letter, str) else None
    return entry[index] if entry else None


def divisions_in_section(letter: str) -> tuple[str, ...]:
    """The divisions of a section in order; empty for an unknown letter."""
    if not isinstance(letter, str):
        return ()
    letter = letter.strip().upper()
    sections = _section_by_division()
    return tuple(division for division in sorted(sections) if sections[division] == letter)


def is_manufacturing(code: object) -> bool:
    """True for section C (divisions 10–33); accepts a NaceCode or anything `parse_nace` reads."""
    parsed = parse_nace(code)
    return parsed is not None and parsed.section == MANUFACTURING_SECTION
