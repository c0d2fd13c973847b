"""`cache`: where the parsed-file cache lives, or clear it."""

from __future__ import annotations

import argparse

from explorer.cli.common import EXIT_OK


def run_cache(args: argparse.Namespace) -> int:
    from explorer.core.reading import ParsedCache

    cache = ParsedCache(enabled=True)
    if args.action == "where":
        print(cache.folder)
    else:
        removed = cache.clear()
        print(f"Removed {removed} cached file(s) from {cache.folder}.")
    return EXIT_OK
