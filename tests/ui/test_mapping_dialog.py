"""The mapping dialog, driven through its table cells, combo editors and side-panel buttons.

Every edit is checked twice: the Mapping the dialog emits on OK, and the survey rebuilt from it.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QGroupBox, QLabel, QLineEdit, QPushButton

from explorer.core.i18n import MESSAGES, tr
from explorer.core.reading import ParsedCache, read_table
from explorer.core.survey import Mapping, build_survey
from explorer.core.survey.profiles import find_profile, user_profile_dir
from explorer.ui import language
from explorer.ui.dialogs.mapping import prompts
from explorer.ui.dialogs.mapping.column_model import CONFIDENCE, KIND, NAME, QUESTION, ROLE, UNSURE_ROLE
from explorer.ui.dialogs.mapping_dialog import MappingDialog

from paths import SAMPLES

SAMPLE = SAMPLES / "association_reshoring_survey_surveymonkey.csv"
INTENTION = "Overweegt uw bedrijf de komende twee jaar productie te verplaatsen?"
MOTIVES = "Wat zijn de belangrijkste motieven?"
STATEMENT = "In hoeverre bent u het eens met de volgende stellingen?"


@pytest.fixture(scope="module")

def table():
    return read_table(SAMPLE, cache=ParsedCache(enabled=False))


def edited(dialog, table):
    """The survey as the workspace rebuilds it from the mapping the dialog hands back."""
    return build_survey(table, dialog.mapping())


@pytest.fixture
def config_dir(tmp_path, monkeypatch):
    """Profiles go to a folder of this test only (so they do not leak into other tests)."""
    folder = tmp_path / "config"
    monkeypatch.setenv("SURVEY_EXPLORER_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture
def make_dialog(qtbot, table, config_dir):
    def make(lang: str = "nl", survey=None):
        dialog = MappingDialog(survey or build_survey(table), lang)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def row_of(dialog, column: str) -> int:
    return dialog.model.row_of(column)


def cell(dialog, column: str, part: int, role=Qt.ItemDataRole.DisplayRole):
    return dialog.model.data(dialog.model.index(row_of(dialog, column), part), role)


def motive_columns(table) -> list[str]:
    return [c.name for c in table.columns if c.name.startswith(MOTIVES + " - ")]


def accept_and_get_mapping(qtbot, dialog) -> Mapping:
    with qtbot.waitSignal(dialog.sig_mapping_changed, timeout=2000) as blocker:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert blocker.args[0] == dialog.mapping()
    return blocker.args[0]


def choose_in_combo(qtbot, dialog, index, value) -> None:
    """Open the cell's combo editor the way a double-click does, and pick `value`."""
    dialog.view.setCurrentIndex(index)
    dialog.view.edit(index)
    editor = dialog.view.indexWidget(index)
    assert isinstance(editor, QComboBox)
    position = editor.findData(value)
    assert position >= 0, f"{value!r} is not offered"
    editor.setCurrentIndex(position)
    editor.activated.emit(position)
    qtbot.waitUntil(lambda: dialog.view.indexWidget(index) is None)


# ---- what the table shows -----------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_column_is_listed_with_role_kind_and_confidence(make_dialog, table, lang):
    dialog = make_dialog(lang)
    model = dialog.model
    assert model.rowCount() == len(table.columns)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [tr(f"mapping.column.{k}", lang) for k in ("name", "role", "question", "kind", "confidence")]
    sector = "Wat is de belangrijkste activiteit van uw bedrijf? (NACE)"
    assert cell(dialog, sector, ROLE) == tr("mapping.role.sector", lang)
    assert cell(dialog, sector, CONFIDENCE) == "95%"
    first_motive = motive_columns(table)[0]
    assert cell(dialog, first_motive, QUESTION) == MOTIVES
    assert cell(dialog, first_motive, KIND) == tr("mapping.kind.multi", lang)
    assert cell(dialog, "Collector ID", QUESTION) == tr("mapping.cell.metadata", lang)
    assert "25 - " in cell(dialog, sector, NAME, Qt.ItemDataRole.ToolTipRole)
    assert dialog.preview.text().startswith(tr("mapping.preview", lang, questions=tr_questions(8, lang),
                                               roles="")[:8])
    assert dialog.intro.text() == tr("mapping.intro", lang, file=SAMPLE.name)


def tr_questions(count: int, lang: str) -> str:
    from explorer.core.i18n import tr_count

    return tr_count("mapping.preview.questions", lang, count)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_visible_text_is_in_the_other_language(make_dialog, lang):
    dialog = make_dialog(lang)
    other = "en" if lang == "nl" else "nl"
    foreign = {texts[other] for key, texts in MESSAGES.items()
               if key.startswith("mapping.") and texts[other] != texts[lang]}
    shown = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)]
    shown += [w.title() for w in dialog.findChildren(QGroupBox)]
    model = dialog.model
    # Our own cells (column names, question texts and examples are the file's, in its language).
    shown += [model.data(model.index(r, c)) for r in range(model.rowCount()) for c in (ROLE, KIND)]
    shown += [model.data(model.index(r, QUESTION)) for r in range(model.rowCount())
              if model.row(r).question_key is None]
    shown += [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert not foreign & {text for text in shown if text}
    assert dialog.windowTitle() == tr("mapping.title", lang, file=SAMPLE.name)


def test_qt_buttons_follow_the_language(make_dialog):
    try:
        language.apply_qt_language("nl")
        dialog = make_dialog("nl")
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuleren"
    finally:
        language.apply_qt_language("en")


def test_unsure_rows_are_highlighted_and_the_intro_asks_to_check(make_dialog, tmp_path):
    path = tmp_path / "coded.csv"
    lines = ["firm_id,nace,employees,tevredenheid"] + [f"{i},25,{10 + i},{1 + i % 5}" for i in range(40)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    survey = build_survey(read_table(path, cache=ParsedCache(enabled=False)), use_profiles=False)
    dialog = make_dialog("en", survey)
    assert cell(dialog, "tevredenheid", NAME, UNSURE_ROLE)
    assert cell(dialog, "tevredenheid", NAME, Qt.ItemDataRole.BackgroundRole) is not None
    assert cell(dialog, "nace", NAME, Qt.ItemDataRole.BackgroundRole) is None
    assert dialog.intro.text() == tr("mapping.intro.review", "en", file="coded.csv")
    # The first unsure row is selected, so the panel already shows it.
    assert dialog.panel.question().key == "tevredenheid"
    assert "1 row is unsure." in dialog.preview.text()

    dialog.model.setData(dialog.model.index(row_of(dialog, "tevredenheid"), KIND), "likert")
    assert not cell(dialog, "tevredenheid", NAME, UNSURE_ROLE)
    assert dialog.intro.text() == tr("mapping.intro", "en", file="coded.csv")


# ---- edits --------------------------------------------------------------------------------------

def test_changing_a_role_with_the_combo_emits_the_new_mapping(qtbot, make_dialog, table):
    dialog = make_dialog("nl")
    choose_in_combo(qtbot, dialog, dialog.model.index(row_of(dialog, "Regio"), ROLE), "wave")

    assert cell(dialog, "Regio", ROLE) == "Ronde"
    assert edited(dialog, table).roles["region"] is None
    assert tr("mapping.preview.changed", "nl") in dialog.preview.text()
    mapping = accept_and_get_mapping(qtbot, dialog)
    assert mapping.roles == {"wave": "Regio"}
    assert mapping.option_orders == build_survey(table).mapping.option_orders  # the profile's order is kept
    assert build_survey(table, mapping).roles["wave"] == "Regio"


def test_setting_a_role_to_none_makes_the_column_a_question(qtbot, make_dialog):
    dialog = make_dialog("en")
    size = "Hoeveel werknemers heeft uw bedrijf?"
    choose_in_combo(qtbot, dialog, dialog.model.index(row_of(dialog, size), ROLE), "")
    assert cell(dialog, size, ROLE) == "—"
    assert cell(dialog, size, QUESTION) == size
    assert "No column for Size" in dialog.preview.text()
    assert accept_and_get_mapping(qtbot, dialog).roles == {"size": None}


def test_changing_a_kind_emits_the_new_mapping(qtbot, make_dialog, table):
    dialog = make_dialog("en")
    column = f"{STATEMENT} - Onze toeleveringsketen is sinds 2020 kwetsbaarder geworden"
    index = dialog.model.index(row_of(dialog, column), KIND)
    offered = [value for value, _ in dialog.model.data(index, Qt.ItemDataRole.UserRole + 1)]
    assert offered == ["yesno", "single", "likert", "numeric", "text"]
    choose_in_combo(qtbot, dialog, index, "single")
    assert cell(dialog, column, KIND) == "Single choice"
    mapping = accept_and_get_mapping(qtbot, dialog)
    assert mapping.kinds == {column: "single"}
    assert build_survey(table, mapping).question(column).kind == "single"


def test_a_multi_select_block_offers_no_other_kind(make_dialog, table):
    dialog = make_dialog("en")
    index = dialog.model.index(row_of(dialog, motive_columns(table)[0]), KIND)
    assert not dialog.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not dialog.model.setData(index, "single")


def test_reordering_options_with_the_buttons(qtbot, make_dialog, table):
    dialog = make_dialog("en")
    dialog.select_rows([row_of(dialog, INTENTION)])
    panel = dialog.panel
    before = panel.option_order()
    assert before == build_survey(table).question(INTENTION).options
    assert not panel.up_button.isEnabled()

    panel.options.setCurrentRow(3)  # "Nee"
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    expected = before[:2] + (before[3], before[2]) + before[4:]
    assert panel.option_order() == expected
    assert panel.options.currentRow() == 2
    assert edited(dialog, table).question(INTENTION).options == expected
    qtbot.mouseClick(panel.down_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.down_button, Qt.MouseButton.LeftButton)
    assert panel.option_order()[-1] == before[3]

    mapping = accept_and_get_mapping(qtbot, dialog)
    assert mapping.option_orders[INTENTION] == panel.option_order()
    assert build_survey(table, mapping).question(INTENTION).options == panel.option_order()


def test_a_drag_in_the_option_list_reorders_too(make_dialog, table):
    dialog = make_dialog("en")
    dialog.select_rows([row_of(dialog, INTENTION)])
    panel = dialog.panel
    before = panel.option_order()
    # What an internal drag does to the list's model: move "Weet ik nog niet" to the top.
    assert panel.options.model().moveRows(QModelIndex(), 4, 1, QModelIndex(), 0)
    assert edited(dialog, table).question(INTENTION).options == (before[4],) + before[:4]


def test_a_short_title_and_option_labels_are_given_in_the_panel(qtbot, make_dialog, table, config_dir):
    dialog = make_dialog("nl")
    dialog.select_rows([row_of(dialog, INTENTION)])
    panel = dialog.panel
    assert panel.short_title.isVisible() and panel.short_title.text() == ""
    qtbot.keyClicks(panel.short_title, "Verplaatsing")
    qtbot.keyClick(panel.short_title, Qt.Key.Key_Return)
    assert edited(dialog, table).question(INTENTION).label == "Verplaatsing"

    options = panel.option_order()
    item = panel.options.item(options.index("Nee"))
    panel.options.setCurrentItem(item)
    panel.options.editItem(item)  # what a double-click does
    editor = panel.options.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Geen verplaatsing")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the list commits the edit on the next turn of the loop
    qtbot.waitUntil(lambda: INTENTION in dialog.mapping().option_labels, timeout=2000)
    question = edited(dialog, table).question(INTENTION)
    assert question.options == options, "a renamed option keeps its place and its answers"
    assert question.option_text("Nee") == "Geen verplaatsing"
    assert panel.option_order() == options and panel.options.item(options.index("Nee")).text() == "Geen verplaatsing"

    mapping = accept_and_get_mapping(qtbot, dialog)
    assert mapping.titles == {INTENTION: "Verplaatsing"}
    assert mapping.option_labels == {INTENTION: {"Nee": "Geen verplaatsing"}}
    assert Mapping.from_json(json.loads(json.dumps(mapping.to_json()))) == mapping


def test_an_option_of_a_multi_select_question_is_renamed_in_the_column_list(qtbot, make_dialog, table):
    dialog = make_dialog("en")
    columns = motive_columns(table)
    dialog.select_rows([row_of(dialog, columns[0])])
    panel = dialog.panel
    question = edited(dialog, table).question(MOTIVES)
    item = panel.columns.item(0)
    item.setText("Cheaper")  # what the editor writes back
    renamed = edited(dialog, table).question(MOTIVES)
    assert renamed.option_text(question.options[0]) == "Cheaper" and renamed.options == question.options


def test_grouping_selected_columns_then_splitting(qtbot, make_dialog, table):
    dialog = make_dialog("en")
    statements = [c.name for c in table.columns if c.name.startswith(STATEMENT)]
    motives = motive_columns(table)

    # Likert statements are not checkboxes: refused in one sentence, nothing changes.
    dialog.select_rows([row_of(dialog, c) for c in statements[:2]])
    assert dialog.panel.group_button.isEnabled()
    qtbot.mouseClick(dialog.panel.group_button, Qt.MouseButton.LeftButton)
    assert dialog.notice.text() == tr("mapping.group.failed", "en") and dialog.notice.isVisible()
    assert dialog.mapping() == dialog._original

    # A column with a role cannot be grouped.
    dialog.select_rows([row_of(dialog, "Regio"), row_of(dialog, motives[0])])
    assert not dialog.panel.group_button.isEnabled()

    # Split the detected block, then group three of its columns again.
    dialog.select_rows([row_of(dialog, motives[0])])
    assert dialog.panel.split_button.isEnabled()
    qtbot.mouseClick(dialog.panel.split_button, Qt.MouseButton.LeftButton)
    assert all(q.key != MOTIVES for q in edited(dialog, table).questions)
    assert cell(dialog, motives[0], QUESTION) != MOTIVES
    assert len(edited(dialog, table).questions) == 14

    dialog.select_rows([row_of(dialog, c) for c in motives[:3]])
    assert dialog.panel.group_count.text() == "3 columns selected"
    qtbot.mouseClick(dialog.panel.group_button, Qt.MouseButton.LeftButton)
    question = edited(dialog, table).question(MOTIVES)
    assert question.kind == "multi" and question.option_columns == tuple(motives[:3])
    assert {cell(dialog, c, QUESTION) for c in motives[:3]} == {MOTIVES}
    assert dialog.panel.question().key == MOTIVES
    assert dialog.panel.columns.count() == 3

    mapping = accept_and_get_mapping(qtbot, dialog)
    assert mapping.groups == {MOTIVES: tuple(motives[:3])} and mapping.ungrouped == ()
    assert build_survey(table, mapping).question(MOTIVES).options == question.options


def test_reset_goes_back_to_detection(qtbot, make_dialog, table):
    dialog = make_dialog("en")
    dialog.model.setData(dialog.model.index(row_of(dialog, "Regio"), ROLE), "")
    assert edited(dialog, table).roles["region"] is None
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert dialog.mapping() == Mapping()
    assert edited(dialog, table).roles["region"] == "Regio"


def test_cancel_emits_nothing_and_ok_without_changes_emits_nothing(qtbot, make_dialog):
    dialog = make_dialog("en")
    dialog.model.setData(dialog.model.index(row_of(dialog, "Regio"), ROLE), "")
    with qtbot.assertNotEmitted(dialog.sig_mapping_changed):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    unchanged = make_dialog("en")
    with qtbot.assertNotEmitted(unchanged.sig_mapping_changed):
        unchanged.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert unchanged.result() == unchanged.DialogCode.Accepted


# ---- profiles -----------------------------------------------------------------------------------

def test_save_as_profile_writes_into_the_config_dir(qtbot, make_dialog, monkeypatch, table, config_dir):
    dialog = make_dialog("nl")
    suggestions = []

    def answer(parent, lang, suggestion):
        suggestions.append(suggestion)
        return "Mijn brancheprofiel"

    monkeypatch.setattr(prompts, "ask_profile_name", answer)
    dialog.model.setData(dialog.model.index(row_of(dialog, "Regio"), ROLE), "wave")
    with qtbot.waitSignal(dialog.sig_profile_saved, timeout=2000) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert blocker.args == ["Mijn brancheprofiel"]
    assert suggestions == ["Reshoring-enquête brancheorganisatie (SurveyMonkey)"]  # the applied profile's name
    path = user_profile_dir() / "mijn-brancheprofiel.json"
    assert path.parent == config_dir / "profiles" and path.exists()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["name"] == "Mijn brancheprofiel" and saved["mapping"]["roles"] == {"wave": "Regio"}
    assert find_profile(table).name == "Mijn brancheprofiel"
    assert dialog.notice.text() == "Profiel ‘Mijn brancheprofiel’ opgeslagen."

    # The same name again asks before replacing; "no" leaves the file alone.
    asked = []
    monkeypatch.setattr(prompts, "confirm_replace", lambda parent, lang, name: asked.append(name) or False)
    dialog.model.setData(dialog.model.index(row_of(dialog, "Regio"), ROLE), "region")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked == ["Mijn brancheprofiel"]
    assert json.loads(path.read_text(encoding="utf-8"))["mapping"]["roles"] == {"wave": "Regio"}


def test_a_profile_that_cannot_be_written_is_reported_in_one_sentence(qtbot, make_dialog, monkeypatch, config_dir):
    config_dir.mkdir()
    (config_dir / "profiles").write_text("not a folder", encoding="utf-8")
    dialog = make_dialog("en")
    shown = []
    monkeypatch.setattr(prompts, "ask_profile_name", lambda parent, lang, suggestion: "Mine")
    monkeypatch.setattr(prompts, "show_profile_error", lambda parent, lang, folder: shown.append(
        tr("mapping.profile.failed", lang, folder=folder)))
    with qtbot.assertNotEmitted(dialog.sig_profile_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert shown == [f"The profile could not be saved in {config_dir / 'profiles'}."]


def test_cancelling_the_name_saves_nothing(qtbot, make_dialog, monkeypatch, config_dir):
    dialog = make_dialog("en")
    monkeypatch.setattr(prompts, "ask_profile_name", lambda parent, lang, suggestion: None)
    with qtbot.assertNotEmitted(dialog.sig_profile_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not (config_dir / "profiles").exists()


def test_edit_mapping_returns_the_accepted_mapping_or_none(qtbot, table, monkeypatch, config_dir):
    from PySide6.QtCore import QTimer

    from explorer.ui.dialogs import mapping_dialog

    survey = build_survey(table)

    def run(action):
        def act():
            dialog = next(w for w in mapping_dialog.QApplication.topLevelWidgets()
                          if isinstance(w, MappingDialog) and w.isVisible())
            action(dialog)

        QTimer.singleShot(0, act)
        return mapping_dialog.edit_mapping(None, survey, "en")

    def change_and_accept(dialog):
        dialog.model.setData(dialog.model.index(row_of(dialog, "Regio"), ROLE), "")
        dialog.accept()

    assert run(change_and_accept).roles == {"region": None}
    assert run(lambda dialog: dialog.accept()) is None
    assert run(lambda dialog: dialog.reject()) is None
