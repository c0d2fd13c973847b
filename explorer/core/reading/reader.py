"""Open any survey file: the one entry point that the CLI and the window use.

The file is opened and read once (`source.py`); its hash keys the cache; the zip guard and the
pre-scan check the very bytes that the native reader then reads, in a worker process
(`isolation.py`), so that nothing a file holds can abort the app or take its memory.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.ipc

from explorer.core.errors import InputError
from explorer.core.reading import spss
from explorer.core.reading.cache import ParsedCache
from explorer.core.reading.isolation import NativeWorker, after_read, take_worker
from explorer.core.reading.layout import Layout, cell_text, detect_layout
from explorer.core.reading.limits import DEFAULT_LIMITS, ReadLimits
from explorer.core.reading.names import unique_names
from explorer.core.reading.ole import classify_ole2
from explorer.core.reading.slice_join import join_columns
from explorer.core.reading.sniff import FileKind
from explorer.core.reading.source import Source, read_source
from explorer.core.reading.table import ColumnInfo, LoadedTable
from explorer.core.reading.text import read_text_table
from explorer.core.reading.values import missing_words_warning, to_series
from explorer.core.reading.xlsx_head import read_xlsx_head
from explorer.core.reading.zip_guard import check_zip
from explorer.core.task import NO_TASK, TaskContext

WORKBOOK_EXTENSIONS = {".xlsx", ".xlsm", ".xls", ".ods"}


def read_table(
    path: str | Path,
    sheet: str | None = None,
    *,
    task: TaskContext = NO_TASK,
    cache: ParsedCache | None = None,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> LoadedTable:
    """Read a survey file without ever writing to it; raise `InputError` with one plain sentence."""
    path = Path(path)
    task.step(0.0, "hashing")
    with read_source(path, limits, task.part(0.0, 0.1)) as source:
        cache = cache if cache is not None else ParsedCache()
        cached = cache.get(source.sha256, sheet, path)
        if cached is not None:
            task.step(1.0, "done")
            return cached
        if source.kind is FileKind.TEXT:
            table = _read_text(source, limits, task)
        else:
            worker = take_worker()  # its start overlaps the checks below
            try:
                if source.kind is FileKind.SPSS:
                    table = _read_spss(source, worker, limits, task)
                else:
                    table = _read_workbook(source, worker, sheet, limits, task)
            finally:
                worker.close()
                after_read()
    cache.put(table, sheet)
    task.step(1.0, "done")
    return table


def _read_workbook(source: Source, worker: NativeWorker, sheet: str | None, limits: ReadLimits,
                   task: TaskContext) -> LoadedTable:
    label = source.name
    warnings: list[str] = []
    extra: dict = {}
    listed, sizes, slices = (), {}, {}
    if source.kind is FileKind.ZIP:
        facts = check_zip(source.copy, limits, task.part(0.1, 0.35), label,
                          slices_to=source.private_path("slices.xlsx"))
        extra["container"] = facts.container
        slices = facts.slices
        listed, sizes = facts.sheets, facts.sheet_cells
        if facts.macro_enabled:
            warnings.append("This workbook contains macros; they were not run, only the stored values were read.")
        if facts.formulas_without_value:
            warnings.append(
                f"{facts.formulas_without_value:,} formula cells have no stored result (the file was saved by a program "
                "that does not calculate); they were read as missing. Open and save the file in Excel to keep them."
            )
        if facts.error_cells:
            warnings.append(f"{facts.error_cells:,} cells hold Excel errors such as #N/A; they were read as missing.")
    else:
        extra["container"] = classify_ole2(source.copy, label)
    copy = str(source.name_copy(extra["container"]))
    streamed_head = extra["container"] == "xlsx"
    opened = worker.call("open_workbook", label, limits, task, path=copy, label=label, requested=sheet,
                         listed=listed, sizes=sizes, head_rows=limits.head_rows, want_head=not streamed_head)
    chosen = opened["chosen"]
    warnings.extend(opened["warnings"])
    task.step(0.4, "reading")
    head = _xlsx_head(source, chosen, limits.head_rows) if streamed_head else opened["head"]
    # Slices start at column A, like a sheet whose head does (the streamed head is only used then).
    sliced = slices.get(chosen) if head is not None else None
    if head is None:
        head = worker.call("open_workbook", label, limits, task, path=copy, label=label, requested=chosen,
                           listed=listed, sizes=sizes, head_rows=limits.head_rows, want_head=True)["head"]
    first, rows_of_head = head
    width = max(len(row) for row in rows_of_head)
    layout = detect_layout(rows_of_head, width)
    skip = first + layout.rows_before_data
    arrays = None
    if sliced is not None and sliced.first_rows[1] > skip:  # the header rows lie in the first slice
        parts = worker.call("read_body_slices", label, limits, task, path=sliced.path, label=label,
                            sheets=sliced.sheets, skip=skip,
                            out_stem=str(source.private_path("slice")))
        arrays = join_columns([_mapped_batch(Path(part)) for part in parts]) if parts else []
    if arrays is None:
        body = source.private_path("body.arrow")
        rows = worker.call("read_body", label, limits, task, path=copy, label=label, sheet=chosen, skip=skip,
                           out=str(body))
        arrays = _arrow_columns(body) if rows is not None else []
    worker.close()  # its memory goes back before the columns are typed
    rows = len(arrays[0]) if arrays else 0
    task.step(0.75, "typing")
    table = _assemble(source.path, layout, arrays, rows, prefer_comma=False, task=task.part(0.75, 1.0),
                      warnings=warnings)
    return LoadedTable(path=str(source.path), sheet=chosen, sheets=tuple(opened["names"]), format=layout.format,
                       header_rows=layout.header_rows, frame=table[0], columns=table[1], warnings=tuple(warnings),
                       sha256=source.sha256, extra={**extra, "candidate_sheets": list(opened["candidates"]),
                                                    "first_header_row": first + layout.title_rows + 1})


def _mapped_batch(path: Path) -> pa.RecordBatch:
    """The one batch the worker wrote to `path`, mapped into memory rather than copied."""
    with pa.memory_map(str(path)) as mapped:
        return pa.ipc.open_file(mapped).get_batch(0)


def _arrow_columns(path: Path) -> list:
    """The columns the worker wrote, mapped into memory rather than copied."""
    return list(_mapped_batch(path).columns)


def _xlsx_head(source: Source, sheet: str, rows: int) -> tuple[int, list[list[object]]] | None:
    try:
        streamed = read_xlsx_head(source.copy, sheet, rows)
    except Exception:
        return None  # the worker's calamine head says what is wrong in plain words
    # calamine's columns start at the sheet's first used column; when the head starts at
    # column A the two agree, otherwise only calamine knows where its range begins.
    if streamed is not None and streamed[1] == 0:
        return streamed[0], streamed[2]
    return None


def _read_text(source: Source, limits: ReadLimits, task: TaskContext) -> LoadedTable:
    warnings: list[str] = []
    path = source.path
    misnamed = path.suffix.lower() in WORKBOOK_EXTENSIONS | {".sav"}
    task.step(0.1, "reading")
    text_table = read_text_table(source.data, source.name, limits)
    source.data = None  # the parsed table holds what is needed; the raw bytes can go
    if misnamed:
        warnings.append(f"{source.name} is named like a workbook but holds delimited text; it was read as text.")
    if text_table.dropped_bytes:
        warnings.append(f"{text_table.dropped_bytes:,} stray control bytes (such as NUL) were left out of the text.")
    raw = text_table.rows
    head_count = min(limits.head_rows, raw.num_rows)
    head_columns = [raw.column(i).slice(0, head_count).to_pylist() for i in range(raw.num_columns)]
    head = [[head_columns[c][r] for c in range(raw.num_columns)] for r in range(head_count)]
    if not any(cell_text(v) for row in head for v in row):
        raise InputError("error.table.no_data", file=source.name)
    first = next(i for i, row in enumerate(head) if any(cell_text(v) for v in row))
    head = head[first:]
    layout = detect_layout(head, raw.num_columns)
    skip = first + layout.rows_before_data
    arrays = [raw.column(i).slice(skip) for i in range(raw.num_columns)]
    task.step(0.5, "typing")
    frame, columns = _assemble(path, layout, arrays, max(raw.num_rows - skip, 0),
                               prefer_comma=text_table.delimiter == ";", task=task.part(0.5, 1.0), warnings=warnings)
    if misnamed and len(frame.columns) < 2:
        # A CSV saved under a workbook's name still opens; plain prose does not.
        raise InputError("error.table.plain_text", file=source.name)
    return LoadedTable(path=str(path), sheet=None, sheets=(), format=layout.format, header_rows=layout.header_rows,
                       frame=frame, columns=columns, warnings=tuple(warnings), sha256=source.sha256,
                       extra={"encoding": text_table.encoding, "delimiter": text_table.delimiter,
                              "first_header_row": first + layout.title_rows + 1})


def _assemble(path: Path, layout: Layout, arrays: list, rows: int, prefer_comma: bool, task: TaskContext,
              warnings: list[str]) -> tuple[pd.DataFrame, tuple[ColumnInfo, ...]]:
    headers = list(layout.columns) + [ColumnInfo(name="") for _ in range(len(arrays) - len(layout.columns))]
    # Columns beyond the last named one that hold nothing are formatting, not data.
    while len(arrays) < len(headers):
        arrays.append(pa.nulls(rows))
    names, name_warnings = unique_names([h.name for h in headers])
    warnings.extend(name_warnings)
    data: dict[str, pd.Series] = {}
    errors = 0
    missing_words: Counter = Counter()
    said_no_answer = np.zeros(rows, dtype=bool)
    for index, (name, array) in enumerate(zip(names, arrays)):
        if index % 8 == 0:
            task.step(index / max(len(arrays), 1), "typing")
        series, note = to_series(array, name, prefer_comma)
        errors += note.errors
        missing_words.update(note.missing_words)
        if note.said_no_answer is not None:
            said_no_answer |= note.said_no_answer
        if note.serial_dates:
            warnings.append(f"The column '{name}' held Excel date numbers; they were read as dates.")
        data[name] = series.reset_index(drop=True)
    if errors:
        warnings.append(f"{errors:,} cells hold Excel errors such as #N/A; they were read as missing.")
    if missing_words:
        warnings.append(missing_words_warning(missing_words))
    frame = pd.DataFrame(data) if data else pd.DataFrame(index=pd.RangeIndex(rows))
    keep_columns = [n for n, h in zip(names, headers) if h.name or frame[n].notna().any()]
    frame = frame[keep_columns]
    if len(frame.columns):
        # A row that only says "no answer" is a respondent; a row of empty cells is not.
        filled = frame.notna().to_numpy().any(axis=1) | said_no_answer
        if not filled.all():
            frame = frame.loc[filled].reset_index(drop=True)
    if len(frame.columns) == 0:
        raise InputError("error.table.no_columns", file=path.name)
    if len(frame) == 0:
        raise InputError("error.table.no_rows", file=path.name)
    kept = set(keep_columns)
    infos = tuple(
        replace(h, name=n, question_text=h.question_text or n) for n, h in zip(names, headers) if n in kept
    )
    return frame, infos


def _read_spss(source: Source, worker: NativeWorker, limits: ReadLimits, task: TaskContext) -> LoadedTable:
    task.step(0.1, "reading")
    copy = str(source.name_copy("sav"))
    raw, meta, warnings = worker.call("read_spss", source.name, limits, task, path=copy, label=source.name)
    data: dict[str, pd.Series] = {}
    infos: list[ColumnInfo] = []
    missing_total = 0
    masked: dict[str, dict] = {}
    missing_words: Counter = Counter()
    for name in raw.columns:
        labels = (meta.variable_value_labels or {}).get(name, {})
        ranges = meta.missing_ranges.get(name, []) if meta.missing_ranges else []
        variable = spss.typed_variable(raw[name], labels, ranges, name)
        missing_total += variable.declared_missing
        missing_words.update(variable.missing_words)
        if variable.masked_codes:
            masked[name] = variable.masked_codes
        data[name] = variable.column
        question = (meta.column_names_to_labels or {}).get(name) or name
        infos.append(ColumnInfo(name=name, question_text=question,
                                value_labels=tuple((k, str(v)) for k, v in labels.items())))
    if missing_total:
        warnings.append(f"{missing_total:,} answers carry SPSS missing-value codes (such as 'don't know'); "
                        "they were treated as no answer.")
    if masked:
        warnings.append(spss.masked_codes_warning(masked))
    if missing_words:
        warnings.append(missing_words_warning(missing_words))
    frame = pd.DataFrame(data)
    return LoadedTable(path=str(source.path), sheet=None, sheets=(), format="spss", header_rows=1, frame=frame,
                       columns=tuple(infos), warnings=tuple(warnings), sha256=source.sha256)
