"""CSV and text exports as they come: Dutch ';' and decimal comma in cp1252, UTF-8 with BOM, Excel's
UTF-16 "Unicode text", a ``sep=;`` line, quoted newlines, one column, CR line ends, ragged rows,
trailing separators, and the bad ones (header only, whitespace, binary)."""

from __future__ import annotations

from pathlib import Path

from .disguised import random_bytes
from .expect import EMPTY, NO_DATA_ROWS, NOT_A_TEXT, Case, Opens, Refused


def _write(folder: Path, name: str, lines: list[str], encoding: str, newline: str = "\r\n",
           bom: bytes = b"") -> Path:
    path = folder / name
    path.write_bytes(bom + (newline.join(lines) + newline).encode(encoding))
    return path


DUTCH_LINES = [
    "Bedrijf-ID;Naam;Plaats;Omzet (€);Exportaandeel;Reshoring",
    "1001;Metaalwerken Hélène;Zoetermeer;1.234,56;0,35;Ja",
    "1002;Kunststof Citroën;Eindhoven;987,5;0,1;Nee",
    "1003;Machinebouw Noël;Brugge;12.000,00;0,8;Nee",
    "1004;Voeding Zoë;Gent;€ 2.500,50;0;Ja",
    "1005;Elektronica Beëindigd;Delft;0,99;1;Nee",
    "1006;Autodelen Café;Venlo;-3,5;0,5;Nee",
    "1007;Meubel Éénmalig;Kortrijk;750;0,25;Ja",
    "1008;Drukkerij Ruïne;Tilburg;10,1;0,05;Nee",
]


def make_dutch_cp1252_csv(folder: Path) -> Path:
    """Excel NL "CSV (gescheiden door lijstscheidingsteken)": ';', decimal comma, cp1252, CRLF."""
    return _write(folder, "dutch_cp1252.csv", DUTCH_LINES, "cp1252")


UNICODE_LINES = [
    "Bedrijf-ID,Naam,Plaats,Werknemers",
    "1001,Fabryka Łódź,Łódź,120",
    "1002,Škoda Components,Mladá Boleslav,800",
    "1003,Ærø Værft,Ærøskøbing,45",
    "1004,Müller GmbH,Köln,230",
    "1005,Société Générale Industrie,Liège,60",
    "1006,Ελληνική Βιομηχανία,Αθήνα,15",
]


def make_utf8_bom_csv(folder: Path) -> Path:
    """UTF-8 with BOM, ',' separated, names such as Łódź, Škoda, Ærø."""
    return _write(folder, "utf8_bom.csv", UNICODE_LINES, "utf-8", bom=b"\xef\xbb\xbf")


def make_utf16le_tab_csv(folder: Path) -> Path:
    """Excel's "Unicode text": UTF-16 LE with BOM, tab separated, CRLF."""
    lines = [line.replace(",", "\t") for line in UNICODE_LINES]
    return _write(folder, "utf16le_tab.csv", lines, "utf-16-le", bom=b"\xff\xfe")


def make_sep_line_csv(folder: Path) -> Path:
    """A ``sep=;`` first line (Excel's hint), then header and 9 rows with decimal commas, UTF-8."""
    lines = ["sep=;", "Bedrijf-ID;NACE;Werknemers;Score"]
    lines += [f"{1001 + i};{25 + i % 3};{10 * (i + 1)};{i % 5},{i % 10}" for i in range(9)]
    return _write(folder, "sep_line.csv", lines, "utf-8")


QUOTED_LINES = [
    'Bedrijf-ID,Opmerking,Reshoring',
    '1001,"Regel 1\nRegel 2, met komma",Ja',
    '1002,"Hij zei ""nee"", echt",Nee',
    '1003,"a;b;c",Nee',
    '1004,"",Ja',
    '1005,"Drie\nregels\nhier",Nee',
]


def make_quoted_newlines_csv(folder: Path) -> Path:
    """Quoted fields with embedded LF newlines, commas, semicolons and doubled quotes; CRLF rows."""
    return _write(folder, "quoted_newlines.csv", QUOTED_LINES, "utf-8")


def make_one_column_csv(folder: Path) -> Path:
    """One column: no separator anywhere."""
    return _write(folder, "one_column.csv", ["Werknemers", *[str(10 + 7 * i) for i in range(12)]], "utf-8")


def make_cr_line_endings_csv(folder: Path) -> Path:
    """Old Mac Excel: CR-only line ends, ';' separated, cp1252."""
    lines = ["Bedrijf-ID;Naam;Reshoring", *[f"{1001 + i};Bedrijf é{i};{'Ja' if i % 2 else 'Nee'}" for i in range(6)]]
    return _write(folder, "cr_line_endings.csv", lines, "cp1252", newline="\r")


def make_ragged_rows_csv(folder: Path) -> Path:
    """Rows with missing trailing fields (fewer separators than the header)."""
    lines = ["Bedrijf-ID,Q1,Q2,Opmerking"]
    for i in range(8):
        fields = [str(1001 + i), "Ja", str(i % 5 + 1), "tekst"][: 4 - i % 3]
        lines.append(",".join(fields))
    return _write(folder, "ragged_rows.csv", lines, "utf-8")


def make_trailing_separator_csv(folder: Path) -> Path:
    """Every line ends with ';' (an unnamed, wholly empty last column)."""
    lines = ["Bedrijf-ID;Naam;Reshoring;", *[f"{1001 + i};Bedrijf {i};Ja;" for i in range(7)]]
    return _write(folder, "trailing_separator.csv", lines, "utf-8")


def make_duplicate_ids_csv(folder: Path) -> Path:
    """Id 1002 three times."""
    ids = [1001, 1002, 1003, 1002, 1005, 1006, 1002, 1008, 1009, 1010]
    lines = ["Bedrijf-ID;Reshoring;Werknemers", *[f"{n};{'Ja' if n % 2 else 'Nee'};{n - 990}" for n in ids]]
    return _write(folder, "duplicate_ids.csv", lines, "utf-8")


def make_header_only_csv(folder: Path) -> Path:
    """Only the header line."""
    return _write(folder, "header_only.csv", ["Bedrijf-ID;Naam;NACE"], "utf-8")


def make_whitespace_only_csv(folder: Path) -> Path:
    """Blank lines, spaces and a tab, nothing else."""
    path = folder / "whitespace_only.csv"
    path.write_bytes(b"\r\n  \r\n\t\r\n\r\n")
    return path


def make_binary_garbage_csv(folder: Path) -> Path:
    """4096 random bytes (with NULs) named .csv."""
    path = folder / "binary_garbage.csv"
    path.write_bytes(random_bytes(4096, seed=1).replace(b"\0", b"\1")[:2048] + b"\0" * 64 + random_bytes(2048, 2))
    return path


CASES = [
    Case("dutch_cp1252_csv", make_dutch_cp1252_csv,
         Opens(8, 6, samples=(("Naam", 0, "Metaalwerken Hélène"), ("Omzet (€)", 0, 1234.56),
                              ("Omzet (€)", 1, 987.5), ("Exportaandeel", 0, 0.35)))),
    Case("utf8_bom_csv", make_utf8_bom_csv,
         Opens(6, 4, samples=(("Werknemers", 0, 120), ("Plaats", 0, "Łódź"), ("Naam", 2, "Ærø Værft"))),
         "the first column is 'Bedrijf-ID', not '\\ufeffBedrijf-ID'"),
    Case("utf16le_tab_csv", make_utf16le_tab_csv,
         Opens(6, 4, samples=(("Werknemers", 0, 120), ("Naam", 1, "Škoda Components")))),
    Case("sep_line_csv", make_sep_line_csv,
         Opens(9, 4, samples=(("Werknemers", 0, 10), ("Score", 1, 1.1))), "'sep=;' is not the header"),
    Case("quoted_newlines_csv", make_quoted_newlines_csv,
         Opens(5, 3, samples=(("Opmerking", 0, "Regel 1\nRegel 2, met komma"),
                              ("Opmerking", 1, 'Hij zei "nee", echt'), ("Opmerking", 2, "a;b;c")))),
    Case("one_column_csv", make_one_column_csv, Opens(12, 1, samples=(("Werknemers", 0, 10),))),
    Case("cr_line_endings_csv", make_cr_line_endings_csv, Opens(6, 3, samples=(("Naam", 0, "Bedrijf é0"),))),
    Case("ragged_rows_csv", make_ragged_rows_csv, Opens(8, 4), "short rows are padded with missing values"),
    Case("trailing_separator_csv", make_trailing_separator_csv, Opens(7, 3),
         "the unnamed, wholly empty last column is dropped"),
    Case("duplicate_ids_csv", make_duplicate_ids_csv, Opens(10, 3, warnings=("duplicate",))),
    Case("header_only_csv", make_header_only_csv, Refused(NO_DATA_ROWS),
         "choice: column names without answers are refused ('... has column names but no data rows')"),
    Case("whitespace_only_csv", make_whitespace_only_csv, Refused(EMPTY)),
    Case("binary_garbage_csv", make_binary_garbage_csv, Refused(NOT_A_TEXT)),
]
