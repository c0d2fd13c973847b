"""Check a zip container (xlsx, xlsm, ods) before any reader inflates it.

Declared sizes are checked first (cheap, refuses honest zip bombs at once); then every XML
part is inflated as a stream, never held in memory, which both proves the declared sizes
(Python's zipfile stops at the declared size and fails the CRC when a header lies) and lets
us count formula cells that carry no cached value.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from explorer.core.errors import InputError, Phrase
from explorer.core.reading.limits import MB, ReadLimits
from explorer.core.task import TaskContext

CHUNK = 4 * MB
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
MACRO_CONTENT_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"

# Ways a formula cell without a cached value ends in SpreadsheetML: `<f>..</f></c>`,
# `<f .../></c>`, or an empty `<v>`.
NO_VALUE_PATTERNS = (b"</f></c>", b'"/></c>', b"<v/></c>", b"<v /></c>", b"<v></v></c>")
DTD_MARKERS = (b"<!DOCTYPE", b"<!ENTITY")
TAIL_BYTES = max(len(p) for p in NO_VALUE_PATTERNS) - 1


def _count_no_value(data: bytes) -> int:
    return sum(data.count(p) for p in NO_VALUE_PATTERNS)


@dataclass(frozen=True)
class ZipFacts:
    container: str  # "xlsx" or "ods"
    macro_enabled: bool = False
    inflated_bytes: int = 0
    cells: int = 0
    error_cells: int = 0
    formulas_without_value: int = 0


def _human(n: int) -> str:
    return f"{n / MB:,.0f} MB" if n >= MB else f"{n / 1024:,.0f} KB"


def _container_of(archive: zipfile.ZipFile, names: set[str], label: str) -> str:
    if "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names):
        return "xlsx"
    if "mimetype" in names:
        mimetype = archive.read("mimetype")[:200].strip()
        if mimetype == ODS_MIMETYPE:
            return "ods"
        if b"opendocument.text" in mimetype:
            raise InputError("error.file.foreign", file=label, what=Phrase("error.kind.odt"))
    if any(n.startswith("word/") for n in names):
        raise InputError("error.file.foreign", file=label, what=Phrase("error.kind.word"))
    if any(n.startswith("ppt/") for n in names):
        raise InputError("error.file.foreign", file=label, what=Phrase("error.kind.powerpoint"))
    raise InputError("error.file.foreign", file=label, what=Phrase("error.kind.zip"))


def _check_declared_sizes(infos: list[zipfile.ZipInfo], limits: ReadLimits, label: str) -> int:
    if len(infos) > limits.max_zip_entries:
        raise InputError("error.zip.too_many_parts", file=label, parts=f"{len(infos):,}")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise InputError("error.file.password", file=label)
        total += info.file_size
        if info.compress_size > 0 and info.file_size >= limits.ratio_check_from_bytes:
            ratio = info.file_size / info.compress_size
            if ratio > limits.max_compression_ratio:
                raise InputError("error.zip.bomb", file=label, packed=_human(info.compress_size),
                                 unpacked=_human(info.file_size))
        # Deflate never grows data by more than a few bytes per block; more means the header lies.
        if info.compress_type == zipfile.ZIP_DEFLATED and info.compress_size > info.file_size * 1.01 + 1024:
            raise InputError("error.zip.sizes", file=label)
    if total > limits.max_inflated_bytes:
        raise InputError("error.zip.too_large", file=label, unpacked=_human(total),
                         limit=_human(limits.max_inflated_bytes))
    return total


@dataclass
class _SheetCounts:
    cells: int = 0
    error_cells: int = 0
    formulas_without_value: int = 0


def _scan_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, is_sheet: bool, task: TaskContext) -> _SheetCounts:
    counts = _SheetCounts()
    tail = b""
    first = True
    with archive.open(info) as stream:
        while True:
            chunk = stream.read(CHUNK)
            if not chunk:
                break
            task.check()
            if first:
                if any(marker in chunk[:65536] for marker in DTD_MARKERS):
                    raise _EntityDeclaration()
                first = False
            if is_sheet:
                # Carry a short tail so a pattern split across two chunks is still counted once.
                window = tail + chunk
                # Most sheets hold no formulas at all; one search spares five counts per chunk.
                if b"<f" in window:
                    counts.formulas_without_value += _count_no_value(window) - _count_no_value(tail)
                counts.error_cells += window.count(b't="e"') - tail.count(b't="e"')
                counts.cells += window.count(b"<c ") - tail.count(b"<c ")
                tail = window[-TAIL_BYTES:]
    return counts


class _EntityDeclaration(Exception):
    pass


def _is_macro_enabled(archive: zipfile.ZipFile, label: str) -> bool:
    try:
        root = SafeET.fromstring(archive.read("[Content_Types].xml"))
    except DefusedXmlException:
        raise InputError("error.zip.entities", file=label) from None
    except SafeET.ParseError:
        raise InputError("error.zip.contents_list", file=label) from None
    return any(el.get("ContentType") == MACRO_CONTENT_TYPE for el in root)


def check_zip(path: Path, limits: ReadLimits, task: TaskContext) -> ZipFacts:
    label = path.name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        raise InputError("error.zip.not_zip", file=label) from None
    with archive:
        infos = archive.infolist()
        names = {info.filename for info in infos}
        declared = _check_declared_sizes(infos, limits, label)
        container = _container_of(archive, names, label)
        macro = container == "xlsx" and _is_macro_enabled(archive, label)
        xml_parts = [i for i in infos if i.filename.endswith((".xml", ".rels")) and not i.is_dir()]
        to_scan = sum(i.file_size for i in xml_parts) or 1
        scanned = 0
        totals = _SheetCounts()
        for info in xml_parts:
            is_sheet = info.filename.startswith("xl/worksheets/")
            try:
                counts = _scan_part(archive, info, is_sheet, task)
            except _EntityDeclaration:
                raise InputError("error.zip.entities", file=label) from None
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
                raise InputError("error.zip.unpack", file=label) from None
            except RuntimeError:
                raise InputError("error.file.password", file=label) from None
            totals.cells += counts.cells
            totals.error_cells += counts.error_cells
            totals.formulas_without_value += counts.formulas_without_value
            if totals.cells > limits.max_cells:
                raise InputError("error.zip.too_many_cells", file=label, cells=f"{limits.max_cells:,}")
            scanned += info.file_size
            task.step(scanned / to_scan, "checking")
    return ZipFacts(
        container=container,
        macro_enabled=macro,
        inflated_bytes=declared,
        cells=totals.cells,
        error_cells=totals.error_cells,
        formulas_without_value=totals.formulas_without_value,
    )
