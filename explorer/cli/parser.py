"""The command line's arguments: one sub-command per task, and argparse's errors as one `error:` line."""

from __future__ import annotations

import argparse

from explorer import __version__
from explorer.core.errors import InputError


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
