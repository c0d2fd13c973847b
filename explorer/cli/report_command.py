"""`report`: peer benchmark briefings as PDF, for one firm or every firm (with an index)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from explorer.cli.common import EXIT_OK, parsed_cache, prepare_reading
from explorer.core.errors import InputError


def run_report(args: argparse.Namespace) -> int:
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
    prepare_reading(args)
    table = read_table(Path(args.file), args.sheet, cache=parsed_cache(args))
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
