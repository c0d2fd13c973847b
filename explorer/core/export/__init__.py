"""Tables leaving the app: the crosstab as on screen (`table.export_table`), written as xlsx or as a
CSV in the user's locale (`write_crosstab`); the long form of a summary or grid
(`long_form`) and the selected firms' own answers (`filtered_data`), both written by
`frame_file.write_table`; the lines every exported figure ends with (`figure_notes`); the file names
an export is suggested under (`names`); and the groups an export shows, recorded in the register of
released groups before anything is written (`admission`)."""

from __future__ import annotations

from pathlib import Path

from explorer.core.atomic import write_atomically
from explorer.core.export.frame_file import require_table_suffix
from explorer.core.export.spreadsheet import csv_bytes, xlsx_bytes
from explorer.core.export.table import ExportTable, export_table


def write_crosstab(table: ExportTable, path: Path, lang: str) -> None:
    """Write the crosstab as .xlsx or .csv (by the file's suffix), atomically."""
    if require_table_suffix(path) == ".xlsx":
        write_atomically(path, xlsx_bytes(table))
    else:
        write_atomically(path, csv_bytes(table, lang))


__all__ = ["ExportTable", "csv_bytes", "export_table", "write_crosstab", "xlsx_bytes"]
