"""Edit ▸ Preferences: the user's preferences in one dialog, a lower minimum of peers only with a
reason (which reaches the register and the method page), and the register shown and cleared."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox

from disclosure.ledger_intruder import Firm, pdf_text, write_survey
from explorer.cli import main
from explorer.core.disclosure.ledger import ReleaseLedger
from explorer.core.i18n import tr
from explorer.core.preferences import Preferences
from explorer.ui.dialogs import ledger_dialog, preferences_dialog
from explorer.ui.dialogs.ledger_dialog import LedgerDialog
from explorer.ui.views import benchmark_dialogs

TIMEOUT_MS = 10_000
# A benchmark club of five: every member has four peers, one fewer than the default minimum.
CLUB = [Firm(f"F00{i}", "25.62", 20 + i, "Yes" if i % 2 else "No", 10 + i) for i in range(1, 6)]
REASON = "Benchmark club of five members, agreed by all five"


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_edit_preferences_in_both_languages_with_the_standard_role(make_window):
    for lang, menu, item in (("nl", "Be&werken", "&Voorkeuren…"), ("en", "&Edit", "&Preferences…")):
        window = make_window(lang)
        assert window.menu_actions.edit_menu.title() == menu
        assert window.menu_actions.preferences.text() == item
        assert window.menu_actions.preferences.menuRole() == QAction.MenuRole.PreferencesRole
        window.menu_actions.preferences.trigger()
        dialog = window.findChild(preferences_dialog.PreferencesDialog)
        assert dialog is not None and dialog.isVisible()
        assert dialog.windowTitle() == tr("preferences.title", lang)
        dialog.reject()


def test_mnemonics_are_unique_within_the_dialog(make_window):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    for lang in ("nl", "en"):
        dialog = make_window(lang).show_preferences()
        texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
        letters = [t.replace("&&", "").split("&")[1][0].lower() for t in texts if "&" in t.replace("&&", "")]
        assert len(letters) == len(set(letters)) >= 9, (lang, letters)
        dialog.reject()


def test_chosen_preferences_are_stored_and_applied(qtbot, make_window, store):
    window = make_window("nl")
    dialog = window.show_preferences()
    assert (dialog.language.currentData(), dialog.scheme.currentData(), dialog.min_peers.value()) == ("", "eu", 5)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.scheme.setCurrentIndex(dialog.scheme.findData("ems"))
    dialog.weighted.setChecked(True)
    dialog.cache.setChecked(False)
    dialog.min_peers.setValue(7)
    assert not dialog.reason.isEnabled(), "a higher minimum needs no reason"
    ok_button(dialog).click()
    assert store.load_preferences() == Preferences(language="en", size_scheme="ems", weighted=True, min_peers=7,
                                                   cache_enabled=False)
    assert window.language == "en" and window.menu_actions.edit_menu.title() == "&Edit"
    assert window.menu_actions.scheme_actions["ems"].isChecked()


def test_a_lower_minimum_is_refused_without_a_reason(make_window, store):
    dialog = make_window("en").show_preferences()
    dialog.min_peers.setValue(4)
    assert dialog.reason.isEnabled() and not ok_button(dialog).isEnabled()
    assert dialog.reason_problem.isVisible()
    assert dialog.reason_problem.text() == "Give a reason for a minimum below 5, or choose 5 or more."
    dialog.reason.setText("   ")
    assert not ok_button(dialog).isEnabled()
    dialog.min_peers.setValue(3)
    dialog.reason.setText(REASON)
    assert ok_button(dialog).isEnabled() and not dialog.reason_problem.isVisible()
    ok_button(dialog).click()
    assert (store.load_preferences().min_peers, store.load_preferences().min_peers_reason) == (3, REASON)


def test_a_lower_minimum_reaches_the_register_and_the_method_page(qtbot, make_window, store, tmp_path, monkeypatch):
    survey = write_survey(tmp_path / "club.csv", CLUB)
    window = make_window("en")
    with qtbot.waitSignal(window.sig_table_loaded, timeout=TIMEOUT_MS):
        window.open_path(survey)
    benchmark = window.view("benchmark")
    window.tabs.setCurrentWidget(benchmark)
    benchmark.choose_firm("F001")
    qtbot.waitUntil(lambda: benchmark.preview is not None, timeout=TIMEOUT_MS)
    assert benchmark.preview.briefing.peer_n == 0, "four peers are too few under the default minimum"

    dialog = window.show_preferences()
    dialog.min_peers.setValue(4)
    dialog.reason.setText(REASON)
    ok_button(dialog).click()
    qtbot.waitUntil(lambda: benchmark.preview is not None and benchmark.preview.briefing.peer_n == 4,
                    timeout=TIMEOUT_MS)
    target = tmp_path / "F001.pdf"
    monkeypatch.setattr(benchmark_dialogs, "ask_pdf_path", lambda parent, lang, suggested: str(target))
    with qtbot.waitSignal(benchmark.sig_exported, timeout=TIMEOUT_MS):
        benchmark.export_button.click()
    assert [(e.subject, e.min_peers, e.reason) for e in ReleaseLedger().entries()] == [("F001", 4, REASON)]
    assert f"reason: {REASON}" in pdf_text(target)


def test_the_register_is_shown_and_cleared_from_preferences(qtbot, make_window, tmp_path, monkeypatch):
    survey = write_survey(tmp_path / "club.csv", [*CLUB, *(Firm(f"F0{i}", "25.62", 30 + i, "No", 20) for i in (10, 11))])
    for firm in ("F001", "F002"):
        assert main(["report", str(survey), "--firm", firm, "--out", str(tmp_path / f"{firm}.pdf")]) == 0
    window = make_window("nl")
    dialog = window.show_preferences()
    status = dialog.register_status.text()
    assert status.startswith("2 groepen bedrijven staan in het register.") and str(ReleaseLedger().path) in status

    dialog.show_register.click()
    shown = [w for w in window.findChildren(LedgerDialog) if w.isVisible()]
    assert len(shown) == 1 and shown[0].model.rowCount() == 2 and shown[0].parent() is dialog
    shown[0].close()

    monkeypatch.setattr(ledger_dialog, "ask_reason", lambda parent, lang: None)
    dialog.clear_register.click()
    assert ReleaseLedger().count() == 2, "a cancelled clear clears nothing"
    monkeypatch.setattr(ledger_dialog, "ask_reason", lambda parent, lang: "Nieuwe ronde")
    with qtbot.waitSignal(dialog.sig_register_cleared) as cleared:
        dialog.clear_register.click()
    assert cleared.args == [2] and ReleaseLedger().count() == 0
    assert dialog.register_status.text().startswith("0 groepen bedrijven staan in het register.\nLaatst gewist op ")
    assert "Reden: Nieuwe ronde" in dialog.register_status.text()
    dialog.reject()


def test_a_damaged_register_is_said_plainly_in_preferences(make_window):
    path = Path(ReleaseLedger().path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not a register")
    dialog = make_window("en").show_preferences()
    assert "is damaged" in dialog.register_status.text() and dialog.clear_register.isEnabled()
    dialog.reject()


def test_branding_is_chosen_in_preferences_and_a_logo_a_briefing_cannot_draw_is_refused(make_window, store, tmp_path):
    from PySide6.QtGui import QColor, QImage

    text_file = tmp_path / "logo.txt"
    text_file.write_text("not an image", encoding="utf-8")
    png = tmp_path / "logo.png"
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#1F4E79"))
    assert image.save(str(png))
    window = make_window("nl")
    dialog = window.show_preferences()
    dialog.organisation.setText("  Kamer van   Koophandel ")
    dialog.advisor.setText("Anna de Vries")
    dialog.contact.setText("anna@example.nl")
    dialog.logo.setText(str(text_file))
    assert not ok_button(dialog).isEnabled()
    assert dialog.logo_problem.text() == tr("branding.logo.kind", "nl", file="logo.txt")
    dialog.logo.setText(str(tmp_path / "missing.png"))
    assert not ok_button(dialog).isEnabled() and "missing.png" in dialog.logo_problem.text()
    dialog.logo.setText(str(png))
    assert ok_button(dialog).isEnabled() and not dialog.logo_problem.text()
    ok_button(dialog).click()
    stored = store.load_preferences()
    assert (stored.organisation, stored.logo, stored.advisor, stored.contact) == \
        ("Kamer van Koophandel", str(png), "Anna de Vries", "anna@example.nl")
    assert window.preferences.branding.organisation == "Kamer van Koophandel"
    again = window.show_preferences()
    assert again.organisation.text() == "Kamer van Koophandel" and again.logo.text() == str(png)
    again.reject()
