"""The one read budget: caps that keep a hostile or absurd file from taking the laptop down.

Every cap is checked from the file's own metadata or a streaming pre-scan before any library
allocates for it, so a file over budget is refused in one sentence instead of being read. The
cell and text caps are set so that a file just within them is read in under 1 GB of memory
(the 100,000-firm x 120-question benchmark survey, 12 million cells, peaks near 400 MB for the
app and its reader worker together, its worksheet read in slices).
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024

# Excel's own limits: nothing a real spreadsheet holds lies beyond them.
EXCEL_ROWS = 1_048_576
EXCEL_COLUMNS = 16_384  # column XFD
EXCEL_CELL_CHARACTERS = 32_767


@dataclass(frozen=True)
class ReadLimits:
    # The largest real survey workbooks (100,000 firms x 120 questions) inflate to about 350 MB.
    max_inflated_bytes: int = 800 * MB
    # Spreadsheet XML compresses 5-30x; deflate's ceiling is about 1000x, reached only by bombs.
    max_compression_ratio: float = 200.0
    # Ratios are only meaningful for entries large enough to matter.
    ratio_check_from_bytes: int = 4 * MB
    max_zip_entries: int = 10_000
    # A worksheet larger than this is read in slices of about this much XML (sheet_slices.py):
    # calamine holds a sheet at about twice its XML while it parses it. Smaller slices cost no
    # more time (less memory to fault in), down to about this size.
    slice_bytes: int = 24 * MB
    # Cells with a value, and the rectangle a reader allocates for them (rows x columns spanned).
    max_cells: int = 15_000_000
    max_rows: int = EXCEL_ROWS
    # calamine holds an OpenDocument cell in 90 (a number) to 200 bytes (a text), an xlsx cell in
    # about 60, so an OpenDocument sheet has a rectangle budget of its own.
    max_ods_cells: int = 3_500_000
    # Real data, one distinct row per firm, unfolds to well under one cell per byte of XML; a file
    # that unfolds to more than a million cells at several cells a byte was made to unfold.
    ods_unfold_check_from_cells: int = 1_000_000
    max_ods_cells_per_byte: float = 4.0
    # Typing costs about a millisecond per column whatever its length: 4,096 columns (past any real
    # survey's questions and options) take seconds, a sheet's full 16,384 would take twenty.
    max_columns: int = 4096
    # Distinct shared strings of an xlsx, and the longest single cell (Excel's own cap is
    # 32,767 characters; a string element holds up to 4 bytes per character plus markup).
    max_shared_strings: int = 4_000_000
    max_cell_bytes: int = 4 * EXCEL_CELL_CHARACTERS + 4096
    # A delimited text file is held in memory several times over while it is parsed and typed.
    max_text_bytes: int = 128 * MB
    # The file itself, before anything is unpacked (a workbook is copied privately first).
    max_file_bytes: int = 512 * MB
    # What a native reader in the worker process may use before it is stopped, and for how long.
    max_worker_bytes: int = 1400 * MB
    max_worker_seconds: float = 300.0
    head_rows: int = 12


DEFAULT_LIMITS = ReadLimits()
