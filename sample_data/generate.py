"""(Re)write the synthetic sample files in sample_data/.

    .venv/bin/python sample_data/generate.py            # writes next to this script
    .venv/bin/python sample_data/generate.py --out DIR  # writes into DIR instead

Deterministic: every file has its own fixed random seed, the xlsx files carry fixed document
and zip timestamps, so two runs give byte-identical files. Each builder first checks that its
chosen counts reproduce the published figures (see README.md) and stops if one does not.
Standard library plus openpyxl only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ among the sample files
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import _ems  # noqa: E402
import _fedustria  # noqa: E402
import _flanders_make  # noqa: E402
import _surveymonkey  # noqa: E402

BUILDERS = [_ems, _fedustria, _flanders_make, _surveymonkey]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write into (default: sample_data/)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for builder in BUILDERS:
        builder.write(args.out)
        path = args.out / builder.FILE_NAME
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
