"""A small deterministic survey table that the bad files wrap (Dutch manufacturing firms)."""

from __future__ import annotations

HEADER = ["Bedrijf-ID", "Naam", "NACE", "Werknemers", "Reshoring"]
SECTORS = ["25", "28", "22", "10", "26", "29", "31"]
NAMES = ["Metaalwerken", "Kunststof", "Machinebouw", "Voeding", "Elektronica", "Autodelen", "Meubel"]


def survey_rows(n: int, first_id: int = 1001) -> list[list[object]]:
    """``n`` data rows under HEADER: int id, text name, text NACE, int employees, Ja/Nee."""
    rows: list[list[object]] = []
    for i in range(n):
        rows.append([
            first_id + i,
            f"{NAMES[i % len(NAMES)]} {i + 1}",
            SECTORS[i % len(SECTORS)],
            5 + (i * 37) % 400,
            "Ja" if i % 4 == 0 else "Nee",
        ])
    return rows


def survey_table(n: int) -> list[list[object]]:
    return [list(HEADER), *survey_rows(n)]
