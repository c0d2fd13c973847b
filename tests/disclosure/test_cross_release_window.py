"""Differencing through two briefings exported from the Benchmark view, and the window and the
command line sharing one register: the intruder of test_cross_release_attacks reads the exports."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from disclosure.ledger_intruder import Firm, Intruder, position, rank_fact, read_release, share_fact, write_survey
from explorer.cli import main
from explorer.core.reading import read_table
from explorer.core.survey import FilterSpec, build_survey
from explorer.ui.tasks import TaskRunner
from explorer.ui.views import benchmark_dialogs
from explorer.ui.views.benchmark_view import BenchmarkView
from explorer.ui.views.state import AnalysisState

TIMEOUT_MS = 10_000
SUBJECT = Firm("F001", "25.62", 20, "Yes", 10)
CELL = [Firm("F002", "25.11", 25, "No", 12), Firm("F003", "25.12", 30, "Yes", 14),
        Firm("F004", "25.50", 35, "No", 9), Firm("F005", "25.61", 40, "Yes", 16),
        Firm("F006", "25.73", 22, "Yes", 7), Firm("F007", "25.99", 28, "No", 11)]
TARGET = Firm("F009", "26.11", 33, "Yes", 8)
LARGER = [Firm(f"F01{i}", "26.12", 60 + 10 * i, "No", 30 + i) for i in range(4)]  # division 26, not small


@pytest.fixture
def view(qtbot):
    runner = TaskRunner()
    made = BenchmarkView(runner, "en")
    qtbot.addWidget(made)
    made.resize(1100, 650)
    made.show()
    yield made
    assert made.shutdown(TIMEOUT_MS) and runner.shutdown(TIMEOUT_MS)


def show(qtbot, view: BenchmarkView, path: Path, peers: str):
    survey = build_survey(read_table(path), use_profiles=False)
    with qtbot.waitSignal(view.sig_preview_ready, timeout=TIMEOUT_MS):
        view.set_state(AnalysisState(survey=survey, filters=FilterSpec(), lang="en"))
        view.set_peer_definition(peers)
        view.choose_firm(SUBJECT.firm_id)
    qtbot.waitUntil(lambda: view.preview is not None and view.preview.request.peers == peers, timeout=TIMEOUT_MS)
    return view.preview


def export(qtbot, view: BenchmarkView, monkeypatch, target: Path) -> Path | None:
    if not view.export_button.isEnabled():
        return None
    monkeypatch.setattr(benchmark_dialogs, "ask_pdf_path", lambda parent, lang, suggested: str(target))
    with qtbot.waitSignal(view.sig_exported, timeout=TIMEOUT_MS):
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    return target


def assert_f009_unknown(released: list[tuple[list[str], Path]]) -> None:
    firms = {f.firm_id: f for f in [SUBJECT, *CELL, TARGET]}
    for colluders in [("F002", "F003"), ("F004", "F006"), ("F005", "F007")]:
        yes_no = Intruder(("Yes", "No"), known={f: firms[f].reshore for f in colluders})
        turnover = Intruder(("below", "equal", "above"),
                            known={f: position(firms[f].turnover, SUBJECT.turnover) for f in colluders})
        for group, path in released:
            release = read_release(path)
            share_fact(yes_no, group, release)
            rank_fact(turnover, group, release)
        assert yes_no.possible(TARGET.firm_id) == {"Yes", "No"}
        assert len(turnover.possible(TARGET.firm_id)) > 1


def test_two_briefings_from_the_window_one_firm_apart(qtbot, view, tmp_path, monkeypatch):
    survey = write_survey(tmp_path / "club.csv", [SUBJECT, *CELL, TARGET, *LARGER])
    cell = [f.firm_id for f in CELL]
    first = show(qtbot, view, survey, "sector=25,size=small")
    assert first.briefing.withheld_by is None and first.briefing.peer_n == 6
    released = [(cell, export(qtbot, view, monkeypatch, tmp_path / "first.pdf"))]
    assert read_release(released[0][1]).share == 50

    second = show(qtbot, view, survey, "sector=25|26,size=small")
    assert second.briefing.withheld_by is not None and second.summary.group_withheld
    assert view.disclosure.text().startswith("Withheld: this peer group differs by 1 firm from")
    assert "widen the peer group" in view.disclosure.text()
    assert export(qtbot, view, monkeypatch, tmp_path / "second.pdf") is None
    assert not (tmp_path / "second.pdf").exists()
    assert_f009_unknown(released)


def test_the_window_and_the_command_line_share_one_register(qtbot, view, tmp_path, monkeypatch, capsys):
    first = write_survey(tmp_path / "club-v1.csv", [SUBJECT, *CELL])
    out = tmp_path / "cli.pdf"
    assert main(["report", str(first), "--firm", "F001", "--out", str(out), "--lang", "en"]) == 0
    second = write_survey(tmp_path / "club-v2.csv", [SUBJECT, *CELL, Firm("F009", "25.93", 33, "Yes", 8)])
    preview = show(qtbot, view, second, "auto")
    assert preview.briefing.withheld_by is not None
    assert preview.briefing.withheld_by.earlier.source == "club-v1.csv"
    assert not view.export_button.isEnabled()
    assert_f009_unknown([([f.firm_id for f in CELL], out)])

    # And the other way round: what the window exports, the command line will not difference.
    assert main(["ledger", "clear", "--reason", "test"]) == 0
    preview = show(qtbot, view, second, "auto")
    assert preview.briefing.withheld_by is None
    assert export(qtbot, view, monkeypatch, tmp_path / "window.pdf") is not None
    capsys.readouterr()
    assert main(["report", str(first), "--firm", "F001", "--out", str(tmp_path / "again.pdf")]) == 2
    assert capsys.readouterr().err.startswith("error: Withheld:")


def test_a_damaged_register_stops_the_window_from_releasing_and_says_so(qtbot, view, tmp_path, monkeypatch):
    from explorer.core.disclosure.ledger import ReleaseLedger

    survey = write_survey(tmp_path / "club.csv", [SUBJECT, *CELL])
    path = ReleaseLedger().path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"SQLite format 3\x00 but cut off after its first line")
    survey_model = build_survey(read_table(survey), use_profiles=False)
    view.set_state(AnalysisState(survey=survey_model, filters=FilterSpec(), lang="nl"))
    view.choose_firm(SUBJECT.firm_id)
    qtbot.waitUntil(lambda: "beschadigd" in view.disclosure.text(), timeout=TIMEOUT_MS)
    assert view.disclosure.text().startswith("De vergelijking kon niet worden gemaakt: Het register van verstrekte "
                                             "groepen (")
    assert not view.export_button.isEnabled()
