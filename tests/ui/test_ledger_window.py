"""The register in the window: File ▸ Register of released groups shows what was released and clears
it deliberately, with a reason the next briefing names."""

from __future__ import annotations

from explorer.cli import main
from explorer.core.disclosure.ledger import ReleaseLedger
from explorer.core.i18n import tr
from explorer.ui.dialogs import ledger_dialog

from disclosure.ledger_intruder import Firm, write_survey

CLUB = [Firm(f"F{i:03d}", "25.62", 20 + i, "Yes" if i % 2 else "No", 10 + i) for i in range(1, 9)]


def test_the_register_dialog_lists_releases_and_clears_with_a_reason(qtbot, make_window, tmp_path, monkeypatch, capsys):
    survey = write_survey(tmp_path / "club.csv", CLUB)
    for firm in ("F001", "F002"):
        assert main(["report", str(survey), "--firm", firm, "--out", str(tmp_path / f"{firm}.pdf")]) == 0
    window = make_window("nl")
    window.menu_actions.ledger.trigger()
    dialog = window.findChild(ledger_dialog.LedgerDialog)
    assert dialog is not None and dialog.isVisible()
    assert window.menu_actions.ledger.text() == tr("action.ledger", "nl")
    rows = [[dialog.model.item(r, c).text() for c in range(dialog.model.columnCount())]
            for r in range(dialog.model.rowCount())]
    assert [(row[1], row[2], row[3], row[5]) for row in rows] == [("briefing", "club.csv", "F001", "7"),
                                                                 ("briefing", "club.csv", "F002", "7")]
    assert "F003" not in " ".join(" ".join(row) for row in rows), "the register shows groups, not members"

    monkeypatch.setattr(ledger_dialog, "ask_reason", lambda parent, lang: None)
    dialog.clear_button.click()
    assert len(ReleaseLedger().entries()) == 2, "a cancelled clear clears nothing"
    monkeypatch.setattr(ledger_dialog, "ask_reason", lambda parent, lang: "Nieuwe ronde van de club")
    with qtbot.waitSignal(dialog.sig_cleared) as cleared:
        dialog.clear_button.click()
    assert cleared.args == [2]
    assert dialog.problem.text() == tr("ledger.clear.done", "nl", count=2)
    assert [dialog.model.item(0, c).text() for c in (1, 4)] == ["gewist", "Reden: Nieuwe ronde van de club"]
    assert ReleaseLedger().entries() == []
    dialog.close()


def test_a_damaged_register_is_said_plainly_in_the_window(make_window):
    path = ReleaseLedger().path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("not a register\n", encoding="utf-8")
    dialog = make_window("en").show_ledger()
    assert dialog.problem.text().startswith("The register of released groups (") and "is damaged" in dialog.problem.text()
    assert dialog.model.rowCount() == 0 and dialog.clear_button.isEnabled()
    dialog.close()
