"""Column names that are unique and never blank, with a warning for each repair."""

from __future__ import annotations


def spreadsheet_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def unique_names(raw: list[str]) -> tuple[list[str], list[str]]:
    """Blank names become "Column C"; a repeated name gets " (2)", " (3)"."""
    warnings: list[str] = []
    names: list[str] = []
    seen: dict[str, int] = {}
    taken = set(raw)
    for index, name in enumerate(raw):
        name = " ".join(name.split()) or f"Column {spreadsheet_letter(index)}"
        key = name.lower()
        if key in seen:
            seen[key] += 1
            candidate = f"{name} ({seen[key]})"
            while candidate in taken:
                seen[key] += 1
                candidate = f"{name} ({seen[key]})"
            warnings.append(f"Duplicate column name '{name}': column {spreadsheet_letter(index)} "
                            f"is called '{candidate}' here.")
            name = candidate
        else:
            seen[key] = 1
        taken.add(name)
        names.append(name)
    return names, warnings
