"""`summarize`: the shares of one question (or a grid of statements), overall and per group, as
text, JSON, or a table written as Export > Table writes it (its groups recorded in the register)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from explorer.cli.common import EXIT_OK, parsed_cache, prepare_reading, refuse_the_input
from explorer.core.errors import InputError


def run_summarize(args: argparse.Namespace) -> int:
    prepare_reading(args)
    from explorer.core.reading import read_table
    from explorer.core.survey import FilterSpec, build_survey, summarize
    from explorer.cli.summary_text import format_summary

    table = read_table(Path(args.file), args.sheet, cache=parsed_cache(args))
    mapping = None
    if args.derive:
        from explorer.core.survey.derived import load_derived
        from explorer.core.survey.profiles import mapping_with_derived

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
        from explorer.cli.summary_text import format_tests

        print(format_summary(summary))
        tests = format_tests(summary)
        if tests:
            print(tests)
        if over_rounds is not None:
            from explorer.cli.summary_text import format_changes

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
    from explorer.cli.summary_text import format_grid

    if args.by:
        raise InputError("error.cli.grid_by")
    summary = grid_summary(survey, grid.key, scheme=args.size_scheme, filters=FilterSpec.parse(args.filter),
                           weighted=args.weighted)
    agreement = args.sort == "agreement"
    if args.out:
        from explorer.core.export.admission import admit_grid_export
        from explorer.core.disclosure.ledger import ReleaseLedger
        from explorer.core.export.frame_file import require_table_suffix, write_table
        from explorer.core.export.long_form import grid_frame

        out = Path(args.out)
        refuse_the_input(Path(args.file), out)
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


def _trend_of(survey, summary):
    """The tested changes between rounds when a summary is split by round (None otherwise)."""
    if summary.by is None or summary.by.strip().lower() != "wave" or survey.panel is None:
        return None
    from explorer.core.survey.trend import trend

    return trend(survey, summary.question.key, question=summary.question, summary=summary,
                 scheme=summary.scheme, filters=summary.filters, weighted=summary.weighted)


def _write_released_table(survey, summary, args: argparse.Namespace) -> int:
    """The table as Export ▸ Table writes it; its groups are recorded in the register first."""
    from explorer.core.export.admission import admit_export
    from explorer.core.disclosure.ledger import ReleaseLedger
    from explorer.core.export import export_table, write_crosstab
    from explorer.core.export.frame_file import require_table_suffix, write_table
    from explorer.core.export.long_form import summary_frame

    source, out = Path(args.file), Path(args.out)
    refuse_the_input(source, out)
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
