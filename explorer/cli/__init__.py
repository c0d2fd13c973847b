"""The command line: `survey-explorer` / `python -m explorer`.

`main` reads the arguments (`parser`) and hands them to one command module (`inspect_command`,
`summarize_command`, `report_command`, `slides_command`, `ledger_command`, `cache_command`); the
plain-text output of the commands lives beside them (`inspect_text`, `summary_text`), not in core.
Exit 0 on success, 2 on bad input or bad arguments (one line `error: ...` on stderr, no
traceback), 1 only for a bug. Qt is imported only by the `gui` command.
"""

from __future__ import annotations

import argparse
import os
import sys

from explorer.cli.common import EXIT_BAD_INPUT, EXIT_BUG, EXIT_OK
from explorer.cli.parser import build_parser
from explorer.core.errors import InputError, one_line
from explorer.core.i18n import tr


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = build_parser().parse_args(argv)
        return _run(args.command or "gui", args)
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


def _run(command: str, args: argparse.Namespace) -> int:
    """The command's module is imported only when it runs: `--version` and errors stay quick."""
    if command == "gui":
        from explorer.app import run

        return run(file=getattr(args, "file", None), sample=getattr(args, "sample", False),
                   lang=getattr(args, "lang", None))
    if command == "selftest":
        from explorer.selftest import run_selftest

        return run_selftest()
    if command == "inspect":
        from explorer.cli.inspect_command import run_inspect as handler
    elif command == "summarize":
        from explorer.cli.summarize_command import run_summarize as handler
    elif command == "report":
        from explorer.cli.report_command import run_report as handler
    elif command == "slides":
        from explorer.cli.slides_command import run_slides as handler
    elif command == "ledger":
        from explorer.cli.ledger_command import run_ledger as handler
    elif command == "cache":
        from explorer.cli.cache_command import run_cache as handler
    else:  # the parser knows no other command
        raise ValueError(f"no handler for the command {command!r}")
    return handler(args)


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
