"""`slides`: a PowerPoint deck with native, editable charts of the chosen questions."""

from __future__ import annotations

import argparse
from pathlib import Path

from explorer.cli.common import EXIT_OK, parsed_cache, prepare_reading, refuse_the_input


def run_slides(args: argparse.Namespace) -> int:
    from explorer.core.export.admission import admit_slides
    from explorer.core.disclosure.ledger import ReleaseLedger
    from explorer.report.slides.deck import require_deck, survey_slides, write_deck
    from explorer.core.reading import read_table
    from explorer.core.survey import FilterSpec, build_survey

    out = Path(args.out)
    refuse_the_input(Path(args.file), out)
    prepare_reading(args)
    survey = build_survey(read_table(Path(args.file), args.sheet, cache=parsed_cache(args)))
    slides = survey_slides(survey, args.lang, args.question or None, args.by, args.size_scheme,
                           FilterSpec.parse(args.filter), args.weighted, args.min_peers)
    require_deck(out, slides)
    admit_slides(ReleaseLedger(), survey, slides, args.min_peers)  # refused in --lang, as every error
    write_deck(out, slides, args.lang, args.min_peers)
    print(f"Wrote {out} ({len(slides)} slides).")
    return EXIT_OK
