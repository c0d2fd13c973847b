"""Size classes from headcounts, and size bands from the labels files use."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.core.taxonomy import (
    SIZE_ORDER,
    SIZE_SCHEMES,
    parse_size_band,
    size_class,
    size_class_from_band,
    size_label,
)

# DESIGN.md, "The survey model", written out independently here: lowest headcount of each class.
THRESHOLDS = {
    "eu": [(0, "micro"), (10, "small"), (50, "medium"), (250, "large")],
    "ems": [(0, "1-49"), (50, "50-249"), (250, "250-999"), (1000, "1000+")],
}


def expected_class(n: float, scheme: str) -> str:
    return [code for lowest, code in THRESHOLDS[scheme] if n >= lowest][-1]


def test_order_and_schemes():
    assert SIZE_SCHEMES == ("eu", "ems")
    assert SIZE_ORDER["eu"] == ("micro", "small", "medium", "large")
    assert SIZE_ORDER["ems"] == ("1-49", "50-249", "250-999", "1000+")


@pytest.mark.parametrize(
    ("employees", "eu", "ems"),
    [
        (0, "micro", "1-49"),
        (1, "micro", "1-49"),
        (9, "micro", "1-49"),
        (9.5, "micro", "1-49"),
        (10, "small", "1-49"),
        (49, "small", "1-49"),
        (49.9, "small", "1-49"),
        (50, "medium", "50-249"),
        (249, "medium", "50-249"),
        (250, "large", "250-999"),
        (999, "large", "250-999"),
        (1000, "large", "1000+"),
        (250_000, "large", "1000+"),
        (np.int64(10), "small", "1-49"),
        (np.float64(249.0), "medium", "50-249"),
        ("12", "small", "1-49"),
        (" 1000 ", "large", "1000+"),
    ],
)
def test_size_class_boundaries(employees, eu, ems):
    assert size_class(employees) == eu
    assert size_class(employees, "eu") == eu
    assert size_class(employees, "ems") == ems


@pytest.mark.parametrize(
    "employees", [None, float("nan"), np.nan, -1, -0.5, float("inf"), True, "abc", "", "1.000", "12 fte", [10]]
)
def test_size_class_of_missing_or_invalid_is_none(employees):
    assert size_class(employees) is None
    assert size_class(employees, "ems") is None


@given(st.floats(min_value=0, max_value=1e7, allow_nan=False))
def test_size_class_agrees_with_the_thresholds(n):
    for scheme in SIZE_SCHEMES:
        assert size_class(n, scheme) == expected_class(n, scheme)


@given(st.integers(min_value=0, max_value=10**6))
def test_a_number_as_a_band_has_the_class_of_the_number(n):
    for scheme in SIZE_SCHEMES:
        assert size_class_from_band(str(n), scheme) == size_class(n, scheme)
        assert size_class_from_band(n, scheme) == size_class(n, scheme)


BAND_CASES = [
    ("10-49", (10, 49)),
    ("10 - 49", (10, 49)),
    ("10–49 werknemers", (10, 49)),
    ("10—49", (10, 49)),
    ("250 of meer", (250, None)),
    ("250 en meer", (250, None)),
    ("meer dan 250", (251, None)),
    ("Meer dan 250 werknemers", (251, None)),
    ("1000+", (1000, None)),
    ("1000 +", (1000, None)),
    (">= 1000", (1000, None)),
    ("≥1000", (1000, None)),
    ("> 999", (1000, None)),
    ("< 10", (0, 9)),
    ("<10", (0, 9)),
    ("<= 9", (0, 9)),
    ("minder dan 10", (0, 9)),
    ("moins de 10", (0, 9)),
    ("weniger als 10", (0, 9)),
    ("less than 10", (0, 9)),
    ("fewer than 50 employees", (0, 49)),
    ("up to 9", (0, 9)),
    ("tot en met 9", (0, 9)),
    ("tot 10", (0, 9)),  # CBS-style "tot": below the round bound
    ("50 à 249", (50, 249)),
    ("de 50 à 249 salariés", (50, 249)),
    ("250 und mehr", (250, None)),
    ("250 oder mehr", (250, None)),
    ("mehr als 250", (251, None)),
    ("ab 250", (250, None)),
    ("50 bis 249", (50, 249)),
    ("50 bis unter 250", (50, 249)),
    ("1 tot 9", (1, 9)),
    ("10 tot 49", (10, 49)),
    ("10 tot 50", (10, 49)),
    ("10 t/m 49", (10, 49)),
    ("van 10 tot en met 50", (10, 50)),
    ("tussen 10 en 49", (10, 49)),
    ("between 50 and 249", (50, 249)),
    ("10 to 49", (10, 49)),
    ("250 et plus", (250, None)),
    ("plus de 250", (251, None)),
    ("au moins 250", (250, None)),
    ("250 or more", (250, None)),
    ("250 and over", (250, None)),
    ("more than 250", (251, None)),
    ("at least 250", (250, None)),
    ("vanaf 250", (250, None)),
    ("1.000 of meer", (1000, None)),
    ("1,000+", (1000, None)),
    ("1 000 en meer", (1000, None)),
    ("Klein (10-49)", (10, 49)),
    ("Middelgroot (50 tot 249 werknemers)", (50, 249)),
    ("Micro (<10)", (0, 9)),
    ("25", (25, 25)),
    ("micro", (0, 9)),
    ("klein", (10, 49)),
    ("middelgroot", (50, 249)),
    ("groot", (250, None)),
    ("small", (10, 49)),
    ("medium", (50, 249)),
    ("Medium-sized enterprises", (50, 249)),
    ("large", (250, None)),
    ("Kleinbedrijf", (10, 49)),
    ("Grootbedrijf", (250, None)),
    ("micro-onderneming", (0, 9)),
    ("Très petite entreprise", (0, 9)),
    ("moyenne entreprise", (50, 249)),
    ("Kleinstunternehmen", (0, 9)),
    ("Großunternehmen", (250, None)),
    ("MKB", (0, 249)),  # every SME: fits no single class
    ("kmo", (0, 249)),
    # not a band
    ("", None),
    ("onbekend", None),
    ("n.v.t.", None),
    ("10-49 / 50-249", None),
    ("49-10", None),
    ("10 49", None),
    ("zeer groot", None),
    ("< 0", None),
    (None, None),
    (25, None),
]


@pytest.mark.parametrize(("label", "expected"), BAND_CASES, ids=[repr(v) for v, _ in BAND_CASES])
def test_parse_size_band(label, expected):
    assert parse_size_band(label) == expected


FROM_BAND_CASES = [
    # label, eu, ems
    ("10-49", "small", "1-49"),
    ("50-249", "medium", "50-249"),
    ("250 of meer", "large", None),  # ems splits 250+ into 250-999 and 1000+
    ("meer dan 250", "large", None),
    ("1-49", None, "1-49"),  # eu splits it into micro and small
    ("1 tot 9", "micro", "1-49"),
    ("< 10", "micro", "1-49"),
    ("250-999", "large", "250-999"),
    ("1000+", "large", "1000+"),
    ("> 999", "large", "1000+"),
    ("10-99", None, None),
    ("5-20", None, "1-49"),
    ("200-300", None, None),
    ("0-9", "micro", "1-49"),
    ("9-10", None, "1-49"),
    ("49-50", None, None),
    ("249-250", None, None),
    ("999-1000", "large", None),
    ("klein", "small", "1-49"),
    ("Middelgroot", "medium", "50-249"),
    ("groot", "large", None),
    ("micro", "micro", "1-49"),
    ("MKB", None, None),
    ("onbekend", None, None),
    (35, "small", "1-49"),
    (float("nan"), None, None),
    (None, None, None),
]


@pytest.mark.parametrize(("label", "eu", "ems"), FROM_BAND_CASES, ids=[repr(c[0]) for c in FROM_BAND_CASES])
def test_size_class_from_band(label, eu, ems):
    assert size_class_from_band(label) == eu
    assert size_class_from_band(label, "eu") == eu
    assert size_class_from_band(label, "ems") == ems


@pytest.mark.parametrize("scheme", ["eu", "ems"])
def test_each_class_range_written_as_a_band_gives_that_class(scheme):
    lows = [lowest for lowest, _ in THRESHOLDS[scheme]]
    for i, (lowest, code) in enumerate(THRESHOLDS[scheme]):
        label = f"{lowest}+" if i == len(lows) - 1 else f"{lowest}-{lows[i + 1] - 1}"
        assert size_class_from_band(label, scheme) == code, label


@pytest.mark.parametrize("scheme", ["eu", "ems"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_display_labels_exist_and_read_back(scheme, lang):
    for code in SIZE_ORDER[scheme]:
        label = size_label(code, scheme, lang)
        assert label and label.strip() == label
        assert size_class_from_band(label, scheme) == code, label


def test_display_labels_the_brief_names():
    assert size_label("small") == "Klein (10–49)"
    assert size_label("small", "eu", "en") == "Small (10–49)"


def test_unknown_scheme_code_or_language_is_a_programming_error():
    with pytest.raises(ValueError):
        size_class(10, "oecd")
    with pytest.raises(ValueError):
        size_class_from_band("10-49", "oecd")
    with pytest.raises(ValueError):
        size_label("small", "ems")
    with pytest.raises(ValueError):
        size_label("small", "eu", "fr")
    with pytest.raises(ValueError):
        size_label("huge")


def test_thresholds_helper_is_sane():
    # guards the independent table above against typos
    assert expected_class(math.nextafter(10, 0), "eu") == "micro"
    assert expected_class(10, "eu") == "small"
