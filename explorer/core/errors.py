"""The error types that core code lets escape.

`InputError` is the one documented error for anything wrong with a user's file or arguments. It
carries a code (a key of the one catalogue, `error.…`) and the parameters of its sentence, and is
worded where it is shown: the command line prints `error: ` and the sentence in its language, the
window shows it in its own (`text(lang)`); `str()` is the English sentence, for logs and tests.
A parameter may itself be a `Phrase` (a catalogue key), worded in the same language, a `Count`,
written with that language's digit grouping, or a `Size` in bytes. This module holds no words: the
catalogue (core/i18n.py) words the errors, so the rooms that raise them need not import it.
`Cancelled` ends long work when the user presses Cancel.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

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


# How an error is put into words: installed by the one catalogue (core/i18n.py) when it is loaded.
# Errors are raised by the lowest rooms (reading, statistics, the release register), which hold no
# words; the catalogue sits above them, so it hands its wording down instead of being imported.
_wording: Callable[["InputError", str], str] | None = None


def word_errors_with(wording: Callable[["InputError", str], str]) -> None:
    """Let `wording(error, lang)` put every InputError into a sentence (the catalogue calls this)."""
    global _wording
    _wording = wording


class InputError(Exception):
    """A file or an argument that cannot be used, described in one plain sentence.

    `InputError("error.file.empty", file="a.csv")`: the code names the sentence in the catalogue.
    A text that is no catalogue key is kept as it is (a sentence from a library, e.g. argparse,
    wrapped by the caller); tests/core/test_error_codes.py checks that core never raises one.
    The sentence stays on one line whatever the names in it hold, so that the CLI's `error:`
    line and the window's dialog show all of it.
    """

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(code)

    def text(self, lang: str) -> str:
        """The sentence in `lang` (English if the language is unknown)."""
        if _wording is None:  # the catalogue is not loaded: the code and its values, still one line
            values = ", ".join(f"{name}={value!r}" for name, value in self.params.items())
            return one_line(f"{self.code} ({values})" if values else self.code)
        return one_line(_wording(self, lang))

    @property
    def message(self) -> str:
        """The English sentence, for logs and tests."""
        return self.text("en")

    def __str__(self) -> str:
        return self.message

    def portable(self) -> tuple[str, dict]:
        """What a worker process sends of the error, so that the window still words it in its language."""
        return (self.code, dict(self.params))

    @classmethod
    def restored(cls, portable: tuple[str, dict]) -> "InputError":
        code, params = portable
        return cls(code, **params)


class TranslatableError(InputError):
    """An InputError whose code is always a catalogue key (the release register's errors)."""


class Cancelled(Exception):
    """Long work stopped because the user asked for it."""
