"""Find blocks of columns that together form one multi-select question.

Tools spread one "tick all that apply" question over several columns in different ways: the
same question text over option labels (SurveyMonkey, Qualtrics), codes like `Q1[SQ001]`
(LimeSurvey), `stem_1`, `stem_2` (Qualtrics tags, SPSS), `question/option` (KoboToolbox, ODK),
`Stem: option` (hand-made sheets, SPSS variable labels), or columns headed only by the option
label (Typeform). A block is accepted as a question only when its cells really behave like
checkboxes (see `checkbox_coding`).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from explorer.core.reading.table import ColumnInfo

_BRACKET = re.compile(r"^(.+?)\[(.+?)\]$")
_SLASHED = re.compile(r"^(.+)/([^/]+)$")
_NUMBERED = re.compile(r"^(.+?)[_.](\d+)(?:_TEXT)?$", re.IGNORECASE)
_LABELLED = re.compile(r"^(.+?)\s*(?::|\s-\s|\s–\s)\s*(.+)$")
_SNAKE = re.compile(r"^([a-z][a-z0-9]*)_([a-z][a-z0-9_]*)$")
# op1, op2: items of a scale in SPSS files (one letter and a number is a question number: Q1, V2)
_LETTERS_DIGITS = re.compile(r"^([A-Za-z]{2,})(\d+)$")
_TAG_PART = re.compile(r"^(.+)[_.][^_.]+$")
_WRITE_IN = re.compile(r"_TEXT$", re.IGNORECASE)


@dataclass(frozen=True)
class Block:
    key: str
    label: str
    columns: tuple[str, ...]
    option_labels: tuple[str, ...]   # one per column, before checkbox checks


def _runs(infos: list[ColumnInfo], key_of) -> list[list[tuple[ColumnInfo, str]]]:
    """Consecutive columns that share a non-empty key."""
    runs: list[list[tuple[ColumnInfo, str]]] = []
    current: list[tuple[ColumnInfo, str]] = []
    current_key = None
    for info in infos:
        found = key_of(info)
        stem = found[0] if found else None
        if stem is not None and stem == current_key:
            current.append((info, found[1]))
            continue
        if len(current) >= 2:
            runs.append(current)
        current = [(info, found[1])] if found else []
        current_key = stem
    if len(current) >= 2:
        runs.append(current)
    return runs


def _common_prefix_option(texts: list[str]) -> list[str] | None:
    """Options from question texts "Question - Option" that share the question part."""
    prefix = os.path.commonprefix(texts)
    for separator in (" - ", ": ", " – "):
        cut = prefix.rfind(separator)
        if cut > 0:
            options = [t[cut + len(separator):].strip() for t in texts]
            if all(options):
                return options
    return None


def _tag_key(tag: str) -> str:
    """The question part of an export tag: `Q9_1` → `Q9`, `Q29_1_2` → `Q29_1`, `Q1[SQ001]` → `Q1`."""
    tag = _WRITE_IN.sub("", tag)
    found = _BRACKET.match(tag) or _TAG_PART.match(tag)
    return found.group(1) if found else tag


def _tag_stem(names: list[str]) -> str:
    stems = {_tag_key(n) for n in names}
    return stems.pop() if len(stems) == 1 else os.path.commonprefix(names).rstrip("_[ -:")


def header_blocks(infos: list[ColumnInfo]) -> list[Block]:
    """Same question text over several option labels, as SurveyMonkey and Qualtrics write it.

    Two questions with the same text side by side (Qualtrics copies) stay apart by their tags.
    """
    blocks = []

    def key_of(info: ColumnInfo):
        if not info.option_label:
            return None
        return (info.question_text, _tag_key(info.export_tag) if info.export_tag else ""), info.option_label

    for run in _runs(infos, key_of):
        columns = [info.name for info, _ in run]
        tags = [info.export_tag for info, _ in run]
        key = _tag_stem(tags) if all(tags) else run[0][0].question_text
        blocks.append(Block(key=key, label=run[0][0].question_text, columns=tuple(columns),
                            option_labels=tuple(option for _, option in run)))
    return blocks


def _name_key(info: ColumnInfo) -> tuple[str, str] | None:
    for pattern in (_BRACKET, _SLASHED, _NUMBERED, _LABELLED, _SNAKE):
        match = pattern.match(info.name)
        if match:
            option = match.group(2).strip()
            # "motive_labour_costs" reads better as "labour costs".
            return match.group(1).strip(), option.replace("_", " ") if pattern is _SNAKE else option
    return None


def name_blocks(infos: list[ColumnInfo]) -> list[Block]:
    """`Q1[SQ001]`, `mot_1`, `Motief: kwaliteit`, `motive_quality`: a shared stem in the names."""
    blocks = []
    for run in _runs(infos, _name_key):
        columns = [info.name for info, _ in run]
        options = [option for _, option in run]
        # Variable labels such as "Welke motieven ...? - Kwaliteit" give better option names.
        from_labels = _common_prefix_option([info.question_text for info, _ in run])
        stem = _name_key(run[0][0])[0]
        label = stem
        if from_labels:
            options = from_labels
            label = run[0][0].question_text[: run[0][0].question_text.rfind(from_labels[0])].rstrip(" -:–")
        blocks.append(Block(key=stem, label=label or stem, columns=tuple(columns), option_labels=tuple(options)))
    return blocks


def grid_key(info: ColumnInfo) -> tuple[str, str, str] | None:
    """What the items of one grid share: the question text over statement labels, or a stem in the
    name (`NOTATION01[SQ001]`, `Q8_1`, `op1`) or in the variable label (`Satisfaction: price`)."""
    if info.option_label:
        return ("header", info.question_text, _tag_key(info.export_tag) if info.export_tag else "")
    for pattern in (_BRACKET, _SLASHED, _NUMBERED, _LETTERS_DIGITS, _LABELLED):
        match = pattern.match(info.name)
        if match:
            return ("name", match.group(1).strip(), "")
    if info.question_text and info.question_text != info.name:
        match = _LABELLED.match(info.question_text)
        if match:
            return ("label", match.group(1).strip(), "")
    return None


def label_blocks(infos: list[ColumnInfo]) -> list[Block]:
    """`Motives: cost`, `Motives - quality` in the variable labels of an SPSS file, where the names
    (q5a, q5b) say nothing."""
    def key_of(info: ColumnInfo):
        if not info.question_text or info.question_text == info.name:
            return None
        match = _LABELLED.match(info.question_text)
        return (match.group(1).strip(), match.group(2).strip()) if match else None

    blocks = []
    for run in _runs(infos, key_of):
        columns = tuple(info.name for info, _ in run)
        stem = key_of(run[0][0])[0]
        blocks.append(Block(key=stem, label=stem, columns=columns, option_labels=tuple(option for _, option in run)))
    return blocks


def label_headed_blocks(infos: list[ColumnInfo], distinct_values) -> list[Block]:
    """Columns headed by the very label they hold when ticked (Typeform)."""
    blocks = []

    def key_of(info: ColumnInfo):
        values = distinct_values(info.name)
        if values and len(values) == 1 and str(values[0]).strip() == info.name.strip():
            return ("label-headed", info.name)
        return None

    for run in _runs(infos, key_of):
        columns = [info.name for info, _ in run]
        key = f"{columns[0]} … {columns[-1]}"
        blocks.append(Block(key=key, label=key, columns=tuple(columns), option_labels=tuple(columns)))
    return blocks
