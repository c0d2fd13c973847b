"""Names in explorer/core, explorer/cli, explorer/selftest.py and explorer/__main__.py that vulture
reports as unused but that are used where it cannot look. Each line says who reads the name.

Run: `.venv/bin/vulture explorer vulture_whitelist --min-confidence 60`. Never list dead code here.
"""

# ruff: noqa
# fmt: off
_ = object()

# openpyxl reads these attributes of a cell, a sheet and its page set-up when the workbook is saved
# (core/export/spreadsheet.py): setting them is the whole use.
_.alignment
_.freeze_panes
_.fitToHeight
_.fitToWidth
_.fitToPage
_.print_title_cols

# numpy reads an array's `flags.writeable` on every write; setting it freezes a value object's arrays
# (core/stats/shares.py, core/survey/distribution.py).
_.writeable

# A module's `__getattr__` is called by Python for a name the module does not define (PEP 562):
# core/reading/__init__.py imports its public names on first use.
__getattr__

# LoadedTable.from_cache: whether a read was served by the parsed-file cache. benchmarks/bench_read.py
# reports it beside each timing (a cached reopen is a different measurement) and tests/core/test_cache.py
# asserts it; explorer/ only sets it (core/reading/cache.py).
_.from_cache
