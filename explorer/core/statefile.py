"""The app's own JSON files (sessions, mapping profiles, batch manifests), read against a schema.

Such a file may be damaged, edited by hand or planted: it is read only when it is an ordinary
file of modest size, parsed without NaN or Infinity, no deeper than the schema allows, and every
value is checked for its type and size before any of it is used. A failure is one plain
sentence naming the first thing that is wrong. (A schema of a few lines each; JSON Schema would
need a validator library in the installer and still not bound the nesting before parsing.)
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from explorer.core.errors import InputError, Phrase, Size

MAX_STATE_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 16
MAX_TEXT = 4096
MAX_ITEMS = 100_000


class SchemaError(ValueError):
    """A value that does not fit the schema; `where` is its place in the file (e.g. source.path)."""

    def __init__(self, where: str, expected: str) -> None:
        super().__init__(f"{where or 'the file'} should be {expected}")
        self.where, self.expected = where, expected


@dataclass(frozen=True)
class Text:
    max_length: int = MAX_TEXT

    def check(self, value: Any, where: str) -> None:
        if not isinstance(value, str) or len(value) > self.max_length:
            raise SchemaError(where, f"a text of at most {self.max_length:,} characters")


@dataclass(frozen=True)
class Sha256:
    def check(self, value: Any, where: str) -> None:
        if not (isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdefABCDEF" for c in value)):
            raise SchemaError(where, "a SHA-256 hash of 64 hexadecimal digits")


@dataclass(frozen=True)
class Boolean:
    def check(self, value: Any, where: str) -> None:
        if not isinstance(value, bool):
            raise SchemaError(where, "true or false")


@dataclass(frozen=True)
class Whole:
    low: int = 0
    high: int = 2**31

    def check(self, value: Any, where: str) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not self.low <= value <= self.high:
            raise SchemaError(where, f"a whole number from {self.low:,} to {self.high:,}")


@dataclass(frozen=True)
class Number:
    """A finite number (JSON has no NaN or Infinity here: `read_state` refuses them)."""

    def check(self, value: Any, where: str) -> None:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or abs(value) > 1e300:
            raise SchemaError(where, "a number")


@dataclass(frozen=True)
class Optional:
    inner: Any

    def check(self, value: Any, where: str) -> None:
        if value is not None:
            self.inner.check(value, where)


@dataclass(frozen=True)
class ListOf:
    item: Any
    max_items: int = MAX_ITEMS

    def check(self, value: Any, where: str) -> None:
        if not isinstance(value, list) or len(value) > self.max_items:
            raise SchemaError(where, f"a list of at most {self.max_items:,} items")
        for index, item in enumerate(value):
            self.item.check(item, f"{where}[{index}]")


@dataclass(frozen=True)
class MapOf:
    value: Any
    max_items: int = MAX_ITEMS
    key: Text = Text()

    def check(self, value: Any, where: str) -> None:
        if not isinstance(value, dict) or len(value) > self.max_items:
            raise SchemaError(where, f"an object of at most {self.max_items:,} entries")
        for key, item in value.items():
            self.key.check(key, f"{where}.{key[:40]}")
            self.value.check(item, f"{where}.{key[:40]}")


@dataclass(frozen=True)
class Record:
    """An object with known fields (`required` must be there); other fields are ignored."""

    fields: dict
    required: tuple[str, ...] = ()

    def check(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise SchemaError(where, "an object")
        for name in self.required:
            if name not in value:
                raise SchemaError(f"{where}.{name}".lstrip("."), "present")
        for name, schema in self.fields.items():
            if name in value:
                schema.check(value[name], f"{where}.{name}".lstrip("."))


@dataclass(frozen=True)
class Plain:
    """Any JSON value of text, numbers, booleans and null, in lists and objects up to `depth` deep."""

    depth: int = 3

    def check(self, value: Any, where: str) -> None:
        if value is None or isinstance(value, (bool, int, float)):
            return
        if isinstance(value, str):
            Text().check(value, where)
        elif isinstance(value, list) and self.depth > 0:
            ListOf(Plain(self.depth - 1), 10_000).check(value, where)
        elif isinstance(value, dict) and self.depth > 0:
            MapOf(Plain(self.depth - 1), 10_000).check(value, where)
        else:
            raise SchemaError(where, f"plain values nested at most {self.depth} deep")


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _depth(value: Any) -> int:
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if level > MAX_DEPTH:
            break
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item)
    return deepest


def read_state(path: str | os.PathLike[str], what: str, schema: Any, max_bytes: int = MAX_STATE_BYTES) -> Any:
    """The parsed, checked content of `path`; InputError (one sentence starting with `what`, a catalogue
    phrase such as "error.state.what.session") otherwise."""
    path = Path(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError("error.state.missing", what=Phrase(what), file=path.name) from None
    except OSError:
        raise InputError("error.state.unreadable", what=Phrase(what), file=path.name) from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError("error.state.not_regular", what=Phrase(what), file=path.name)
    if info.st_size > max_bytes:
        raise InputError("error.state.too_large", what=Phrase(what), file=path.name, size=Size(info.st_size))
    try:
        with open(path, "rb") as handle:
            raw = handle.read(max_bytes + 1)
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        raise InputError("error.state.unreadable", what=Phrase(what), file=path.name) from None
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        raise InputError("error.state.not_json", what=Phrase(what), file=path.name) from None
    if _depth(data) > MAX_DEPTH:
        raise InputError("error.state.too_deep", what=Phrase(what), file=path.name)
    try:
        schema.check(data, "")
    except SchemaError as exc:
        raise InputError("error.state.damaged", what=Phrase(what), file=path.name, detail=str(exc)) from None
    return data


# A question derived in the mapping (survey/recipes.py `Derived.to_json`): a net, classes or yes/no.
DERIVED_SCHEMA = Record({
    "key": Text(1024),
    "source": Text(1024),
    "recipe": Text(16),
    "nets": MapOf(ListOf(Text(1024), 1000), 1000),
    "edges": ListOf(Number(), 1000),
    "options": ListOf(Text(1024), 1000),
    "labels": ListOf(Text(255), 2),
}, ("key", "source", "recipe"))
MAX_DERIVED = 500

# A corrected mapping (survey/model.py `Mapping.to_json`), as sessions and profiles store it.
MAPPING_SCHEMA = Record({
    "roles": MapOf(Optional(Text(1024)), 64),
    "kinds": MapOf(Text(32), 20_000),
    "option_orders": MapOf(ListOf(Text(1024), 1000), 20_000),
    "groups": MapOf(ListOf(Text(1024), 1000), 20_000),
    "ungrouped": ListOf(Text(1024), 20_000),
    "kept_missing": ListOf(Text(1024), 20_000),
    "derived": ListOf(DERIVED_SCHEMA, MAX_DERIVED),
})
