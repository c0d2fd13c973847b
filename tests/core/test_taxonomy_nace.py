"""NACE Rev. 2: reading codes as files write them, and the reference tables behind them."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest

from explorer.core.taxonomy import (
    DIVISION_CODES,
    SECTION_LETTERS,
    NaceCode,
    division_title,
    divisions_in_section,
    is_manufacturing,
    parse_nace,
    section_of,
    section_title,
)
from explorer.core.taxonomy.nace_table import nace_table

# The NACE Rev. 2 structure, written out here independently of the package data.
SECTION_SPANS = {
    "A": (1, 3), "B": (5, 9), "C": (10, 33), "D": (35, 35), "E": (36, 39), "F": (41, 43),
    "G": (45, 47), "H": (49, 53), "I": (55, 56), "J": (58, 63), "K": (64, 66), "L": (68, 68),
    "M": (69, 75), "N": (77, 82), "O": (84, 84), "P": (85, 85), "Q": (86, 88), "R": (90, 93),
    "S": (94, 96), "T": (97, 98), "U": (99, 99),
}
NOT_DIVISIONS = {0, 4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89}
VALID_DIVISIONS = [
    f"{n:02d}" for first, last in SECTION_SPANS.values() for n in range(first, last + 1) if n not in NOT_DIVISIONS
]


def code(section, division, group=None, class_=None):
    return NaceCode(section, division, group, class_)


METAL_CLASS = code("C", "25", "25.6", "25.62")

PARSE_CASES = [
    # the forms listed in the brief
    ("25.62", METAL_CLASS),
    ("25.6", code("C", "25", "25.6")),
    ("2562", METAL_CLASS),
    (25, code("C", "25")),
    (25.0, code("C", "25")),
    ("C25", code("C", "25")),
    ("C 25", code("C", "25")),
    ("C25.62", METAL_CLASS),
    ("SBI 28", code("C", "28")),
    ("SBI-code 2899", code("C", "28", "28.9", "28.99")),
    ("NACE 25.62", METAL_CLASS),
    ("25 - Vervaardiging van producten van metaal", code("C", "25")),
    ("C25 Fabricage van metaalproducten", code("C", "25")),
    ("28.99 Overige machines", code("C", "28", "28.9", "28.99")),
    # titles, either language, any case
    ("Vervaardiging van producten van metaal, exclusief machines en apparaten", code("C", "25")),
    ("MANUFACTURE OF FABRICATED METAL PRODUCTS, EXCEPT MACHINERY AND EQUIPMENT", code("C", "25")),
    ("  manufacture of   basic metals ", code("C", "24")),
    ("Vervaardiging van producten van metaal, met uitzondering van machines en apparatuur", code("C", "25")),
    ("Other manufacturing", code("C", "32")),
    ("Education", code("P", "85")),
    # other ways files write codes
    ("25,62", METAL_CLASS),
    ("C-25", code("C", "25")),
    ("c.25.62", METAL_CLASS),
    ("NACE-BEL 2008: 28.99", code("C", "28", "28.9", "28.99")),
    ("NACE Rev. 2 25.62", METAL_CLASS),
    ("nace-code 25", code("C", "25")),
    ("25.", code("C", "25")),
    ("25.620", METAL_CLASS),  # NACE-BEL subclass
    ("25620", METAL_CLASS),
    ("28.99.1", code("C", "28", "28.9", "28.99")),  # SBI subclass
    ("256", code("C", "25", "25.6")),
    ("25.0", code("C", "25")),  # a number from a CSV; there is no group 25.0
    ("25,00", code("C", "25")),
    ("31.0", code("C", "31", "31.0")),  # but group 31.0 exists
    ("01", code("A", "01")),
    ("1", code("A", "01")),
    ("01.11", code("A", "01", "01.1", "01.11")),
    ("A01.11", code("A", "01", "01.1", "01.11")),
    ("99", code("U", "99")),
    ("62.01 (software)", code("J", "62", "62.0", "62.01")),
    ("\u00a025.62\u00a0", METAL_CLASS),
    (2562, METAL_CLASS),
    (2562.0, METAL_CLASS),
    (25.62, METAL_CLASS),
    (25.6, code("C", "25", "25.6")),
    (1.11, code("A", "01", "01.1", "01.11")),
    (np.int64(25), code("C", "25")),
    (np.float64(25.0), code("C", "25")),
    (np.float64(25.62), METAL_CLASS),
    # not codes
    ("99.99.99", None),
    ("abc", None),
    (1000, None),
    ("1000", None),
    ("", None),
    ("   ", None),
    ("00", None),
    ("0", None),
    (0, None),
    ("04", None),
    (34, None),
    ("C34", None),
    ("A25", None),  # section letter contradicts the division
    ("D25", None),
    ("25.8", None),  # no such group
    ("25.63", None),  # no such class
    ("25-28", None),
    ("25, 28", None),
    ("25/28", None),
    ("25 %", None),
    ("25abc", None),
    ("1,000", None),
    ("123456", None),
    ("2562.5", None),
    ("Industrie", None),  # a section title names no division
    ("C", None),
    ("Q1", None),
    (-25, None),
    (25.621, METAL_CLASS),
    (25.6201, None),
    (1e-05, None),
    (float("nan"), None),
    (float("inf"), None),
    (None, None),
    (True, None),
    (np.bool_(True), None),
    (pd.NA, None),
    ([25], None),
]


@pytest.mark.parametrize(("value", "expected"), PARSE_CASES, ids=[repr(v) for v, _ in PARSE_CASES])
def test_parse_nace(value, expected):
    assert parse_nace(value) == expected


def test_parse_nace_passes_a_code_through():
    assert parse_nace(METAL_CLASS) is METAL_CLASS


def test_nace_code_is_a_frozen_hashable_value():
    with pytest.raises(dataclasses.FrozenInstanceError):
        METAL_CLASS.division = "28"  # type: ignore[misc]
    assert {METAL_CLASS, parse_nace("2562")} == {METAL_CLASS}
    assert METAL_CLASS.code == str(METAL_CLASS) == "25.62"
    assert code("C", "25", "25.6").code == "25.6"
    assert code("C", "25").code == "25"


def test_reference_counts_match_nace_rev2():
    assert len(SECTION_LETTERS) == 21
    assert len(DIVISION_CODES) == 88
    assert len(nace_table().groups) == 272
    assert len(nace_table().classes) == 615
    assert list(DIVISION_CODES) == sorted(VALID_DIVISIONS)


@pytest.mark.parametrize("division", VALID_DIVISIONS)
def test_every_division_has_both_titles_and_its_section(division):
    nl, en = division_title(division, "nl"), division_title(division, "en")
    assert nl and nl.strip() == nl
    assert en and en.strip() == en
    assert nl != en
    expected_section = next(s for s, (a, b) in SECTION_SPANS.items() if a <= int(division) <= b)
    assert section_of(division) == expected_section
    assert section_of(int(division)) == expected_section


@pytest.mark.parametrize("division", VALID_DIVISIONS)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_division_title_parses_back_to_its_division(division, lang):
    title = division_title(division, lang)
    assert parse_nace(title) == code(section_of(division), division)
    assert parse_nace(title.upper()) == code(section_of(division), division)
    assert parse_nace(f"{division} - {title}") == code(section_of(division), division)


@pytest.mark.parametrize("letter", sorted(SECTION_SPANS))
def test_every_section_has_both_titles_and_its_divisions(letter):
    assert section_title(letter, "nl")
    assert section_title(letter, "en")
    assert section_title(letter.lower(), "en") == section_title(letter, "en")
    first, last = SECTION_SPANS[letter]
    expected = tuple(f"{n:02d}" for n in range(first, last + 1) if n not in NOT_DIVISIONS)
    assert divisions_in_section(letter) == expected


def test_sections_partition_the_divisions():
    every = [d for letter in SECTION_LETTERS for d in divisions_in_section(letter)]
    assert sorted(every) == sorted(VALID_DIVISIONS)
    assert len(every) == len(set(every))


def test_titles_the_brief_names():
    assert division_title("25") == "Vervaardiging van producten van metaal, exclusief machines en apparaten"
    assert division_title("25", "en") == "Manufacture of fabricated metal products, except machinery and equipment"
    assert section_title("C", "nl") == "Industrie"
    assert section_title("C", "en") == "Manufacturing"


def test_every_class_and_group_parses_in_each_written_form():
    for digits in nace_table().classes:
        expected = f"{digits[:2]}.{digits[2:]}"
        assert parse_nace(expected).class_ == expected
        assert parse_nace(digits).class_ == expected
        assert parse_nace(f"NACE {expected}").class_ == expected
    for digits in nace_table().groups:
        expected = f"{digits[:2]}.{digits[2]}"
        parsed = parse_nace(expected)
        assert parsed.group == expected and parsed.class_ is None


@pytest.mark.parametrize("value", ["", "00", "04", "100", "C", None, 25.5, "x"])
def test_lookups_of_unknown_divisions_give_nothing(value):
    assert section_of(value) is None
    assert division_title(value) is None


def test_lookups_of_unknown_sections_give_nothing():
    assert section_title("V") is None
    assert section_title("") is None
    assert divisions_in_section("V") == ()
    assert divisions_in_section("") == ()


def test_unknown_language_is_a_programming_error():
    with pytest.raises(ValueError):
        division_title("25", "fr")
    with pytest.raises(ValueError):
        section_title("C", "de")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("09", False), ("10", True), ("25.62", True), ("33", True), ("35", False), ("C", False),
        ("46.69", False), (METAL_CLASS, True), ("abc", False), (None, False),
    ],
)
def test_is_manufacturing(value, expected):
    assert is_manufacturing(value) is expected


def test_manufacturing_is_exactly_divisions_10_to_33():
    manufacturing = [d for d in DIVISION_CODES if is_manufacturing(d)]
    assert manufacturing == [f"{n}" for n in range(10, 34)]


def test_every_manufacturing_division_has_a_short_name_in_both_languages():
    from explorer.core.taxonomy import division_short_title
    from explorer.core.taxonomy.nace_short import SHORT_DIVISIONS

    manufacturing = [code for code in DIVISION_CODES if 10 <= int(code) <= 33]
    assert sorted(SHORT_DIVISIONS) == manufacturing
    for lang in ("nl", "en"):
        names = [division_short_title(code, lang) for code in manufacturing]
        assert len(set(names)) == len(names), "two divisions would read alike"
        assert all(name and len(name) <= 26 and not name.startswith(("Vervaardiging", "Manufacture"))
                   for name in names)
    assert division_short_title("01", "nl") is None  # outside manufacturing the official title serves
