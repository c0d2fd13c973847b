"""Shared helpers for the sample-data generator: rounding, exact-count allocation, writers.

Only the standard library and openpyxl; every random choice goes through a `random.Random`
seeded by the caller, so the output is the same on every run.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import os
import random
import re
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Iterable, Sequence

# Timestamp written into the xlsx document properties and into every zip member, so that two
# runs produce identical workbooks.
FIXED_STAMP = _dt.datetime(2022, 10, 1, 9, 0, 0)
_ZIP_DATE = (2022, 10, 1, 9, 0, 0)


def pct(k: int, n: int, decimals: int) -> Decimal:
    """k/n as a percentage rounded half-up to `decimals` places (how reports round)."""
    quantum = Decimal(1).scaleb(-decimals)
    return (Decimal(100 * k) / Decimal(n)).quantize(quantum, rounding=ROUND_HALF_UP)


def check_pct(what: str, k: int, n: int, published: float, decimals: int) -> None:
    """Fail loudly when a chosen count does not reproduce the published figure."""
    got = pct(k, n, decimals)
    if got != Decimal(str(published)).quantize(Decimal(1).scaleb(-decimals)):
        raise AssertionError(f"{what}: {k}/{n} = {got} %, published {published} %")


def expand(counts: dict, rng: random.Random | None = None) -> list:
    """A list holding each key `count` times; shuffled when an rng is given."""
    out = [key for key, count in counts.items() for _ in range(count)]
    if rng is not None:
        rng.shuffle(out)
    return out


def largest_remainder(total: int, weights: dict) -> dict:
    """Integer counts summing to `total`, proportional to `weights` (Hamilton's method)."""
    wsum = sum(weights.values())
    raw = {k: total * w / wsum for k, w in weights.items()}
    counts = {k: int(v) for k, v in raw.items()}
    rest = total - sum(counts.values())
    order = sorted(raw, key=lambda k: (-(raw[k] - counts[k]), list(weights).index(k)))
    for k in order[:rest]:
        counts[k] += 1
    return counts


def assign_multi(
    rng: random.Random,
    people: Sequence,
    counts: dict,
    affinity=None,
) -> dict:
    """Tick option o for exactly counts[o] of `people`, every person ticking at least one.

    Returns {person: set(options)}. Each person first gets one option (primary counts are
    proportional to `counts`), then the remaining ticks go to people who do not have that
    option yet. `affinity(person, option)` > 0 makes a person more likely to receive the
    option (used to correlate ticks with firm size, sector, ...).
    """
    people = list(people)
    n = len(people)
    total = sum(counts.values())
    if total < n:
        raise ValueError("fewer ticks than people: someone would tick nothing")
    primary = largest_remainder(n, counts)
    for opt in counts:  # a primary count can never exceed the option's count
        if primary[opt] > counts[opt]:
            raise ValueError("cannot give everyone a primary option")
    ticks: dict = {p: set() for p in people}
    pool = list(people)
    rng.shuffle(pool)
    for opt, person in zip(expand(primary), pool):
        ticks[person].add(opt)
    for opt, count in counts.items():
        extra = count - primary[opt]
        candidates = [p for p in people if opt not in ticks[p]]
        chosen = weighted_sample(rng, candidates, extra, (lambda p: affinity(p, opt)) if affinity else None)
        for person in chosen:
            ticks[person].add(opt)
    return ticks


def weighted_sample(rng: random.Random, items: Sequence, k: int, weight=None) -> list:
    """k distinct items drawn without replacement, proportional to weight(item) (default 1)."""
    if k > len(items):
        raise ValueError(f"cannot draw {k} of {len(items)}")
    if weight is None:
        return rng.sample(list(items), k)
    # Efraimidis-Spirakis: key u^(1/w), keep the k largest.
    keyed = []
    for i, item in enumerate(items):
        w = max(float(weight(item)), 1e-9)
        keyed.append((rng.random() ** (1.0 / w), -i, item))
    keyed.sort(reverse=True)
    return [item for _, _, item in keyed[:k]]


def dutch_decimal(value: float | None, decimals: int = 1) -> str:
    """12.5 -> '12,5' as Dutch Excel writes it in a CSV; None -> ''."""
    if value is None:
        return ""
    text = f"{value:.{decimals}f}"
    if float(text) == 0:
        text = f"{0:.{decimals}f}"  # no "-0,0"
    return text.replace(".", ",")


def write_csv(path: Path, rows: Iterable[Sequence], *, delimiter: str, encoding: str) -> None:
    """Write rows with CRLF line ends, quoting only where needed, atomically."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    atomic_write(path, buf.getvalue().encode(encoding))


def atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


_MODIFIED = re.compile(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>")


def save_workbook_deterministic(wb, path: Path) -> None:
    """Save an openpyxl workbook so that two runs give byte-identical files.

    openpyxl stamps `dcterms:modified` with the current time and every zip member with the
    current date; both are replaced by FIXED_STAMP.
    """
    wb.properties.creator = "Survey Explorer sample generator"
    wb.properties.lastModifiedBy = "Survey Explorer sample generator"
    wb.properties.created = FIXED_STAMP
    wb.properties.modified = FIXED_STAMP
    raw = io.BytesIO()
    wb.save(raw)
    stamp = FIXED_STAMP.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = _MODIFIED.sub(
                    lambda m: b"<dcterms:modified" + m.group(1) + b">" + stamp + b"</dcterms:modified>",
                    data,
                )
            member = zipfile.ZipInfo(info.filename, date_time=_ZIP_DATE)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            zout.writestr(member, data, compresslevel=6)
    atomic_write(path, out.getvalue())


def style_header(ws, widths: dict | None = None) -> None:
    """Bold first row, frozen below it, with column widths (header length by default)."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    for cell in ws[1]:
        cell.font = bold
    ws.freeze_panes = "A2"
    for idx, cell in enumerate(ws[1], start=1):
        text = str(cell.value or "")
        width = (widths or {}).get(text, min(max(len(text) + 2, 10), 48))
        ws.column_dimensions[get_column_letter(idx)].width = width
