"""Dutch and English number forms as promised in the briefing."""

from __future__ import annotations

import datetime as dt

import pytest

from explorer.report.numbers import (
    format_count,
    format_date,
    format_number,
    format_percent,
    format_percent_range,
)


@pytest.mark.parametrize(
    ("share", "decimals", "nl", "en"),
    [
        (0.18, 0, "18 %", "18%"),
        (0.043, 1, "4,3 %", "4.3%"),
        (0.6, 1, "60 %", "60%"),  # trailing ",0" dropped
        (0.145, 0, "15 %", "15%"),  # half-up on the decimal form, as a reader rounds
        (0.125, 0, "13 %", "13%"),  # not banker's rounding
        (0.0, 0, "0 %", "0%"),
        (1.0, 0, "100 %", "100%"),
        (0.055, 1, "5,5 %", "5.5%"),
    ],
)
def test_percent(share: float, decimals: int, nl: str, en: str) -> None:
    assert format_percent(share, "nl", decimals) == nl
    assert format_percent(share, "en", decimals) == en


def test_percent_of_nothing_is_a_dash() -> None:
    assert format_percent(float("nan"), "nl") == "–"
    assert format_percent(None, "en") == "–"


def test_percent_range() -> None:
    assert format_percent_range(0.08, 0.355, "nl") == "8–36 %"
    assert format_percent_range(0.08, 0.355, "en") == "8–36%"


@pytest.mark.parametrize(
    ("value", "nl", "en"),
    [
        (42, "42", "42"),
        (42.25, "42,3", "42.3"),
        (1234.567, "1.235", "1,235"),
        (2450, "2.450", "2,450"),
        (1234567, "1.234.567", "1,234,567"),
        (0.016, "0,016", "0.016"),
        (-1500.4, "-1.500", "-1,500"),
        (-0.0001, "-0,0001", "-0.0001"),
    ],
)
def test_number(value: float, nl: str, en: str) -> None:
    assert format_number(value, "nl") == nl
    assert format_number(value, "en") == en


def test_count_and_date() -> None:
    assert format_count(2450, "nl") == "2.450"
    assert format_count(2450, "en") == "2,450"
    assert format_date(dt.date(2025, 3, 4), "nl") == "4 maart 2025"
    assert format_date(dt.date(2025, 3, 4), "en") == "4 March 2025"
