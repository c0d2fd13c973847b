"""Eurostat technology intensity: classes of NACE codes, and the labels files use for them."""

from __future__ import annotations

import pytest

from explorer.core.taxonomy import (
    DIVISION_CODES,
    TECH_ORDER,
    parse_nace,
    parse_tech_label,
    tech_class,
    tech_label,
)
from explorer.core.taxonomy.nace_table import nace_table

# DESIGN.md, "The survey model": the 2-digit aggregation, written out independently here.
DESIGN_RANGES = {
    "high": [21, 26],
    "medium-high": [20, *range(27, 31)],
    "medium-low": [19, *range(22, 26), 33],
    "low": [*range(10, 19), 31, 32],
}
BY_DIVISION = {f"{n:02d}": tech for tech, numbers in DESIGN_RANGES.items() for n in numbers}
# Eurostat's 3-digit aggregation: groups that leave their division's class.
REFINED_GROUPS = {
    "30.3": "high",
    "25.4": "medium-high",
    "32.5": "medium-high",
    "18.2": "medium-low",
    "30.1": "medium-low",
}


def test_design_ranges_cover_manufacturing_once():
    assert sorted(BY_DIVISION) == [str(n) for n in range(10, 34)]
    assert sum(len(v) for v in DESIGN_RANGES.values()) == 24


@pytest.mark.parametrize(("division", "expected"), sorted(BY_DIVISION.items()))
def test_every_manufacturing_division_has_its_design_class(division, expected):
    assert tech_class(parse_nace(division)) == expected
    assert tech_class(division) == expected  # anything parse_nace reads is accepted


@pytest.mark.parametrize("division", [d for d in DIVISION_CODES if d not in BY_DIVISION])
def test_non_manufacturing_has_no_class(division):
    assert tech_class(parse_nace(division)) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("30.3", "high"), ("30.30", "high"), ("30", "medium-high"), ("30.1", "medium-low"),
        ("30.11", "medium-low"), ("30.12", "medium-low"), ("30.2", "medium-high"), ("30.4", "medium-high"),
        ("30.9", "medium-high"), ("30.92", "medium-high"),
        ("25", "medium-low"), ("25.4", "medium-high"), ("25.40", "medium-high"), ("25.6", "medium-low"),
        ("25.62", "medium-low"), ("25.1", "medium-low"),
        ("32", "low"), ("32.5", "medium-high"), ("32.50", "medium-high"), ("32.1", "low"), ("32.99", "low"),
        ("18", "low"), ("18.2", "medium-low"), ("18.20", "medium-low"), ("18.1", "low"), ("18.12", "low"),
        ("21.20", "high"), ("26.51", "high"), ("28.99", "medium-high"), ("33.12", "medium-low"),
        ("10.11", "low"), ("46.69", None), ("62.01", None),
    ],
)
def test_three_digit_refinement(value, expected):
    assert tech_class(parse_nace(value)) == expected


def test_every_manufacturing_group_follows_the_3_digit_aggregation():
    for digits in nace_table().groups:
        group = f"{digits[:2]}.{digits[2]}"
        expected = REFINED_GROUPS.get(group, BY_DIVISION.get(digits[:2]))
        assert tech_class(parse_nace(group)) == expected, group


@pytest.mark.parametrize("value", [None, "", "abc", "04", 1000])
def test_unreadable_codes_have_no_class(value):
    assert tech_class(value) is None


def test_order_runs_from_low_to_high():
    assert TECH_ORDER == ("low", "medium-low", "medium-high", "high")


LABEL_CASES = [
    ("High-tech", "high"), ("high technology", "high"), ("Hoogtechnologisch", "high"), ("hightech", "high"),
    ("Hi-tech", "high"), ("HIGH-TECHNOLOGY", "high"), ("hoogtechnologische industrie", "high"),
    ("Haute technologie", "high"), ("industries de haute technologie", "high"), ("technologie de pointe", "high"),
    ("Spitzentechnologie", "high"), ("Hochtechnologie", "high"), ("Spitzentechnik", "high"),
    ("High-tech (NACE 21, 26)", "high"),
    ("Medium-high tech", "medium-high"), ("midden-hoog", "medium-high"), ("medium high-technology", "medium-high"),
    ("Gemiddeld hoog", "medium-high"), ("Medium-high-technology manufacturing", "medium-high"),
    ("medium-hightech", "medium-high"), ("middelhoog", "medium-high"), ("Midden-hoogtechnologisch", "medium-high"),
    ("moyenne-haute technologie", "medium-high"), ("mittlere Hochtechnologie", "medium-high"),
    ("Hochwertige Technik", "medium-high"),
    ("Medium-low", "medium-low"), ("midden-laag", "medium-low"), ("Medium-low-tech", "medium-low"),
    ("gemiddeld laag", "medium-low"), ("moyenne-faible technologie", "medium-low"),
    ("mittlere Niedrigtechnologie", "medium-low"),
    ("Low-tech", "low"), ("laagtechnologisch", "low"), ("low technology", "low"), ("lowtech", "low"),
    ("faible technologie", "low"), ("Niedrigtechnologie", "low"),
    ("high", "high"), ("medium-high", "medium-high"), ("medium-low", "medium-low"), ("low", "low"),
    (" HIGH ", "high"),
    # not one class
    ("medium", None), ("Medium-tech", None), ("low and medium-low", None), ("hoog en midden-hoog", None),
    ("technology", None), ("tech", None), ("", None), ("n.v.t.", None), ("onbekend", None), ("25", None),
    (None, None), (3, None),
]


@pytest.mark.parametrize(("text", "expected"), LABEL_CASES, ids=[repr(t) for t, _ in LABEL_CASES])
def test_parse_tech_label(text, expected):
    assert parse_tech_label(text) == expected


@pytest.mark.parametrize("code", TECH_ORDER)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_display_labels_exist_and_read_back(code, lang):
    label = tech_label(code, lang)
    assert label and label.strip() == label
    assert parse_tech_label(label) == code


def test_display_labels_the_brief_names():
    assert tech_label("high", "nl") == "Hoogtechnologisch"
    assert tech_label("high", "en") == "High-tech"
    assert tech_label("low", "en") == "Low-tech"


def test_display_labels_refuse_unknown_codes_and_languages():
    with pytest.raises(ValueError):
        tech_label("very-high", "en")
    with pytest.raises(ValueError):
        tech_label("high", "fr")
