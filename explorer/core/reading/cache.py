"""A cache of parsed files keyed by their content hash, so reopening a file is instant.

Entries live in the user's cache directory (never beside the input file): a Parquet file with
the typed frame and a JSON file with everything else. Writes are atomic; a damaged entry is
ignored and rebuilt.
"""

from __future__ import annotations

import io
import json
import os
import shutil
from dataclasses import asdict
from pathlib import Path

import pandas as pd

from explorer.core.atomic import write_atomically
from explorer.core.errors import InputError
from explorer.core.reading.table import ColumnInfo, LoadedTable

# Bump when reading or typing changes, so old entries are not reused.
CACHE_FORMAT = 8
ENV_DIR = "SURVEY_EXPLORER_CACHE_DIR"
ENV_OFF = "SURVEY_EXPLORER_NO_CACHE"


def default_cache_dir() -> Path:
    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("SurveyExplorer", appauthor=False)) / "parsed"


def cache_enabled_by_default() -> bool:
    return os.environ.get(ENV_OFF, "").strip().lower() not in {"1", "true", "yes"}


class ParsedCache:
    def __init__(self, folder: Path | None = None, enabled: bool | None = None) -> None:
        self.folder = folder or default_cache_dir()
        self.enabled = cache_enabled_by_default() if enabled is None else enabled

    def _stem(self, sha256: str, sheet: str | None) -> Path:
        sheet_part = "default" if sheet is None else sheet.encode("utf-8").hex()[:64]
        return self.folder / f"{sha256}-{sheet_part}-v{CACHE_FORMAT}"

    def get(self, sha256: str, sheet: str | None, path: Path) -> LoadedTable | None:
        if not self.enabled:
            return None
        stem = self._stem(sha256, sheet)
        meta_file, data_file = stem.with_suffix(".json"), stem.with_suffix(".parquet")
        if not (meta_file.exists() and data_file.exists()):
            return None
        try:
            meta = json.loads(meta_file.read_text(encoding="utf-8"))
            frame = pd.read_parquet(data_file)
            columns = tuple(
                ColumnInfo(**{**c, "value_labels": tuple(tuple(p) for p in c["value_labels"])}) for c in meta["columns"]
            )
            return LoadedTable(
                path=str(path), sheet=meta["sheet"], sheets=tuple(meta["sheets"]), format=meta["format"],
                header_rows=meta["header_rows"], frame=frame, columns=columns, warnings=tuple(meta["warnings"]),
                sha256=sha256, from_cache=True, extra=meta.get("extra", {}),
            )
        except Exception:
            return None  # a damaged entry is rebuilt from the file

    def put(self, table: LoadedTable, requested_sheet: str | None) -> None:
        if not self.enabled:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            meta = {
                "sheet": table.sheet, "sheets": list(table.sheets), "format": table.format,
                "header_rows": table.header_rows, "warnings": list(table.warnings), "extra": table.extra,
                "columns": [asdict(c) for c in table.columns],
            }
            buffer = io.BytesIO()
            table.frame.to_parquet(buffer, index=False)
            meta_bytes = json.dumps(meta, ensure_ascii=False, default=str).encode("utf-8")
            for sheet in {requested_sheet, table.sheet}:
                stem = self._stem(table.sha256, sheet)
                write_atomically(stem.with_suffix(".parquet"), buffer.getvalue())
                write_atomically(stem.with_suffix(".json"), meta_bytes)
        except (OSError, ValueError, TypeError, InputError):
            pass  # a cache that cannot be written only costs speed

    def clear(self) -> int:
        """Remove every entry; return how many files were removed."""
        if not self.folder.exists():
            return 0
        count = sum(1 for p in self.folder.iterdir() if p.is_file())
        shutil.rmtree(self.folder, ignore_errors=True)
        return count
