"""Survey ▸ Column mapping and Survey ▸ Derived questions: a dialog on the survey on screen.

The dialogs return a changed `Mapping` (or None); this controller opens them on `parent` and
sends the mapping on by signal — the workspace rebuilds the survey from it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from explorer.core.i18n import tr

if TYPE_CHECKING:
    from explorer.core.survey import Mapping, Survey

    MappingDialog = Callable[[QWidget | None, Survey, str], Mapping | None]


class MappingController(QObject):
    sig_mapping_chosen = Signal(object)  # the Mapping to apply
    sig_status = Signal(str)

    def __init__(self, parent: QWidget, survey: Callable[[], "Survey | None"], language: Callable[[], str]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._survey = survey
        self._language = language

    def edit_mapping(self) -> None:
        from explorer.ui.dialogs import mapping_dialog

        self._edit_with(mapping_dialog.edit_mapping)

    def edit_derived(self) -> None:
        from explorer.ui.dialogs import derived_dialog

        self._edit_with(derived_dialog.edit_derived)

    def _edit_with(self, dialog: "MappingDialog") -> None:
        """Open `dialog` on the current survey; a mapping it returns is applied (and the views refreshed)."""
        survey = self._survey()
        if survey is None:
            return
        mapping = dialog(self._parent, survey, self._language())
        if mapping is not None:
            self.sig_mapping_chosen.emit(mapping)

    def review_if_unsure(self) -> None:
        """Show the mapping dialog by itself when detection is unsure (sector or size missing...)."""
        from explorer.core.survey.mapping_edit import mapping_needs_review

        survey = self._survey()
        if survey is not None and survey.profile_name is None and mapping_needs_review(survey):
            self.sig_status.emit(tr("mapping.review", self._language(), file=Path(survey.table.path).name))
            self.edit_mapping()
