"""Check a zip container (xlsx, xlsm, ods) before any reader inflates it.

Declared sizes are checked first (cheap, refuses honest zip bombs at once); then every XML part
is inflated as a stream, never held in memory (`zip_entries.py`), which both proves the declared
sizes (a stream longer than declared, or with another checksum, is damage) and feeds the
pre-scan (`prescan.py`, `ods_scan.py`): cells, far cell references, shared strings, repeated
rows and cells; a worksheet too large to parse in one piece is also written in slices
(`sheet_slices.py`). The check costs about one inflate of the workbook.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from explorer.core.errors import Count, InputError, Phrase, Size
from explorer.core.reading.limits import MB, ReadLimits
from explorer.core.reading.ods_scan import OdsScan
from explorer.core.reading.prescan import SharedStringsScan, SheetScan, check_sheet_extent
from explorer.core.reading.sheet_slices import SheetSlices, SliceWriter
from explorer.core.reading.sheets import SheetInfo, ods_sheets, xlsx_sheets
from explorer.core.reading.zip_entries import inflated
from explorer.core.task import TaskContext

CHUNK = 4 * MB
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
MACRO_CONTENT_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
DTD_MARKERS = (b"<!DOCTYPE", b"<!ENTITY")


@dataclass(frozen=True)
class ZipFacts:
    container: str  # "xlsx" or "ods"
    macro_enabled: bool = False
    cells: int = 0
    error_cells: int = 0
    formulas_without_value: int = 0
    sheets: tuple[SheetInfo, ...] = field(default_factory=tuple)
    # Sheet name -> cells with a value, as the pre-scan measured them (xlsx and ods).
    sheet_cells: dict[str, int] = field(default_factory=dict)
    # Sheet name -> its slices, for a worksheet too large to be parsed in one piece (xlsx).
    slices: dict[str, SheetSlices] = field(default_factory=dict)


def _container_of(archive: zipfile.ZipFile, names: set[str], label: str) -> str:
    if "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names):
        return "xlsx"
    if "mimetype" in names:
        mimetype = archive.read("mimetype")[:200].strip() if archive.getinfo("mimetype").file_size < 4096 else b""
        if mimetype == ODS_MIMETYPE:
            return "ods"
        if b"opendocument.text" in mimetype:
            raise InputError("error.file.foreign", file=label, what=Phrase("error.kind.odt"))
    if any(n.startswith("word/") for n in names):
        raise InputError("error.file.foreign", file=label, what=Phrase("error.kind.word"))
    if any(n.startswith("ppt/") for n in names):
        raise InputError("error.file.foreign", file=label, what=Phrase("error.kind.powerpoint"))
    raise InputError("error.file.foreign", file=label, what=Phrase("error.kind.zip"))


def _check_declared_sizes(infos: list[zipfile.ZipInfo], limits: ReadLimits, label: str) -> None:
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise InputError("error.file.password", file=label)
        total += info.file_size
        if info.compress_size > 0 and info.file_size >= limits.ratio_check_from_bytes:
            ratio = info.file_size / info.compress_size
            if ratio > limits.max_compression_ratio:
                raise InputError("error.zip.bomb", file=label, packed=Size(info.compress_size),
                                 unpacked=Size(info.file_size))
        # Deflate never grows data by more than a few bytes per block; more means the header lies.
        if info.compress_type == zipfile.ZIP_DEFLATED and info.compress_size > info.file_size * 1.01 + 1024:
            raise InputError("error.zip.sizes", file=label)
    if total > limits.max_inflated_bytes:
        raise InputError("error.zip.too_large", file=label, unpacked=Size(total),
                         limit=Size(limits.max_inflated_bytes))


def _count_entries(path: Path, limits: ReadLimits, label: str) -> None:
    """Refuse a central directory with more entries than any spreadsheet before zipfile lists them all."""
    with open(path, "rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        handle.seek(max(0, size - 65536 - 22))
        tail = handle.read()
    end = tail.rfind(b"PK\x05\x06")
    if end < 0 or end + 22 > len(tail):
        return  # zipfile says what is wrong
    entries = int.from_bytes(tail[end + 10:end + 12], "little")
    if entries == 0xFFFF:  # zip64: the real count is in the zip64 end record
        marker = tail.rfind(b"PK\x06\x06", 0, end)
        entries = int.from_bytes(tail[marker + 32:marker + 40], "little") if marker >= 0 else 0
    if entries > limits.max_zip_entries:
        raise InputError("error.zip.too_many_parts", file=label, parts=Count(entries))


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


def _scanner_for(name: str, container: str, label: str, parts_to_sheets: dict[str, str], limits: ReadLimits):
    if container == "xlsx" and name in parts_to_sheets:
        return SheetScan(label, parts_to_sheets[name], limits)
    if container == "xlsx" and name.endswith("sharedStrings.xml"):
        return SharedStringsScan(label, limits)
    if container == "ods" and name == "content.xml":
        return OdsScan(label, limits)
    return None


def _scan_part(path: Path, info: zipfile.ZipInfo, scanner, task: TaskContext, slicer=None) -> None:
    first = True
    for chunk in inflated(path, info, CHUNK):
        task.check()
        if first:
            if any(marker in chunk[:65536] for marker in DTD_MARKERS):
                raise _EntityDeclaration()
            first = False
        if scanner is not None:
            scanner.feed(chunk)
        if slicer is not None:
            slicer.feed(chunk)
    if scanner is not None and hasattr(scanner, "finish"):
        scanner.finish()
    if slicer is not None:
        slicer.finish()
    if isinstance(scanner, SheetScan):
        check_sheet_extent(scanner, lambda: inflated(path, info, CHUNK))


def check_zip(path: Path, limits: ReadLimits, task: TaskContext, label: str | None = None,
              slices_to: Path | None = None) -> ZipFacts:
    """Check the container at `path` (the private copy of the file called `label`); worksheets larger
    than a slice are also written in slices to `slices_to`, when given."""
    label = label or path.name
    _count_entries(path, limits, label)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError):
        raise InputError("error.zip.not_zip", file=label) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_zip_entries:
            raise InputError("error.zip.too_many_parts", file=label, parts=Count(len(infos)))
        names = {info.filename for info in infos}
        _check_declared_sizes(infos, limits, label)
        container = _container_of(archive, names, label)
        macro = container == "xlsx" and _is_macro_enabled(archive, label)
        sheets = _sheets(archive, container, label)
        parts_to_sheets = {s.part: s.name for s in sheets if s.part}
        xml_parts = [i for i in infos if i.filename.endswith((".xml", ".rels")) and not i.is_dir()]
        to_scan = sum(i.file_size for i in xml_parts) or 1
        writer = None
        if slices_to is not None and container == "xlsx" and \
                any(i.filename in parts_to_sheets and i.file_size > limits.slice_bytes for i in xml_parts):
            writer = SliceWriter(slices_to, limits)  # a worksheet too large to parse in one piece
        try:
            facts = _scan_parts(path, xml_parts, container, label, parts_to_sheets, limits, task, writer, to_scan)
            slices = writer.finish(archive) if writer is not None else {}
        finally:
            if writer is not None:
                writer.close()
    cells, errors, no_value, sheet_cells = facts
    return ZipFacts(container=container, macro_enabled=macro, cells=cells,
                    error_cells=errors, formulas_without_value=no_value, sheets=sheets, sheet_cells=sheet_cells,
                    slices=slices)


def _scan_parts(path: Path, xml_parts: list[zipfile.ZipInfo], container: str, label: str,
                parts_to_sheets: dict[str, str], limits: ReadLimits, task: TaskContext, writer: SliceWriter | None,
                to_scan: int) -> tuple[int, int, int, dict[str, int]]:
    """Every XML part through its pre-scan (and a large worksheet into slices): what they hold."""
    scanned = 0
    cells = errors = no_value = 0
    sheet_cells: dict[str, int] = {}
    for info in xml_parts:
        scanner = _scanner_for(info.filename, container, label, parts_to_sheets, limits)
        sliced = writer is not None and writer.wants(info, info.filename in parts_to_sheets)
        slicer = writer.sheet(parts_to_sheets[info.filename]) if sliced else None
        try:
            _scan_part(path, info, scanner, task, slicer)
        except _EntityDeclaration:
            raise InputError("error.zip.entities", file=label) from None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
            raise InputError("error.zip.unpack", file=label) from None
        except RuntimeError:
            raise InputError("error.file.password", file=label) from None
        if isinstance(scanner, SheetScan):
            cells += scanner.cells
            errors += scanner.error_cells
            no_value += scanner.formulas_without_value
            sheet_cells[scanner.sheet] = scanner.cells
        elif isinstance(scanner, OdsScan):
            cells += scanner.cells
            sheet_cells.update(scanner.table_cells)
        if cells > limits.max_cells:
            raise InputError("error.zip.too_many_cells", file=label, cells=Count(limits.max_cells))
        scanned += info.file_size
        task.step(scanned / to_scan, "checking")
    return cells, errors, no_value, sheet_cells


def _sheets(archive: zipfile.ZipFile, container: str, label: str) -> tuple[SheetInfo, ...]:
    try:
        return xlsx_sheets(archive) if container == "xlsx" else ods_sheets(archive)
    except DefusedXmlException:
        raise InputError("error.zip.entities", file=label) from None
    except (SafeET.ParseError, KeyError, ValueError, zipfile.BadZipFile, zlib.error, OSError, EOFError):
        return ()  # the reader says what is wrong in plain words
