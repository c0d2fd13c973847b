"""Reading survey files: `read_table` opens xlsx, xlsm, xls, ods, csv/txt and sav safely."""

from explorer.core.reading.cache import ParsedCache
from explorer.core.reading.limits import DEFAULT_LIMITS, ReadLimits
from explorer.core.reading.reader import read_table
from explorer.core.reading.table import ColumnInfo, LoadedTable

__all__ = ["read_table", "LoadedTable", "ColumnInfo", "ParsedCache", "ReadLimits", "DEFAULT_LIMITS"]
