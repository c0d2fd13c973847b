"""The NACE Rev. 2 tables, read from `resources/taxonomy/` the first time a code is looked up.

`nace_rev2.csv` holds the hierarchy (section, division, group, class: one row each, with its
parent) and the Dutch and English titles of sections and divisions; `nace_rev2_aliases_nl.csv`
holds other Dutch wordings of divisions met in survey files. Where they come from and how to
regenerate them: `resources/taxonomy/README.md`. Only data is read here; `nace.py` reads codes.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Mapping

from explorer.core.resources import resource_path

TABLE_FILE = ("taxonomy", "nace_rev2.csv")
ALIASES_FILE = ("taxonomy", "nace_rev2_aliases_nl.csv")


@dataclass(frozen=True, slots=True)
class NaceTable:
    """The classification as `nace.py` looks it up.

    `sections`: letter -> (Dutch title, English title, first division, last division);
    `divisions`: two digits -> (Dutch title, English title), in NACE order;
    `dutch_aliases`: division -> other Dutch titles that name it;
    `classes` and `groups`: the valid codes without their dot (`2562`, `256`).
    """

    sections: Mapping[str, tuple[str, str, int, int]]
    divisions: Mapping[str, tuple[str, str]]
    dutch_aliases: Mapping[str, tuple[str, ...]]
    classes: frozenset[str]
    groups: frozenset[str]


def _rows(parts: tuple[str, ...]) -> list[dict[str, str]]:
    with resource_path(*parts).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def nace_table() -> NaceTable:
    """The tables, read once per process."""
    rows = _rows(TABLE_FILE)
    by_level: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_level.setdefault(row["level"], []).append(row)
    divisions = {row["code"]: (row["title_nl"], row["title_en"]) for row in by_level["division"]}
    sections = {}
    for row in by_level["section"]:
        numbers = [int(d["code"]) for d in by_level["division"] if d["parent"] == row["code"]]
        sections[row["code"]] = (row["title_nl"], row["title_en"], min(numbers), max(numbers))
    aliases: dict[str, tuple[str, ...]] = {}
    for row in _rows(ALIASES_FILE):
        aliases[row["code"]] = (*aliases.get(row["code"], ()), row["title_nl"])
    return NaceTable(
        sections=MappingProxyType(sections),
        divisions=MappingProxyType(divisions),
        dutch_aliases=MappingProxyType(aliases),
        classes=frozenset(row["code"].replace(".", "") for row in by_level["class"]),
        groups=frozenset(row["code"].replace(".", "") for row in by_level["group"]),
    )
