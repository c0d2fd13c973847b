"""The one place that touches QSettings.

Two groups, kept apart on purpose (DESIGN.md "Settings"):
- `preferences`: the versioned `Preferences` value, one key per field plus `schema_version`;
- `state`: transient things — recent files and window geometry. They never go into sessions,
  reports or `Preferences`.

The store is an ini file on every platform (not the Windows registry), so a damaged store
looks the same everywhere and tests can point it at a temporary folder with `QSettings.setPath`.
A store Qt cannot parse is moved aside to `<name>.corrupt` and replaced by a fresh one: a
damaged settings file costs the user's preferences, never the start of the app.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from explorer.core.preferences import Preferences

ORGANISATION = "SurveyExplorer"
APPLICATION = "SurveyExplorer"
PREFERENCES_GROUP = "preferences"
STATE_GROUP = "state"
MAX_RECENT_FILES = 10

_RECENT_KEY = "recent_files"
_GEOMETRY_KEY = "window_geometry"
_WINDOW_STATE_KEY = "window_state"


class SettingsStore:
    def __init__(self, path: str | os.PathLike | None = None) -> None:
        """The user's store, or the ini file at `path` (tests, portable installs)."""
        self._path = None if path is None else str(path)
        self._settings = self._open()
        if self._settings.status() == QSettings.Status.FormatError:
            self._set_aside(self._settings.fileName())
            self._settings = self._open()

    def _open(self) -> QSettings:
        if self._path is not None:
            return QSettings(self._path, QSettings.Format.IniFormat)
        return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)

    @staticmethod
    def _set_aside(file_name: str) -> None:
        try:
            os.replace(file_name, file_name + ".corrupt")
        except OSError:
            try:
                Path(file_name).unlink(missing_ok=True)
            except OSError:
                pass  # read-only store: defaults for this run, nothing saved

    @property
    def file_name(self) -> str:
        return self._settings.fileName()

    # Preferences ------------------------------------------------------------------------

    def load_preferences(self) -> Preferences:
        stored = {key: self._settings.value(f"{PREFERENCES_GROUP}/{key}")
                  for key in self._keys_in(PREFERENCES_GROUP)}
        return Preferences.from_dict(stored)

    def save_preferences(self, preferences: Preferences) -> None:
        self._settings.remove(PREFERENCES_GROUP)
        for key, value in preferences.to_dict().items():
            self._settings.setValue(f"{PREFERENCES_GROUP}/{key}", value)
        self._settings.sync()

    # Transient state --------------------------------------------------------------------

    def recent_files(self) -> tuple[str, ...]:
        """Most recent first, at most MAX_RECENT_FILES; anything unreadable counts as none."""
        raw = self._settings.value(f"{STATE_GROUP}/{_RECENT_KEY}")
        try:
            # JSON, not a QStringList: ini lists of one element read back as a plain string.
            paths = json.loads(raw) if isinstance(raw, str) else []
        except ValueError:
            paths = []
        if not isinstance(paths, list):
            return ()
        unique = [p for p in dict.fromkeys(p for p in paths if isinstance(p, str) and p)]
        return tuple(unique[:MAX_RECENT_FILES])

    def add_recent_file(self, path: str) -> tuple[str, ...]:
        path = os.path.abspath(path)
        paths = (path, *(p for p in self.recent_files() if p != path))[:MAX_RECENT_FILES]
        self._write_recent(paths)
        return paths

    def remove_recent_file(self, path: str) -> tuple[str, ...]:
        paths = tuple(p for p in self.recent_files() if p != path)
        self._write_recent(paths)
        return paths

    def clear_recent_files(self) -> None:
        self._write_recent(())

    def _write_recent(self, paths: tuple[str, ...]) -> None:
        self._settings.setValue(f"{STATE_GROUP}/{_RECENT_KEY}", json.dumps(list(paths), ensure_ascii=False))
        self._settings.sync()

    def window_geometry(self) -> QByteArray | None:
        return self._byte_array(_GEOMETRY_KEY)

    def window_state(self) -> QByteArray | None:
        return self._byte_array(_WINDOW_STATE_KEY)

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._settings.setValue(f"{STATE_GROUP}/{_GEOMETRY_KEY}", geometry)
        self._settings.setValue(f"{STATE_GROUP}/{_WINDOW_STATE_KEY}", state)
        self._settings.sync()

    def _byte_array(self, key: str) -> QByteArray | None:
        value = self._settings.value(f"{STATE_GROUP}/{key}")
        if isinstance(value, (QByteArray, bytes)) and len(value):
            return QByteArray(value)
        return None

    def _keys_in(self, group: str) -> list[str]:
        self._settings.beginGroup(group)
        try:
            return [key for key in self._settings.childKeys()]
        finally:
            self._settings.endGroup()
