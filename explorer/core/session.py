"""Sessions: the state of an analysis saved as JSON and opened again tomorrow.

A session names its source file by path and SHA-256, so reopening it can tell the user that the
file changed or moved. Recent files and window geometry never go into a session (they are the
machine's, not the analysis's).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from explorer.core.atomic import write_atomically
from explorer.core.branding import Branding
from explorer.core.errors import InputError
from explorer.core.reading.sniff import SPREADSHEET_EXTENSIONS
from explorer.core.reading.source import file_sha256
from explorer.core.statefile import (MAPPING_SCHEMA, MAX_DEPTH, Boolean, ListOf, MapOf, Optional, Plain, Record,
                                     SchemaError, Sha256, Text, Whole, read_state)
from explorer.core.survey.filters import FilterSpec
from explorer.core.survey.model import Mapping

SESSION_FORMAT = "survey-explorer-session"
SESSION_VERSION = 1
SUFFIX = ".sesx.json"


class SourceState(Enum):
    OK = "ok"
    CHANGED = "changed"
    MISSING = "missing"


@dataclass(frozen=True)
class Session:
    source_path: str
    source_sha256: str
    sheet: str | None = None
    mapping: Mapping = field(default_factory=Mapping)
    filters: FilterSpec = field(default_factory=FilterSpec)
    size_scheme: str = "eu"
    weighted: bool = False
    views: dict = field(default_factory=dict)   # e.g. {"tab": "questions", "question": key, "by": "size"}
    branding: Branding = field(default_factory=Branding)  # who hands this analysis's briefings over

    def to_json(self) -> dict:
        return {"format": SESSION_FORMAT, "version": SESSION_VERSION, "source": {
                    "path": self.source_path, "sha256": self.source_sha256, "sheet": self.sheet},
                "mapping": self.mapping.to_json(), "filters": self.filters.to_texts(),
                "size_scheme": self.size_scheme, "weighted": self.weighted, "views": dict(self.views),
                "branding": self.branding.to_json()}

    @classmethod
    def from_json(cls, data: object) -> "Session":
        """A session from parsed JSON; InputError in one sentence when anything does not fit the schema."""
        if not isinstance(data, dict) or data.get("format") != SESSION_FORMAT:
            raise InputError("error.session.not_session")
        try:
            SESSION_SCHEMA.check(data, "")
        except SchemaError as exc:
            raise InputError("error.session.damaged_detail", detail=str(exc)) from None
        if data.get("version", 0) > SESSION_VERSION:
            raise InputError("error.session.newer")
        source = data["source"]
        if not _is_survey_path(source["path"]):
            raise InputError("error.session.not_survey_source")
        try:
            return cls(source_path=source["path"], source_sha256=source["sha256"].lower(), sheet=source.get("sheet"),
                       mapping=Mapping.from_json(data.get("mapping") or {}),
                       filters=FilterSpec.parse(list(data.get("filters") or [])),
                       size_scheme=data.get("size_scheme") if data.get("size_scheme") in ("eu", "ems") else "eu",
                       weighted=bool(data.get("weighted", False)), views=dict(data.get("views") or {}),
                       branding=Branding.from_json(data.get("branding")))
        except (KeyError, TypeError, ValueError, AttributeError):
            raise InputError("error.session.damaged") from None


SESSION_SCHEMA = Record({
    "format": Text(64),
    "version": Whole(0, 1000),
    "source": Record({"path": Text(4096), "sha256": Sha256(), "sheet": Optional(Text(255))}, ("path", "sha256")),
    "mapping": Optional(MAPPING_SCHEMA),
    "filters": ListOf(Text(4096), 1000),
    "size_scheme": Text(16),
    "weighted": Boolean(),
    "views": Optional(MapOf(Plain(3), 100)),
    "branding": Optional(MapOf(Text(4096), 20)),
}, ("format", "source"))


def _is_survey_path(text: str) -> bool:
    return Path(text).suffix.lower() in SPREADSHEET_EXTENSIONS


def save_session(session: Session, path: Path) -> None:
    data = json.dumps(session.to_json(), ensure_ascii=False, indent=2).encode("utf-8")
    write_atomically(path, data)


def load_session(path: Path) -> Session:
    data = read_state(path, "error.state.what.session", Plain(MAX_DEPTH))
    return Session.from_json(data)


def source_state(session: Session, path: Path | None = None) -> SourceState:
    """Whether the session's source file is still there and unchanged (or at `path`, if relocated).

    Only an ordinary survey file that the user can read counts as there: a session naming a
    device, a pipe or a system file offers nothing to open."""
    candidate = Path(path or session.source_path)
    if not _is_survey_path(str(candidate)) or not os.access(candidate, os.R_OK):
        return SourceState.MISSING
    try:
        digest = file_sha256(candidate)
    except InputError:
        return SourceState.MISSING
    return SourceState.OK if digest == session.source_sha256 else SourceState.CHANGED
