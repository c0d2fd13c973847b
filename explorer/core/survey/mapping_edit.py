"""Editing a `Mapping` one step at a time: the logic behind the mapping dialog, without Qt.

Every edit is a pure function that returns a NEW `Mapping` (the old one is left as it was), so
the dialog can keep an undo-free, rebuild-on-every-edit loop: edit → `build_survey(table, new)`
→ show. `column_rows` describes each column of a survey as the dialog lists it, and
`mapping_needs_review` says whether the window should open the dialog by itself (a role that
waits for confirmation is one reason). A proposed role is confirmed with `set_role`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from explorer.core.survey.kinds import value_counts
from explorer.core.survey.missing_codes import labelled_missing
from explorer.core.survey.model import JOINED, KINDS, ROLE_SURE, ROLES, Mapping, Question
from explorer.core.survey.scales import likert_order

if TYPE_CHECKING:
    from explorer.core.survey.survey import Survey

# Below these, detection is unsure and the dialog highlights the row (and opens by itself).
QUESTION_SURE = 0.6
# Roles without which the window's main views (by sector, by size) cannot work.
ESSENTIAL_ROLES = ("sector", "size")
SAMPLE_COUNT = 3
SAMPLE_CHARS = 40


@dataclass(frozen=True)
class ColumnRow:
    """One column of the file as the mapping dialog lists it."""

    name: str
    role: str | None                 # the role the column plays, or None
    question_key: str | None         # the question it belongs to, or None (a role, metadata, unused)
    question_label: str
    kind: str | None                 # the question's kind
    confidence: float | None         # of the role or the question; None for a column that is not used
    samples: tuple[str, ...]         # the most frequent values, as text
    header: str = ""                 # question text and option label from the file's header rows
    is_metadata: bool = False        # survey-tool data (respondent number, dates, IP address)
    option: str = ""                 # the option this column holds within a multi-select question
    proposed_role: str | None = None  # a role detection suggests on weak evidence; not applied yet
    proposed_confidence: float | None = None
    no_answer: tuple[str, ...] = ()  # answers whose SPSS label means no answer, as "label (code)"
    no_answer_kept: bool = False     # ... and the user counts them as answers

    @property
    def unsure(self) -> bool:
        if self.proposed_role is not None:
            return True
        if self.confidence is None:
            return False
        return self.confidence < (ROLE_SURE if self.role is not None else QUESTION_SURE)


# ---- reading a survey -------------------------------------------------------------------------

def missing_roles(survey: "Survey") -> tuple[str, ...]:
    """Essential roles that no column plays and that the user did not explicitly switch off."""
    return tuple(role for role in ESSENTIAL_ROLES
                 if survey.roles.get(role) is None
                 and not (role in survey.mapping.roles and survey.mapping.roles[role] is None))


def mapping_needs_review(survey: "Survey") -> bool:
    """True when detection is unsure: a sector or size column missing, or a role or question guessed
    with low confidence. A role the user set to "none" on purpose does not count as missing."""
    if missing_roles(survey) or survey.pending_roles:
        return True
    for role, column in survey.roles.items():
        if column is not None and survey.role_confidence.get(role, 1.0) < ROLE_SURE:
            return True
    return any(question.confidence < QUESTION_SURE for question in survey.questions)


def sample_values(survey: "Survey", column: str, limit: int = SAMPLE_COUNT) -> tuple[str, ...]:
    """The `limit` most frequent values of a column, shortened for display."""
    counts = value_counts(survey.frame[column])
    values = [value for value, _ in counts.most_common(limit)]
    return tuple(value if len(value) <= SAMPLE_CHARS else value[:SAMPLE_CHARS - 1] + "…" for value in values)


def column_rows(survey: "Survey", sample_cache: dict[str, tuple[str, ...]] | None = None) -> list[ColumnRow]:
    """One row per column of the file, in file order.

    `sample_cache` (column → samples) saves recounting the values after every edit; the values of a
    loaded table never change.
    """
    role_of = {column: role for role, column in survey.roles.items() if column is not None}
    proposed = {guess.column: (role, guess.confidence) for role, guess in survey.pending_roles.items()}
    no_answer = labelled_missing(survey.table)
    question_of: dict[str, Question] = {}
    for question in survey.questions:
        for column in question.columns:
            question_of.setdefault(column, question)
    rows = []
    for info in survey.table.columns:
        name = info.name
        if sample_cache is not None and name in sample_cache:
            samples = sample_cache[name]
        else:
            samples = sample_values(survey, name)
            if sample_cache is not None:
                sample_cache[name] = samples
        header = " — ".join(t for t in (info.question_text, info.option_label) if t and t != name)
        role = role_of.get(name)
        question = question_of.get(name)
        if role is not None:
            rows.append(ColumnRow(name, role, None, "", None, survey.role_confidence.get(role, 1.0), samples,
                                  header, info.is_metadata))
        elif question is not None:
            rows.append(ColumnRow(name, None, question.key, question.label or question.key, question.kind,
                                  question.confidence, samples, header, info.is_metadata,
                                  _option_of(question, name)))
        else:
            rows.append(ColumnRow(name, None, None, "", None, None, samples, header, info.is_metadata))
        suggested, suggested_confidence = proposed.get(name, (None, None))
        labels = tuple(f"{label} ({code})" for label, code in no_answer.get(name, {}).items())
        if suggested is not None or labels:
            rows[-1] = replace(rows[-1], proposed_role=suggested, proposed_confidence=suggested_confidence,
                               no_answer=labels, no_answer_kept=name in survey.mapping.kept_missing)
    return rows


def _option_of(question: Question, column: str) -> str:
    if column in question.option_columns:
        return question.options[question.option_columns.index(column)]
    return ""


def kind_choices(question: Question) -> tuple[str, ...]:
    """The kinds a question can be switched to without breaking its shares.

    A block of checkbox columns only makes sense as one multi-select question (split it to treat its
    columns one by one); a single column cannot become a multi-select question unless detection found
    the separator of its joined answers.
    """
    if question.kind == "multi":
        return ("multi",) if question.coding != JOINED else ("multi", "text")
    return tuple(kind for kind in KINDS if kind != "multi")


# ---- edits: each returns a new Mapping -------------------------------------------------------------

def set_role(mapping: Mapping, role: str, column: str | None) -> Mapping:
    """`column` plays `role` (None: no column plays it). A column plays at most one role, so another
    role the user had given the same column goes back to what detection says."""
    if role not in ROLES:
        raise ValueError(f"'{role}' is not a role; the roles are {', '.join(ROLES)}.")
    roles = {r: c for r, c in mapping.roles.items() if r != role and (column is None or c != column)}
    roles[role] = column
    return replace(mapping, roles=roles)


def count_no_answer(mapping: Mapping, column: str, as_answers: bool) -> Mapping:
    """Whether the answers of `column` whose SPSS label means no answer count as answers."""
    kept = tuple(c for c in mapping.kept_missing if c != column) + ((column,) if as_answers else ())
    return replace(mapping, kept_missing=kept)


def assign_column(mapping: Mapping, roles: dict[str, str | None], column: str, role: str | None) -> Mapping:
    """What choosing `role` in the Role cell of `column` means, given the survey's current `roles`:
    the column takes the role (losing the one it had), or with None stops playing its role."""
    current = next((r for r, c in roles.items() if c == column), None)
    if role == current:
        return mapping
    if role is None:
        return set_role(mapping, current, None)
    return set_role(mapping, role, column)


def set_kind(mapping: Mapping, key: str, kind: str | None, options: tuple[str, ...] | list[str] = ()) -> Mapping:
    """The question `key` is of `kind` (None: as detected).

    Switching to Likert with the question's current `options` also puts them in scale order (unless the
    user already ordered them); switching to a kind without options drops a saved option order.
    """
    if kind is not None and kind not in KINDS:
        raise ValueError(f"'{kind}' is not a question kind; the kinds are {', '.join(KINDS)}.")
    kinds = dict(mapping.kinds)
    orders = dict(mapping.option_orders)
    if kind is None:
        kinds.pop(key, None)
    else:
        kinds[key] = kind
    if kind == "likert" and options and key not in orders:
        order = likert_order(options)
        if order != tuple(options):
            orders[key] = order
    elif kind in ("numeric", "text", "multi"):
        orders.pop(key, None)
    return replace(mapping, kinds=kinds, option_orders=orders)


def set_option_order(mapping: Mapping, key: str, order: tuple[str, ...] | list[str]) -> Mapping:
    """The options of question `key` in this order (for charts, Likert scales and tables)."""
    order = tuple(str(option) for option in order)
    if len(set(order)) != len(order):
        raise ValueError("An option order names each option once.")
    orders = dict(mapping.option_orders)
    if order:
        orders[key] = order
    else:
        orders.pop(key, None)
    return replace(mapping, option_orders=orders)


def set_title(mapping: Mapping, key: str, title: str) -> Mapping:
    """Question `key` is shown as `title` (empty: as the file words it)."""
    titles = {k: v for k, v in mapping.titles.items() if k != key}
    if title.strip():
        titles[key] = title.strip()
    return replace(mapping, titles=titles)


def set_option_label(mapping: Mapping, key: str, option: str, label: str) -> Mapping:
    """Option `option` of question `key` is shown as `label` (empty: as the file writes it)."""
    own = {o: t for o, t in mapping.option_labels.get(key, {}).items() if o != option}
    if label.strip() and label.strip() != option:
        own[option] = label.strip()
    labels = {k: v for k, v in mapping.option_labels.items() if k != key}
    if own:
        labels[key] = own
    return replace(mapping, option_labels=labels)


def group_columns(mapping: Mapping, key: str, columns: tuple[str, ...] | list[str]) -> Mapping:
    """The columns, in this order, form one multi-select question called `key`.

    A column belongs to one group only: it leaves any other group of the user's (a group left with
    fewer than two columns is dropped). A detected block that shares a column with the new group is
    no longer formed; its other columns become questions of their own.
    """
    columns = tuple(dict.fromkeys(str(c) for c in columns))
    if len(columns) < 2:
        raise ValueError("A multi-select question needs at least two columns.")
    if not key.strip():
        raise ValueError("A question needs a name.")
    chosen = set(columns)
    groups: dict[str, tuple[str, ...]] = {}
    for other, members in mapping.groups.items():
        if other == key:
            continue
        kept = tuple(c for c in members if c not in chosen)
        if len(kept) >= 2:
            groups[other] = kept
    groups[key] = columns
    kinds = {k: v for k, v in mapping.kinds.items() if k != key}
    orders = {k: v for k, v in mapping.option_orders.items() if k != key}
    ungrouped = tuple(k for k in mapping.ungrouped if k != key)
    return replace(mapping, groups=groups, kinds=kinds, option_orders=orders, ungrouped=ungrouped)


def ungroup(mapping: Mapping, key: str) -> Mapping:
    """Split the multi-select question `key` into one question per column.

    A group of the user's is dropped; the key is also remembered as "not a block", so a detected block
    of the same name does not come back.
    """
    groups = {k: v for k, v in mapping.groups.items() if k != key}
    ungrouped = mapping.ungrouped if key in mapping.ungrouped else mapping.ungrouped + (key,)
    kinds = {k: v for k, v in mapping.kinds.items() if k != key}
    orders = {k: v for k, v in mapping.option_orders.items() if k != key}
    return replace(mapping, groups=groups, ungrouped=ungrouped, kinds=kinds, option_orders=orders)


def propose_group_key(survey: "Survey", columns: tuple[str, ...] | list[str]) -> str:
    """A readable, unused name for a question made of these columns: their shared question text, else
    the common start of their names, else the first and last name."""
    columns = list(columns)
    texts = {survey.table.column(c).question_text for c in columns}
    key = ""
    if len(texts) == 1:
        text = texts.pop().strip()
        if text and text not in columns:
            key = text
    if not key:
        prefix = os.path.commonprefix(columns).rstrip(" -_:[.–(")
        key = prefix if len(prefix) >= 3 else f"{columns[0]} … {columns[-1]}"
    chosen = set(columns)
    taken = {q.key for q in survey.questions if not set(q.columns) <= chosen}
    taken |= {c.name for c in survey.table.columns if c.name not in chosen}
    candidate, number = key, 2
    while candidate in taken:
        candidate = f"{key} ({number})"
        number += 1
    return candidate
