"""The user's preferences: a frozen, versioned value, readable from any loosely typed store.

Preferences are what a user chose on purpose (language, size scheme, ...). Transient state
(recent files, window geometry) is kept apart by the settings store and never appears here, so
it can never leak into a session or a report.

`from_dict` accepts whatever a store hands back (QSettings ini values arrive as strings) and
replaces every value it cannot understand by the default: a damaged store costs a preference,
never the start of the app.

A minimum number of peers below the default (DESIGN.md R1) is kept only with the reason the user
gave for it; that reason goes into the register of released groups and onto the method page of
every briefing made with it, as `report --min-peers N --reason "…"` does.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Callable

from explorer.core.i18n import LANGUAGES

SCHEMA_VERSION = 2
VERSION_KEY = "schema_version"

SIZE_SCHEMES = ("eu", "ems")
# DESIGN.md, disclosure rule R1. The same numbers as explorer.core.disclosure's DEFAULT_MIN_PEERS and
# LOWEST_MIN_PEERS (a test holds them equal), not imported: preferences are read before the window
# shows, and the disclosure package brings numpy with it.
DEFAULT_MIN_PEERS = 5
MIN_PEERS_FLOOR = 3  # a peer group is never smaller than this
REASON_LIMIT = 300  # characters of a reason kept (it is printed on method pages)


@dataclass(frozen=True)
class Preferences:
    language: str = ""  # "" follows the system locale; otherwise "nl" or "en"
    size_scheme: str = "eu"
    weighted: bool = False  # weigh figures by default when a file has a weight column
    min_peers: int = DEFAULT_MIN_PEERS
    min_peers_reason: str = ""  # why the minimum is below the default; required then
    cache_enabled: bool = True
    show_mapping_when_unsure: bool = True
    # Who hands the briefings over (explorer.core.branding): printed on the cover and key points.
    organisation: str = ""
    logo: str = ""
    advisor: str = ""
    contact: str = ""
    note: str = ""

    def __post_init__(self) -> None:
        if self.language not in ("", *LANGUAGES):
            raise ValueError(f"unknown language {self.language!r}")
        if self.size_scheme not in SIZE_SCHEMES:
            raise ValueError(f"unknown size scheme {self.size_scheme!r}")
        if isinstance(self.min_peers, bool) or not isinstance(self.min_peers, int):
            raise ValueError("min_peers must be a whole number")
        if self.min_peers < MIN_PEERS_FLOOR:
            raise ValueError(f"min_peers may not be below {MIN_PEERS_FLOOR}")
        if self.min_peers < DEFAULT_MIN_PEERS and not self.min_peers_reason.strip():
            raise ValueError(f"a minimum below {DEFAULT_MIN_PEERS} needs a reason")

    @property
    def branding(self):
        from explorer.core.branding import Branding

        return Branding(self.organisation, self.logo, self.advisor, self.contact, self.note)

    def to_dict(self) -> dict:
        return {VERSION_KEY: SCHEMA_VERSION, **asdict(self)}

    @classmethod
    def from_dict(cls, data: object) -> "Preferences":
        """Preferences from a stored dictionary of any age; bad or unknown values become defaults."""
        current = migrate(data)
        defaults = cls()
        values = {}
        for field in fields(cls):
            parse = _PARSERS[field.name]
            parsed = parse(current.get(field.name)) if field.name in current else None
            values[field.name] = getattr(defaults, field.name) if parsed is None else parsed
        if values["min_peers"] < DEFAULT_MIN_PEERS and not values["min_peers_reason"]:
            values["min_peers"] = DEFAULT_MIN_PEERS  # a lower minimum without its reason is not kept
        return cls(**values)


def _lowered_minimum_needs_a_reason(old: dict) -> dict:
    """Version 1 kept a minimum below the default without a reason; version 2 keeps none such."""
    data = dict(old)
    if (_parse_int(data.get("min_peers")) or DEFAULT_MIN_PEERS) < DEFAULT_MIN_PEERS:
        data["min_peers"] = DEFAULT_MIN_PEERS
    return data


# Steps from each old schema version to the next: `_MIGRATIONS[n]` turns a version-n dict into
# a version-(n+1) dict. Version 1 is the first; add a step here whenever a key is renamed or its
# meaning changes, and bump SCHEMA_VERSION.
_MIGRATIONS: dict[int, Callable[[dict], dict]] = {1: _lowered_minimum_needs_a_reason}


def migrate(old: object) -> dict:
    """Bring a stored dictionary to the current schema; anything unusable gives `{}` (all defaults).

    A store without a version is read as the current version (its values are validated one by
    one anyway); a store written by a newer version keeps the keys this version understands.
    """
    if not isinstance(old, dict):
        return {}
    data = dict(old)
    version = _parse_int(data.pop(VERSION_KEY, None))
    if version is None or version > SCHEMA_VERSION:
        version = SCHEMA_VERSION
    while version < SCHEMA_VERSION:
        step = _MIGRATIONS.get(version)
        if step is not None:
            data = step(data)
        version += 1
    known = {f.name for f in fields(Preferences)}
    return {key: value for key, value in data.items() if key in known}


def _parse_bool(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("true", "1", "yes"):
            return True
        if text in ("false", "0", "no"):
            return False
    return None


def _parse_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    return None


def _parse_language(value: object) -> str | None:
    if isinstance(value, str) and value.strip().lower() in ("", *LANGUAGES):
        return value.strip().lower()
    return None


def _parse_size_scheme(value: object) -> str | None:
    if isinstance(value, str) and value.strip().lower() in SIZE_SCHEMES:
        return value.strip().lower()
    return None


def _parse_min_peers(value: object) -> int | None:
    number = _parse_int(value)
    if number is None:
        return None
    # A user who asked for fewer peers than the floor wanted the smallest allowed group.
    return max(number, MIN_PEERS_FLOOR)


def _parse_text(value: object) -> str | None:
    if isinstance(value, str):
        from explorer.core.branding import MAX_NOTE

        return value.strip()[:MAX_NOTE]
    return None


def _parse_reason(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split())[:REASON_LIMIT]


_PARSERS: dict[str, Callable[[object], object]] = {
    "organisation": _parse_text,
    "logo": _parse_text,
    "advisor": _parse_text,
    "contact": _parse_text,
    "note": _parse_text,
    "language": _parse_language,
    "size_scheme": _parse_size_scheme,
    "weighted": _parse_bool,
    "min_peers": _parse_min_peers,
    "min_peers_reason": _parse_reason,
    "cache_enabled": _parse_bool,
    "show_mapping_when_unsure": _parse_bool,
}
