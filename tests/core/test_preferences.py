"""Preferences: a frozen, versioned value; anything damaged or unknown becomes the default."""

from __future__ import annotations

import dataclasses

import pytest

from explorer.core import preferences as prefs_module
from explorer.core.preferences import SCHEMA_VERSION, Preferences, migrate


def test_defaults():
    defaults = Preferences()
    assert (defaults.language, defaults.size_scheme, defaults.weighted, defaults.min_peers,
            defaults.cache_enabled) == ("", "eu", False, 5, True)
    with pytest.raises(dataclasses.FrozenInstanceError):
        defaults.min_peers = 9  # type: ignore[misc]


def test_round_trip_through_a_dict():
    chosen = Preferences(language="nl", size_scheme="ems", weighted=True, min_peers=10, cache_enabled=False)
    stored = chosen.to_dict()
    assert stored["schema_version"] == SCHEMA_VERSION
    assert Preferences.from_dict(stored) == chosen


def test_values_from_an_ini_store_arrive_as_text_and_are_understood():
    stored = {"schema_version": "1", "language": "EN", "weighted": "true", "min_peers": "8", "cache_enabled": "0"}
    assert Preferences.from_dict(stored) == Preferences(language="en", weighted=True, min_peers=8, cache_enabled=False)


@pytest.mark.parametrize("damaged", [
    None, "garbage", 42, [], {"language": 3, "size_scheme": "xl", "weighted": "perhaps", "min_peers": "many",
                               "cache_enabled": None, "schema_version": "new"},
])
def test_damaged_values_become_defaults(damaged):
    assert Preferences.from_dict(damaged) == Preferences()


def test_min_peers_is_never_below_three():
    reason = {"min_peers_reason": "Benchmark club of four members"}
    assert Preferences.from_dict({"min_peers": 1, **reason}).min_peers == 3
    assert Preferences.from_dict({"min_peers": "-4", **reason}).min_peers == 3
    with pytest.raises(ValueError):
        Preferences(min_peers=2, min_peers_reason="Too few")


def test_a_minimum_below_the_default_is_kept_only_with_its_reason():
    assert Preferences.from_dict({"min_peers": 4}).min_peers == 5
    assert Preferences.from_dict({"min_peers": 4, "min_peers_reason": "   "}).min_peers == 5
    kept = Preferences.from_dict({"min_peers": "4", "min_peers_reason": " Club of  five\nmembers "})
    assert (kept.min_peers, kept.min_peers_reason) == (4, "Club of five members")
    with pytest.raises(ValueError):
        Preferences(min_peers=4)
    assert Preferences(min_peers=7).min_peers_reason == "", "a higher minimum needs no reason"


def test_a_version_one_store_loses_a_lowered_minimum_it_kept_without_a_reason():
    assert migrate({"schema_version": 1, "min_peers": "3", "language": "nl"}) == {"min_peers": 5, "language": "nl"}
    assert Preferences.from_dict({"schema_version": 1, "min_peers": 8}).min_peers == 8


def test_unknown_keys_are_dropped_and_a_newer_store_keeps_what_this_version_knows():
    newer = {"schema_version": SCHEMA_VERSION + 5, "language": "nl", "dark_mode": True, "recent_files": ["x"]}
    assert migrate(newer) == {"language": "nl"}
    assert Preferences.from_dict(newer) == Preferences(language="nl")


def test_migration_steps_run_in_order_from_an_old_version(monkeypatch):
    # A future schema 3 that renamed "weighted" (v1 → v2) and raised the default peers (v2 → v3).
    monkeypatch.setattr(prefs_module, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(prefs_module, "_MIGRATIONS", {
        1: lambda d: {**{k: v for k, v in d.items() if k != "weights_on"}, "weighted": d.get("weights_on")},
        2: lambda d: {**d, "min_peers": max(int(d.get("min_peers", 5)), 6)},
    })
    assert migrate({"schema_version": 1, "weights_on": True, "min_peers": 4}) == {"weighted": True, "min_peers": 6}


def test_the_minimums_are_the_release_modules():
    from explorer.core import disclosure

    assert (prefs_module.DEFAULT_MIN_PEERS, prefs_module.MIN_PEERS_FLOOR) == (
        disclosure.DEFAULT_MIN_PEERS, disclosure.LOWEST_MIN_PEERS)
