"""Sessions: the state of an analysis saved as JSON and opened again tomorrow.

A session names its source file by path and SHA-256, so reopening it can tell the user that the
file changed or moved. Recent files and window geometry never go into a session (they are the
machine's, not the analysis's).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from explorer.core.atomic import write_atomically
from explorer.core.branding import Branding
from explorer.core.errors import InputError
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
    def from_json(cls, data: dict) -> "Session":
        if not isinstance(data, dict) or data.get("format") != SESSION_FORMAT:
            raise InputError("error.session.not_session")
        if int(data.get("version", 0)) > SESSION_VERSION:
            raise InputError("error.session.newer")
        source = data.get("source") or {}
        try:
            return cls(source_path=str(source["path"]), source_sha256=str(source["sha256"]),
                       sheet=source.get("sheet"), mapping=Mapping.from_json(data.get("mapping") or {}),
                       filters=FilterSpec.parse(list(data.get("filters") or [])),
                       size_scheme=data.get("size_scheme") if data.get("size_scheme") in ("eu", "ems") else "eu",
                       weighted=bool(data.get("weighted", False)), views=dict(data.get("views") or {}),
                       branding=Branding.from_json(data.get("branding")))
        except (KeyError, TypeError, ValueError, AttributeError):
            raise InputError("error.session.damaged") from None


def save_session(session: Session, path: Path) -> None:
    data = json.dumps(session.to_json(), ensure_ascii=False, indent=2).encode("utf-8")
    write_atomically(path, data)


def load_session(path: Path) -> Session:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("error.session.missing", file=Path(path).name) from None
    except (OSError, UnicodeDecodeError):
        raise InputError("error.session.unreadable", file=Path(path).name) from None
    try:
        data = json.loads(text)
    except ValueError:
        raise InputError("error.session.not_json", file=Path(path).name) from None
    return Session.from_json(data)


def source_state(session: Session, path: Path | None = None) -> SourceState:
    """Whether the session's source file is still there and unchanged (or at `path`, if relocated)."""
    candidate = Path(path or session.source_path)
    if not candidate.is_file():
        return SourceState.MISSING
    with open(candidate, "rb") as handle:
        digest = hashlib.file_digest(handle, "sha256").hexdigest()
    return SourceState.OK if digest == session.source_sha256 else SourceState.CHANGED
