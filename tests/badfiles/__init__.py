"""A factory of bad and awkward input files, written at test time into a temporary folder.

Each case is ``make_<case>(folder) -> Path`` plus an expectation (see ``expect``): ``Opens`` with the
data rows and columns a correct reader finds (and warning keywords, sample values), or ``Refused``
with a keyword of the one-sentence refusal. Use the pytest fixtures in ``badfiles.fixtures``
(``bad_file("zip_bomb")``) or call the makers directly; ``registry.CASES`` lists them all.

Modules: disguised (empty and renamed files), zips (broken or foreign zips), encrypted (OLE2
password containers), bombs (zip bombs), xlsx_xml (entity attacks), xlsx_layout and xlsx_values
(valid but awkward workbooks), text (CSV), spss (.sav), ods, xls (hand-written BIFF8). Writers:
xlsx_writer (literal SpreadsheetML), rawzip (pre-deflated entries, lying sizes), ole (compound files).
"""

from .expect import (
    DAMAGED, EMPTY, NO_DATA_ROWS, NOT_A_SPREADSHEET, NOT_A_TEXT, PASSWORD, TOO_LARGE, UNSAFE, Case, Opens, Refused,
)
from .registry import CASES, CASES_BY_NAME, build_all, case, select

__all__ = [
    "CASES", "CASES_BY_NAME", "Case", "Opens", "Refused", "build_all", "case", "select",
    "DAMAGED", "EMPTY", "NO_DATA_ROWS", "NOT_A_SPREADSHEET", "NOT_A_TEXT", "PASSWORD", "TOO_LARGE", "UNSAFE",
]
