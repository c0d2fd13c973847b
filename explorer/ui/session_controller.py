"""File ▸ Save session and File ▸ Open session.

A session (explorer.core.session) remembers the file, its mapping, filters, size classes,
weighting and each view's place. Saving asks where and writes atomically; opening checks the
source file (changed, moved) and then asks, by signal, for the file to be loaded with the
session waiting for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from explorer.core.i18n import tr
from explorer.ui.dialogs import save_dialogs

if TYPE_CHECKING:
    from explorer.core.session import Session


class SessionController(QObject):
    sig_status = Signal(str)
    sig_session_opened = Signal(object, str)  # the Session, and the source file to load for it

    def __init__(self, parent: QWidget, session: Callable[[], "Session | None"], language: Callable[[], str]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._session = session
        self._language = language

    def save_session(self) -> None:
        from explorer.core.errors import InputError
        from explorer.core.export.names import documents_folder, safe_stem
        from explorer.core.session import SUFFIX, save_session

        session, lang = self._session(), self._language()
        if session is None:
            return
        suggested = str(documents_folder() / (safe_stem(Path(session.source_path).stem) + SUFFIX))
        path = save_dialogs.ask_save_path(self._parent, lang, "dialog.save.session", "dialog.filter.session", suggested)
        if not path:
            return
        if not path.endswith(SUFFIX):
            path = str(Path(path).with_suffix("")) + SUFFIX if path.endswith(".json") else path + SUFFIX
        try:
            save_session(session, Path(path))
        except InputError as exc:
            save_dialogs.show_export_problem(self._parent, lang, exc.text(lang))
            return
        self.sig_status.emit(tr("session.saved", lang, path=path))

    def ask_open_session(self) -> None:
        path = save_dialogs.ask_open_session(self._parent, self._language())
        if path:
            self.open_session(path)

    def open_session(self, path: str) -> None:
        """Reopen a saved session; a changed or moved source file is said and can be located."""
        from explorer.core.errors import InputError
        from explorer.core.session import SourceState, load_session, source_state

        lang = self._language()
        try:
            session = load_session(Path(path))
        except InputError as exc:
            QMessageBox.warning(self._parent, tr("session.title", lang), tr("session.failed", lang, reason=exc.text(lang)))
            return
        source = session.source_path
        state = source_state(session)
        if state is not SourceState.OK:
            key = "session.missing" if state is SourceState.MISSING else "session.changed"
            choice = save_dialogs.ask_session_source(self._parent, lang, key, source)
            if choice == "cancel":
                return
            if choice == "locate":
                located = save_dialogs.ask_locate_source(self._parent, lang, str(Path(source).parent))
                if not located:
                    return
                source = located
        self.sig_session_opened.emit(session, str(source))
