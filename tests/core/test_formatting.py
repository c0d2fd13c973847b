"""The one number formatter: Dutch and English conventions from babel, half-up rounding, one
precision rule, and shares that agree with the release module's rounding."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from babel.numbers import format_decimal as babel_decimal
from hypothesis import given
from hypothesis import strategies as st

from explorer.core.disclosure import round_share
from explorer.core.formatting import (
    format_count,
    format_date,
    format_number,
    format_percent,
    format_percent_range,
    format_share_interval,
    percent_decimals,
)


@pytest.mark.parametrize(
    ("share", "nl", "en"),
    [
        (0.18, "18%", "18%"),
        (0.043, "4,3%", "4.3%"),
        (0.6, "60%", "60%"),
        (0.145, "15%", "15%"),   # half up on the decimal form, as a reader rounds
        (0.125, "13%", "13%"),   # Python's format() would say 12%
        (0.0, "0%", "0%"),       # nothing is not "0,0%"
        (1.0, "100%", "100%"),
        (0.055, "5,5%", "5.5%"),
        (0.0996, "10%", "10%"),  # the rule is decided on the rounded share: never "10,0%"
        (0.09949, "9,9%", "9.9%"),
    ],
)
def test_percent_follows_one_precision_rule(share, nl, en):
    assert format_percent(share, "nl") == nl
    assert format_percent(share, "en") == en


def test_nothing_to_show_is_a_dash():
    assert format_percent(float("nan"), "nl") == "–"
    assert format_percent(None, "en") == "–"
    assert format_number(float("inf"), "nl") == "–"


def test_an_interval_takes_its_shares_decimals():
    assert format_share_interval(0.099, 0.058, 0.165, "nl") == "9,9% (5,8–16,5)"
    assert format_share_interval(0.18, 0.12, 0.254, "en") == "18% (12–25)"
    assert format_percent_range(0.08, 0.355, "nl") == "8–36%"
    assert format_percent_range(0.08, 0.355, "en", decimals=1) == "8.0–35.5%"


@given(st.floats(min_value=0.0, max_value=1.0, allow_nan=False))
def test_a_share_prints_as_the_release_module_rounds_it(share):
    """What any output prints is the released (rounded) share, at the rule's precision."""
    released = Decimal(repr(round_share(share))) * 100
    places = percent_decimals(share)
    expected = released.quantize(Decimal(1).scaleb(-places), rounding="ROUND_HALF_UP")
    text = format_percent(share, "en")
    assert Decimal(text.rstrip("%")) == expected
    assert places == (1 if 0 < released < 10 else 0)


@pytest.mark.parametrize(
    ("value", "nl", "en"),
    [(42, "42", "42"), (42.25, "42,3", "42.3"), (1234.567, "1.235", "1,235"), (2450, "2.450", "2,450"),
     (1234567, "1.234.567", "1,234,567"), (0.016, "0,016", "0.016"), (-1500.4, "-1.500", "-1,500"),
     (-0.0001, "-0,0001", "-0.0001")],
)
def test_numbers_have_three_significant_figures(value, nl, en):
    assert format_number(value, "nl") == nl
    assert format_number(value, "en") == en


def test_separators_are_babels():
    for lang, locale in (("nl", "nl_NL"), ("en", "en_GB")):
        assert format_number(1234.5, lang, 2) == babel_decimal(1234.5, format="#,##0.00", locale=locale)
        assert format_count(12345, lang) == babel_decimal(12345, format="#,##0", locale=locale)


def test_dates():
    assert format_date(dt.date(2025, 3, 4), "nl") == "4 maart 2025"
    assert format_date(dt.date(2025, 3, 4), "en") == "4 March 2025"
