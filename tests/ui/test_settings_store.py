"""The settings store: preferences and transient state apart, damage falls back to defaults."""

from __future__ import annotations

import json
import os

from PySide6.QtCore import QByteArray, QSettings

from explorer.core.preferences import Preferences
from explorer.ui.settings_store import MAX_RECENT_FILES, SettingsStore


def test_preferences_round_trip(tmp_path):
    path = tmp_path / "s.ini"
    chosen = Preferences(language="en", size_scheme="ems", weighted=True, min_peers=7, cache_enabled=False)
    SettingsStore(path).save_preferences(chosen)
    assert SettingsStore(path).load_preferences() == chosen


def test_an_empty_store_gives_defaults(tmp_path):
    assert SettingsStore(tmp_path / "nothing.ini").load_preferences() == Preferences()


def test_a_store_full_of_garbage_falls_back_to_defaults_and_can_be_saved_again(tmp_path):
    path = tmp_path / "s.ini"
    path.write_bytes(b"\x00\xff\xfe garbage [[[ \n[preferences\nmin_peers=@Variant(\\0\\0\\0\x7f\xff\n"
                     b"language=zz\n\x89PNG\r\n" + os.urandom(200))

    store = SettingsStore(path)
    assert store.load_preferences() == Preferences()
    assert store.recent_files() == ()
    assert store.window_geometry() is None

    store.save_preferences(Preferences(language="nl"))
    assert SettingsStore(path).load_preferences().language == "nl"
    assert (tmp_path / "s.ini.corrupt").exists()  # the damaged file is kept aside, not lost


def test_unreadable_values_each_fall_back_to_their_default(tmp_path):
    path = tmp_path / "s.ini"
    path.write_text("[preferences]\nschema_version=1\nlanguage=klingon\nsize_scheme=ems\nweighted=maybe\n"
                    "min_peers=1\ncache_enabled=false\n[state]\nrecent_files=not json\n"
                    "window_geometry=@ByteArray(zz\n", encoding="utf-8")

    store = SettingsStore(path)
    assert store.load_preferences() == Preferences(size_scheme="ems", cache_enabled=False)  # 1: no reason given
    assert store.recent_files() == ()


def test_recent_files_are_unique_newest_first_and_capped(tmp_path):
    store = SettingsStore(tmp_path / "s.ini")
    for number in range(MAX_RECENT_FILES + 3):
        store.add_recent_file(str(tmp_path / f"f{number}.csv"))
    store.add_recent_file(str(tmp_path / "f5.csv"))

    recent = store.recent_files()
    assert len(recent) == MAX_RECENT_FILES
    assert recent[0] == str(tmp_path / "f5.csv")
    assert recent[1] == str(tmp_path / f"f{MAX_RECENT_FILES + 2}.csv")
    assert len(set(recent)) == len(recent)


def test_recent_files_and_geometry_live_in_the_state_group_only(tmp_path):
    path = tmp_path / "s.ini"
    store = SettingsStore(path)
    store.save_preferences(Preferences(language="en"))
    store.add_recent_file(str(tmp_path / "geheim.csv"))
    store.save_window(QByteArray(b"geometry"), QByteArray(b"state"))

    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.beginGroup("preferences")
    preference_keys = settings.childKeys()
    preference_values = [str(settings.value(k)) for k in preference_keys]
    settings.endGroup()
    assert "geheim" not in " ".join(preference_keys + preference_values)
    assert set(preference_keys) == set(Preferences().to_dict())
    assert json.loads(settings.value("state/recent_files")) == [str(tmp_path / "geheim.csv")]
    assert store.window_geometry() == QByteArray(b"geometry")


def test_the_default_store_is_an_ini_file_under_the_isolated_settings_path(isolated_settings):
    store = SettingsStore()
    assert store.file_name.startswith(str(isolated_settings))
    assert store.file_name.endswith(".ini")
