"""The register's lines: what a release, a clear and a set of question keys look like on disk.

    {"v":1,"type":"ledger","created":"2025-03-12T10:02:11+01:00"}                 the header
    {"v":1,"type":"questions","ref":"…","keys":["q1","q2",…]}                       once per key list
    {"v":1,"type":"release","at":…,"members":["F002",…],"qset":"…","gaps":[0,0,1],
     "patterns":[[],["F007"]],…}                                                     one per release
    {"v":1,"type":"clear","at":…,"reason":"…","cleared":12}                          a deliberate clear

A release names its question keys through a question set written once (a survey's keys are long
and the same in every release), and per question the members who did not answer it as an index
into its distinct patterns. Every line is checked when read; anything else is damage.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from explorer.core.disclosure.lineage import Lineage
from explorer.core.disclosure.release import Release

FORMAT = 1
KINDS = ("briefing", "export")


class Damaged(ValueError):
    """A line that is not what the register writes."""


@dataclass(frozen=True)
class Entry:
    """A release as recorded: the release itself and when it was made."""

    at: str
    release: Release
    digest: str = ""


@dataclass(frozen=True)
class Clear:
    """A deliberate clear: when, why, and how many releases it forgot."""

    at: str
    reason: str
    cleared: int


def header(created: str) -> dict:
    return {"v": FORMAT, "type": "ledger", "created": created}


def clear_line(clear: Clear) -> dict:
    return {"v": FORMAT, "type": "clear", "at": clear.at, "reason": clear.reason, "cleared": clear.cleared}


def question_set_ref(keys: tuple[str, ...]) -> str:
    return hashlib.sha256("\x1f".join(keys).encode("utf-8")).hexdigest()[:16]


def release_lines(release: Release, at: str, known_sets: set[str]) -> list[dict]:
    """The lines that record `release`: its question set first when the register lacks it."""
    keys = tuple(sorted(release.missing))
    ref = question_set_ref(keys)
    lines = [] if ref in known_sets else [{"v": FORMAT, "type": "questions", "ref": ref, "keys": list(keys)}]
    patterns: dict[frozenset[str], int] = {}
    gaps = [patterns.setdefault(release.missing[key], len(patterns)) for key in keys]
    lines.append({"v": FORMAT, "type": "release", "at": at, "kind": release.kind,
                  "id_column": release.lineage.id_column, "lineage": release.lineage.code,
                  "source": release.source, "sha256": release.source_sha256, "version": release.version,
                  "definition": release.definition, "subject": release.subject, "min_peers": release.min_peers,
                  "reason": release.reason, "members": sorted(release.members), "qset": ref, "gaps": gaps,
                  "patterns": [sorted(p) for p in patterns]})
    lines[-1]["digest"] = _digest(lines[-1])
    return lines


def _digest(line: dict) -> str:
    """What makes two releases the same one: the same firms, questions and gaps, minimum and reason
    (the time, file name and definition may differ). Encodings are deterministic, so equal
    releases give equal digests; the digest only keeps a repeated release from being written twice."""
    text = json.dumps([line[k] for k in ("id_column", "subject", "min_peers", "reason", "qset", "gaps", "members",
                                         "patterns")], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _require(condition: bool) -> None:
    if not condition:
        raise Damaged()


def _texts(value: object) -> list[str]:
    _require(isinstance(value, list) and set(map(type, value)) <= {str})
    return value


def _whole(value: object, low: int = 0) -> int:
    _require(isinstance(value, int) and not isinstance(value, bool) and value >= low)
    return value


def _time(value: object) -> str:
    _require(isinstance(value, str))
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        raise Damaged() from None
    return value


class Decoder:
    """Reads the register's lines in order, keeping the question sets seen so far."""

    def __init__(self) -> None:
        self.question_sets: dict[str, tuple[str, ...]] = {}
        self.lines = 0

    def decode(self, data: object) -> Entry | Clear | None:
        """The entry or clear a line records (None for the header and question sets); Damaged if
        the line is not one the register writes, or is out of place."""
        _require(isinstance(data, dict) and data.get("v") == FORMAT)
        self.lines += 1
        kind = data.get("type")
        if kind == "ledger":
            _require(self.lines == 1)
            _time(data.get("created"))
            return None
        _require(self.lines > 1)
        if kind == "questions":
            keys = tuple(_texts(data.get("keys")))
            _require(data.get("ref") == question_set_ref(keys) and list(keys) == sorted(set(keys)))
            self.question_sets[data["ref"]] = keys
            return None
        at = _time(data.get("at"))
        if kind == "clear":
            reason = data.get("reason")
            _require(isinstance(reason, str) and reason.strip() != "")
            return Clear(at, reason, _whole(data.get("cleared")))
        _require(kind == "release" and data.get("kind") in KINDS)
        digest = data.get("digest")
        _require(isinstance(digest, str) and len(digest) == 64)
        return Entry(at, self._release(data), digest)

    def _release(self, data: dict) -> Release:
        for name in ("id_column", "lineage", "source", "sha256", "version", "definition", "reason"):
            _require(isinstance(data.get(name), str))
        subject = data.get("subject")
        _require(subject is None or isinstance(subject, str))
        members = frozenset(_texts(data.get("members")))
        keys = self.question_sets.get(data.get("qset"))
        _require(keys is not None)
        patterns = data.get("patterns")
        _require(isinstance(patterns, list))
        decoded = [frozenset(_texts(p)) for p in patterns]
        _require(all(p <= members for p in decoded))
        gaps = data.get("gaps")
        _require(isinstance(gaps, list) and len(gaps) == len(keys))
        missing = {}
        for key, index in zip(keys, gaps):
            _require(_whole(index) < len(decoded))
            missing[key] = decoded[index]
        return Release(Lineage(data["id_column"], data["lineage"]), subject, members, missing, data["kind"],
                       data["source"], data["sha256"], data["definition"], _whole(data.get("min_peers"), 3),
                       data["reason"], data["version"])
