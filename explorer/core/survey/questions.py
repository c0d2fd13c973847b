"""Turn the columns that play no role into questions, grouping multi-select blocks into one."""

from __future__ import annotations

import pandas as pd

from explorer.core.reading.table import ColumnInfo, LoadedTable
from explorer.core.survey.blocks import Block, header_blocks, label_blocks, label_headed_blocks, name_blocks
from explorer.core.survey.grids import harmonise_grids
from explorer.core.survey.kinds import checkbox_coding, classify_column, distinct_count, value_counts
from explorer.core.survey.model import EMPTY_MEANS_NO, JOINED, ZERO_ONE, Mapping, Question
from explorer.core.survey.vocabulary import OTHER_WORDS


def _is_other(info: ColumnInfo, option_label: str) -> bool:
    return bool(OTHER_WORDS.search(option_label) or OTHER_WORDS.search(info.name))


def _numeric(series: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype)


def _is_free_text(series: pd.Series) -> bool:
    return checkbox_coding(series) is None and not pd.api.types.is_numeric_dtype(series.dtype)


def _block_question(block: Block, table: LoadedTable, following: ColumnInfo | None) -> Question | None:
    """The block as one multi-select question, or None when its cells are not checkboxes."""
    frame = table.frame
    options: list[str] = []
    option_columns: list[str] = []
    other_columns: list[str] = []
    codings: set[str] = set()
    for column, label in zip(block.columns, block.option_labels):
        info = table.column(column)
        series = frame[column]
        coding = checkbox_coding(series)
        # Free text beside the options ("Other, please specify") is kept with the question; an
        # "Other" checkbox is an option like any other, so its share is shown.
        if _is_other(info, label) and _is_free_text(series):
            other_columns.append(column)
            continue
        if coding is None or (table.format == "limesurvey" and _numeric(series)):
            # LimeSurvey ticks a multiple-choice option with "Y" (or its label); numbers in a
            # `Q[SQ]` column are the answer codes of an array question.
            return None
        codings.add(coding)
        option_columns.append(column)
        # Where a checkbox cell holds a label, that label is the most readable option name.
        if coding == EMPTY_MEANS_NO:
            held = list(value_counts(series))
            if len(held) == 1 and not held[0].strip().isdigit() and len(held[0]) > 1 and held[0].lower() not in (
                    "y", "x", "yes", "ja"):
                label = held[0]
        options.append(label)
    if len(option_columns) < 2:
        return None
    columns = list(block.columns)
    if following is not None and following.name not in columns and OTHER_WORDS.search(following.name) \
            and _is_free_text(frame[following.name]):
        other_columns.append(following.name)
        columns.append(following.name)
    other = other_columns[-1] if other_columns else None
    coding = ZERO_ONE if ZERO_ONE in codings else EMPTY_MEANS_NO
    return Question(key=block.key, label=block.label, kind="multi", columns=tuple(columns), options=tuple(options),
                    coding=coding, option_columns=tuple(option_columns), other_column=other,
                    confidence=0.9 if coding == ZERO_ONE or len(option_columns) >= 3 else 0.7)


def _with_summary_column(question: Question, block: Block, infos: dict[str, ColumnInfo], used: set[str]) -> Question:
    """KoboToolbox and ODK write the ticked options joined by spaces in a column named like the
    question, beside the `question/option` columns; it says nothing more, so it joins the question."""
    summary = infos.get(block.key)
    if summary is None or summary.name in used or summary.name in question.columns:
        return question
    if not all(column.startswith(f"{block.key}/") for column in question.option_columns):
        return question
    return question.with_changes(columns=(summary.name, *question.columns))


def _user_blocks(mapping: Mapping, table: LoadedTable) -> list[Block]:
    names = {c.name for c in table.columns}
    blocks = []
    for key, columns in mapping.groups.items():
        columns = tuple(c for c in columns if c in names)
        if len(columns) >= 2:
            labels = tuple(table.column(c).option_label or c for c in columns)
            blocks.append(Block(key=key, label=key, columns=columns, option_labels=labels))
    return blocks


def _single_question(info: ColumnInfo, series: pd.Series) -> Question | None:
    kind = classify_column(series, header=info.question_text, open_ended=info.open_ended)
    # One statement of a grid: its label needs the statement, not only the shared question.
    label = f"{info.question_text} - {info.option_label}" if info.option_label else info.question_text
    if kind is None:
        return None
    options = kind.options
    if info.value_labels and isinstance(series.dtype, pd.CategoricalDtype) and kind.kind != "multi":
        # Value labels name every answer, chosen or not, in the order of their codes.
        options = tuple(str(c) for c in series.cat.categories if str(c) not in kind.dont_know)
    if kind.kind == "multi":
        return Question(key=info.name, label=label, kind="multi", columns=(info.name,), options=options,
                        coding=JOINED, separator=kind.separator, confidence=kind.confidence)
    return Question(key=info.name, label=label, kind=kind.kind, columns=(info.name,), options=options,
                    dont_know=kind.dont_know, confidence=kind.confidence)


def build_questions(table: LoadedTable, excluded: set[str], mapping: Mapping) -> list[Question]:
    frame = table.frame
    infos = [i for i in table.columns if not i.is_metadata and i.name not in excluded]
    by_name = {i.name: i for i in infos}
    order = {i.name: n for n, i in enumerate(infos)}
    used: set[str] = set()
    questions: list[Question] = []

    def free(candidates: list[ColumnInfo]) -> list[ColumnInfo]:
        return [i for i in candidates if i.name not in used]

    finders = (
        lambda c: _user_blocks(mapping, table),
        header_blocks,
        name_blocks,
        label_blocks,
        lambda c: label_headed_blocks(
            c, lambda name: list(value_counts(frame[name])) if distinct_count(frame[name]) == 1 else []),
    )
    for find in finders:
        for block in find(free(infos)):
            if block.key in mapping.ungrouped or any(c in used or c not in by_name for c in block.columns):
                continue
            last = order[block.columns[-1]]
            following = infos[last + 1] if last + 1 < len(infos) else None
            question = _block_question(block, table, following if following and following.name not in used else None)
            if question is not None:
                question = _with_summary_column(question, block, by_name, used)
                questions.append(question)
                used.update(question.columns)
    for info in free(infos):
        question = _single_question(info, frame[info.name])
        if question is not None:
            questions.append(question)
            used.add(info.name)
    questions.sort(key=lambda q: order[q.columns[0]])
    return _attach_other_text(harmonise_grids(questions, by_name, frame), by_name, frame)


def _attach_other_text(questions: list[Question], infos: dict[str, ColumnInfo], frame: pd.DataFrame) -> list[Question]:
    """An "Other, please specify" text column right after a question belongs to it."""
    result: list[Question] = []
    for question in questions:
        previous = result[-1] if result else None
        info = infos[question.columns[0]]
        label = info.option_label or info.name
        if (previous is not None and previous.other_column is None and len(question.columns) == 1
                and question.kind in ("text", "single") and OTHER_WORDS.search(label)
                and previous.kind in ("single", "yesno", "multi")):
            result[-1] = previous.with_changes(other_column=question.columns[0],
                                               columns=previous.columns + question.columns)
            continue
        result.append(question)
    return result
