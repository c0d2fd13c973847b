"""`inspect`: what was understood of a survey file, as text for people or JSON for scripts."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from explorer.cli.common import EXIT_OK, parsed_cache, prepare_reading


def run_inspect(args: argparse.Namespace) -> int:
    prepare_reading(args)
    from explorer.core.inspection import describe_file

    report = describe_file(Path(args.file), sheet=args.sheet, cache=parsed_cache(args))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2, default=str))
    else:
        from explorer.cli.inspect_text import format_report

        print(format_report(report))
    return EXIT_OK
