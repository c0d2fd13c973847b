"""`survey-explorer selftest`: is this copy of the app complete and working?

Meant for a freshly installed (frozen) copy as much as for a source checkout: it reads the bundled
samples, checks what was detected and one published figure, writes a briefing PDF into a temporary
folder, and — when Qt can be imported — shows the main window (offscreen when there is no screen)
and opens the sample in it. Nothing is written to the user's settings, cache or profiles.

One line per check (`ok` / `FAIL` / `skip`), then a verdict; `run_selftest` returns 0 when every
check passed and 1 otherwise. A failing check prints its reason in one line; the traceback only
when SURVEY_EXPLORER_DEBUG is set.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Callable

from explorer.core.errors import InputError

SURVEYMONKEY_SAMPLE = "association_reshoring_survey_surveymonkey.csv"
EMS_SAMPLE = "ems_2015_extract.xlsx"
ROUNDS_SAMPLE = "fedustria_quick_survey_2021.csv"
BRIEFING_FIRM = "#5"
MIN_PDF_BYTES = 10 * 1024
WINDOW_TIMEOUT_S = 60.0

Out = Callable[[str], object]


class CheckFailed(Exception):
    """A check whose result is wrong (as opposed to one that crashed)."""


def run_selftest(out: Out = print) -> int:
    """Run every check, print one line each, return 0 if all passed, 1 otherwise."""
    from explorer import __version__

    frozen = bool(getattr(sys, "frozen", False))
    out(f"Survey Explorer {__version__} selftest ({'frozen build' if frozen else 'from source'}, "
        f"Python {sys.version.split()[0]}, {sys.platform})")
    failures = 0
    with tempfile.TemporaryDirectory(prefix="survey-explorer-selftest-", ignore_cleanup_errors=True) as folder:
        tmp = Path(folder)
        state: dict = {}
        checks: list[tuple[str, Callable[[], str | None]]] = [
            ("bundled files", _check_bundled_files),
            ("number formats", _check_number_formats),
            ("detection", lambda: _check_detection(state)),
            ("known figure", _check_known_figure),
            ("change over rounds", _check_rounds),
            ("briefing pdf", lambda: _check_briefing(state, tmp)),
            ("main window", lambda: _check_window(tmp, frozen)),
        ]
        for name, check in checks:
            started = time.perf_counter()
            try:
                detail = check()
            except _Skipped as skip:
                out(f"skip  {name}: {skip}")
                continue
            except Exception as exc:  # noqa: BLE001 - every failure becomes one plain line
                failures += 1
                reason = str(exc) if isinstance(exc, (CheckFailed, InputError)) else f"{type(exc).__name__}: {exc}"
                out(f"FAIL  {name}: {reason}")
                if os.environ.get("SURVEY_EXPLORER_DEBUG"):
                    traceback.print_exc()
                continue
            out(f"ok    {name}: {detail} ({(time.perf_counter() - started) * 1000:.0f} ms)")
    if failures:
        out(f"selftest FAILED: {failures} of {len(checks)} checks failed")
        return 1
    out("selftest passed")
    return 0


class _Skipped(Exception):
    pass


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


# Core checks (no Qt) --------------------------------------------------------------------------------


def _check_bundled_files() -> str:
    from explorer.core.resources import project_root, resource_path, sample_path

    wanted = [resource_path("fonts", "DejaVuSans.ttf"), resource_path("fonts", "DejaVuSans-Bold.ttf"),
              resource_path("reference_figures.json"), resource_path("profiles"),
              sample_path(SURVEYMONKEY_SAMPLE), sample_path(EMS_SAMPLE)]
    missing = [str(path) for path in wanted if not path.exists()]
    _require(not missing, f"missing: {', '.join(missing)}")
    return f"resources and samples found under {project_root()}"


def _check_number_formats() -> str:
    from explorer.core.formatting import format_count, format_percent

    shown = {lang: (format_count(12345, lang), format_percent(0.043, lang)) for lang in ("nl", "en")}
    _require(shown["nl"][0] == "12.345" and shown["en"][0] == "12,345",
             f"thousands separators wrong: {shown['nl'][0]} (nl), {shown['en'][0]} (en)")
    _require(shown["nl"][1].startswith("4,3") and shown["en"][1].startswith("4.3"),
             f"percentages wrong: {shown['nl'][1]} (nl), {shown['en'][1]} (en)")
    return f"{shown['nl'][0]} and {shown['nl'][1]} (nl), {shown['en'][0]} and {shown['en'][1]} (en)"


def _read(name: str):
    from explorer.core.reading import ParsedCache, read_table
    from explorer.core.resources import sample_path
    from explorer.core.survey import build_survey

    table = read_table(sample_path(name), cache=ParsedCache(enabled=False))  # never the user's cache
    return table, build_survey(table)


def _check_detection(state: dict) -> str:
    table, survey = _read(SURVEYMONKEY_SAMPLE)
    state["survey"] = survey
    _require(table.format == "surveymonkey", f"format detected as {table.format!r}, expected 'surveymonkey'")
    missing = [role for role in ("sector", "size") if survey.roles.get(role) is None]
    _require(not missing, f"role(s) not found: {', '.join(missing)}")
    _require(len(survey.questions) > 0, "no questions detected")
    return (f"{SURVEYMONKEY_SAMPLE}: format surveymonkey, {table.rows} rows, sector and size found, "
            f"{len(survey.questions)} questions")


def _check_known_figure() -> str:
    from explorer.core.survey import summarize

    _, survey = _read(EMS_SAMPLE)
    total = summarize(survey, "backshoring").total
    share = total.shares.get("yes")
    _require(share is not None, "the EMS backshoring question has no 'yes' answer")
    firms = round(share * total.n)
    _require((total.n, firms, round(100 * share, 1)) == (2450, 105, 4.3),
             f"EMS backshoring {100 * share:.1f} % ({firms} of {total.n}), expected 4.3 % (105 of 2,450)")
    return f"EMS backshoring {100 * share:.1f} % ({firms} of {total.n:,} firms), as published"


def _check_rounds() -> str:
    """The Fedustria sample as a panel, and a test of change (statsmodels and scipy are bundled)."""
    from explorer.core.survey.trend import trend

    _, survey = _read(ROUNDS_SAMPLE)
    panel = survey.panel
    _require(panel is not None and panel.is_panel, f"{ROUNDS_SAMPLE}: no panel of rounds found")
    _require(panel.rounds == ("juni 2020", "mei 2021", "september 2021"), f"rounds out of order: {panel.rounds}")
    found = trend(survey, "Ondervindt u logistieke problemen?")
    change = found.changes[0]
    _require(change.test is not None and change.test.test == "mcnemar" and 0.0 <= change.test.p_value <= 1.0,
             "no McNemar test of the change in logistics problems")
    counts = panel.counts()
    return (f"{counts.answers} answers from {counts.firms} firms in {counts.rounds} rounds; logistics problems "
            f"{change.first} to {change.second}: McNemar on {change.test.firms} firms, p = {change.test.p_value:.2f}")


def _check_briefing(state: dict, tmp: Path) -> str:
    from explorer.report.content.briefing import build_briefing
    from explorer.report.pdf.render import render_briefing

    survey = state.get("survey")
    if survey is None:
        survey = _read(SURVEYMONKEY_SAMPLE)[1]
    briefing = build_briefing(survey, BRIEFING_FIRM, "nl")
    target = tmp / "briefing.pdf"
    render_briefing(briefing, target)
    _require(target.exists(), f"{target} was not written")
    size = target.stat().st_size
    _require(size > MIN_PDF_BYTES, f"{target.name} is only {size:,} bytes")
    _require(target.read_bytes()[:5] == b"%PDF-", f"{target.name} is not a PDF")
    return f"firm {briefing.firm_id} against {briefing.peer_n} peers, {size / 1024:.0f} KB PDF written"


# The window -----------------------------------------------------------------------------------------


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _quiet_offscreen_noise(mode, context, message: str) -> None:
    """Qt's messages go to stderr as usual, except the offscreen plugin's "does not support" notes."""
    if "This plugin does not support" not in message and sys.stderr is not None:
        print(message, file=sys.stderr)


def _check_window(tmp: Path, frozen: bool) -> str:
    if not os.environ.get("QT_QPA_PLATFORM") and not _has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        import PySide6.QtWidgets  # noqa: F401
    except ImportError as exc:
        if frozen:  # the build must contain Qt
            raise CheckFailed(f"Qt cannot be imported: {exc}") from exc
        raise _Skipped(f"Qt cannot be imported ({exc}); the command line works without it") from exc

    from PySide6.QtCore import QEventLoop, QTimer, qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from explorer.app import create_application
    from explorer.core.preferences import Preferences
    from explorer.ui import language as ui_language
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings_store import SettingsStore

    started = time.perf_counter()
    previous_handler = qInstallMessageHandler(_quiet_offscreen_noise)
    # An exception inside a slot does not reach this frame: Qt prints it and carries on. Collect
    # them instead, so that a module missing from a build (a chart's import) fails the check.
    slot_errors: list[BaseException] = []
    previous_hook = sys.excepthook
    sys.excepthook = lambda kind, error, tb: _record(slot_errors, kind, error, tb)
    app = create_application()
    store = SettingsStore(tmp / "settings.ini")  # a temporary store: the user's settings stay untouched
    store.save_preferences(Preferences(language="nl", cache_enabled=False, show_mapping_when_unsure=False))
    translated = ui_language.apply_qt_language("nl")
    window = MainWindow(store=store, language="nl")
    outcome: dict = {}
    loop = QEventLoop()

    def give_up() -> None:
        outcome.setdefault("timeout", True)
        modal = QApplication.activeModalWidget()
        if modal is not None:  # a refusal or bug dialog would wait for a click that never comes
            modal.close()
        loop.quit()

    def settle() -> None:
        for _ in range(4):
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 25)

    window.sig_table_loaded.connect(lambda table: (outcome.setdefault("table", table), loop.quit()))
    window.sig_load_failed.connect(lambda problem: (outcome.setdefault("problem", problem), loop.quit()))
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(give_up)
    try:
        window.show()
        deadline = started + WINDOW_TIMEOUT_S
        while (window.windowHandle() is None or not window.windowHandle().isExposed()) \
                and time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        _require(window.isVisible() and window.windowHandle() is not None and window.windowHandle().isExposed(),
                 "the main window did not appear")
        shown_ms = (time.perf_counter() - started) * 1000
        watchdog.start(int(WINDOW_TIMEOUT_S * 1000))
        window.open_sample()
        if not outcome:
            loop.exec()
        watchdog.stop()
        if "problem" in outcome:
            raise CheckFailed(f"the sample did not open in the window: {outcome['problem'].message}")
        _require("table" in outcome, f"the sample did not open within {WINDOW_TIMEOUT_S:.0f} s")
        settle()
        for index in range(window.tabs.count()):  # every view draws the sample (charts included)
            window.tabs.setCurrentIndex(index)
            settle()
            picture = window.grab()
            _require(not picture.isNull() and picture.width() > 0,
                     f"the {window.tabs.tabText(index)!r} tab could not be painted")
        _require(not slot_errors, "an error inside the window: "
                 + "; ".join(dict.fromkeys(f"{type(e).__name__}: {e}" for e in slot_errors)))
        _require(translated, "Qt's own Dutch translations (qtbase_nl) are missing")
        platform = QGuiApplication.platformName()
        rows = outcome["table"].rows
        tabs = window.tabs.count()
    finally:
        watchdog.stop()
        window.close()
        window.runner.shutdown()
        window.deleteLater()
        ui_language.apply_qt_language("en")
        app.processEvents()
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)
    return (f"shown in {shown_ms:.0f} ms (platform {platform}), sample opened ({rows} rows), "
            f"{tabs} tabs drawn, Qt translations found")


def _record(errors: list, kind, error, tb) -> None:
    errors.append(error)
    if os.environ.get("SURVEY_EXPLORER_DEBUG"):
        traceback.print_exception(kind, error, tb)
