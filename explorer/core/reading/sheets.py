"""The sheets a workbook lists: name, XML part, kind (worksheet or chart sheet) and visibility.

Read from `xl/workbook.xml` and its relationships, never from the sheets themselves, so it costs
milliseconds whatever the size of the workbook. Hidden and very hidden sheets are not chosen by
default; chart sheets hold no cells at all.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath

import defusedxml.ElementTree as SafeET

from explorer.core.errors import InputError

REL_NAMESPACES = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                  "http://purl.oclc.org/ooxml/officeDocument/relationships")
# workbook.xml lists sheets; a list that large is not a workbook (and would be slow to parse).
MAX_WORKBOOK_PART = 16 * 1024 * 1024


@dataclass(frozen=True)
class SheetInfo:
    name: str
    part: str = ""             # path of its XML part inside the archive ("" when unknown)
    kind: str = "worksheet"    # "worksheet", "chartsheet", "dialogsheet" or "macrosheet"
    state: str = "visible"     # "visible", "hidden" or "veryHidden"

    @property
    def holds_cells(self) -> bool:
        return self.kind == "worksheet"

    @property
    def visible(self) -> bool:
        return self.state == "visible"


def _read_small(archive: zipfile.ZipFile, name: str) -> bytes:
    if archive.getinfo(name).file_size > MAX_WORKBOOK_PART:
        raise ValueError(f"{name} is implausibly large")
    return archive.read(name)


def xlsx_sheets(archive: zipfile.ZipFile) -> tuple[SheetInfo, ...]:
    """Every sheet that `xl/workbook.xml` lists, in its order."""
    workbook = SafeET.fromstring(_read_small(archive, "xl/workbook.xml"))
    try:
        rels = SafeET.fromstring(_read_small(archive, "xl/_rels/workbook.xml.rels"))
    except KeyError:
        rels = None
    targets: dict[str, tuple[str, str]] = {}
    for rel in rels if rels is not None else ():
        kind = rel.get("Type", "").rsplit("/", 1)[-1].lower()
        targets[rel.get("Id", "")] = (rel.get("Target", ""), kind)
    sheets = []
    for element in workbook.iter():
        if not element.tag.endswith("}sheet"):
            continue
        rel_id = next((element.get(f"{{{ns}}}id") for ns in REL_NAMESPACES if element.get(f"{{{ns}}}id")), "")
        target, kind = targets.get(rel_id, ("", "worksheet"))
        part = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target) if target else ""
        state = element.get("state", "visible")
        sheets.append(SheetInfo(name=element.get("name", ""), part=part,
                                kind=kind if kind in ("chartsheet", "dialogsheet", "macrosheet") else "worksheet",
                                state=state if state in ("hidden", "veryHidden") else "visible"))
    return tuple(sheets)


def ods_sheets(archive: zipfile.ZipFile) -> tuple[SheetInfo, ...]:
    """OpenDocument keeps its tables in content.xml with the data; the reader lists them."""
    return ()


def describe_hidden(sheets: tuple[SheetInfo, ...]) -> str | None:
    """A warning naming the hidden sheets, or None."""
    hidden = [s for s in sheets if not s.visible and s.holds_cells]
    if not hidden:
        return None
    names = ", ".join(f"'{s.name}'" + (" (very hidden)" if s.state == "veryHidden" else "") for s in hidden)
    return (f"The workbook has hidden sheets that were not read: {names}. "
            "Choose one explicitly to read it.")


def only_charts_refusal(label: str, sheets: tuple[SheetInfo, ...]) -> InputError:
    charts = ", ".join(f"'{s.name}'" for s in sheets if s.kind == "chartsheet")
    return InputError("error.sheet.only_charts", file=label, charts=charts)
