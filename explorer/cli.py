"""The command line: `survey-explorer` / `python -m explorer`.

Exit 0 on success, 2 on bad input or bad arguments (one line `error: ...` on stderr, no
traceback), 1 only for a bug. Qt is imported only by the `gui` command.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from explorer import __version__
from explorer.core.errors import InputError, one_line
from explorer.core.i18n import tr

EXIT_OK, EXIT_BUG, EXIT_BAD_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse, but a bad argument is one `error:` line and exit 2, never a usage dump."""

    def error(self, message: str) -> None:  # noqa: D401 - argparse API
        raise InputError("error.arguments", detail=message[0].upper() + message[1:] + ("" if message.endswith(".") else "."))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="survey-explorer", description="Explore manufacturing survey spreadsheets.")
    parser.add_argument("--version", action="version", version=f"survey-explorer {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    gui = commands.add_parser("gui", help="open the desktop app (the default)")
    gui.add_argument("file", nargs="?", help="survey file to open")
    gui.add_argument("--sample", action="store_true", help="open the bundled sample survey")
    gui.add_argument("--lang", choices=["nl", "en"], help="language of the window")

    inspect = commands.add_parser("inspect", help="show what was understood of a survey file")
    inspect.add_argument("file")
    inspect.add_argument("--sheet", help="the sheet to read (default: the one holding the data)")
    inspect.add_argument("--json", action="store_true", help="print JSON")
    inspect.add_argument("--no-cache", action="store_true", help="do not use or fill the parsed-file cache")

    summarize = commands.add_parser("summarize", help="shares of one question, overall and per group")
    summarize.add_argument("file")
    summarize.add_argument("--question", required=True,
                           help="question key, or the key of a grid of statements (see `inspect`)")
    summarize.add_argument("--by", help="size, tech, sector, section, region, wave, or a question's key (a "
                           "multi-select question splits by option, a numeric one by its quartile classes)")
    summarize.add_argument("--size-scheme", choices=["eu", "ems"], default="eu")
    summarize.add_argument("--filter", action="append", default=[], metavar="DIM=VALUE",
                           help="keep firms with this value (repeat to combine; VALUE may list alternatives a,b)")
    summarize.add_argument("--weighted", action="store_true", help="use the survey's weights")
    summarize.add_argument("--sheet")
    summarize.add_argument("--json", action="store_true", help="print JSON")
    summarize.add_argument("--out", help="write the table as it may leave the app (.xlsx or .csv), as Export > Table "
                                         "does; its groups are recorded in the register of released groups")
    summarize.add_argument("--table", choices=["crosstab", "long"], default="crosstab",
                           help="--out as the crosstab on screen (the default) or in long form, a row per group and answer")
    summarize.add_argument("--lang", choices=["nl", "en"], default="en",
                           help="language of the --out table (a Dutch CSV has ; and decimal commas)")
    summarize.add_argument("--min-peers", type=int, default=None, help="firms a figure needs (default 5, never below 3)")
    summarize.add_argument("--sort", choices=["file", "agreement"], default="file",
                           help="a grid's statements in the file's order or most agreed first")
    summarize.add_argument("--derive", metavar="FILE.json",
                           help="nets, classes and yes/no questions to add (a JSON list, as a profile's mapping saves them)")
    summarize.add_argument("--no-cache", action="store_true")

    report = commands.add_parser("report", help="peer benchmark briefings as PDF")
    report.add_argument("file")
    target = report.add_mutually_exclusive_group(required=True)
    target.add_argument("--firm", help="the firm to benchmark: its id, its name, or #ROW")
    target.add_argument("--all", action="store_true", help="one briefing per firm (needs --out-dir)")
    report.add_argument("--wave", help="the round whose answers are compared (default: each firm's latest round)")
    report.add_argument("--every-wave", action="store_true",
                        help="with --all: one briefing per firm and round it answered in")
    report.add_argument("--out", help="the PDF to write (with --firm)")
    report.add_argument("--out-dir", help="the folder for --all: one PDF per firm and an index CSV")
    report.add_argument("--lang", choices=["nl", "en"], default="nl")
    report.add_argument("--peers", default="auto",
                        help="auto, or DIM=VALUE,... with DIM one of sector, section, size, tech, region, wave "
                             "or a single-choice question (alternatives joined with |)")
    report.add_argument("--size-scheme", choices=["eu", "ems"], default="eu")
    report.add_argument("--min-peers", type=int, default=None,
                        help="firms needed besides the firm (default 5, never below 3; below 5 needs --reason)")
    report.add_argument("--reason", default="",
                        help="why --min-peers is below 5 (recorded in the release register and on the method page)")
    report.add_argument("--organisation", help="the organisation handing the briefing over (cover, PDF author)")
    report.add_argument("--logo", help="the organisation's logo, a PNG or SVG file (cover)")
    report.add_argument("--advisor", help="the advisor's name (cover)")
    report.add_argument("--contact", help="the advisor's e-mail address or phone number (cover)")
    report.add_argument("--note", help="the advisor's note on the key-points page")
    report.add_argument("--sheet")
    report.add_argument("--no-cache", action="store_true")

    slides = commands.add_parser("slides", help="a PowerPoint deck with native, editable charts")
    slides.add_argument("file")
    slides.add_argument("--out", required=True, help="the .pptx to write")
    slides.add_argument("--question", action="append", default=[], help="a question key (repeat; default: all)")
    slides.add_argument("--by", help="also a split chart and a crosstab per question: size, tech, sector, region, ...")
    slides.add_argument("--size-scheme", choices=["eu", "ems"], default="eu")
    slides.add_argument("--filter", action="append", default=[], metavar="DIM=VALUE")
    slides.add_argument("--weighted", action="store_true")
    slides.add_argument("--lang", choices=["nl", "en"], default="en")
    slides.add_argument("--min-peers", type=int, default=None, help="firms a figure needs (default 5, never below 3)")
    slides.add_argument("--sheet")
    slides.add_argument("--no-cache", action="store_true")

    cache = commands.add_parser("cache", help="manage the parsed-file cache")
    cache.add_argument("action", choices=["clear", "where"])

    ledger = commands.add_parser("ledger", help="show or clear the register of released groups (briefings and exports)")
    ledger.add_argument("action", choices=["show", "clear"])
    ledger.add_argument("--reason", default="", help="why the register is cleared (needed by clear; recorded)")
    ledger.add_argument("--json", action="store_true", help="print JSON (show)")

    commands.add_parser("selftest", help="check this copy of the app on its bundled samples (exit 0 when all is well)")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = build_parser().parse_args(argv)
        command = args.command or "gui"
        if command == "gui":
            return _run_gui(args)
        handler = COMMANDS[command]
        return handler(args)
    except InputError as exc:
        print(f"error: {exc.text(error_language(argv))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(f"error: {tr('error.cli.interrupted', error_language(argv))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return EXIT_OK
    except SystemExit:
        raise
    except BaseException as exc:  # a bug (a Rust panic is a BaseException too): plainly, traceback on request
        if os.environ.get("SURVEY_EXPLORER_DEBUG"):
            raise
        print(f"error: {one_line(f'internal error ({type(exc).__name__}: {exc}); please report this.')}",
              file=sys.stderr)
        return EXIT_BUG


def error_language(argv: list[str]) -> str:
    """The language of the `error:` line: `--lang` when given, else the system locale's."""
    from explorer.core.i18n import language_for_locale, normalise_language

    for i, token in enumerate(argv):
        value = argv[i + 1] if token == "--lang" and i + 1 < len(argv) else \
            token.split("=", 1)[1] if token.startswith("--lang=") else None
        if normalise_language(value):
            return normalise_language(value)
    locale = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    return language_for_locale(locale)


# Files that go to the native reader in a worker process: start it before the heavy imports.
NATIVE_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods", ".sav", ".zsav"}


def _prepare_reading(args: argparse.Namespace) -> None:
    if Path(args.file).suffix.lower() in NATIVE_SUFFIXES:
        from explorer.core.reading.isolation import prestart_worker

        prestart_worker()


def _cache(args: argparse.Namespace):
    from explorer.core.reading import ParsedCache

    return ParsedCache(enabled=False) if getattr(args, "no_cache", False) else ParsedCache()


def _cmd_inspect(args: argparse.Namespace) -> int:
    _prepare_reading(args)
    from explorer.core.inspection import describe_file

    report = describe_file(Path(args.file), sheet=args.sheet, cache=_cache(args))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2, default=str))
    else:
        from explorer.core.inspection import format_report

        print(format_report(report))
    return EXIT_OK


def _cmd_summarize(args: argparse.Namespace) -> int:
    _prepare_reading(args)
    from explorer.core.reading import read_table
    from explorer.core.survey import FilterSpec, build_survey, summarize
    from explorer.core.survey.report_text import format_summary

    table = read_table(Path(args.file), args.sheet, cache=_cache(args))
    mapping = None
    if args.derive:
        from explorer.core.survey.derived import load_derived, mapping_with_derived

        mapping = mapping_with_derived(table, load_derived(Path(args.derive)))
    survey = build_survey(table, mapping)
    grid = _grid_of(survey, args.question)
    if grid is not None:
        return _summarize_grid(survey, grid, args)
    summary = summarize(survey, args.question, by=args.by, scheme=args.size_scheme,
                        filters=FilterSpec.parse(args.filter), weighted=args.weighted)
    if args.out:
        return _write_released_table(survey, summary, args)
    over_rounds = _trend_of(survey, summary)
    if args.json:
        from explorer.core.survey.derived import derived_json

        data = summary.to_json()
        data["derived"] = derived_json(survey)
        if over_rounds is not None:
            data["changes"] = over_rounds.changes_json()
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        from explorer.core.survey.report_text import format_tests

        print(format_summary(summary))
        tests = format_tests(summary)
        if tests:
            print(tests)
        if over_rounds is not None:
            from explorer.core.survey.report_text import format_changes

            print(format_changes(over_rounds))
    return EXIT_OK


def _grid_of(survey, key: str):
    """The grid of statements called `key` when no question is (questions go first)."""
    from explorer.core.survey.grid_summary import find_grid

    try:
        survey.question(key)
        return None
    except InputError:
        return find_grid(survey, key)


def _summarize_grid(survey, grid, args: argparse.Namespace) -> int:
    from explorer.core.survey import FilterSpec
    from explorer.core.survey.grid_summary import grid_summary
    from explorer.core.survey.report_text import format_grid

    if args.by:
        raise InputError("error.cli.grid_by")
    summary = grid_summary(survey, grid.key, scheme=args.size_scheme, filters=FilterSpec.parse(args.filter),
                           weighted=args.weighted)
    agreement = args.sort == "agreement"
    if args.out:
        from explorer.core.disclosure.exports import admit_grid_export
        from explorer.core.disclosure.ledger import ReleaseLedger
        from explorer.core.exporting import grid_frame, require_table_suffix, write_table

        out = Path(args.out)
        _refuse_the_input(Path(args.file), out)
        require_table_suffix(out)
        frame = grid_frame(summary, args.min_peers, args.lang, by_agreement=agreement)
        admit_grid_export(ReleaseLedger(), survey, summary, args.min_peers)  # refused in --lang, as every error
        write_table(frame, out, caption=" · ".join([grid.label, *summary.filters.to_texts()]), lang=args.lang)
        print(out)
    elif args.json:
        print(json.dumps(summary.to_json(), ensure_ascii=False, indent=2))
    else:
        print(format_grid(summary, by_agreement=agreement))
    return EXIT_OK


def _refuse_the_input(source: Path, out: Path) -> None:
    if out.exists() and source.exists() and os.path.samefile(out, source):
        raise InputError("error.cli.output_is_input", file=out)


def _trend_of(survey, summary):
    """The tested changes between rounds when a summary is split by round (None otherwise)."""
    if summary.by is None or summary.by.strip().lower() != "wave" or survey.panel is None:
        return None
    from explorer.core.survey.trend import trend

    return trend(survey, summary.question.key, question=summary.question, summary=summary,
                 scheme=summary.scheme, filters=summary.filters, weighted=summary.weighted)


def _write_released_table(survey, summary, args: argparse.Namespace) -> int:
    """The table as Export ▸ Table writes it; its groups are recorded in the register first."""
    from explorer.core.disclosure.exports import admit_export
    from explorer.core.disclosure.ledger import ReleaseLedger
    from explorer.core.export import export_table, write_crosstab
    from explorer.core.exporting import require_table_suffix, summary_frame, write_table

    source, out = Path(args.file), Path(args.out)
    _refuse_the_input(source, out)
    require_table_suffix(out)
    if args.table == "long":
        caption = " · ".join([summary.question.label, *summary.filters.to_texts()])
        frame, table = summary_frame(summary, args.min_peers, args.lang), None
    else:
        frame, table = None, export_table(summary, args.lang, args.min_peers)
    admit_export(ReleaseLedger(), survey, summary, args.min_peers)  # refused in --lang, as every error
    if table is None:
        write_table(frame, out, caption=caption, lang=args.lang)
    else:
        write_crosstab(table, out, args.lang)
    print(out)
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    from explorer.core.benchmark import require_reason
    from explorer.core.disclosure.ledger import ReleaseLedger, withheld_error
    from explorer.core.reading import read_table
    from explorer.core.survey import build_survey

    if args.firm is not None and not args.out:
        raise InputError("error.cli.firm_needs_out")
    if args.all and not args.out_dir:
        raise InputError("error.cli.all_needs_out_dir")
    if args.every_wave and (not args.all or args.wave):
        raise InputError("error.cli.every_wave")
    require_reason(args.min_peers, args.reason)
    branding = _branding(args)
    _refuse_output_onto_input(args)
    _prepare_reading(args)
    table = read_table(Path(args.file), args.sheet, cache=_cache(args))
    survey = build_survey(table)
    ledger = ReleaseLedger()
    if args.firm is not None:
        from explorer.report.content.briefing import build_briefing
        from explorer.report.pdf.render import render_briefing

        briefing = build_briefing(survey, args.firm, args.lang, args.peers, args.size_scheme, args.min_peers,
                                  ledger, min_peers_reason=args.reason, wave=args.wave, branding=branding)
        if briefing.withheld_by is not None:
            raise withheld_error(briefing.withheld_by)
        render_briefing(briefing, Path(args.out))
        answer = f"{briefing.firm_id}, round {briefing.round}" if briefing.round else briefing.firm_id
        print(f"Wrote {args.out} ({answer}, {briefing.peer_n} peers).")
        return EXIT_OK
    from explorer.core.task import TaskContext
    from explorer.report.batch import write_all

    interactive = sys.stderr.isatty()
    shown = {"step": -1}

    def progress(fraction: float, message: str) -> None:
        if interactive:
            print(f"\r[{fraction:6.1%}] {message[:60]:<60}", end="", file=sys.stderr, flush=True)
        elif int(fraction * 10) > shown["step"]:  # a log file gets a line per tenth, not per firm
            shown["step"] = int(fraction * 10)
            print(f"[{fraction:6.1%}] {message[:60]}", file=sys.stderr, flush=True)

    result = write_all(survey, Path(args.out_dir), args.lang, args.peers, args.size_scheme, args.min_peers,
                       TaskContext(report=progress), ledger=ledger, min_peers_reason=args.reason,
                       wave=args.wave, every_wave=args.every_wave, branding=branding)
    if interactive:
        print(file=sys.stderr)
    withheld = f"; withheld {result.withheld} (see the index)" if result.withheld else ""
    print(f"Wrote {result.written} briefing(s), kept {result.skipped} already written{withheld}; "
          f"index: {result.index_path}")
    return EXIT_OK


def _branding(args: argparse.Namespace):
    """The branding options of `report`; a logo is checked before any survey is read."""
    from explorer.core.branding import Branding

    branding = Branding().merged(organisation=args.organisation, logo=args.logo, advisor=args.advisor,
                                 contact=args.contact, note=args.note)
    if branding.logo:
        from explorer.report.pdf.branding import logo_flowable

        logo_flowable(branding.logo, args.lang)
    return branding


def _cmd_ledger(args: argparse.Namespace) -> int:
    from explorer.core.disclosure.ledger import ReleaseLedger
    from explorer.core.disclosure.ledger_text import ledger_json, ledger_lines

    ledger = ReleaseLedger()
    if args.action == "clear":
        cleared = ledger.clear(args.reason)
        print(f"Cleared the register of released groups ({cleared} group(s)); the cleared groups are kept in "
              f"{ledger.path}, marked as cleared.")
        return EXIT_OK
    if args.json:
        print(json.dumps(ledger_json(ledger), ensure_ascii=False, indent=2))
    else:
        print("\n".join(ledger_lines(ledger)))
    return EXIT_OK


def _cmd_slides(args: argparse.Namespace) -> int:
    from explorer.core.disclosure.exports import admit_slides
    from explorer.core.disclosure.ledger import ReleaseLedger
    from explorer.report.slides.deck import survey_slides, write_deck
    from explorer.core.reading import read_table
    from explorer.core.survey import FilterSpec, build_survey

    out = Path(args.out)
    _refuse_the_input(Path(args.file), out)
    _prepare_reading(args)
    survey = build_survey(read_table(Path(args.file), args.sheet, cache=_cache(args)))
    slides = survey_slides(survey, args.lang, args.question or None, args.by, args.size_scheme,
                           FilterSpec.parse(args.filter), args.weighted, args.min_peers)
    admit_slides(ReleaseLedger(), survey, slides, args.min_peers)  # refused in --lang, as every error
    write_deck(out, slides, args.lang, args.min_peers)
    print(f"Wrote {out} ({len(slides)} slides).")
    return EXIT_OK


def _refuse_output_onto_input(args: argparse.Namespace) -> None:
    """Before any work: the PDF or the batch folder must not be (or hold) the survey file itself."""
    from explorer.core.identity import refuse_if_input

    if args.out:
        refuse_if_input(args.out, args.file)
    if args.out_dir:
        target = Path(args.out_dir)
        if target.exists() and not target.is_dir():
            raise InputError("error.cli.out_dir_is_file", folder=target.name)
        from explorer.report.batch import INDEX, MANIFEST

        for name in (INDEX, MANIFEST):
            refuse_if_input(target / name, args.file)


def _cmd_cache(args: argparse.Namespace) -> int:
    from explorer.core.reading import ParsedCache

    cache = ParsedCache(enabled=True)
    if args.action == "where":
        print(cache.folder)
    else:
        removed = cache.clear()
        print(f"Removed {removed} cached file(s) from {cache.folder}.")
    return EXIT_OK


def _cmd_selftest(args: argparse.Namespace) -> int:
    from explorer.selftest import run_selftest

    return run_selftest()


def _run_gui(args: argparse.Namespace) -> int:
    from explorer.app import run

    return run(file=getattr(args, "file", None), sample=getattr(args, "sample", False), lang=getattr(args, "lang", None))


COMMANDS = {"inspect": _cmd_inspect, "summarize": _cmd_summarize, "report": _cmd_report, "slides": _cmd_slides,
            "cache": _cmd_cache,
            "ledger": _cmd_ledger, "selftest": _cmd_selftest}
