"""Caps that keep a hostile or absurd file from taking the laptop down."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class ReadLimits:
    # The largest real survey workbooks (100,000 firms x 120 questions) inflate to about 350 MB.
    max_inflated_bytes: int = 800 * MB
    # Spreadsheet XML compresses 5-30x; deflate's ceiling is about 1000x, reached only by bombs.
    max_compression_ratio: float = 200.0
    # Ratios are only meaningful for entries large enough to matter.
    ratio_check_from_bytes: int = 4 * MB
    max_zip_entries: int = 10_000
    max_cells: int = 40_000_000
    max_text_bytes: int = 1024 * MB
    head_rows: int = 12


DEFAULT_LIMITS = ReadLimits()
