"""The first register, one JSON object per line (`release-ledger.jsonl`), read once to carry it over.

A register in that form beside the SQLite one is imported when the SQLite register is made, and
then kept under a dated name: its releases must go on counting, or moving to the new form would
be a silent clear. Its lines:

    {"v":1,"type":"ledger","created":"2025-03-12T10:02:11+01:00"}                 the header
    {"v":1,"type":"questions","ref":"…","keys":["q1","q2",…]}                       once per key list
    {"v":1,"type":"release","at":…,"members":["F002",…],"qset":"…","gaps":[0,0,1],
     "patterns":[[],["F007"]],…}                                                     one per release
    {"v":1,"type":"clear","at":…,"reason":"…","cleared":12}                          a deliberate clear

Every line is checked; anything else is damage, and a damaged old register is refused like a
damaged new one (until a deliberate clear).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path

from explorer.core.disclosure.ledger_rows import KINDS, Clear, checked_time, require
from explorer.core.disclosure.ledger_store import Damaged
from explorer.core.disclosure.lineage import Lineage
from explorer.core.disclosure.release import Release

FILE_NAME = "release-ledger.jsonl"
FORMAT = 1


def legacy_path(register: Path) -> Path:
    return register.with_name(FILE_NAME)


def read_legacy(path: Path) -> tuple[list[tuple[str, Release]], list[Clear]]:
    """The releases (with the time each was made) and clears of an old register; Damaged if any
    line is not one it wrote, or the file cannot be read."""
    try:
        data = path.read_bytes()
    except OSError:
        raise Damaged() from None
    lines = data.split(b"\n")
    require(lines[-1] == b"" and len(lines) > 1)  # at least the header; the last write finished
    releases: list[tuple[str, Release]] = []
    clears: list[Clear] = []
    question_sets: dict[str, tuple[str, ...]] = {}
    for number, raw in enumerate(lines[:-1]):
        try:
            item = json.loads(raw.decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            raise Damaged() from None
        require(isinstance(item, dict) and item.get("v") == FORMAT)
        kind = item.get("type")
        require((kind == "ledger") == (number == 0))
        if kind == "ledger":
            checked_time(item.get("created"))
        elif kind == "questions":
            keys = tuple(_texts(item.get("keys")))
            reference = hashlib.sha256("\x1f".join(keys).encode("utf-8")).hexdigest()[:16]
            require(item.get("ref") == reference and list(keys) == sorted(set(keys)))
            question_sets[reference] = keys
        elif kind == "clear":
            reason = item.get("reason")
            require(isinstance(reason, str) and reason.strip() != "")
            clears.append(Clear(checked_time(item.get("at")), reason, _whole(item.get("cleared"))))
        else:
            require(kind == "release" and item.get("kind") in KINDS)
            releases.append((checked_time(item.get("at")), _release(item, question_sets)))
    return releases, clears


def set_aside_legacy(path: Path, label: str) -> None:
    """Keep the old register under a dated name once it is carried over (or cleared)."""
    if path.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        os.replace(path, path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}"))


def _texts(value: object) -> list[str]:
    require(isinstance(value, list) and set(map(type, value)) <= {str})
    return value


def _whole(value: object, low: int = 0) -> int:
    require(isinstance(value, int) and not isinstance(value, bool) and value >= low)
    return value


def _release(data: dict, question_sets: dict[str, tuple[str, ...]]) -> Release:
    for name in ("id_column", "lineage", "source", "sha256", "version", "definition", "reason"):
        require(isinstance(data.get(name), str))
    subject = data.get("subject")
    require(subject is None or isinstance(subject, str))
    members = frozenset(_texts(data.get("members")))
    keys = question_sets.get(data.get("qset"))
    require(keys is not None)
    patterns = data.get("patterns")
    require(isinstance(patterns, list))
    decoded = [frozenset(_texts(p)) for p in patterns]
    require(all(p <= members for p in decoded))
    gaps = data.get("gaps")
    require(isinstance(gaps, list) and len(gaps) == len(keys))
    missing = {}
    for key, index in zip(keys, gaps):
        require(_whole(index) < len(decoded))
        missing[key] = decoded[index]
    return Release(Lineage(data["id_column"], data["lineage"]), subject, members, missing, data["kind"],
                   data["source"], data["sha256"], data["definition"], _whole(data.get("min_peers"), 3),
                   data["reason"], data["version"])
