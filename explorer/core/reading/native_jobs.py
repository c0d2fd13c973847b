"""What the reader worker process does (see isolation.py): the calls into native readers.

Each job takes plain values and returns plain values; tables travel back as an Arrow IPC file in
the read's private folder, which the parent maps into memory without copying.
"""

from __future__ import annotations

from pathlib import Path

from explorer.core.reading import workbook
from explorer.core.reading.sheets import SheetInfo

_open: dict[str, object] = {}  # the one workbook this worker serves, by its private path


def warm_up() -> None:
    """Import what the jobs need while the parent is still checking the file."""
    import pyarrow  # noqa: F401
    import pyarrow.ipc  # noqa: F401


def _reader(path: str, label: str):
    if path not in _open:
        _open.clear()
        _open[path] = workbook.open_reader(Path(path), label)
    return _open[path]


def _cell_count(reader, sheet: str) -> int:
    try:
        loaded = reader.load_sheet(sheet, header_row=None)
        return loaded.total_height * loaded.width
    except Exception:
        return 0


def open_workbook(path: str, label: str, requested: str | None, listed: tuple[SheetInfo, ...],
                  sizes: dict[str, int], head_rows: int, want_head: bool) -> dict:
    """Sheet names, the sheet chosen, candidates, warnings and (when asked) the head of that sheet."""
    reader = _reader(path, label)
    names = tuple(reader.sheet_names)
    if not sizes and requested is None and len(names) > 1:
        sizes = {n: _cell_count(reader, n) for n in names}
    chosen, candidates, warnings = workbook.choose_sheet(names, label, requested, listed, sizes)
    head = workbook.read_head(reader, chosen, label, head_rows) if want_head else None
    return {"names": names, "chosen": chosen, "candidates": candidates, "warnings": warnings, "head": head}


def _write_arrow(batch, out: str) -> None:
    import pyarrow as pa

    with pa.OSFile(out, "wb") as sink, pa.ipc.new_file(sink, batch.schema) as writer:
        writer.write_batch(batch)


def read_body(path: str, label: str, sheet: str, skip: int, out: str) -> int | None:
    """Rows of the sheet from `skip` on, written to `out` as an Arrow IPC file; the row count, or None."""
    batch = workbook.read_body(_reader(path, label), sheet, label, skip)
    if batch is None:
        return None
    _write_arrow(batch, out)
    return batch.num_rows


def read_body_slices(path: str, label: str, sheets: tuple[str, ...], skip: int, out_stem: str) -> list[str]:
    """The slices of a sheet (sheet_slices.py) one after the other, each written to an Arrow IPC file of
    its own as soon as it is read, so that one slice at a time is held; the files, in row order."""
    reader = workbook.open_reader(Path(path), label)
    written = []
    for index, sheet in enumerate(sheets):
        # The first slice starts where the sheet does. Each later one starts with its marker row,
        # read as the header: it anchors the columns at A and is neither data nor typed (an
        # absolute skip would make fastexcel fill every row above the slice first).
        batch = workbook.read_body(reader, sheet, label, skip, None) if index == 0 else \
            workbook.read_body(reader, sheet, label, None, header_row=0)
        if batch is not None:
            written.append(f"{out_stem}-{index}.arrow")
            _write_arrow(batch, written[-1])
        del batch
    return written


def read_spss(path: str, label: str) -> tuple:
    from explorer.core.reading import spss

    return spss.read_sav(Path(path), label)


JOBS = {"open_workbook": open_workbook, "read_body": read_body, "read_body_slices": read_body_slices,
        "read_spss": read_spss}
