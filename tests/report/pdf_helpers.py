"""Reading back what a rendered briefing says, the way a user's PDF reader would."""

from __future__ import annotations

import io

from pypdf import PdfReader


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    """Each page's text with white space (including no-break spaces) folded to single spaces."""
    return [" ".join(page.extract_text().split()) for page in reader(data).pages]


def full_text(data: bytes) -> str:
    return " ".join(page_texts(data))


def font_names(data: bytes) -> set[str]:
    names = set()
    for page in reader(data).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def fonts_embedded(data: bytes) -> bool:
    """Every font on every page carries its own font program (FontFile2 for TrueType)."""
    for page in reader(data).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor")
            if descriptor is None or "/FontFile2" not in descriptor.get_object():
                return False
    return True
