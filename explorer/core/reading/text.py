"""Delimited text files: detect encoding, delimiter and a `sep=` line; parse every cell as text.

Typing (numbers with a decimal comma, categoricals) happens afterwards in `values`, on the
distinct values of each column.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.csv as pacsv

from explorer.core.errors import Count, InputError
from explorer.core.reading.limits import ReadLimits

DELIMITERS = (",", ";", "\t", "|")
# Free-text answers can be long; the csv module's default cap of 128 KB per field is not a limit of ours.
csv.field_size_limit(2**31 - 1)
SNIFF_LINES = 60
# Control bytes that no spreadsheet cell holds; older exporters leave NULs and the like in text files.
# Tab, line feed, carriage return and form feed are text. None of these bytes occurs inside a
# UTF-8 or Windows-1252 character, so dropping them never splits one.
STRAY_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
# Checked in slices: bytes.translate runs at memory speed where a regular expression would not,
# and a slice at a time keeps the extra memory small.
STRAY_SLICE = 1 << 23
# More stray bytes than this share of the file, and it is not text with a few stray bytes.
MAX_STRAY_SHARE = 0.01


@dataclass(frozen=True)
class TextTable:
    rows: pa.Table          # every cell as text, columns c0..cN, no header interpretation
    encoding: str
    delimiter: str
    dropped_bytes: int = 0  # stray control bytes left out of the text


def drop_stray_bytes(raw: bytes, name: str) -> tuple[bytes, int]:
    """The bytes without stray control bytes, and how many were dropped; binary files are refused."""
    for start in range(0, len(raw), STRAY_SLICE):
        part = raw[start:start + STRAY_SLICE]
        if len(part.translate(None, STRAY_BYTES)) != len(part):
            break
    else:
        return raw, 0
    kept = raw.translate(None, STRAY_BYTES)
    dropped = len(raw) - len(kept)
    if dropped > max(8, MAX_STRAY_SHARE * len(raw)):
        raise InputError("error.text.not_text", file=name)
    return kept, dropped


def decode(raw: bytes, name: str) -> tuple[str, str]:
    """The text and the encoding it was read with (stray control bytes already dropped)."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputError("error.text.utf16", file=name) from None
    if _is_utf16(raw):
        # UTF-16 without a byte-order mark: every other byte of ASCII text is zero.
        sample = raw[:4096]
        encoding = "utf-16-be" if sample[0::2].count(0) > sample[1::2].count(0) else "utf-16-le"
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            raise InputError("error.text.not_text", file=name) from None
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # Dutch Excel saves CSV in Windows-1252; its five unused bytes fall back to Latin-1.
        return raw.decode("cp1252", errors="replace"), "cp1252"


def _is_utf16(raw: bytes) -> bool:
    """UTF-16 text, with or without a byte-order mark: its NUL bytes are part of the characters."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    sample = raw[:4096]
    return sample.count(b"\x00") > len(sample) // 4


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\r\n\f") or ch == "\ufffd")
    return controls > max(2, len(sample) // 100)


def _split_sep_line(text: str) -> tuple[str | None, str]:
    """Excel's `sep=;` first line names the delimiter (a tab may be written literally or as \\t)."""
    end = text.find("\n")
    first = text if end < 0 else text[:end]  # the rest is cut off only when there is a sep line
    stripped = first.rstrip("\r\n").strip('"')
    if stripped.lower().startswith("sep="):
        rest = "" if end < 0 else text[end + 1:]
        delimiter = stripped[4:]
        if delimiter == "\\t":
            return "\t", rest
        if len(delimiter) <= 1 and delimiter.isascii():
            return delimiter or ",", rest
        return None, rest  # a separator the parser cannot use (sep=€): guess it from the data
    return None, text


def _first_lines(text: str, count: int) -> str:
    """The first lines of a large text without splitting all of it."""
    end = 0
    for _ in range(count):
        end = text.find("\n", end) + 1
        if end == 0:
            return text
    return text[:end]


def sniff_delimiter(text: str) -> str:
    sample = _first_lines(text, SNIFF_LINES)
    best, best_score = ",", (-1.0, 0)
    for delimiter in DELIMITERS:
        try:
            counts = [len(row) for row in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if row]
        except csv.Error:
            continue
        if not counts:
            continue
        mode, hits = Counter(counts).most_common(1)[0]
        if mode < 2:
            continue
        score = (hits / len(counts), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _python_parse(text: str, delimiter: str) -> pa.Table:
    """Slow path for ragged files (rows of different lengths), which Arrow refuses."""
    rows = [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
            if any(cell.strip() for cell in row)]
    width = max((len(r) for r in rows), default=0)
    columns = [[r[i] if i < len(r) else "" for r in rows] for i in range(width)]
    return pa.table({f"c{i}": pa.array(col, pa.string()) for i, col in enumerate(columns)})


def _check_width(first_rows: list[list[str]], text: str, name: str, limits: ReadLimits) -> int:
    """The widest of the first rows; refuse a file wider than a sheet, or more cells than the budget."""
    width = max((len(r) for r in first_rows), default=1)
    if width > limits.max_columns:
        raise InputError("error.text.too_wide", file=name, width=Count(width), limit=Count(limits.max_columns))
    lines = text.count("\n") + 1
    if width * lines > limits.max_cells:
        raise InputError("error.text.too_many_cells", file=name, cells=Count(width * lines), lines=Count(lines),
                         width=Count(width), limit=Count(limits.max_cells))
    return width


def read_text_table(raw: bytes, name: str, limits: ReadLimits) -> TextTable:
    if len(raw) > limits.max_text_bytes:
        raise InputError("error.text.too_large", file=name, size=Count(round(len(raw) / 2**20)))
    dropped = 0
    if not _is_utf16(raw):
        raw, dropped = drop_stray_bytes(raw, name)
    text, encoding = decode(raw, name)
    del raw  # the text holds it all now; the bytes would only add to the peak while Arrow parses
    if _looks_binary(text):
        raise InputError("error.text.not_text", file=name)
    if "\r" in text and "\n" not in text[:65536]:
        text = text.replace("\r", "\n")  # classic Mac line endings, which the csv module refuses
    declared, text = _split_sep_line(text)
    if not text.strip():
        raise InputError("error.text.no_data", file=name)
    delimiter = declared or sniff_delimiter(text)
    try:
        first_rows = list(csv.reader(io.StringIO(_first_lines(text, SNIFF_LINES), newline=""), delimiter=delimiter))
    except csv.Error:
        raise InputError("error.text.not_delimited", file=name) from None
    width = _check_width(first_rows, text, name, limits)
    names = [f"c{i}" for i in range(width)]
    try:
        table = pacsv.read_csv(
            io.BytesIO(text.encode("utf-8")),
            read_options=pacsv.ReadOptions(column_names=names, block_size=1 << 22),
            parse_options=pacsv.ParseOptions(delimiter=delimiter, newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(
                column_types={n: pa.string() for n in names}, strings_can_be_null=False, quoted_strings_can_be_null=False
            ),
        )
    except pa.ArrowInvalid:
        try:
            table = _python_parse(text, delimiter)
        except csv.Error:
            raise InputError("error.text.not_delimited", file=name) from None
    if table.num_columns > limits.max_columns:
        raise InputError("error.text.too_wide", file=name, width=Count(table.num_columns),
                         limit=Count(limits.max_columns))
    return TextTable(rows=table, encoding=encoding, delimiter=delimiter, dropped_bytes=dropped)
