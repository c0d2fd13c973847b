"""OpenDocument spreadsheets written by hand: mimetype first and stored, then manifest and content."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from .expect import Case, Opens
from .survey import survey_table

MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"'
)
MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{MIMETYPE.decode()}"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)
ODS_MAX_ROWS = 1_048_576


def ods_cell(value: object) -> str:
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (f'<table:table-cell office:value-type="float" office:value="{value!r}">'
                f"<text:p>{value}</text:p></table:table-cell>")
    return f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'


def content_xml(sheet: str, rows: list[list[object]], row_tail: str = "", table_tail: str = "") -> bytes:
    body = "".join(f"<table:table-row>{''.join(ods_cell(v) for v in row)}{row_tail}</table:table-row>" for row in rows)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:body><office:spreadsheet>'
        f'<table:table table:name="{escape(sheet)}">{body}{table_tail}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    ).encode()


def write_ods(path: Path, content: bytes) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE, compress_type=zipfile.ZIP_STORED)
        zf.writestr("META-INF/manifest.xml", MANIFEST, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def make_basic_ods(folder: Path) -> Path:
    """15 survey rows in an OpenDocument spreadsheet."""
    return write_ods(folder / "basic.ods", content_xml("Data", survey_table(15)))


def make_repeated_empty_rows_ods(folder: Path) -> Path:
    """20 rows; every row ends in 16,379 repeated empty cells and the table ends in one row element
    repeated down to row 1,048,576 (what LibreOffice writes for a formatted sheet)."""
    table = survey_table(20)
    row_tail = '<table:table-cell table:number-columns-repeated="16379"/>'
    filler = ODS_MAX_ROWS - len(table)
    table_tail = (f'<table:table-row table:number-rows-repeated="{filler}">'
                  '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>')
    return write_ods(folder / "repeated_empty_rows.ods", content_xml("Data", table, row_tail, table_tail))


CASES = [
    Case("ods_basic", make_basic_ods, Opens(15, 5)),
    Case("ods_repeated_empty_rows", make_repeated_empty_rows_ods, Opens(20, 5),
         "number-rows-repeated / number-columns-repeated must not be expanded into 17 billion cells"),
]
