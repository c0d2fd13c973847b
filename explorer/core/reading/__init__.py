"""Reading survey files: `read_table` opens xlsx, xlsm, xls, ods, csv/txt and sav safely.

The names below are imported on first use: the reader worker process imports this package to
reach its native jobs and must not pay for pandas, which only the parent needs.
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    "ParsedCache": "explorer.core.reading.cache",
    "DEFAULT_LIMITS": "explorer.core.reading.limits",
    "ReadLimits": "explorer.core.reading.limits",
    "read_table": "explorer.core.reading.reader",
    "ColumnInfo": "explorer.core.reading.table",
    "LoadedTable": "explorer.core.reading.table",
}

__all__ = ["read_table", "LoadedTable", "ColumnInfo", "ParsedCache", "ReadLimits", "DEFAULT_LIMITS"]


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
