"""What several commands share: starting the reader worker early, the parsed-file cache, the exit
codes, and the check that an output is not the survey file itself."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from explorer.core.errors import InputError

EXIT_OK, EXIT_BUG, EXIT_BAD_INPUT = 0, 1, 2


# Files that go to the native reader in a worker process: start it before the heavy imports.
NATIVE_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods", ".sav", ".zsav"}


def prepare_reading(args: argparse.Namespace) -> None:
    if Path(args.file).suffix.lower() in NATIVE_SUFFIXES:
        from explorer.core.reading.isolation import prestart_worker

        prestart_worker()


def parsed_cache(args: argparse.Namespace):
    from explorer.core.reading import ParsedCache

    return ParsedCache(enabled=False) if getattr(args, "no_cache", False) else ParsedCache()


def refuse_the_input(source: Path, out: Path) -> None:
    """An output file that is the survey file itself is refused: the input is never written."""
    if out.exists() and source.exists() and os.path.samefile(out, source):
        raise InputError("error.cli.output_is_input", file=out)
