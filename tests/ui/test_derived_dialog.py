"""Combined answers from the window: the dialog makes a net, a yes/no question and classes into the
mapping, says in the user's language what is missing, and the window then shows the new question
in the Crosstab tab with `summarize`'s figures; a saved session keeps it."""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt

from explorer.core.errors import InputError
from explorer.core.reading import read_table
from explorer.core.session import load_session
from explorer.core.survey import build_survey, summarize
from explorer.core.survey.recipes import CLASSES, NET, TICKED
from explorer.ui.dialogs import derived_dialog, open_dialogs, save_dialogs
from explorer.ui.dialogs.derived_dialog import DerivedDialog

from paths import SAMPLES

SAMPLE = SAMPLES / "association_reshoring_survey_surveymonkey.csv"
RELOCATION = "Overweegt uw bedrijf de komende twee jaar productie te verplaatsen?"
BARRIERS = "Welke drempels ervaart u bij het terughalen van productie?"
ASIA = "Welk percentage van uw inkoop komt uit Azië?"
MOVES = ("Ja, terug naar Nederland/België (reshoring)", "Ja, naar een land dichterbij (nearshoring)",
         "Ja, naar een verder gelegen land (offshoring)")


@pytest.fixture(scope="module")
def survey():
    return build_survey(read_table(SAMPLE), use_profiles=False)


@pytest.fixture
def dialog(qtbot, survey):
    widget = DerivedDialog(survey, "nl")
    qtbot.addWidget(widget)
    return widget


def choose_source(dialog, key: str) -> None:
    """Pick the question to derive from, as the user does in the combo."""
    dialog.source_combo.setCurrentIndex(dialog.source_combo.findData(key))


def test_the_dialog_makes_each_kind_of_derived_question(dialog):
    choose_source(dialog, RELOCATION)
    dialog.tick(MOVES)
    dialog.answer_edit.setText("Elke verplaatsing")
    dialog.name_edit.setText("Verplaatsen (netto)")
    dialog.add_button.click()
    choose_source(dialog, BARRIERS)
    assert dialog.answer_edit.isHidden() and dialog.edges_edit.isHidden()
    dialog.tick(("Gebrek aan geschikt personeel",))
    dialog.name_edit.setText("Personeel")
    dialog.add_button.click()
    choose_source(dialog, ASIA)
    assert not dialog.options_list.isEnabled() and dialog.answer_edit.isHidden()
    dialog.name_edit.setText("Azië")
    for bad in ("30; 10", "10; twintig"):
        dialog.edges_edit.setText(bad)
        with pytest.raises(InputError) as refused:
            dialog.derived()
        assert "oplopende" in refused.value.text("nl")
    dialog.edges_edit.setText("10; 25,5")
    dialog.add_button.click()
    made = dialog.mapping().derived
    assert [(d.key, d.recipe) for d in made] == [("Verplaatsen (netto)", NET), ("Personeel", TICKED), ("Azië", CLASSES)]
    assert made[0].nets == (("Elke verplaatsing", MOVES),) and made[1].labels == ("Ja", "Nee")
    assert made[2].edges == (10.0, 25.5)
    assert dialog.made_list.count() == 3 and dialog.problem.text() == ""


def test_what_is_missing_is_said_in_dutch(dialog):
    choose_source(dialog, RELOCATION)
    dialog.add_button.click()
    assert dialog.problem.text() == "Geef de nieuwe vraag een naam."
    dialog.name_edit.setText(RELOCATION)
    dialog.add_button.click()
    assert "kies een andere naam" in dialog.problem.text()
    dialog.name_edit.setText("Nieuw")
    dialog.add_button.click()
    assert dialog.problem.text() == "Vink minstens één antwoord aan."
    assert not dialog.mapping().derived


def test_the_window_shows_the_net_and_a_session_keeps_it(qtbot, make_window, monkeypatch, tmp_path, survey):
    window = make_window("nl")
    monkeypatch.setattr(open_dialogs, "ask_open_file", lambda parent, lang, start="": str(SAMPLE))
    with qtbot.waitSignal(window.sig_table_loaded, timeout=30_000):
        window.menu_actions.open.trigger()
    qtbot.waitUntil(lambda: window.workspace.survey is not None, timeout=30_000)
    assert window.menu_actions.derived.isEnabled()

    def answer(parent, current, lang):
        dialog = DerivedDialog(current, lang, parent)
        choose_source(dialog, RELOCATION)
        dialog.tick(MOVES)
        dialog.answer_edit.setText("Elke verplaatsing")
        dialog.name_edit.setText("Verplaatsen (netto)")
        dialog.add_button.click()
        mapping = dialog.mapping()
        dialog.deleteLater()
        return mapping

    monkeypatch.setattr(derived_dialog, "edit_derived", answer)
    window.menu_actions.derived.trigger()
    workspace = window.workspace
    crosstab = workspace.views["crosstab"]
    window.tabs.setCurrentWidget(crosstab)
    assert crosstab.set_question("Verplaatsen (netto)", "size")
    expected = summarize(workspace.survey, "Verplaatsen (netto)", by="size")
    model = crosstab.model
    assert [r.group for r in model.rows()][: len(expected.groups)] == [g.group for g in expected.groups]
    target = tmp_path / "netto.sesx.json"
    monkeypatch.setattr(save_dialogs, "ask_save_path", lambda *args: str(target))
    window.menu_actions.save_session.trigger()
    assert load_session(target).mapping.derived == workspace.survey.mapping.derived
    assert load_session(target).mapping.derived[0].key == "Verplaatsen (netto)"
