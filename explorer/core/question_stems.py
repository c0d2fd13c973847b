"""Grid questions exported as 'Stem - Statement' (SurveyMonkey, Qualtrics): the stem said once.

A Likert grid writes one column per statement, each headed by the grid's long question and the
statement. Read one after another, the long question repeats; shown once as the grid's title,
each item reads as its statement.
"""

from __future__ import annotations

STEM_SEPARATORS = (" - ", " – ", " — ")


def split_stem(label: str) -> tuple[str, str] | None:
    """(stem, statement) of a label written 'Stem - Statement', else None."""
    label = " ".join(str(label).split())
    for separator in STEM_SEPARATORS:
        if separator in label:
            stem, _, statement = label.rpartition(separator)
            if stem.strip() and statement.strip():
                return stem.strip(), statement.strip()
    return None


def grid_labels(labels: list[str]) -> list[tuple[str, str]]:
    """(label to show, its grid's title or '') per label: an item of a stem that two or more labels
    share is shown as its statement under the stem."""
    parts = [split_stem(label) for label in labels]
    shared: dict[str, int] = {}
    for part in parts:
        if part:
            shared[part[0]] = shared.get(part[0], 0) + 1
    return [(part[1], part[0]) if part and shared[part[0]] >= 2 else (" ".join(str(label).split()), "")
            for label, part in zip(labels, parts)]
