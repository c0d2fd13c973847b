"""The error types that core code lets escape.

`InputError` is the one documented error for anything wrong with a user's file or
arguments; its message is one plain sentence that the CLI prints after `error:` and the
window shows in a dialog. `Cancelled` ends long work when the user presses Cancel.
"""

from __future__ import annotations

import re

# Line breaks and other control characters, which a file, sheet or firm name may hold.
_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


def one_line(text: str) -> str:
    """`text` with every line break or control character shown as a visible escape (\\n)."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


class InputError(Exception):
    """A file or an argument that cannot be used, described in one plain sentence.

    The sentence stays on one line whatever the names in it hold, so that the CLI's `error:`
    line and the window's dialog show all of it.
    """

    def __init__(self, message: str) -> None:
        message = one_line(message)
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class Cancelled(Exception):
    """Long work stopped because the user asked for it."""


class TranslatableError(InputError):
    """An InputError with a catalogue key and parameters: English for the command line, and
    worded in the user's language wherever the window shows it (`text(lang)`)."""

    def __init__(self, code: str, **params: object) -> None:
        from explorer.core.i18n import tr

        self.code = code
        self.params = params
        super().__init__(tr(code, "en", **params))

    def text(self, lang: str) -> str:
        from explorer.core.i18n import tr

        return tr(self.code, lang, **self.params)
