"""Doubt is asked, not kept: a role proposed on weak evidence waits for the user, in the mapping
dialog and in the status bar; answers whose SPSS label means "no answer" can be counted again."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from explorer.core.i18n import tr
from explorer.core.reading import ParsedCache, read_table
from explorer.core.survey import Mapping, build_survey
from explorer.ui.dialogs import mapping_dialog
from explorer.ui.dialogs.mapping.column_model import ROLE, UNSURE_ROLE
from explorer.ui.dialogs.mapping_dialog import MappingDialog
from paths import EXPORTS

LOAD_TIMEOUT_MS = 20_000


def edited(dialog, table):
    """The survey as the workspace rebuilds it from the mapping the dialog hands back."""
    return build_survey(table, dialog.mapping())


def survey_of(name: str):
    return build_survey(read_table(EXPORTS / name, cache=ParsedCache(enabled=False)), use_profiles=False)


def make_dialog(qtbot, survey, lang: str) -> MappingDialog:
    dialog = MappingDialog(survey, lang)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_proposed_role_is_shown_as_a_question_and_applied_only_when_confirmed(qtbot):
    survey = survey_of("doubtful_role.csv")
    assert survey.roles["size"] is None
    dialog = make_dialog(qtbot, survey, "nl")
    row = dialog.model.row_of("Categorie")
    assert dialog.model.data(dialog.model.index(row, ROLE)) == "Grootte?"
    assert dialog.model.data(dialog.model.index(row, ROLE), UNSURE_ROLE)
    dialog.select_rows([row])
    notes = dialog.panel.notes
    assert notes.isVisible() and notes.confirm_button.isVisible()
    assert notes.confirm_button.text() == tr("mapping.notes.confirm", "nl", role="Grootte")
    assert "Grootte" in dialog.preview.text() and tr("mapping.role.size", "nl") in dialog.preview.text()

    notes.confirm_button.click()
    assert dialog.mapping().roles == {"size": "Categorie"}
    assert edited(dialog, survey.table).roles["size"] == "Categorie"
    assert dialog.model.data(dialog.model.index(row, ROLE)) == "Grootte"
    assert not notes.confirm_button.isVisible()
    with qtbot.waitSignal(dialog.sig_mapping_changed, timeout=2000) as blocker:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert blocker.args[0].roles == {"size": "Categorie"}


def test_cancel_leaves_a_proposed_role_unapplied(qtbot):
    survey = survey_of("doubtful_role.csv")
    dialog = MappingDialog(survey, "en")
    qtbot.addWidget(dialog)

    def press_cancel():
        assert QApplication.activeModalWidget() is dialog
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, press_cancel)
    assert dialog.exec() == QDialog.DialogCode.Rejected
    assert dialog.mapping() == survey.mapping
    assert survey.roles["size"] is None and survey.pending_roles["size"].column == "Categorie"


def test_the_status_bar_names_the_roles_that_wait_and_opens_the_mapping(qtbot, make_window, monkeypatch):
    opened = []
    monkeypatch.setattr(mapping_dialog, "edit_mapping", lambda parent, survey, lang: opened.append(survey) or None)
    window = make_window("nl")
    with qtbot.waitSignal(window.sig_table_loaded, timeout=LOAD_TIMEOUT_MS):
        window.open_path(EXPORTS / "doubtful_role.csv")
    qtbot.waitUntil(lambda: window.workspace.survey is not None, timeout=LOAD_TIMEOUT_MS)
    label = window.status.pending_label
    assert label.isVisible() and "Te bevestigen: Grootte" in label.text()
    assert window.workspace.survey.roles["size"] is None, "the review dialog was answered with no change"
    reviews = len(opened)
    label.linkActivated.emit("mapping")
    assert len(opened) == reviews + 1

    window.workspace.apply_mapping(Mapping(roles={"size": "Categorie"}))
    assert not label.isVisible()
    window.set_language("en")
    assert not label.isVisible()


def test_the_status_bar_hides_the_note_when_nothing_waits(qtbot, make_window):
    window = make_window("en")
    with qtbot.waitSignal(window.sig_table_loaded, timeout=LOAD_TIMEOUT_MS):
        window.open_path(EXPORTS / "unknown_nace.csv")
    qtbot.waitUntil(lambda: window.workspace.survey is not None, timeout=LOAD_TIMEOUT_MS)
    assert not window.status.pending_label.isVisible()


def test_no_answer_codes_can_be_counted_from_the_dialog(qtbot):
    survey = survey_of("spss_missing_labels.sav")
    dialog = make_dialog(qtbot, survey, "en")
    dialog.select_rows([dialog.model.row_of("reshored")])
    notes = dialog.panel.notes
    assert notes.no_answer.isVisible() and "Refused (-8)" in notes.no_answer.text()
    assert "Refused" not in edited(dialog, survey.table).question("reshored").options
    notes.count_button.click()
    assert dialog.mapping().kept_missing == ("reshored",)
    assert "Refused" in edited(dialog, survey.table).question("reshored").options
    assert notes.count_button.text() == tr("mapping.notes.uncount", "en")
    notes.count_button.click()
    assert dialog.mapping().kept_missing == ()
