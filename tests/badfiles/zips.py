"""Broken or foreign zip files with a workbook extension."""

from __future__ import annotations

import zipfile
from pathlib import Path

from .expect import DAMAGED, NOT_A_SPREADSHEET, Case, Refused
from .survey import survey_table
from .xlsx_writer import Sheet, workbook_parts, write_parts, write_xlsx


def make_truncated_xlsx(folder: Path) -> Path:
    """A real 300-row workbook cut in half (no central directory)."""
    path = write_xlsx(folder / "truncated.xlsx", [Sheet("Data", survey_table(300))])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def make_truncated_tail_xlsx(folder: Path) -> Path:
    """A real workbook missing only its last 10 bytes (the end-of-central-directory record is cut)."""
    path = write_xlsx(folder / "truncated_tail.xlsx", [Sheet("Data", survey_table(50))])
    path.write_bytes(path.read_bytes()[:-10])
    return path


def make_zip_of_text_xlsx(folder: Path) -> Path:
    """A zip holding one text file, named .xlsx."""
    path = folder / "zip_of_text.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("notities.txt", "Boodschappen: melk, brood, kaas.\n")
    return path


def make_docx_named_xlsx(folder: Path) -> Path:
    """A minimal Word document (word/document.xml) named .xlsx."""
    path = folder / "word_document.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml",
                    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                    'package/2006/content-types"><Default Extension="rels" ContentType="application/'
                    'vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" '
                    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.'
                    'main+xml"/></Types>')
        zf.writestr("_rels/.rels",
                    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
                    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                    'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                    'Target="word/document.xml"/></Relationships>')
        zf.writestr("word/document.xml",
                    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats'
                    '.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Verslag</w:t></w:r></w:p>'
                    "</w:body></w:document>")
    return path


def make_missing_sheet_part_xlsx(folder: Path) -> Path:
    """workbook.xml and its rels name xl/worksheets/sheet1.xml, which is not in the zip."""
    parts = workbook_parts([Sheet("Data", survey_table(10))])
    del parts["xl/worksheets/sheet1.xml"]
    return write_parts(folder / "missing_sheet_part.xlsx", parts)


def make_malformed_sheet_xml_xlsx(folder: Path) -> Path:
    """An intact zip whose sheet1.xml stops in the middle of a cell."""
    parts = workbook_parts([Sheet("Data", survey_table(40))])
    sheet = parts["xl/worksheets/sheet1.xml"]
    cut = b'<c r="C20"'
    parts["xl/worksheets/sheet1.xml"] = sheet[: sheet.index(cut) + len(cut)]
    return write_parts(folder / "malformed_sheet_xml.xlsx", parts)


CASES = [
    Case("truncated", make_truncated_xlsx, Refused(DAMAGED)),
    Case("truncated_tail", make_truncated_tail_xlsx, Refused(DAMAGED)),
    Case("zip_of_text", make_zip_of_text_xlsx, Refused(NOT_A_SPREADSHEET)),
    Case("docx_named_xlsx", make_docx_named_xlsx, Refused(NOT_A_SPREADSHEET), "a Word document"),
    Case("missing_sheet_part", make_missing_sheet_part_xlsx, Refused(DAMAGED)),
    Case("malformed_sheet_xml", make_malformed_sheet_xml_xlsx, Refused(DAMAGED)),
]
