"""The Benchmark view: choose a firm, see its peers and what is withheld, export the PDF briefing.

The preview is compared with `build_briefing` for the same firm and peer definition; exports go
through the patched file dialog and are read back with pypdf.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from explorer.core import atomic
from explorer.core.benchmark import firm_label
from explorer.core.formatting import format_count, format_percent
from explorer.core.i18n import MESSAGES, tr
from explorer.core.messages_benchmark import BENCHMARK_MESSAGES
from explorer.core.reading import read_table
from explorer.core.survey import FilterSpec, build_survey
from explorer.report.content.briefing import build_briefing
from explorer.report.content.i18n import reason_note
from explorer.report.content.model import ShareItem
from explorer.ui.tasks import TaskRunner
from explorer.ui.views import benchmark_dialogs
from explorer.ui.views.benchmark_preview import (
    definition_terms,
    definition_text,
    disclosure_summary,
    firm_entries,
    peer_verdicts,
    preview_rows,
    suggested_file_name,
)
from explorer.ui.views.benchmark_table import ANSWER, NOTE, PEERS, QUESTION, N
from explorer.ui.views.benchmark_view import BenchmarkView
from explorer.ui.views.state import AnalysisState

from paths import SAMPLES

SAMPLE = SAMPLES / "association_reshoring_survey_surveymonkey.csv"
TIMEOUT_MS = 10_000


@pytest.fixture(scope="module")
def survey():
    return build_survey(read_table(SAMPLE))


@pytest.fixture
def make_view(qtbot):
    made = []

    def make(lang: str = "nl") -> BenchmarkView:
        runner = TaskRunner()
        view = BenchmarkView(runner, lang)
        qtbot.addWidget(view)
        view.resize(1100, 650)
        view.show()
        made.append((view, runner))
        return view

    yield make
    for view, runner in made:
        assert view.shutdown(TIMEOUT_MS)
        assert runner.shutdown(TIMEOUT_MS)


def state_of(survey, lang: str = "nl", filters: FilterSpec | None = None) -> AnalysisState:
    return AnalysisState(survey=survey, filters=filters or FilterSpec(), lang=lang)


def choose(qtbot, view: BenchmarkView, text: str):
    """Type `text` into the search field and press Enter; the preview that follows."""
    view.search.clear()
    qtbot.keyClicks(view.search, text)
    with qtbot.waitSignal(view.sig_preview_ready, timeout=TIMEOUT_MS) as blocker:
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    return blocker.args[0]


def wait_preview(qtbot, view: BenchmarkView, action):
    with qtbot.waitSignal(view.sig_preview_ready, timeout=TIMEOUT_MS) as blocker:
        action()
    return blocker.args[0]


def table_cells(view: BenchmarkView) -> list[tuple[str, ...]]:
    model = view.table_model
    return [tuple(model.data(model.index(row, column)) for column in range(model.columnCount()))
            for row in range(model.rowCount())]


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text().replace("\xa0", " ").split()) for page in reader.pages)


def rows_in_sector(survey, division: str, inside: bool) -> list[int]:
    sectors = survey.dimension("sector").astype("object")
    return [row for row, value in enumerate(sectors) if (str(value) == division) == inside]


# ---- choosing a firm and the preview -----------------------------------------------------------


def test_a_firm_chosen_from_the_completion_list_is_previewed_as_its_briefing(qtbot, make_view, survey):
    view = make_view("nl")
    view.set_state(state_of(survey))
    firm_id, name = firm_label(survey, 0)
    qtbot.keyClicks(view.search, name[:8])
    completions = view.completer.completionModel()
    wanted = f"{firm_id} — {name}"
    matches = [row for row in range(completions.rowCount()) if completions.index(row, 0).data() == wanted]
    assert matches, "the firm is offered while its name is typed"
    popup = view.completer.popup()
    popup.setCurrentIndex(completions.index(matches[0], 0))
    with qtbot.waitSignal(view.sig_preview_ready, timeout=TIMEOUT_MS) as blocker:
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    preview = blocker.args[0]

    expected = build_briefing(survey, firm_id, "nl", row=0)
    briefing = preview.briefing
    assert (briefing.firm_id, briefing.firm_name) == (firm_id, name)
    assert briefing.peer_n == expected.peer_n and briefing.peer_definition == expected.peer_definition
    assert briefing.key_points == expected.key_points and briefing.themes == expected.themes
    assert view.search.text() == wanted and view.firm_id == firm_id
    assert view.peer_n.text() == tr("benchmark.peers.n.other", "nl", count=format_count(expected.peer_n, "nl"))
    assert expected.peer_definition in view.peer_definition.text()
    # The table shows the briefing's figures: the share of peers with the firm's answer and its n.
    assert view.table_model.rows() == preview_rows(expected, "nl")
    share = next(item for theme in expected.themes for item in theme.items
                 if isinstance(item, ShareItem) and item.share is not None)
    cells = table_cells(view)
    row = next(cells_ for cells_ in cells if cells_[QUESTION] == share.question)
    assert row[ANSWER] == share.firm_answer
    assert row[PEERS] == format_percent(share.share, "nl")
    assert row[N] == format_count(share.n, "nl")
    assert view.export_button.isEnabled()


def test_enter_takes_an_id_and_an_unknown_firm_is_said_plainly(qtbot, make_view, survey):
    view = make_view("nl")
    view.set_state(state_of(survey))
    firm_id, _name = firm_label(survey, 4)
    preview = choose(qtbot, view, firm_id)
    assert view.firm_row == 4 and preview.briefing.firm_id == firm_id

    view.search.clear()
    qtbot.keyClicks(view.search, "geen-bedrijf-xyz")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert not view.firm_problem.isHidden()
    assert view.firm_problem.text() == tr("benchmark.firm.not_found", "nl", text="geen-bedrijf-xyz")
    assert view.firm_row == 4  # the firm shown stays


def test_a_withheld_figure_shows_c_with_its_reason_and_the_disclosure_line_counts_them(qtbot, make_view, survey):
    view = make_view("nl")
    view.set_state(state_of(survey))
    preview = choose(qtbot, view, firm_label(survey, 0)[0])
    withheld = [row for row in preview.rows if row.withheld]
    assert withheld, "firm #1 of the sample has withheld figures"
    verdicts = [v for v in peer_verdicts(preview.briefing) if v.suppressed]
    assert len(withheld) == len(verdicts)
    model = view.table_model
    index = next(i for i, row in enumerate(model.rows()) if row.withheld)
    assert model.cell_text(index, PEERS) == "c"
    assert model.cell_text(index, NOTE) in {reason_note(v, "nl") for v in verdicts}
    text = view.disclosure.text()
    assert text.startswith(f"{len(verdicts)} cijfers afgeschermd: ")
    assert reason_note(verdicts[0], "nl").rstrip(".") in text


def test_a_briefing_without_withheld_figures_says_all_can_be_shown(survey):
    # A briefing whose items all pass: the line says so (no survey firm needed for this).
    for row in range(0, survey.size, 5):
        briefing = build_briefing(survey, "", "en", row=row)
        if not any(v.suppressed for v in peer_verdicts(briefing)):
            assert disclosure_summary(briefing, "en").text == "All figures can be shown."
            return
    pytest.skip("every sampled briefing withholds something")


def test_the_explorer_filters_do_not_change_the_peer_group(qtbot, make_view, survey):
    view = make_view("nl")
    view.set_state(state_of(survey))
    before = choose(qtbot, view, firm_label(survey, 2)[0])
    view.set_state(state_of(survey, filters=FilterSpec.parse(["size=large"])))
    assert view.preview is before and not view._preview_runner.is_busy()
    assert view.peer_hint.text() == tr("benchmark.peers.hint", "nl")


# ---- the peer group ----------------------------------------------------------------------------


def test_a_user_defined_peer_group_changes_the_preview(qtbot, make_view, survey):
    view = make_view("nl")
    view.set_state(state_of(survey))
    auto = choose(qtbot, view, firm_label(survey, 0)[0])
    division = str(survey.dimension("sector").iloc[0])

    custom = wait_preview(qtbot, view, lambda: view.peer_editor.custom.setChecked(True))
    assert view.peer_editor.definition() == f"sector={division}"
    expected = build_briefing(survey, "", "nl", peers=f"sector={division}", row=0)
    assert custom.briefing.peer_n == expected.peer_n != auto.briefing.peer_n
    assert custom.briefing.themes == expected.themes
    assert view.peer_widened.text() == tr("benchmark.peers.user_defined", "nl")

    # A second condition on another characteristic narrows the group.
    narrowed = wait_preview(qtbot, view, lambda: qtbot.mouseClick(view.peer_editor.add, Qt.MouseButton.LeftButton))
    definition = view.peer_editor.definition()
    assert definition.startswith(f"sector={division},") and len(definition_terms(definition)) == 2
    assert narrowed.briefing.peer_n == build_briefing(survey, "", "nl", peers=definition, row=0).peer_n
    assert narrowed.briefing.peer_n < custom.briefing.peer_n

    back = wait_preview(qtbot, view, lambda: view.peer_editor.auto.setChecked(True))
    assert view.peer_editor.definition() == "auto" and back.briefing.peer_n == auto.briefing.peer_n


def test_view_state_remembers_firm_and_peer_definition(qtbot, make_view, survey):
    view = make_view("nl")
    view.set_state(state_of(survey))
    choose(qtbot, view, firm_label(survey, 7)[0])
    division = str(survey.dimension("sector").iloc[7])
    wait_preview(qtbot, view, lambda: view.set_peer_definition(f"sector={division}"))
    saved = view.view_state()
    assert saved["firm"] == firm_label(survey, 7)[0] and saved["peers"] == f"sector={division}"

    again = make_view("nl")
    again.restore_view_state(saved)  # before its survey arrives, as when a session is opened
    preview = wait_preview(qtbot, again, lambda: again.set_state(state_of(survey)))
    assert again.firm_row == 7 and again.peer_editor.definition() == f"sector={division}"
    assert preview.briefing.peer_n == build_briefing(survey, "", "nl", peers=f"sector={division}", row=7).peer_n


# ---- export ------------------------------------------------------------------------------------


def test_export_writes_the_pdf_chosen_in_the_file_dialog(qtbot, make_view, survey, tmp_path, monkeypatch):
    view = make_view("nl")
    view.set_state(state_of(survey))
    preview = choose(qtbot, view, firm_label(survey, 0)[0])
    asked = []
    target = tmp_path / "briefing.pdf"

    def ask(parent, lang, suggested):
        asked.append((lang, suggested))
        return str(target)

    monkeypatch.setattr(benchmark_dialogs, "ask_pdf_path", ask)
    statuses = []
    view.sig_status.connect(statuses.append)
    with qtbot.waitSignal(view.sig_exported, timeout=TIMEOUT_MS) as blocker:
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [str(target)]
    firm_id, name = firm_label(survey, 0)
    assert asked[0][0] == "nl" and Path(asked[0][1]).name == suggested_file_name(firm_id, name)
    assert Path(asked[0][1]).name == f"{firm_id}_{name}.pdf"
    text = pdf_text(target)
    assert name in text and "Benchmarkbriefing" in text
    share = next(item for theme in preview.briefing.themes for item in theme.items
                 if isinstance(item, ShareItem) and item.share is not None)
    assert f"{format_percent(share.share, 'nl')} van de vergelijkbare bedrijven gaf hetzelfde antwoord" in text
    assert statuses[-1] == tr("benchmark.export.saved", "nl", path=str(target))
    assert view.last_folder == str(tmp_path)
    # The next export starts in the folder used last.
    qtbot.waitUntil(view.export_button.isEnabled, timeout=TIMEOUT_MS)
    with qtbot.waitSignal(view.sig_exported, timeout=TIMEOUT_MS):
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert Path(asked[1][1]).parent == tmp_path


def test_the_briefing_language_is_chosen_apart_from_the_window(qtbot, make_view, survey, tmp_path, monkeypatch):
    view = make_view("nl")
    view.set_state(state_of(survey))
    choose(qtbot, view, firm_label(survey, 3)[0])
    assert view.lang_combo.currentData() == "nl"
    view.lang_combo.setCurrentIndex(view.lang_combo.findData("en"))
    view.lang_combo.activated.emit(view.lang_combo.currentIndex())
    target = tmp_path / "english.pdf"
    monkeypatch.setattr(benchmark_dialogs, "ask_pdf_path", lambda parent, lang, suggested: str(target))
    with qtbot.waitSignal(view.sig_exported, timeout=TIMEOUT_MS):
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    text = pdf_text(target)
    assert "Benchmark briefing" in text and "Benchmarkbriefing" not in text
    assert view.view_state()["briefing_lang"] == "en"


def test_an_unwritable_target_is_refused_plainly_and_nothing_half_written_remains(
        qtbot, make_view, survey, tmp_path, monkeypatch):
    view = make_view("nl")
    view.set_state(state_of(survey))
    choose(qtbot, view, firm_label(survey, 1)[0])
    folder = tmp_path / "out"
    folder.mkdir()
    locked = folder / "locked.pdf"
    locked.write_bytes(b"the old briefing")
    other = folder / "other.pdf"
    real_replace = os.replace

    def replace(source, destination, *args, **kwargs):
        if Path(destination) == locked:  # as Windows does while a PDF reader holds the file
            raise PermissionError(13, "Permission denied", str(destination))
        return real_replace(source, destination, *args, **kwargs)

    monkeypatch.setattr(atomic.os, "replace", replace)
    paths = iter([str(locked), str(other)])
    monkeypatch.setattr(benchmark_dialogs, "ask_pdf_path", lambda parent, lang, suggested: next(paths))
    refusals = []

    def ask_other_name(parent, lang, reason):
        refusals.append(reason)
        # Nothing of the refused export is left: the old file as it was, no temporary file beside it.
        assert locked.read_bytes() == b"the old briefing"
        assert sorted(p.name for p in folder.iterdir()) == ["locked.pdf"]
        return True  # "Choose another name…"

    monkeypatch.setattr(benchmark_dialogs, "ask_other_name", ask_other_name)
    with qtbot.waitSignal(view.sig_exported, timeout=TIMEOUT_MS) as blocker:
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert len(refusals) == 1
    # the reason in the view's language (Dutch here), one line
    assert refusals[0].startswith(f"{locked} kan niet worden geschreven") and "\n" not in refusals[0]
    assert blocker.args == [str(other)] and other.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in folder.iterdir()) == ["locked.pdf", "other.pdf"]


def test_a_refusal_declined_leaves_the_view_ready_for_another_try(qtbot, make_view, survey, tmp_path, monkeypatch):
    view = make_view("en")
    view.set_state(state_of(survey, "en"))
    choose(qtbot, view, firm_label(survey, 1)[0])
    missing = tmp_path / "no such folder" / "x.pdf"
    monkeypatch.setattr(benchmark_dialogs, "ask_pdf_path", lambda parent, lang, suggested: str(missing))
    refusals = []
    monkeypatch.setattr(benchmark_dialogs, "ask_other_name",
                        lambda parent, lang, reason: refusals.append((lang, reason)) or False)
    statuses = []
    view.sig_status.connect(statuses.append)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(refusals), timeout=TIMEOUT_MS)
    assert refusals[0] == ("en", f"Cannot write {missing}: the folder does not exist.")
    assert statuses[-1] == "Briefing not saved"
    assert view.export_button.isEnabled() and not missing.parent.exists()


def test_an_export_abandoned_by_a_newer_job_on_a_shared_runner_frees_the_button(qtbot, make_view, survey, tmp_path,
                                                                                monkeypatch):
    view = make_view("nl")
    view.set_state(state_of(survey))
    choose(qtbot, view, firm_label(survey, 2)[0])
    monkeypatch.setattr(benchmark_dialogs, "ask_pdf_path", lambda parent, lang, suggested: str(tmp_path / "a.pdf"))
    statuses = []
    view.sig_status.connect(statuses.append)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert not view.export_button.isEnabled()  # an export is running
    runner = view._export_runner
    with qtbot.waitSignal(runner.sig_finished, timeout=TIMEOUT_MS):
        runner.start(lambda task: "a file loaded meanwhile")  # the newest job wins
    assert view.export_button.isEnabled()  # the export was abandoned
    assert statuses[-1] == tr("benchmark.export.not_saved", "nl")


def rows_of(survey, division: str, size: str) -> list[int]:
    sectors = survey.dimension("sector").astype("object")
    sizes = survey.dimension("size").astype("object")
    return [row for row in range(survey.size) if sectors.iloc[row] == division and sizes.iloc[row] == size]


# Division 24 holds five firms or more, one of them micro: the two definitions are one firm apart.
NARROW, WIDE = "sector=25,size=micro", "sector=25|24,size=micro"


def export(qtbot, view: BenchmarkView, monkeypatch, target: Path) -> None:
    monkeypatch.setattr(benchmark_dialogs, "ask_pdf_path", lambda parent, lang, suggested: str(target))
    qtbot.waitUntil(view.export_button.isEnabled, timeout=TIMEOUT_MS)
    with qtbot.waitSignal(view.sig_exported, timeout=TIMEOUT_MS):
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)


def test_two_exports_whose_peer_groups_differ_by_one_firm_withhold_the_second(
        qtbot, make_view, survey, tmp_path, monkeypatch):
    view = make_view("nl")
    view.set_state(state_of(survey))
    first, club_mate = rows_of(survey, "25", "micro")[:2]
    assert view.set_peer_definition(NARROW) == NARROW  # no firm yet: nothing to preview
    # Previews record nothing: looking at the wider group first does not stop the export of the narrow one.
    view.set_peer_definition(WIDE)
    look = choose(qtbot, view, firm_label(survey, first)[0])
    assert not look.summary.group_withheld
    shown = wait_preview(qtbot, view, lambda: view.set_peer_definition(NARROW))
    assert not shown.summary.group_withheld
    export(qtbot, view, monkeypatch, tmp_path / "first.pdf")
    share = next(item for theme in shown.briefing.themes for item in theme.items
                 if isinstance(item, ShareItem) and item.share is not None)
    assert f"{format_percent(share.share, 'nl')} van de vergelijkbare bedrijven" in pdf_text(tmp_path / "first.pdf")

    # The wider group's preview now says what its export would do, and there is no export.
    withheld = wait_preview(qtbot, view, lambda: view.set_peer_definition(WIDE))
    assert withheld.summary.group_withheld and withheld.briefing.withheld_by.differing == 1
    assert view.disclosure.text().startswith("Niet verstrekt: deze vergelijkingsgroep verschilt in 1 bedrijf")
    assert all(row.peers in ("c", "", "–") for row in withheld.rows if row.kind != "theme")
    assert view.peer_n.text() == tr("benchmark.peers.n.withheld", "nl")
    assert not view.export_button.isEnabled()

    # A club mate's briefing on the narrow definition differs only by the two benchmarked firms.
    view.set_peer_definition(NARROW)
    mate = choose(qtbot, view, firm_label(survey, club_mate)[0])
    assert not mate.summary.group_withheld
    export(qtbot, view, monkeypatch, tmp_path / "mate.pdf")
    assert (tmp_path / "mate.pdf").exists()


def test_a_remapped_survey_keeps_the_firm_the_peers_and_the_released_groups(
        qtbot, make_view, survey, tmp_path, monkeypatch):
    view = make_view("nl")
    view.set_state(state_of(survey))
    first = rows_of(survey, "25", "micro")[0]
    view.set_peer_definition(NARROW)
    choose(qtbot, view, firm_label(survey, first)[0])
    export(qtbot, view, monkeypatch, tmp_path / "a.pdf")

    remapped = build_survey(survey.table)  # what the mapping dialog's OK does: a new Survey, same rows
    preview = wait_preview(qtbot, view, lambda: view.set_state(state_of(remapped)))
    assert preview.request.survey is remapped and view.firm_row == first
    assert view.peer_editor.definition() == NARROW
    assert wait_preview(qtbot, view, lambda: view.set_peer_definition(WIDE)).summary.group_withheld


# ---- language, empty state and plain helpers ---------------------------------------------------------


def test_switching_language_retranslates_the_view_and_the_preview(qtbot, make_view, survey):
    view = make_view("nl")
    view.set_state(state_of(survey))
    choose(qtbot, view, firm_label(survey, 0)[0])
    english = wait_preview(qtbot, view, lambda: view.set_state(state_of(survey, "en")))
    assert english.briefing.lang == "en" and english.request.lang == "en"
    assert view.export_button.text() == "&Export briefing…"
    assert view.lang_combo.currentData() == "en"
    assert view.table_model.headerData(QUESTION, Qt.Orientation.Horizontal) == "Question"
    assert view.disclosure.text().split(" ")[1:3] == ["figures", "withheld:"]
    assert view.peer_editor.auto.text() == "&Automatic"


def test_without_a_survey_the_view_says_what_to_do(make_view):
    view = make_view("en")
    assert view.stack.currentWidget() is view.empty_label
    assert view.empty_label.text() == tr("benchmark.no_survey", "en")
    assert not view.export_button.isEnabled()


def test_every_benchmark_message_is_in_the_catalogue():
    assert all(MESSAGES[key] is BENCHMARK_MESSAGES[key] for key in BENCHMARK_MESSAGES)


def test_firm_entries_name_every_firm_as_firm_label_does(survey):
    entries = firm_entries(survey)
    assert len(entries) == survey.size and len({text for text, _row in entries}) == survey.size
    for text, row in entries:
        firm_id, name = firm_label(survey, row)
        assert text == (f"{firm_id} — {name}" if name else firm_id)


@pytest.mark.parametrize(("firm_id", "name", "expected"), [
    ("1142", "Maes & Zonen BV", "1142_Maes & Zonen BV.pdf"),
    ("7", 'A/B: "C" <D>?', "7_A_B_ _C_ _D_.pdf"),
    ("#3", "", "#3.pdf"),
    ("", "...", "briefing.pdf"),
])
def test_suggested_file_names_are_safe_on_every_system(firm_id, name, expected):
    assert suggested_file_name(firm_id, name) == expected


def test_peer_definitions_round_trip_through_the_editor_rows():
    rows = [("sector", "25"), ("size", "small"), ("sector", "28")]
    assert definition_text(rows) == "sector=25|28,size=small"
    assert definition_terms("sector=25|28,size=small") == [("sector", "25"), ("sector", "28"), ("size", "small")]
    assert definition_text([]) == "auto" and definition_terms("auto") == []


def test_a_briefing_exported_from_the_window_carries_the_branding_of_preferences(qtbot, make_view, survey, tmp_path,
                                                                                   monkeypatch):
    from explorer.core.branding import Branding

    branding = Branding(organisation="Kamer van Koophandel", advisor="Anna de Vries", contact="anna@example.nl")
    view = make_view("nl")
    state = state_of(survey)
    view.set_state(AnalysisState(**{**state.__dict__, "branding": branding}))
    choose(qtbot, view, firm_label(survey, 0)[0])
    target = tmp_path / "branded.pdf"
    monkeypatch.setattr(benchmark_dialogs, "ask_pdf_path", lambda parent, lang, suggested: str(target))
    with qtbot.waitSignal(view.sig_exported, timeout=TIMEOUT_MS):
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    text = pdf_text(target)
    assert "Kamer van Koophandel" in text and "Anna de Vries" in text and "anna@example.nl" in text
