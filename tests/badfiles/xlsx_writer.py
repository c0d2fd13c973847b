"""A tiny hand-written SpreadsheetML writer: rows of python values to the literal parts of an xlsx.

Every byte of XML is spelled out here, so a test can bend any part of it. ``workbook_parts`` returns
the parts as an ordered ``{name: bytes}``; change what you need, then ``write_parts``.

Cell values: ``str``, ``int``, ``float``, ``bool``, ``None`` (no cell), plus the markers
``Formula`` (without ``cached`` it has no ``<v>``), ``ErrorCell`` (``t="e"``) and ``Styled``
(a value or nothing with a style index from ``STYLES_XML``).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, TypeVar
from xml.sax.saxutils import escape, quoteattr

XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# Style indexes into cellXfs of STYLES_XML.
STYLE_DEFAULT = 0
STYLE_FILL = 1  # yellow fill, general number format: what "formatting down to row 1,048,576" uses
STYLE_DATETIME = 2  # built-in numFmtId 22, m/d/yy h:mm
STYLE_DATE_NL = 3  # custom numFmtId 164, dd-mm-yyyy hh:mm
STYLE_PERCENT = 4  # built-in numFmtId 9, 0%


@dataclass(frozen=True)
class Formula:
    """A formula cell; ``cached=None`` writes no ``<v>``, as tools that never calculate do."""

    text: str
    cached: int | float | str | None = None


@dataclass(frozen=True)
class ErrorCell:
    """An error cell, ``<c t="e"><v>#N/A</v></c>``."""

    code: str


@dataclass(frozen=True)
class Styled:
    """A cell with a style; ``value=None`` gives a styled empty cell ``<c r="A9" s="1"/>``."""

    value: object = None
    style: int = STYLE_FILL


@dataclass(frozen=True)
class Namespaces:
    main: str
    rel: str  # the r: namespace used in workbook.xml
    rel_type: str  # prefix of relationship types


TRANSITIONAL = Namespaces(
    main="http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    rel_type="http://schemas.openxmlformats.org/officeDocument/2006/relationships",
)
STRICT = Namespaces(
    main="http://purl.oclc.org/ooxml/spreadsheetml/main",
    rel="http://purl.oclc.org/ooxml/officeDocument/relationships",
    rel_type="http://purl.oclc.org/ooxml/officeDocument/relationships",
)

_Target = TypeVar("_Target", Path, BinaryIO)
AUTO = "auto"  # Sheet.dimension default: computed from the rows


@dataclass
class Sheet:
    name: str
    rows: list[list[object]]
    merges: tuple[str, ...] = ()
    dimension: str | None = AUTO  # AUTO: computed; None: no <dimension>; else written as given
    tail_rows_xml: str = ""  # raw <row> elements appended at the end of <sheetData>
    cell_refs: bool = True  # False: <row> and <c> without r attributes (valid, some tools do it)
    inline_strings: bool = False  # True: t="inlineStr" instead of the shared-string table
    cols_xml: str = ""  # raw <cols> element written before <sheetData>


def col_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


class SharedStrings:
    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.count = 0

    def add(self, text: str) -> int:
        self.count += 1
        return self.index.setdefault(text, len(self.index))

    def xml(self, ns: Namespaces = TRANSITIONAL) -> bytes:
        items = "".join(f'<si><t xml:space="preserve">{escape(t)}</t></si>' for t in self.index)
        return (
            f'{XML_DECL}<sst xmlns="{ns.main}" count="{self.count}" '
            f'uniqueCount="{len(self.index)}">{items}</sst>'
        ).encode()


def cell_xml(ref: str, value: object, sst: SharedStrings, inline: bool = False) -> str:
    r = f' r="{ref}"' if ref else ""
    style = ""
    if isinstance(value, Styled):
        style = f' s="{value.style}"'
        value = value.value
    if value is None:
        return f"<c{r}{style}/>"
    if isinstance(value, Formula):
        cached = ""
        kind = ""
        if isinstance(value.cached, str):
            kind, cached = ' t="str"', f"<v>{escape(value.cached)}</v>"
        elif value.cached is not None:
            cached = f"<v>{value.cached!r}</v>"
        return f"<c{r}{style}{kind}><f>{escape(value.text)}</f>{cached}</c>"
    if isinstance(value, ErrorCell):
        return f'<c{r}{style} t="e"><v>{escape(value.code)}</v></c>'
    if isinstance(value, bool):
        return f'<c{r}{style} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)):
        return f"<c{r}{style}><v>{value!r}</v></c>"
    if isinstance(value, str):
        if inline:
            return f'<c{r}{style} t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>'
        return f'<c{r}{style} t="s"><v>{sst.add(value)}</v></c>'
    raise TypeError(f"no cell for {value!r}")


def used_range(rows: list[list[object]]) -> str:
    width = max((len(r) for r in rows), default=1)
    return f"A1:{col_letter(max(width, 1) - 1)}{max(len(rows), 1)}"


def sheet_xml(sheet: Sheet, sst: SharedStrings, ns: Namespaces = TRANSITIONAL) -> bytes:
    out = [f'{XML_DECL}<worksheet xmlns="{ns.main}" xmlns:r="{ns.rel}">']
    dimension = used_range(sheet.rows) if sheet.dimension == AUTO else sheet.dimension
    if dimension is not None:
        out.append(f'<dimension ref="{dimension}"/>')
    out.append(sheet.cols_xml)
    out.append("<sheetData>")
    for i, row in enumerate(sheet.rows, start=1):
        cells = "".join(
            cell_xml(f"{col_letter(j)}{i}" if sheet.cell_refs else "", v, sst, sheet.inline_strings)
            for j, v in enumerate(row)
            if v is not None
        )
        if not sheet.cell_refs:
            out.append(f"<row>{cells}</row>")
        elif cells:  # like Excel, no <row> element for a row without cells
            out.append(f'<row r="{i}">{cells}</row>')
    out.append(sheet.tail_rows_xml)
    out.append("</sheetData>")
    if sheet.merges:
        refs = "".join(f'<mergeCell ref="{m}"/>' for m in sheet.merges)
        out.append(f'<mergeCells count="{len(sheet.merges)}">{refs}</mergeCells>')
    out.append("</worksheet>")
    return "".join(out).encode()


STYLES_XML = (
    XML_DECL + '<styleSheet xmlns="{main}">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy\\ hh:mm"/></numFmts>'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="5">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/>'
    '<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)

CT_MAIN_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
CT_MAIN_XLSM = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
CT_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
CT_SST = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
CT_VBA = "application/vnd.ms-office.vbaProject"


def content_types_xml(n_sheets: int, *, macro: bool, shared_strings: bool) -> bytes:
    main = CT_MAIN_XLSM if macro else CT_MAIN_XLSX
    parts = [
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
        '<Default Extension="xml" ContentType="application/xml"/>',
    ]
    if macro:
        parts.append(f'<Default Extension="bin" ContentType="{CT_VBA}"/>')
    parts.append(f'<Override PartName="/xl/workbook.xml" ContentType="{main}"/>')
    parts += [
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{CT_SHEET}"/>'
        for i in range(1, n_sheets + 1)
    ]
    parts.append(f'<Override PartName="/xl/styles.xml" ContentType="{CT_STYLES}"/>')
    if shared_strings:
        parts.append(f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CT_SST}"/>')
    return (
        XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + "".join(parts) + "</Types>"
    ).encode()


def relationships_xml(rels: list[tuple[str, str, str]]) -> bytes:
    """rels: (id, type URI, target)."""
    items = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in rels)
    return (
        XML_DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + items + "</Relationships>"
    ).encode()


def workbook_xml(names: list[str], ns: Namespaces, *, date1904: bool = False) -> bytes:
    sheets = "".join(
        f'<sheet name={quoteattr(n)} sheetId="{i}" r:id="rId{i}"/>' for i, n in enumerate(names, 1)
    )
    pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    conformance = ' conformance="strict"' if ns is STRICT else ""
    return (
        f'{XML_DECL}<workbook xmlns="{ns.main}" xmlns:r="{ns.rel}"{conformance}>{pr}'
        f"<sheets>{sheets}</sheets></workbook>"
    ).encode()


def workbook_parts(
    sheets: list[Sheet],
    *,
    macro: bool = False,
    date1904: bool = False,
    ns: Namespaces = TRANSITIONAL,
) -> dict[str, bytes]:
    """All parts of a minimal valid workbook, in the order Excel writes them."""
    sst = SharedStrings()
    sheet_parts = {
        f"xl/worksheets/sheet{i}.xml": sheet_xml(s, sst, ns) for i, s in enumerate(sheets, 1)
    }
    has_sst = bool(sst.index)
    wb_rels = [(f"rId{i}", f"{ns.rel_type}/worksheet", f"worksheets/sheet{i}.xml")
               for i in range(1, len(sheets) + 1)]
    n = len(sheets)
    wb_rels.append((f"rId{n + 1}", f"{ns.rel_type}/styles", "styles.xml"))
    if has_sst:
        wb_rels.append((f"rId{n + 2}", f"{ns.rel_type}/sharedStrings", "sharedStrings.xml"))
    if macro:
        wb_rels.append((f"rId{n + 3}", "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
                        "vbaProject.bin"))
    parts = {
        "[Content_Types].xml": content_types_xml(n, macro=macro, shared_strings=has_sst),
        "_rels/.rels": relationships_xml([("rId1", f"{ns.rel_type}/officeDocument", "xl/workbook.xml")]),
        "xl/workbook.xml": workbook_xml([s.name for s in sheets], ns, date1904=date1904),
        "xl/_rels/workbook.xml.rels": relationships_xml(wb_rels),
        "xl/styles.xml": STYLES_XML.replace("{main}", ns.main).encode(),
    }
    if has_sst:
        parts["xl/sharedStrings.xml"] = sst.xml(ns)
    parts.update(sheet_parts)
    return parts


def write_parts(path: _Target, parts: dict[str, bytes | Iterable[bytes]], level: int = 6) -> _Target:
    """Zip the parts in order; a part given as an iterable of chunks is streamed, not held in memory."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        for name, data in parts.items():
            if isinstance(data, bytes):
                zf.writestr(name, data)
            else:
                with zf.open(name, "w", force_zip64=True) as out:
                    for chunk in data:
                        out.write(chunk)
    return path


def write_xlsx(path: Path, sheets: list[Sheet], **options: object) -> Path:
    return write_parts(path, workbook_parts(sheets, **options))
