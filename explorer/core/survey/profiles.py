"""Mapping profiles: a corrected mapping saved as JSON and offered again for files with the same columns.

User profiles live in the user's config directory; built-in ones ship in `resources/profiles/`.
A profile matches a file by a signature of its column names (order included), so a new export
of the same survey picks up yesterday's corrections.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from explorer.core.atomic import write_atomically
from explorer.core.errors import InputError
from explorer.core.reading.table import LoadedTable
from explorer.core.resources import resource_path
from explorer.core.statefile import MAPPING_SCHEMA, ListOf, Record, Sha256, Text, Whole, read_state
from explorer.core.survey.model import Mapping
from explorer.core.survey.recipes import Derived

PROFILE_VERSION = 1
ENV_CONFIG_DIR = "SURVEY_EXPLORER_CONFIG_DIR"


@dataclass(frozen=True)
class Profile:
    name: str
    signature: str
    columns: tuple[str, ...]
    mapping: Mapping
    built_in: bool = False
    path: str = ""

    def to_json(self) -> dict:
        return {"version": PROFILE_VERSION, "name": self.name, "signature": self.signature,
                "columns": list(self.columns), "mapping": self.mapping.to_json()}


def column_signature(table: LoadedTable) -> str:
    names = "\u241f".join(c.name for c in table.columns)
    return hashlib.sha256(names.encode("utf-8")).hexdigest()


def user_profile_dir() -> Path:
    override = os.environ.get(ENV_CONFIG_DIR)
    if override:
        return Path(override) / "profiles"
    import platformdirs

    return Path(platformdirs.user_config_dir("SurveyExplorer", appauthor=False)) / "profiles"


def built_in_profile_dir() -> Path:
    return resource_path("profiles")


PROFILE_SCHEMA = Record({
    "version": Whole(0, 1000),
    "name": Text(255),
    "signature": Sha256(),
    "columns": ListOf(Text(1024), 20_000),
    "mapping": MAPPING_SCHEMA,
}, ("name", "signature"))


def _load(path: Path, built_in: bool) -> Profile | None:
    try:
        data = read_state(path, "error.state.what.profile", PROFILE_SCHEMA)
        return Profile(name=data["name"], signature=data["signature"].lower(), columns=tuple(data.get("columns", ())),
                       mapping=Mapping.from_json(data.get("mapping", {})), built_in=built_in, path=str(path))
    except (InputError, ValueError, KeyError, TypeError, AttributeError):
        return None  # a damaged profile is skipped, never fatal


def list_profiles() -> list[Profile]:
    profiles = []
    for folder, built_in in ((user_profile_dir(), False), (built_in_profile_dir(), True)):
        if folder.is_dir():
            for path in sorted(folder.glob("*.json")):
                profile = _load(path, built_in)
                if profile is not None:
                    profiles.append(profile)
    return profiles


def find_profile(table: LoadedTable) -> Profile | None:
    """The user's own profile for these columns first, else a built-in one."""
    signature = column_signature(table)
    return next((p for p in list_profiles() if p.signature == signature), None)


def _file_name(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_name).strip("-.").lower() or "profile"
    return f"{slug[:60]}.json"


def save_profile(table: LoadedTable, mapping: Mapping, name: str, folder: Path | None = None) -> Profile:
    """Write the profile atomically into the user's profile folder (or `folder`)."""
    folder = folder or user_profile_dir()
    profile = Profile(name=name, signature=column_signature(table), columns=tuple(c.name for c in table.columns),
                      mapping=mapping)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError("error.profile.save", folder=folder, reason=exc.strerror or exc) from None
    target = folder / _file_name(name)
    write_atomically(target, json.dumps(profile.to_json(), ensure_ascii=False, indent=2).encode("utf-8"))
    return Profile(**{**profile.__dict__, "path": str(target)})


def mapping_with_derived(table, derived: tuple[Derived, ...]):
    """The mapping that would apply to `table` (its saved profile, if any) with `derived` added."""
    profile = find_profile(table)
    mapping = profile.mapping if profile is not None else Mapping()
    for item in derived:
        mapping = mapping.with_derived(item)
    return mapping
