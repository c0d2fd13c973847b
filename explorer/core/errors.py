"""The error types that core code lets escape.

`InputError` is the one documented error for anything wrong with a user's file or arguments. It
carries a code (a key of the one catalogue, `error.…`) and the parameters of its sentence, and is
worded where it is shown: the command line prints `error: ` and the sentence in its language, the
window shows it in its own (`text(lang)`); `str()` is the English sentence, for logs and tests.
A parameter may itself be a `Phrase` (a catalogue key), worded in the same language.
`Cancelled` ends long work when the user presses Cancel.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Phrase:
    """A part of a sentence that is itself translated: `Phrase("error.kind.png")` → "a PNG image"."""

    key: str


class InputError(Exception):
    """A file or an argument that cannot be used, described in one plain sentence.

    `InputError("error.file.empty", file="a.csv")`: the code names the sentence in the catalogue.
    A text that is no catalogue key is kept as it is (a sentence from a library, e.g. argparse,
    wrapped by the caller); tests/core/test_error_codes.py checks that core never raises one.
    """

    def __init__(self, code: str, **params: object) -> None:
        from explorer.core.i18n import has_message

        self.code = code if has_message(code) else None
        self.params = params
        self.message = self.text("en") if self.code else code
        super().__init__(self.message)

    def text(self, lang: str) -> str:
        """The sentence in `lang` (English if the language is unknown)."""
        if self.code is None:
            return self.message
        from explorer.core.i18n import tr

        values = {name: tr(value.key, lang) if isinstance(value, Phrase) else value
                  for name, value in self.params.items()}
        return tr(self.code, lang, **values)

    def __str__(self) -> str:
        return self.message


class TranslatableError(InputError):
    """An InputError whose code is always a catalogue key (the release register's errors)."""


def error_text(error: BaseException, lang: str) -> str:
    """How the window or the command line words an error for the user."""
    return error.text(lang) if isinstance(error, InputError) else str(error)


class Cancelled(Exception):
    """Long work stopped because the user asked for it."""
