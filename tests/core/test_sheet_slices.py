"""A worksheet read in slices (sheet_slices.py, slice_join.py) gives exactly the table one read of the
whole sheet gives: the same values, types, column names and warnings, whatever the columns hold
on either side of a slice's edge. Slices are made tiny here (a few KB) so that small workbooks
cross many edges; the oracle is the same file read with slicing off."""

from __future__ import annotations

import dataclasses
import io
import math
import tempfile
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from badfiles.xlsx_writer import STYLE_DATETIME, ErrorCell, Sheet, Styled, workbook_parts, write_parts
from explorer.core.reading import ParsedCache, read_table
from explorer.core.reading.limits import DEFAULT_LIMITS
from explorer.core.reading.zip_guard import check_zip
from explorer.core.task import NO_TASK

SLICED = dataclasses.replace(DEFAULT_LIMITS, slice_bytes=2048)
WHOLE = dataclasses.replace(DEFAULT_LIMITS, slice_bytes=10**12)
NO_CACHE = ParsedCache(Path(tempfile.gettempdir()) / "survey-explorer-unused-cache", enabled=False)
ROWS = 300


def _write(folder: Path, rows: list[list[object]], name: str = "slices.xlsx", **sheet) -> Path:
    return write_parts(folder / name, workbook_parts([Sheet("Data", rows, **sheet)]))


def slice_count(path: Path) -> int:
    with tempfile.TemporaryDirectory() as folder:
        facts = check_zip(path, SLICED, NO_TASK, slices_to=Path(folder) / "slices.xlsx")
        return len(facts.slices["Data"].sheets) if "Data" in facts.slices else 0


def assert_same_as_one_read(path: Path, sliced: bool = True) -> pd.DataFrame:
    assert (slice_count(path) > 2) == sliced, "the sheet should (not) be read in slices"
    whole = read_table(path, cache=NO_CACHE, limits=WHOLE)
    parts = read_table(path, cache=NO_CACHE, limits=SLICED)
    pd.testing.assert_frame_equal(parts.frame, whole.frame)
    assert parts.columns == whole.columns
    assert parts.warnings == whole.warnings
    assert (parts.format, parts.header_rows) == (whole.format, whole.header_rows)
    return parts.frame


def _column(kind: str, row: int) -> object:
    """What each kind of column holds in data row `row` (0-based)."""
    late = row >= 2 * ROWS // 3  # the last third of the rows lies in later slices
    if kind == "numbers":
        return row * 1.5
    if kind == "numbers, text late":  # a survey's numeric answer with 'n.v.t.' near the end only
        return "n.v.t." if late and row % 17 == 0 else [0.1 + 0.2, 1e-7, 1e21, -0.0, 123456789.125, 3.0][row % 6]
    if kind == "empty early":
        return row if late else None
    if kind == "empty late":
        return None if late else f"antwoord {row % 4}"
    if kind == "errors late":
        return ErrorCell("#N/A") if late and row % 5 == 0 else row % 7
    if kind == "booleans with gaps":
        return None if row % 3 else row % 2 == 0
    if kind == "dates":
        return Styled(45000 + row / 8, STYLE_DATETIME)
    if kind == "text":
        return ["Ja", "Nee", "Weet niet"][row % 3]
    if kind == "wider late":  # a column that only the later rows reach
        return f"opmerking {row}" if late else None
    raise AssertionError(kind)


KINDS = ["numbers", "numbers, text late", "empty early", "empty late", "errors late", "booleans with gaps", "dates",
         "text", "wider late"]


def test_columns_of_every_kind_across_slice_edges(tmp_path):
    rows = [["Bedrijf", *KINDS]] + [[f"F{r:04d}", *(_column(k, r) for k in KINDS)] for r in range(ROWS)]
    frame = assert_same_as_one_read(_write(tmp_path, rows))
    assert frame["numbers, text late"].dtype != "float64"  # text in the last slices makes the column text
    assert frame["empty early"].notna().sum() == ROWS - 2 * ROWS // 3


def test_a_title_above_the_header_and_blank_rows_between_slices(tmp_path):
    rows = [["Enquête 2025"], [], ["Bedrijf", "Sector", "Omzet"]]
    for r in range(ROWS):
        rows.append([f"F{r}", 25 + r % 3, r * 10.5])
        if r % 40 == 0:
            rows.append([])
    assert_same_as_one_read(_write(tmp_path, rows))


def test_rows_that_start_right_of_column_a_in_later_slices(tmp_path):
    rows = [["Bedrijf", "Sector", "Omzet"]] + [[None if r > 100 else f"F{r}", r % 9, r * 2.0] for r in range(ROWS)]
    frame = assert_same_as_one_read(_write(tmp_path, rows))
    assert list(frame.columns) == ["Bedrijf", "Sector", "Omzet"]


def test_a_sheet_without_row_numbers_is_read_whole(tmp_path):
    rows = [["Bedrijf", "Omzet"]] + [[f"F{r}", r] for r in range(ROWS)]
    assert_same_as_one_read(_write(tmp_path, rows, cell_refs=False), sliced=False)


def test_rows_out_of_order_are_read_whole(tmp_path):
    rows = [["Bedrijf", "Omzet"]] + [[f"F{r}", r] for r in range(ROWS)]
    path = _write(tmp_path, rows)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    # The last 50 rows moved to the top of the data: Excel never writes this, calamine sorts it.
    start, end = sheet.index(f'<row r="{ROWS - 49}"'), sheet.index("</sheetData>")
    first_data = sheet.index('<row r="2"')
    sheet = sheet[:first_data] + sheet[start:end] + sheet[first_data:start] + sheet[end:]
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    buffer = io.BytesIO()
    write_parts(buffer, parts)
    (tmp_path / "shuffled.xlsx").write_bytes(buffer.getvalue())
    assert_same_as_one_read(tmp_path / "shuffled.xlsx", sliced=False)


def test_prefixed_elements_are_sliced_too(tmp_path):
    rows = [["Bedrijf", "Omzet"]] + [[f"F{r}", r * 1.25] for r in range(ROWS)]
    path = _write(tmp_path, rows)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    for tag in ("worksheet", "dimension", "sheetData", "row", "c", "v"):
        sheet = sheet.replace(f"<{tag} ", f"<x:{tag} ").replace(f"<{tag}>", f"<x:{tag}>").replace(f"</{tag}>",
                                                                                                   f"</x:{tag}>")
    sheet = sheet.replace('xmlns="', 'xmlns:x="', 1)
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    target = tmp_path / "prefixed.xlsx"
    with target.open("wb") as out:
        write_parts(out, parts)
    assert_same_as_one_read(target)


def test_the_marker_of_a_slice_is_never_data(tmp_path):
    rows = [["Bedrijf", "Omzet"]] + [[f"F{r}", r] for r in range(ROWS)]
    frame = assert_same_as_one_read(_write(tmp_path, rows))
    assert len(frame) == ROWS and not (frame["Bedrijf"] == ".").any()


# Any mix of columns, any number of rows: Hypothesis looks for a table the two reads disagree on.

cell_values = st.one_of(
    st.none(),
    st.integers(-10**6, 10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=64).filter(lambda v: v == 0 or 1e-30 < abs(v) < 1e30),
    st.sampled_from(["Ja", "Nee", "n.v.t.", "12,5", "  ", "€ 1.000"]),
    st.booleans(),
    st.builds(lambda v: Styled(v, STYLE_DATETIME), st.floats(40000, 50000)),
    st.just(ErrorCell("#N/A")),
)


@st.composite
def tables(draw) -> list[list[object]]:
    width = draw(st.integers(1, 6))
    length = draw(st.integers(40, 160))
    # Each column draws from few kinds, and may change kind part way down, as real answers do.
    columns = []
    for _ in range(width):
        early, late = draw(cell_values), draw(cell_values)
        turn = draw(st.integers(0, length))
        sparse = draw(st.integers(1, 5))
        columns.append([(early if r < turn else late) if r % sparse == 0 else None for r in range(length)])
    header = [f"V{c}" for c in range(width)]
    return [header] + [[col[r] for col in columns] for r in range(length)]


@settings(deadline=None, max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(rows=tables())
def test_any_table_read_in_slices_equals_one_read(rows):
    with tempfile.TemporaryDirectory() as folder:
        path = _write(Path(folder), rows)
        try:
            whole = read_table(path, cache=NO_CACHE, limits=WHOLE)
        except Exception as exc:  # a table with no data rows: both reads refuse it alike
            with pytest.raises(type(exc)):
                read_table(path, cache=NO_CACHE, limits=SLICED)
            return
        parts = read_table(path, cache=NO_CACHE, limits=dataclasses.replace(SLICED, slice_bytes=512))
        pd.testing.assert_frame_equal(parts.frame, whole.frame)
        assert parts.columns == whole.columns and parts.warnings == whole.warnings


def test_numbers_beside_text_read_as_fastexcel_writes_them(tmp_path):
    """The join writes a slice's numbers as text the way fastexcel does in a text column."""
    import fastexcel

    from explorer.core.reading.slice_join import number_text
    import pyarrow as pa

    values = [0.1 + 0.2, 1 / 3, 1e-7, 1e21, 1e23, -0.0, 123456789.125, 3.0, 2**53 + 2.0, 5e-324, -5e-324,
              2**-10, 1000000000000000.2, 0.000123456789, 1.7976931348623157e308]
    path = _write(tmp_path, [["x"], ["tekst"], *([v] for v in values)], name="numbers.xlsx")
    written = fastexcel.read_excel(path).load_sheet(0, header_row=0, schema_sample_rows=None).to_arrow()
    expected = written.column(0).to_pylist()[1:]
    assert number_text(pa.array(values)).to_pylist() == expected
    assert all(not math.isnan(float(text)) for text in expected)  # plain digits, never an exponent
