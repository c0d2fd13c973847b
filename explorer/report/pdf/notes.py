"""Footnotes for suppressed figures, and the list of them for the method page (R5).

Within a theme each distinct reason keeps one number, so the same reason reads as the same note
wherever it recurs.
"""

from __future__ import annotations

from explorer.core.disclosure import Verdict
from explorer.report.content.i18n import reason_note


class SuppressionLog:
    """Every figure withheld in the document, as (figure, note) in the order printed."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.cells: list[tuple[str, str]] = []

    def add(self, figure: str, verdict: Verdict) -> str:
        note = reason_note(verdict, self.lang)
        if (figure, note) not in self.cells:
            self.cells.append((figure, note))
        return note


class Notes:
    """Numbered notes of one theme section."""

    def __init__(self, log: SuppressionLog) -> None:
        self._log = log
        self._numbers: dict[str, int] = {}
        self._pending: dict[int, str] = {}

    def mark(self, verdict: Verdict, figure: str) -> int:
        """The note number for a suppressed figure (logged for the method page as well)."""
        note = self._log.add(figure, verdict)
        number = self._numbers.setdefault(note, len(self._numbers) + 1)
        self._pending[number] = note
        return number

    def take(self) -> list[tuple[int, str]]:
        """The notes marked since the last call: printed under the item that uses them, so a
        note never lands on another page than its `c`."""
        pending = sorted(self._pending.items())
        self._pending.clear()
        return pending
