"""The error types that core code lets escape.

`InputError` is the one documented error for anything wrong with a user's file or arguments. It
carries a code (a key of the one catalogue, `error.…`) and the parameters of its sentence, and is
worded where it is shown: the command line prints `error: ` and the sentence in its language, the
window shows it in its own (`text(lang)`); `str()` is the English sentence, for logs and tests.
A parameter may itself be a `Phrase` (a catalogue key), worded in the same language, or a `Count`,
written with that language's digit grouping.
`Cancelled` ends long work when the user presses Cancel.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Line breaks and other control characters, which a file, sheet or firm name may hold.
_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


def one_line(text: str) -> str:
    """`text` with every line break or control character shown as a visible escape (\\n)."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


@dataclass(frozen=True)
class Phrase:
    """A part of a sentence that is itself translated: `Phrase("error.kind.png")` → "a PNG image"."""

    key: str


@dataclass(frozen=True)
class Count:
    """A number in a sentence, written by the one number formatter in the sentence's language."""

    value: int | float


@dataclass(frozen=True)
class Size:
    """A size in bytes in a sentence, as KB, MB or GB in the sentence's language."""

    bytes: int


def _size_text(size: int, lang: str) -> str:
    from explorer.core.formatting import format_count, format_number

    megabyte = 1 << 20
    if size >= 1024 * megabyte:
        return f"{format_number(size / (1024 * megabyte), lang, 1)} GB"
    if size >= megabyte:
        return f"{format_count(size / megabyte, lang)} MB"
    return f"{format_count(max(size, 1) / 1024, lang)} KB"


def _worded(value: object, lang: str) -> object:
    if isinstance(value, Phrase):
        from explorer.core.i18n import tr

        return tr(value.key, lang)
    if isinstance(value, Count):
        from explorer.core.formatting import format_count

        return format_count(value.value, lang)
    if isinstance(value, Size):
        return _size_text(value.bytes, lang)
    return value


class InputError(Exception):
    """A file or an argument that cannot be used, described in one plain sentence.

    `InputError("error.file.empty", file="a.csv")`: the code names the sentence in the catalogue.
    A text that is no catalogue key is kept as it is (a sentence from a library, e.g. argparse,
    wrapped by the caller); tests/core/test_error_codes.py checks that core never raises one.
    The sentence stays on one line whatever the names in it hold, so that the CLI's `error:`
    line and the window's dialog show all of it.
    """

    def __init__(self, code: str, **params: object) -> None:
        from explorer.core.i18n import has_message

        self.code = code if has_message(code) else None
        self.params = params
        self.message = self.text("en") if self.code else one_line(code)
        super().__init__(self.message)

    def text(self, lang: str) -> str:
        """The sentence in `lang` (English if the language is unknown)."""
        if self.code is None:
            return self.message
        from explorer.core.i18n import tr

        values = {name: _worded(value, lang) for name, value in self.params.items()}
        return one_line(tr(self.code, lang, **values))

    def __str__(self) -> str:
        return self.message

    def portable(self) -> tuple[str, dict]:
        """What a worker process sends of the error, so that the window still words it in its language."""
        return (self.code or self.message, dict(self.params))

    @classmethod
    def restored(cls, portable: tuple[str, dict]) -> "InputError":
        code, params = portable
        return cls(code, **params)


class TranslatableError(InputError):
    """An InputError whose code is always a catalogue key (the release register's errors)."""


def error_text(error: BaseException, lang: str) -> str:
    """How the window or the command line words an error for the user."""
    return error.text(lang) if isinstance(error, InputError) else str(error)


class Cancelled(Exception):
    """Long work stopped because the user asked for it."""
