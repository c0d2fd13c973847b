"""CASES: every bad or awkward input file, with what a correct reader should do with it."""

from __future__ import annotations

from pathlib import Path

from . import bombs, disguised, encrypted, hostile, ods, spss, text, xls, xlsx_layout, xlsx_values, xlsx_xml, zips
from .expect import Case

CASES: tuple[Case, ...] = (
    *disguised.CASES,
    *zips.CASES,
    *encrypted.CASES,
    *bombs.CASES,
    *xlsx_xml.CASES,
    *xlsx_layout.CASES,
    *xlsx_values.CASES,
    *text.CASES,
    *spss.CASES,
    *ods.CASES,
    *xls.CASES,
    *hostile.CASES,
)
CASES_BY_NAME: dict[str, Case] = {case.name: case for case in CASES}
assert len(CASES_BY_NAME) == len(CASES), "case names must be unique"


def case(name: str) -> Case:
    return CASES_BY_NAME[name]


def select(kind: str | None = None, *, slow: bool | None = None) -> list[Case]:
    """Cases whose main expectation is ``kind`` ("opens" / "refused"), optionally only slow or fast ones."""
    return [c for c in CASES
            if (kind is None or c.expect.kind == kind) and (slow is None or c.slow == slow)]


def build_all(folder: Path, *, slow: bool = True) -> dict[str, Path]:
    """Write every case (the slow ones too unless ``slow=False``) into ``folder``."""
    return {c.name: c.make(folder) for c in CASES if slow or not c.slow}
