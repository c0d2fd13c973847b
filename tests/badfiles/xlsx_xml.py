"""XML attacks inside otherwise valid workbooks: billion laughs, quadratic blow-up, XXE, external DTD.

Excel never writes a DTD, so any <!DOCTYPE> in a workbook part is refused (defusedxml forbids it).
"""

from __future__ import annotations

from pathlib import Path

from .expect import DAMAGED, UNSAFE, Case, Opens, Refused
from .survey import survey_table
from .xlsx_writer import XML_DECL, Sheet, workbook_parts, write_parts

SECRET_FILE = "/etc/passwd"
SECRET_MARKER = "root:"  # text from SECRET_FILE that must never show up in anything a reader returns

BILLION_LAUGHS_DTD = (
    '<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % ("" if i == 1 else i - 1)) * 10}">' for i in range(1, 10))
)


def with_doctype(xml: bytes, root: str, internal_subset: str = "", external: str = "") -> bytes:
    """Insert <!DOCTYPE root SYSTEM "external" [subset]> right after the XML declaration."""
    system = f' SYSTEM "{external}"' if external else ""
    subset = f" [{internal_subset}]" if internal_subset else ""
    doctype = f"<!DOCTYPE {root}{system}{subset}>\n".encode()
    decl = XML_DECL.encode()
    assert xml.startswith(decl)
    return decl + doctype + xml[len(decl):]


def _parts() -> dict[str, bytes]:
    return workbook_parts([Sheet("Data", survey_table(10))])


def _sst_with_entity(subset: str, reference: str, *, external: str = "") -> dict[str, bytes]:
    parts = _parts()
    sst = parts["xl/sharedStrings.xml"].replace(b"<t xml:space=\"preserve\">Ja</t>",
                                                 f'<t xml:space="preserve">{reference}</t>'.encode())
    assert reference.encode() in sst
    parts["xl/sharedStrings.xml"] = with_doctype(sst, "sst", subset, external)
    return parts


def make_billion_laughs_shared_strings_xlsx(folder: Path) -> Path:
    """sharedStrings.xml declares lol..lol9 (10^9 × "lol", 3 GB expanded); the string "Ja" is &lol9;."""
    return write_parts(folder / "billion_laughs_shared_strings.xlsx", _sst_with_entity(BILLION_LAUGHS_DTD, "&lol9;"))


def make_billion_laughs_workbook_xlsx(folder: Path) -> Path:
    """workbook.xml declares the same entities and uses &lol9; in a defined name."""
    parts = _parts()
    wb = parts["xl/workbook.xml"].replace(
        b"</sheets>", b'</sheets><definedNames><definedName name="lach">&lol9;</definedName></definedNames>'
    )
    parts["xl/workbook.xml"] = with_doctype(wb, "workbook", BILLION_LAUGHS_DTD)
    return write_parts(folder / "billion_laughs_workbook.xlsx", parts)


def make_quadratic_blowup_xlsx(folder: Path) -> Path:
    """One flat 50,000-character entity referenced 50,000 times (2.5 GB expanded, no nesting)."""
    subset = f'<!ENTITY a "{"a" * 50_000}">'
    return write_parts(folder / "quadratic_blowup.xlsx", _sst_with_entity(subset, "&a;" * 50_000))


def make_xxe_shared_strings_xlsx(folder: Path) -> Path:
    """An external entity pointing at file:///etc/passwd used as a shared string."""
    subset = f'<!ENTITY xxe SYSTEM "file://{SECRET_FILE}">'
    return write_parts(folder / "xxe_shared_strings.xlsx", _sst_with_entity(subset, "&xxe;"))


def make_external_dtd_xlsx(folder: Path) -> Path:
    """sharedStrings.xml names an external DTD on the network (http://example.invalid/...)."""
    parts = _parts()
    parts["xl/sharedStrings.xml"] = with_doctype(parts["xl/sharedStrings.xml"], "sst",
                                                 external="http://example.invalid/evil.dtd")
    return write_parts(folder / "external_dtd.xlsx", parts)


_REFUSED = Refused(UNSAFE, (DAMAGED,))
CASES = [
    Case("billion_laughs_shared_strings", make_billion_laughs_shared_strings_xlsx, _REFUSED),
    Case("billion_laughs_workbook", make_billion_laughs_workbook_xlsx, _REFUSED),
    Case("quadratic_blowup", make_quadratic_blowup_xlsx, _REFUSED),
    Case("xxe_shared_strings", make_xxe_shared_strings_xlsx, _REFUSED,
         f"nothing a reader returns may contain {SECRET_MARKER!r} (text of {SECRET_FILE})"),
    Case("external_dtd", make_external_dtd_xlsx, Opens(10, 5),
         "the DTD must never be fetched (no network); the file may open, or be refused as unsafe",
         also_ok=_REFUSED),
]
