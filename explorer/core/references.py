"""Published reference figures (DESIGN.md) and the questions they belong beside."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from explorer.core.resources import resource_path


@dataclass(frozen=True)
class ReferenceFigure:
    id: str
    pattern: re.Pattern
    value: float
    unit: str                 # "%" (value is a fraction) or a unit text per language "nl|en"
    text: dict[str, str]
    source: str

    def unit_in(self, lang: str) -> str:
        if self.unit == "%":
            return "%"
        nl, _, en = self.unit.partition("|")
        return nl if lang == "nl" else (en or nl)


@lru_cache(maxsize=1)
def reference_figures() -> tuple[ReferenceFigure, ...]:
    data = json.loads(resource_path("reference_figures.json").read_text(encoding="utf-8"))
    return tuple(
        ReferenceFigure(id=f["id"], pattern=re.compile(f["match"], re.IGNORECASE), value=float(f["value"]),
                        unit=f.get("unit", "%"), text=dict(f["text"]), source=f["source"])
        for f in data["figures"]
    )


def references_for(labels: list[str]) -> list[ReferenceFigure]:
    """The figures whose topic one of the survey's questions asks about, each once."""
    return [figure for figure in reference_figures() if any(figure.pattern.search(label) for label in labels)]
