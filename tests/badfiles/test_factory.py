"""The factory itself: every file really has the property its case claims."""

from __future__ import annotations

import csv
import io
import re
import struct
import zipfile
import zlib
from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree

import pytest

from . import bombs, encrypted, expect, spss, xls, xlsx_layout, xlsx_values, xlsx_xml
from .expect import Opens, Refused
from .fixtures import bad_case, bad_file, bad_files_dir, case_params  # noqa: F401  (fixtures)
from .probes import inflate_entry, ole_streams, zip_text
from .registry import CASES, build_all, select

KEYWORDS = {expect.EMPTY, expect.NO_DATA_ROWS, expect.NOT_A_SPREADSHEET, expect.NOT_A_TEXT, expect.DAMAGED,
            expect.PASSWORD, expect.TOO_LARGE, expect.UNSAFE, expect.CHARTS, expect.HIDDEN, expect.NOT_A_FILE}
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
SHEET1 = "xl/worksheets/sheet1.xml"
XLSX_FAMILY = {".xlsx", ".xlsm", ".xls"}


def sheet_xml(path: Path, n: int = 1) -> str:
    return zip_text(path, f"xl/worksheets/sheet{n}.xml")


def openpyxl_rows(path: Path | io.BytesIO, sheet: str | None = None, **kw) -> list[tuple]:
    openpyxl = pytest.importorskip("openpyxl")
    source = io.BytesIO(path.read_bytes()) if isinstance(path, Path) else path  # any extension
    wb = openpyxl.load_workbook(source, **kw)
    ws = wb[sheet] if sheet else wb.worksheets[0]
    return [tuple(row) for row in ws.iter_rows(values_only=True)]


def fastexcel_frame(path: Path, sheet: int | str = 0, **kw):
    fastexcel = pytest.importorskip("fastexcel")
    return fastexcel.read_excel(path.read_bytes()).load_sheet(sheet, **kw).to_pandas()


# ---------------------------------------------------------------- the registry


def test_case_names_are_unique_and_makers_are_named_make():
    assert len({c.name for c in CASES}) == len(CASES)
    for case in CASES:
        assert case.make.__name__.startswith("make_"), case.name
        assert case.make.__doc__, f"{case.name}: the maker says what the file is"


def test_expectations_are_well_formed():
    for case in CASES:
        for outcome in case.outcomes():
            if isinstance(outcome, Refused):
                assert {outcome.keyword, *outcome.alternatives} <= KEYWORDS, case.name
            else:
                assert isinstance(outcome, Opens)
                assert outcome.rows > 0 and outcome.columns > 0, case.name
    assert {c.expect.kind for c in CASES} == {"opens", "refused"}
    assert len(select("opens")) >= 30 and len(select("refused")) >= 30


def test_refused_matches_keyword_or_alternative():
    refused = Refused(expect.UNSAFE, (expect.DAMAGED,))
    assert refused.matches("Dit bestand is Damaged.")
    assert refused.matches("This workbook contains unsafe XML and was not opened.")
    assert not refused.matches("Could not open the file.")


def test_every_case_builds_one_file_in_the_folder(bad_case):
    case, path = bad_case
    ordinary = case.expect.kind != "refused" or case.expect.keyword != expect.NOT_A_FILE
    assert (path.is_file() if ordinary else path.is_fifo() or path.is_symlink()) and path.parent.name == "badfiles"
    assert path.suffix in {".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".sav"}, case.name


def test_fast_cases_write_nothing_else_and_no_names_collide(tmp_path):
    built = build_all(tmp_path, slow=False)
    assert len(set(built.values())) == len(built)
    assert sorted(tmp_path.iterdir()) == sorted(built.values())


# ---------------------------------------------------------------- disguised files


@pytest.mark.parametrize("ext", ["xlsx", "xlsm", "xls", "ods", "csv", "sav"])
def test_empty_files_are_empty(bad_file, ext):
    path = bad_file(f"empty_{ext}")
    assert path.suffix == f".{ext}" and path.stat().st_size == 0


def test_renamed_files_are_what_they_claim(bad_file):
    assert bad_file("text_named_xlsx").read_text("utf-8").startswith("Beste collega")
    png = bad_file("png_named_xlsx").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos = 8
    while pos < len(png):  # every chunk's CRC is right
        (length,) = struct.unpack_from(">I", png, pos)
        kind_and_data = png[pos + 4: pos + 8 + length]
        assert struct.unpack_from(">I", png, pos + 8 + length)[0] == zlib.crc32(kind_and_data)
        pos += 12 + length
    assert kind_and_data == b"IEND"
    pdf = bad_file("pdf_named_xlsx").read_bytes()
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    startxref = int(pdf.rsplit(b"startxref", 1)[1].split()[0])
    assert pdf[startxref:].startswith(b"xref")
    html = bad_file("html_named_xls").read_text("utf-8")
    assert html.startswith("<html") and html.count("<tr>") == 6


def test_random_bytes_look_like_no_known_format(bad_file):
    data = bad_file("random_bytes_xls").read_bytes()
    assert len(data) == 4096 and data[:2] != b"PK" and data[:8] != OLE_MAGIC and data[:4] != b"$FL2"
    assert data == bad_file("random_bytes_xls").read_bytes()  # seeded: the same every session


def test_xlsx_named_xls_is_a_zip_workbook(bad_file):
    path = bad_file("xlsx_named_xls")
    assert path.suffix == ".xls" and zipfile.is_zipfile(path)
    assert len(openpyxl_rows(path)) == 16


# ---------------------------------------------------------------- broken and foreign zips


def test_truncated_zips_start_like_zips_but_do_not_open(bad_file):
    for name in ("truncated", "truncated_tail"):
        path = bad_file(name)
        data = path.read_bytes()
        assert data[:4] == b"PK\x03\x04" and not zipfile.is_zipfile(path), name
    assert b"PK\x01\x02" not in bad_file("truncated").read_bytes()  # the central directory is gone


def test_foreign_zips_hold_no_workbook(bad_file):
    with zipfile.ZipFile(bad_file("zip_of_text")) as zf:
        assert zf.namelist() == ["notities.txt"]
    with zipfile.ZipFile(bad_file("docx_named_xlsx")) as zf:
        assert "word/document.xml" in zf.namelist()
        assert not any(n.startswith("xl/") for n in zf.namelist())


def test_missing_sheet_part_is_referenced_but_absent(bad_file):
    path = bad_file("missing_sheet_part")
    assert "worksheets/sheet1.xml" in zip_text(path, "xl/_rels/workbook.xml.rels")
    with zipfile.ZipFile(path) as zf:
        assert SHEET1 not in zf.namelist() and zf.testzip() is None


def test_malformed_sheet_xml_is_cut_inside_a_cell(bad_file):
    path = bad_file("malformed_sheet_xml")
    with pytest.raises(ElementTree.ParseError):
        ElementTree.fromstring(sheet_xml(path))
    ElementTree.fromstring(zip_text(path, "xl/workbook.xml"))
    assert sheet_xml(path).endswith('<c r="C20"')


# ---------------------------------------------------------------- encrypted workbooks


@pytest.mark.parametrize("name", ["encrypted", "encrypted_minimal"])
def test_encrypted_is_ole2_with_encryption_streams(bad_file, name):
    data = bad_file(name).read_bytes()
    assert data[:4] == bytes.fromhex("D0CF11E0") and data[:8] == OLE_MAGIC
    streams = ole_streams(data)
    assert {"EncryptionInfo", "EncryptedPackage"} <= set(streams)
    assert streams["EncryptedPackage"] > 8


def test_encrypted_minimal_is_readable_by_olefile(bad_file):
    olefile = pytest.importorskip("olefile")
    path = bad_file("encrypted_minimal")
    with olefile.OleFileIO(str(path), raise_defects=olefile.DEFECT_INCORRECT) as ole:
        info = ole.openstream("EncryptionInfo").read()
        assert struct.unpack_from("<HH", info) == (4, 4)  # agile
        assert info[8:].startswith(b"<?xml")
        package = ole.openstream("EncryptedPackage").read()
        assert struct.unpack_from("<Q", package)[0] == len(encrypted.plain_xlsx_bytes())


def test_encrypted_decrypts_with_its_password_to_a_real_workbook(bad_file):
    pytest.importorskip("msoffcrypto", reason="msoffcrypto-tool not installed: the fallback is used")
    import msoffcrypto

    with open(bad_file("encrypted"), "rb") as f:
        office = msoffcrypto.OfficeFile(f)
        assert office.is_encrypted()
        office.load_key(password=encrypted.PASSWORD_TEXT)
        plain = io.BytesIO()
        office.decrypt(plain)
    assert zipfile.is_zipfile(plain)
    assert len(openpyxl_rows(plain)) == encrypted.ENCRYPTED_ROWS + 1


# ---------------------------------------------------------------- zip bombs


@pytest.mark.slow
def test_zip_bomb_declares_and_inflates_to_1_gib(bad_file):
    path = bad_file("zip_bomb")
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(SHEET1)
    assert info.file_size >= bombs.GIB and info.compress_size < 5_000_000
    assert path.stat().st_size < 5_000_000
    real = inflate_entry(path, SHEET1)
    assert real.size == info.file_size == real.declared_local
    assert real.crc == info.CRC
    assert real.head.startswith(b"<?xml") and real.tail.endswith(b"</sheetData></worksheet>")


@pytest.mark.slow
def test_lying_zip_bomb_declares_10_kib_and_inflates_to_1_gib(bad_file):
    path = bad_file("zip_bomb_lying_sizes")
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(SHEET1)
        assert info.file_size == bombs.LYING_SIZE
        with pytest.raises(zipfile.BadZipFile, match="CRC"), zf.open(SHEET1) as f:
            while f.read(4096):  # Python's zipfile stops at the declared 10 KiB, then the CRC fails
                pass
    real = inflate_entry(path, SHEET1)
    assert real.declared_local == real.declared_central == bombs.LYING_SIZE
    assert real.size >= bombs.GIB and real.crc == info.CRC  # the CRC is that of the real 1 GiB


@pytest.mark.slow
def test_many_entries_bomb_has_100000_entries_and_a_good_workbook(bad_file):
    path = bad_file("zip_many_entries")
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        assert len(names) == bombs.MANY_ENTRIES + 7  # the 7 parts of the workbook
        assert sum(n.startswith("xl/media/junk") for n in names) == bombs.MANY_ENTRIES
    assert b"PK\x06\x06" in path.read_bytes()[-200:]  # zip64 end record: more than 65535 entries
    assert len(openpyxl_rows(path, read_only=True)) == 11


def test_bomb_sheet_arithmetic():
    sheet = bombs.bomb_sheet()
    assert sheet.size >= bombs.GIB and sheet.size - bombs.GIB < len(bombs.BLOCK)
    assert sheet.rows < 1_048_576  # within Excel's row limit: valid-looking
    small = bombs.bomb_sheet(3 * len(bombs.BLOCK))
    head, block, tail = small.deflated_pieces()
    inflated = zlib.decompress(head + block * small.blocks + tail, -15)
    assert len(inflated) == small.size and zlib.crc32(inflated) == small.crc()
    ElementTree.fromstring(inflated)


def test_small_bomb_is_a_valid_workbook(tmp_path):
    path = bombs.make_zip_bomb_xlsx(tmp_path, inflated=len(bombs.BLOCK))
    rows = openpyxl_rows(path, read_only=True)
    assert len(rows) == bombs.bomb_sheet(len(bombs.BLOCK)).rows and len(rows[0]) == bombs.BOMB_COLUMNS


# ---------------------------------------------------------------- XML attacks


@pytest.mark.parametrize("name, part, marker", [
    ("billion_laughs_shared_strings", "xl/sharedStrings.xml", "&lol9;"),
    ("billion_laughs_workbook", "xl/workbook.xml", "&lol9;"),
    ("quadratic_blowup", "xl/sharedStrings.xml", "&a;&a;"),
    ("xxe_shared_strings", "xl/sharedStrings.xml", "&xxe;"),
])
def test_entity_attacks_declare_and_use_entities(bad_file, name, part, marker):
    defused = pytest.importorskip("defusedxml.ElementTree")
    import defusedxml

    path = bad_file(name)
    xml = zip_text(path, part)
    assert xml.startswith('<?xml') and "<!DOCTYPE" in xml and "<!ENTITY" in xml and marker in xml
    with pytest.raises(defusedxml.DefusedXmlException):
        defused.fromstring(xml)
    assert path.stat().st_size < 200_000
    ElementTree.fromstring(sheet_xml(path))  # the rest is a normal workbook


def test_billion_laughs_nests_ten_levels_of_ten():
    assert xlsx_xml.BILLION_LAUGHS_DTD.count("<!ENTITY") == 10
    assert '<!ENTITY lol9 "' + "&lol8;" * 10 + '">' in xlsx_xml.BILLION_LAUGHS_DTD


def test_xxe_points_at_a_local_file(bad_file):
    xml = zip_text(bad_file("xxe_shared_strings"), "xl/sharedStrings.xml")
    assert f'SYSTEM "file://{xlsx_xml.SECRET_FILE}"' in xml


def test_external_dtd_names_a_network_dtd(bad_file):
    defused = pytest.importorskip("defusedxml.ElementTree")
    import defusedxml

    xml = zip_text(bad_file("external_dtd"), "xl/sharedStrings.xml")
    assert '<!DOCTYPE sst SYSTEM "http://example.invalid/evil.dtd">' in xml
    with pytest.raises(defusedxml.DTDForbidden):
        defused.fromstring(xml, forbid_dtd=True)


# ---------------------------------------------------------------- awkward layouts


def test_wrong_dimension_tag_hides_rows(bad_file):
    path = bad_file("wrong_dimension")
    xml = sheet_xml(path)
    assert f'<dimension ref="{xlsx_layout.WRONG_DIMENSION}"/>' in xml
    assert xml.count("<row ") == 201 and '<c r="E201"' in xml
    assert len(openpyxl_rows(path)) == 201
    assert fastexcel_frame(path).shape == (200, 5)


def test_styled_to_last_row_sparse(bad_file):
    path = bad_file("styled_to_last_row_sparse")
    xml = sheet_xml(path)
    assert '<dimension ref="A1:E1048576"/>' in xml
    assert '<row r="1048576"><c r="A1048576" s="1"/></row>' in xml
    assert '<row r="300" spans="1:5" s="1" customFormat="1"><c r="A300" s="1"/>' in xml
    assert fastexcel_frame(path).shape == (50, 5)


@pytest.mark.slow
def test_styled_to_last_row_dense(bad_file):
    path = bad_file("styled_to_last_row_dense")
    with zipfile.ZipFile(path) as zf, zf.open(SHEET1) as f:
        rows, tail, carry = 0, b"", b""
        while chunk := f.read(1 << 22):
            rows += (carry + chunk).count(b"<row ") - carry.count(b"<row ")
            carry = chunk[-8:]
            tail = (tail + chunk)[-200:]
    assert rows == xlsx_layout.MAX_ROW  # header and 50 data rows, then every row 52..1048576
    assert b'<c r="E1048576" s="1"/></row></sheetData>' in tail
    assert fastexcel_frame(path).shape == (50, 5)


def test_merged_header_has_two_header_rows(bad_file):
    openpyxl = pytest.importorskip("openpyxl")
    path = bad_file("merged_header")
    assert '<mergeCells count="4">' in sheet_xml(path) and '<mergeCell ref="C1:E1"/>' in sheet_xml(path)
    ws = openpyxl.load_workbook(path).active
    assert {str(r) for r in ws.merged_cells.ranges} == {"A1:A2", "B1:B2", "C1:E1", "F1:F2"}
    assert [c.value for c in ws[2]][2:5] == ["Kosten", "Kwaliteit", "Nabijheid klant"]
    assert ws.max_row == 32 and ws.max_column == 6


def test_title_rows_and_readme_sheet(bad_file):
    rows = openpyxl_rows(bad_file("title_rows_above_header"))
    assert rows[0][0].startswith("Enquête") and rows[2][0] == "Bedrijf-ID" and len(rows) == 43
    path = bad_file("readme_sheet_first")
    fastexcel = pytest.importorskip("fastexcel")
    assert fastexcel.read_excel(path).sheet_names == ["Leesmij", "Data"]
    assert fastexcel_frame(path, "Data").shape == (25, 5)
    assert len(openpyxl_rows(path)) == len(xlsx_layout.README_LINES)


def test_blank_row_inside_data_has_no_row_element(bad_file):
    xml = sheet_xml(bad_file("blank_row_inside_data"))
    assert '<row r="17">' not in xml and '<row r="16">' in xml and '<row r="32">' in xml


def test_cells_without_refs_and_inline_strings(bad_file):
    path = bad_file("cells_without_refs")
    xml = sheet_xml(path)
    assert " r=" not in xml and "<dimension" not in xml
    assert len(openpyxl_rows(path)) == 11
    path = bad_file("inline_strings")
    with zipfile.ZipFile(path) as zf:
        assert "xl/sharedStrings.xml" not in zf.namelist()
    assert 't="inlineStr"' in sheet_xml(path) and len(openpyxl_rows(path)) == 11


def test_empty_sheet_and_header_only(bad_file):
    assert "<c " not in sheet_xml(bad_file("empty_sheet"))
    rows = openpyxl_rows(bad_file("header_only_xlsx"))
    assert len(rows) == 1 and rows[0][0] == "Bedrijf-ID"


# ---------------------------------------------------------------- awkward values


def test_formulas_without_values(bad_file):
    path = bad_file("formulas_without_values")
    xml = sheet_xml(path)
    assert len(re.findall(r"<f>[^<]*</f></c>", xml)) == 10  # no <v>
    assert len(re.findall(r"<f>[^<]*</f><v>", xml)) == 10
    rows = openpyxl_rows(path, data_only=True)
    assert rows[1][3] is None and rows[2][3] == pytest.approx(0.090909)


def test_error_cells(bad_file):
    path = bad_file("error_cells")
    codes = re.findall(r't="e"><v>([^<]*)</v>', sheet_xml(path))
    assert {"#N/A", "#DIV/0!", "#VALUE!"} <= set(codes) and len(codes) == 7 + 7
    assert openpyxl_rows(path)[1][1] == "#N/A"


@pytest.mark.parametrize("name", ["serial_dates", "serial_dates_1904"])
def test_serial_dates(bad_file, name):
    path = bad_file(name)
    xml = sheet_xml(path)
    assert re.search(r'<c r="B2" s="2"><v>[0-9.]+</v></c>', xml)  # a number with a date style
    assert re.search(r'<c r="C2"><v>[0-9.]+</v></c>', xml)  # a serial without one
    row = openpyxl_rows(path)[1]
    assert row[1] == xlsx_values.START and row[3] == datetime(2023, 11, 1, 12, 18)
    assert isinstance(row[2], float)
    assert ('date1904="1"' in zip_text(path, "xl/workbook.xml")) == name.endswith("1904")


def test_dutch_text_numbers_are_text_cells(bad_file):
    rows = openpyxl_rows(bad_file("dutch_text_numbers"))
    assert rows[1][1:] == xlsx_values.DUTCH_TEXT_ROWS[0]
    assert all(isinstance(v, str) for row in rows[1:] for v in row[1:])


def test_duplicates(bad_file):
    header = openpyxl_rows(bad_file("duplicate_column_names"))[0]
    assert header.count("Q1") == 2
    ids = [r[0] for r in openpyxl_rows(bad_file("duplicate_ids"))[1:]]
    assert len(ids) == 20 and len(set(ids)) == 18 and ids.count(1003) == 3


def test_formula_like_text_is_text(bad_file):
    path = bad_file("formula_like_text")
    assert "<f>" not in sheet_xml(path)
    assert [r[1] for r in openpyxl_rows(path)[1:]] == xlsx_values.FORMULA_LIKE_TEXT


def test_xlsm_is_macro_enabled_with_a_vba_project(bad_file):
    path = bad_file("macro_workbook")
    assert path.suffix == ".xlsm"
    assert "application/vnd.ms-excel.sheet.macroEnabled.main+xml" in zip_text(path, "[Content_Types].xml")
    assert "vbaProject" in zip_text(path, "xl/_rels/workbook.xml.rels")
    with zipfile.ZipFile(path) as zf:
        vba = zf.read("xl/vbaProject.bin")
    assert vba[:8] == OLE_MAGIC and "PROJECT" in ole_streams(vba)
    assert len(openpyxl_rows(path)) == 11


def test_strict_ooxml_uses_strict_namespaces(bad_file):
    path = bad_file("strict_ooxml")
    assert 'xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"' in zip_text(path, "xl/workbook.xml")
    assert "schemas.openxmlformats.org/spreadsheetml" not in sheet_xml(path)
    assert fastexcel_frame(path).shape == (12, 5)


@pytest.mark.parametrize("case", case_params(
    [c for c in select("opens", slow=False) if c.name not in {"xlsx_named_xls"}
     and c.make.__module__.endswith(("xlsx_layout", "xlsx_values"))]))
def test_good_workbooks_open_in_openpyxl_and_fastexcel(bad_file, case):
    path = bad_file(case.name)
    sheet = case.expect.sheet or 0
    if case.name != "strict_ooxml":  # openpyxl does not read ISO Strict
        assert openpyxl_rows(path, case.expect.sheet, read_only=True)
    frame = fastexcel_frame(path, sheet, dtypes="string",
                            header_row=case.expect.first_header_row - 1)
    raw_rows = case.expect.rows + case.expect.header_rows - 1
    if case.name == "blank_row_inside_data":
        raw_rows += 1  # fastexcel keeps the empty row
    assert frame.shape == (raw_rows, case.expect.columns)


# ---------------------------------------------------------------- CSV


CSV_DIALECTS = {  # case: (encoding, delimiter, lines to skip)
    "dutch_cp1252_csv": ("cp1252", ";", 0),
    "utf8_bom_csv": ("utf-8-sig", ",", 0),
    "utf16le_tab_csv": ("utf-16", "\t", 0),
    "sep_line_csv": ("utf-8", ";", 1),
    "quoted_newlines_csv": ("utf-8", ",", 0),
    "one_column_csv": ("utf-8", ",", 0),
    "cr_line_endings_csv": ("cp1252", ";", 0),
    "ragged_rows_csv": ("utf-8", ",", 0),
    "duplicate_ids_csv": ("utf-8", ";", 0),
}


@pytest.mark.parametrize("name", sorted(CSV_DIALECTS))
def test_csv_parses_to_the_expected_shape_with_its_dialect(bad_file, name):
    encoding, delimiter, skip = CSV_DIALECTS[name]
    content = bad_file(name).read_bytes().decode(encoding)
    rows = list(csv.reader(io.StringIO(content, newline=""), delimiter=delimiter))[skip:]
    expected = next(c.expect for c in CASES if c.name == name)
    assert len(rows) - 1 == expected.rows
    assert len(rows[0]) == expected.columns and max(len(r) for r in rows) == expected.columns
    header = rows[0]
    for column, index, value in expected.samples:
        cell = rows[1 + index][header.index(column)]
        if isinstance(value, str):
            assert cell == value
        else:
            assert float(cell.replace("€", "").strip().replace(".", "").replace(",", ".")) == pytest.approx(value)


def test_csv_encodings_are_what_they_claim(bad_file):
    cp1252 = bad_file("dutch_cp1252_csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        cp1252.decode("utf-8")
    assert "é" in cp1252.decode("cp1252") and "€" in cp1252.decode("cp1252") and b"\r\n" in cp1252
    assert bad_file("utf8_bom_csv").read_bytes().startswith(b"\xef\xbb\xbfBedrijf-ID,")
    utf16 = bad_file("utf16le_tab_csv").read_bytes()
    assert utf16.startswith(b"\xff\xfeB\x00") and "Ærø".encode("utf-16-le") in utf16
    assert bad_file("sep_line_csv").read_bytes().startswith(b"sep=;\r\n")
    cr = bad_file("cr_line_endings_csv").read_bytes()
    assert b"\r" in cr and b"\n" not in cr
    quoted = bad_file("quoted_newlines_csv").read_bytes()
    assert b'"Regel 1\nRegel 2, met komma"' in quoted


def test_trailing_separator_and_bad_csvs(bad_file):
    lines = bad_file("trailing_separator_csv").read_text("utf-8").splitlines()
    assert all(line.endswith(";") for line in lines) and len(lines) == 8
    assert bad_file("header_only_csv").read_text("utf-8").strip().count("\n") == 0
    assert bad_file("whitespace_only_csv").read_bytes().strip() == b""
    garbage = bad_file("binary_garbage_csv").read_bytes()
    assert b"\0" in garbage
    with pytest.raises(UnicodeDecodeError):
        garbage.decode("utf-8")


# ---------------------------------------------------------------- SPSS


def test_sav_has_value_labels_and_user_missing_codes(bad_file):
    pyreadstat = pytest.importorskip("pyreadstat")
    for name, magic in (("sav_labels_user_missing", b"$FL2"), ("sav_zlib_compressed", b"$FL3")):
        path = bad_file(name)
        assert path.read_bytes()[:4] == magic
        raw, meta = pyreadstat.read_sav(str(path), user_missing=True)
        assert raw.shape == (spss.SAV_ROWS, 5)
        assert raw["reshoring"][3] == spss.DONT_KNOW and raw["werknemers"][7] == 9999
        assert meta.missing_ranges["reshoring"] == [{"lo": 99.0, "hi": 99.0}]
        assert meta.missing_ranges["werknemers"] == [spss.EMPLOYEES_MISSING]
        assert meta.variable_value_labels["reshoring"][99.0] == "Weet niet/geen antwoord"
        labelled, _ = pyreadstat.read_sav(str(path), apply_value_formats=True)
        for column, index, value in next(c.expect for c in CASES if c.name == name).samples:
            cell = labelled[column][index]
            assert (cell != cell) if value is None else cell == value, (column, index)


def test_truncated_sav_does_not_read(bad_file):
    pyreadstat = pytest.importorskip("pyreadstat")
    path = bad_file("sav_truncated")
    assert path.read_bytes()[:4] == b"$FL2"
    with pytest.raises(Exception):
        pyreadstat.read_sav(str(path))


# ---------------------------------------------------------------- ODS and XLS


@pytest.mark.parametrize("name", ["ods_basic", "ods_repeated_empty_rows"])
def test_ods_opens_in_odf_and_fastexcel(bad_file, name):
    path = bad_file(name)
    with zipfile.ZipFile(path) as zf:
        first = zf.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert zf.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"
    expected = next(c.expect for c in CASES if c.name == name)
    assert fastexcel_frame(path).shape == (expected.rows, expected.columns)
    pytest.importorskip("odf")
    import pandas as pd

    assert pd.read_excel(path, engine="odf").shape == (expected.rows, expected.columns)


def test_ods_repeats_empty_rows_to_the_last_row(bad_file):
    content = zip_text(bad_file("ods_repeated_empty_rows"), "content.xml")
    assert 'table:number-rows-repeated="1048555"' in content
    assert content.count('table:number-columns-repeated="16379"') == 21


@pytest.mark.parametrize("name", ["xls_biff8", "xls_named_xlsx"])
def test_xls_is_real_biff8(bad_file, name):
    path = bad_file(name)
    data = path.read_bytes()
    assert data[:8] == OLE_MAGIC and ole_streams(data)["Workbook"] == 4096
    frame = fastexcel_frame(path)
    assert frame.shape == (20, 6) and frame["Start time"][0] == xlsx_values.START
    xlrd = pytest.importorskip("xlrd")
    book = xlrd.open_workbook(file_contents=data)
    sheet = book.sheet_by_index(0)
    assert (sheet.nrows, sheet.ncols) == (21, 6) and sheet.cell(1, 5).ctype == xlrd.XL_CELL_DATE


def test_encrypted_xls_has_filepass_and_word_document_has_no_workbook(bad_file):
    data = bad_file("xls_encrypted").read_bytes()
    stream_start = data.find(xls.record(0x0809)[:2])
    assert stream_start > 0
    bof_len = struct.unpack_from("<H", data, stream_start + 2)[0]
    assert struct.unpack_from("<H", data, stream_start + 4 + bof_len)[0] == 0x002F  # FILEPASS follows BOF
    xlrd = pytest.importorskip("xlrd")
    with pytest.raises(xlrd.XLRDError, match="encrypted"):
        xlrd.open_workbook(file_contents=data)
    streams = ole_streams(bad_file("ole_without_workbook").read_bytes())
    assert "WordDocument" in streams and "Workbook" not in streams and "Book" not in streams
