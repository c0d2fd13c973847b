"""Write the benchmark survey: 100,000 firms x 120 columns, as xlsx (shared strings, like Excel) and CSV.

    python benchmarks/make_big_survey.py [--rows 100000] [--out benchmarks/data]

The workbook is written as raw SpreadsheetML so that generating it takes seconds, not minutes.
"""

from __future__ import annotations

import argparse
import csv
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import numpy as np

from explorer.core.reading.names import spreadsheet_letter

YES_NO = ["Ja", "Nee"]
INTENTION = ["Reshoring", "Nearshoring", "Offshoring", "Geen plannen"]
LIKERT = ["Helemaal oneens", "Oneens", "Neutraal", "Eens", "Helemaal eens"]
SIZES = ["1-9", "10-49", "50-249", "250 of meer"]
REGIONS = ["Noord-Brabant", "Gelderland", "Zuid-Holland", "Overijssel", "Limburg", "Antwerpen", "West-Vlaanderen"]
NACE = ["10.11", "13.20", "16.23", "20.16", "21.10", "22.29", "24.10", "25.62", "26.51", "27.12", "28.99", "29.32", "30.30", "31.09", "32.50", "33.12"]


def build_columns(rows: int, rng: np.random.Generator) -> tuple[list[str], list[np.ndarray]]:
    headers = ["Bedrijf ID", "Bedrijfsnaam", "NACE-code", "Aantal werknemers", "Regio", "Grootteklasse"]
    data: list[np.ndarray] = [
        np.arange(1, rows + 1),
        np.array([f"Bedrijf {i:06d} BV" for i in range(1, rows + 1)], dtype=object),
        rng.choice(NACE, rows),
        rng.integers(1, 3000, rows),
        rng.choice(REGIONS, rows),
        rng.choice(SIZES, rows),
    ]
    kinds = ["yesno", "single", "likert", "multi", "numeric"]
    while len(headers) < 120:
        n = len(headers)
        kind = kinds[n % len(kinds)]
        if kind == "yesno":
            headers.append(f"V{n} Overweegt u reshoring?")
            values = rng.choice(YES_NO + [""], rows, p=[0.3, 0.6, 0.1])
        elif kind == "single":
            headers.append(f"V{n} Plannen komende twee jaar")
            values = rng.choice(INTENTION + [""], rows)
        elif kind == "likert":
            headers.append(f"V{n} Stelling")
            values = rng.choice(LIKERT + [""], rows)
        elif kind == "multi":
            headers.append(f"Motief {n}: optie")
            values = rng.choice(np.array([0, 1]), rows)
        else:
            headers.append(f"V{n} Omzet (mln euro)")
            values = np.round(rng.gamma(2.0, 5.0, rows), 2)
        data.append(values)
    return headers, data


def write_xlsx(path: Path, headers: list[str], data: list[np.ndarray]) -> None:
    strings: dict[str, int] = {}

    def sid(text: str) -> int:
        if text not in strings:
            strings[text] = len(strings)
        return strings[text]

    rows = len(data[0])
    letters = [spreadsheet_letter(i) for i in range(len(headers))]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        z.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '</Types>'))
        z.writestr("_rels/.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>'))
        z.writestr("xl/workbook.xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Antwoorden" sheetId="1" r:id="rId1"/></sheets></workbook>'))
        z.writestr("xl/_rels/workbook.xml.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            '</Relationships>'))
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            last = f"{letters[-1]}{rows + 1}"
            sheet.write((
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                f'<dimension ref="A1:{last}"/><sheetData>').encode())
            cells = "".join(f'<c r="{letters[j]}1" t="s"><v>{sid(h)}</v></c>' for j, h in enumerate(headers))
            sheet.write(f'<row r="1">{cells}</row>'.encode())
            columns = [col.tolist() for col in data]
            for i in range(rows):
                r = i + 2
                parts = [f'<row r="{r}">']
                for j, col in enumerate(columns):
                    value = col[i]
                    if isinstance(value, str):
                        if value == "":
                            continue
                        parts.append(f'<c r="{letters[j]}{r}" t="s"><v>{sid(value)}</v></c>')
                    else:
                        parts.append(f'<c r="{letters[j]}{r}"><v>{value}</v></c>')
                parts.append("</row>")
                sheet.write("".join(parts).encode())
            sheet.write(b"</sheetData></worksheet>")
        ordered = sorted(strings, key=strings.get)
        body = "".join(f"<si><t>{escape(s)}</t></si>" for s in ordered)
        z.writestr("xl/sharedStrings.xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(ordered)}" uniqueCount="{len(ordered)}">'
            f'{body}</sst>'))


def write_csv(path: Path, headers: list[str], data: list[np.ndarray]) -> None:
    columns = [col.tolist() for col in data]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(headers)
        for i in range(len(columns[0])):
            writer.writerow([str(c[i]).replace(".", ",") if isinstance(c[i], float) else c[i] for c in columns])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "data")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(20261122)
    headers, data = build_columns(args.rows, rng)
    write_xlsx(args.out / f"survey_{args.rows}.xlsx", headers, data)
    write_csv(args.out / f"survey_{args.rows}.csv", headers, data)
    print(f"wrote {args.out}/survey_{args.rows}.xlsx and .csv")


if __name__ == "__main__":
    main()
