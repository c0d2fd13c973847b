"""Files whose extension lies: empty files, prose, images, PDFs, HTML, random bytes, and a good
xlsx under a .xls name."""

from __future__ import annotations

import random
import struct
import zlib
from pathlib import Path

from .expect import EMPTY, NOT_A_SPREADSHEET, Case, Opens, Refused
from .survey import survey_table
from .xlsx_writer import Sheet, write_xlsx

EMPTY_EXTENSIONS = ("xlsx", "xlsm", "xls", "ods", "csv", "sav")


def _empty_maker(ext: str):
    def make(folder: Path) -> Path:
        path = folder / f"empty.{ext}"
        path.write_bytes(b"")
        return path

    make.__name__ = f"make_empty_{ext}"
    make.__doc__ = f"A 0-byte file named .{ext}."
    return make


def make_text_named_xlsx(folder: Path) -> Path:
    """A short letter in plain text (no delimiters in columns), named .xlsx."""
    path = folder / "text_named.xlsx"
    path.write_text("Beste collega,\n\nHierbij het verslag van de vergadering van dinsdag.\n"
                    "Met vriendelijke groet,\nAnnelies\n", encoding="utf-8")
    return path


def png_bytes(width: int = 2, height: int = 2) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\0" + b"\xff\x00\x00" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def make_png_named_xlsx(folder: Path) -> Path:
    """A valid 2×2 PNG image named .xlsx."""
    path = folder / "png_named.xlsx"
    path.write_bytes(png_bytes())
    return path


def pdf_bytes() -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, obj)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def make_pdf_named_xlsx(folder: Path) -> Path:
    """A valid one-page PDF named .xlsx."""
    path = folder / "pdf_named.xlsx"
    path.write_bytes(pdf_bytes())
    return path


def random_bytes(n: int, seed: int) -> bytes:
    data = random.Random(seed).randbytes(n)
    if data[:2] in (b"PK", b"\xd0\xcf") or data[:4] == b"$FL2":  # never look like zip, OLE2, or SPSS
        data = b"\x00" + data[1:]
    return data


def make_random_bytes_xls(folder: Path) -> Path:
    """4096 random bytes (seeded) named .xls."""
    path = folder / "random_bytes.xls"
    path.write_bytes(random_bytes(4096, seed=20231101))
    return path


def make_html_named_xls(folder: Path) -> Path:
    """An HTML table saved as .xls, as some web survey tools "export to Excel"."""
    rows = survey_table(5)
    body = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in rows)
    path = folder / "html_named.xls"
    path.write_text(f"<html><head><meta charset=\"utf-8\"></head><body><table>{body}</table></body></html>",
                    encoding="utf-8")
    return path


def make_xlsx_named_xls(folder: Path) -> Path:
    """A good xlsx (15 rows) under a .xls name: sniff the content, not the extension."""
    return write_xlsx(folder / "xlsx_named.xls", [Sheet("Data", survey_table(15))])


CASES = [
    *[Case(f"empty_{ext}", _empty_maker(ext), Refused(EMPTY)) for ext in EMPTY_EXTENSIONS],
    Case("text_named_xlsx", make_text_named_xlsx, Refused(NOT_A_SPREADSHEET)),
    Case("png_named_xlsx", make_png_named_xlsx, Refused(NOT_A_SPREADSHEET)),
    Case("pdf_named_xlsx", make_pdf_named_xlsx, Refused(NOT_A_SPREADSHEET)),
    Case("random_bytes_xls", make_random_bytes_xls, Refused(NOT_A_SPREADSHEET)),
    Case("html_named_xls", make_html_named_xls, Refused(NOT_A_SPREADSHEET),
         "HTML disguised as .xls: refusing is expected; reading its one table is also fine",
         also_ok=Opens(5, 5)),
    Case("xlsx_named_xls", make_xlsx_named_xls, Opens(15, 5)),
]
