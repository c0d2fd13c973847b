"""Write `resources/taxonomy/nace_rev2.csv` from the official NACE Rev. 2 downloads.

    python tools/nace_csv.py --english NACE_REV2_en.csv --dutch NACE_REV2_nl.csv

Both inputs are tables in the shape of Eurostat's classification exports (one row per item with
the columns `Level` 1-4, `Code` as written in NACE: `C`, `25`, `25.6`, `25.62`, `Parent` and
`Description`), the English one from Eurostat, the Dutch one from Statbel (NACE-BEL 2008, whose
five-digit subclasses are skipped) or Eurostat's Dutch edition. Column names differ between
editions: pass `--code-column` and friends. The separator (`,` or `;`) is sniffed.
Read `resources/taxonomy/README.md` before committing the result.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

LEVELS = {"1": "section", "2": "division", "3": "group", "4": "class"}
OUTPUT = Path(__file__).resolve().parents[1] / "resources" / "taxonomy" / "nace_rev2.csv"
HEADER = ["level", "code", "parent", "title_nl", "title_en"]


def read_items(path: Path, columns: dict[str, str]) -> dict[str, tuple[str, str, str]]:
    """Code -> (level name, parent code, title) for the four NACE levels of one download."""
    text = path.read_text(encoding="utf-8-sig")
    dialect = csv.Sniffer().sniff(text.splitlines()[0], delimiters=",;\t")
    items = {}
    for row in csv.DictReader(text.splitlines(), dialect=dialect):
        level = LEVELS.get(row[columns["level"]].strip())
        if level is None:
            continue  # national subclasses (level 5) are read as their class
        code = row[columns["code"]].strip()
        items[code] = (level, row[columns["parent"]].strip(), " ".join(row[columns["title"]].split()))
    return items


def table_rows(english: dict[str, tuple[str, str, str]], dutch: dict[str, tuple[str, str, str]]) -> list[list[str]]:
    """Rows in the order of the English download; both editions must name the same codes."""
    if set(english) != set(dutch):
        missing = sorted(set(english) ^ set(dutch))
        raise ValueError(f"the two downloads name different codes, e.g. {', '.join(missing[:5])}")
    return [[level, code, parent, dutch[code][2], title] for code, (level, parent, title) in english.items()]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--english", type=Path, required=True)
    parser.add_argument("--dutch", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=OUTPUT)
    parser.add_argument("--level-column", default="Level")
    parser.add_argument("--code-column", default="Code")
    parser.add_argument("--parent-column", default="Parent")
    parser.add_argument("--title-column", default="Description")
    args = parser.parse_args(argv)
    columns = {"level": args.level_column, "code": args.code_column, "parent": args.parent_column,
               "title": args.title_column}
    try:
        rows = table_rows(read_items(args.english, columns), read_items(args.dutch, columns))
    except (OSError, KeyError, ValueError, csv.Error) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    print(f"{len(rows)} rows written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
