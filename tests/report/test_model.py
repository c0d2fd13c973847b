"""The briefing model: immutable values that refuse what cannot be rendered honestly."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from briefing_samples import SHA, sample_briefing
from explorer.core.disclosure import SHOWN, Reason, Verdict
from explorer.report.content.model import (
    Briefing,
    LikertItem,
    MethodInfo,
    MultiItem,
    MultiOption,
    NumericItem,
    Reference,
    ShareItem,
    SuppressedCell,
    Theme,
)


def test_sequences_are_stored_as_tuples_and_values_are_frozen() -> None:
    briefing = sample_briefing("nl")
    assert isinstance(briefing.themes, tuple) and isinstance(briefing.key_points, tuple)
    assert isinstance(briefing.themes[1].items[0].options, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        briefing.firm_name = "other"  # type: ignore[misc]
    assert hash(briefing.themes[0].items[0])  # items are hashable values


def test_firm_id_becomes_text() -> None:
    briefing = dataclasses.replace(sample_briefing("en"), firm_id=1234)
    assert briefing.firm_id == "1234"


@pytest.mark.parametrize(
    "change",
    [
        {"lang": "de"},
        {"source_sha256": "abc"},
        {"peer_n": -1},
        {"min_peers": 2},  # R1: never below 3
        {"created": "2025-03-14"},
    ],
)
def test_briefing_refuses_bad_values(change: dict) -> None:
    with pytest.raises(ValueError):
        dataclasses.replace(sample_briefing("nl"), **change)


def test_items_refuse_impossible_figures() -> None:
    with pytest.raises(ValueError):
        ShareItem("q", "Ja", 1.8, None, 10, SHOWN)  # a percentage, not a fraction
    with pytest.raises(ValueError):
        ShareItem("q", "Ja", 0.2, (0.3, 0.1), 10, SHOWN)
    with pytest.raises(ValueError):
        ShareItem("q", "Ja", 0.2, None, 10, "shown")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        MultiOption("a", True, float("nan"), 10, SHOWN)
    with pytest.raises(ValueError):
        LikertItem("q", ["a", "b", "c"], 0, [0.5, 0.5], 10, SHOWN)
    with pytest.raises(ValueError):
        LikertItem("q", ["a", "b"], 2, [0.5, 0.5], 10, SHOWN)
    with pytest.raises(ValueError):
        NumericItem("q", "", 1.0, (25, 50), 2.0, None, 3.0, 12, SHOWN)  # half the quartiles
    with pytest.raises(ValueError):
        NumericItem("q", "", 1.0, (25, 50), 5.0, 6.0, 7.0, 12, SHOWN)  # median below q1
    with pytest.raises(ValueError):
        NumericItem("q", "", 1.0, (75, 150), None, None, None, 12, SHOWN)
    hidden = Verdict.suppress(Reason.SECONDARY)
    for withheld_but_carried in (lambda: ShareItem("q", "Ja", 0.83, (0.7, 0.9), 30, hidden),
                                 lambda: MultiOption("a", True, 0.77, 30, hidden),
                                 lambda: LikertItem("q", ["a", "b"], 0, [0.5, 0.5], 30, hidden),
                                 lambda: NumericItem("q", "", 12.0, (50, 75), None, None, None, 30, hidden),
                                 lambda: NumericItem("q", "", 12.0, None, 11.0, 9.0, 13.0, 30, SHOWN, hidden)):
        with pytest.raises(ValueError):  # a withheld figure never reaches the renderer
            withheld_but_carried()
    with pytest.raises(ValueError):
        Theme("t", ["not an item"])
    with pytest.raises(ValueError):
        SuppressedCell("turnover", SHOWN)
    with pytest.raises(ValueError):
        Reference("share", 4.3, "EMS")  # unit "%" means a fraction


def test_a_minimal_briefing_is_valid() -> None:
    briefing = Briefing(
        firm_id="1", firm_name="A", lang="en", created=dt.date(2025, 1, 1), source_file="a.csv",
        source_sha256=SHA.upper(), peer_definition="all", peer_n=0, widened_steps=[],
        min_peers=5, key_points=[], themes=[], method=MethodInfo("", "Wilson"),
    )
    assert briefing.references == () and briefing.method.rules_applied[0] == "R1"
    assert MultiItem("q", []).options == ()
    assert Verdict.suppress(Reason.NO_DATA).suppressed
