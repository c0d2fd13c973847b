"""`build_survey`: a loaded table understood as a survey of firms."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from explorer.core.errors import InputError
from explorer.core.labels import answer_text, fold
from explorer.core.reading.table import LoadedTable
from explorer.core.survey import dimensions
from explorer.core.survey.classes import classes_of, quartile_edges
from explorer.core.survey.joined import cell_options
from explorer.core.survey.kinds import is_ticked, value_counts
from explorer.core.survey.missing_codes import answers_view
from explorer.core.survey.model import JOINED, KINDS, ROLES, ZERO_ONE, Mapping, Question
from explorer.core.survey.panel import Panel, PanelCounts, build_panel
from explorer.core.survey.questions import build_questions
from explorer.core.survey.role_choice import resolve_roles, weight_warning
from explorer.core.survey.roles import RoleGuess, detect_roles
from explorer.core.taxonomy import SIZE_SCHEMES

BUILT_IN_DIMENSIONS = ("sector", "section", "size", "tech", "region", "wave")


@dataclass(frozen=True)
class SplitGroups:
    """The groups of a split: labels in order, a row mask per group, and whether a firm can be in
    more than one (a multi-select question)."""

    labels: tuple[str, ...]
    masks: tuple[np.ndarray, ...]
    overlapping: bool


class Survey:
    """Roles, questions and derived firm characteristics of one loaded table. Never mutated."""

    def __init__(self, table: LoadedTable, roles: dict[str, str], role_confidence: dict[str, float],
                 questions: tuple[Question, ...], warnings: tuple[str, ...], mapping: Mapping,
                 pending_roles: dict[str, RoleGuess] | None = None, frame: pd.DataFrame | None = None) -> None:
        self.table = table
        # The answers as the survey reads them ("no answer" labels masked); the table keeps the file's.
        self._frame = table.frame if frame is None else frame
        self.roles = {role: roles.get(role) for role in ROLES}
        self.role_confidence = role_confidence
        # Roles proposed from weak evidence, not applied until the user confirms them.
        self.pending_roles = dict(pending_roles or {})
        self.questions = questions
        self.warnings = warnings
        self.mapping = mapping
        self._dimension_cache: dict[tuple[str, str], pd.Series] = {}
        self._answers_cache: dict[Question, object] = {}
        self._selection_counts: dict[tuple, PanelCounts] = {}
        self.profile_name: str | None = None

    @property
    def frame(self) -> pd.DataFrame:
        return self._frame

    @property
    def size(self) -> int:
        return len(self.table.frame)

    @cached_property
    def panel(self) -> Panel | None:
        """Rounds in time order and the firm behind each answer; None without a round column."""
        return build_panel(self.frame, self.roles["id"], self.roles["wave"])

    def selection_counts(self, key: tuple, selected: np.ndarray) -> PanelCounts | None:
        """Answers, firms and rounds of a selection (`key`: what decided it, e.g. filters and scheme).

        Kept for the last few selections: every view asks about the same selection after a click.
        """
        if self.panel is None:
            return None
        counts = self._selection_counts.get(key)
        if counts is None:
            counts = self.panel.counts(selected)
            self._selection_counts[key] = counts
            if len(self._selection_counts) > 16:
                self._selection_counts.pop(next(iter(self._selection_counts)))
        return counts

    def question(self, key: str) -> Question:
        for question in self.questions:
            if question.key == key:
                return question
        folded = fold(key)
        matches = [q for q in self.questions if fold(q.key) == folded or fold(q.label) == folded]
        if len(matches) == 1:
            return matches[0]
        raise InputError("error.survey.no_question", key=key)

    # ---- firm characteristics -------------------------------------------------------------

    def has_dimension(self, name: str) -> bool:
        if name in ("sector", "section"):
            return self.roles["sector"] is not None
        if name == "tech":
            return self.roles["tech"] is not None or self.roles["sector"] is not None
        if name in ("size", "region", "wave"):
            return self.roles[name] is not None
        return name in self.frame.columns or any(q.key == name for q in self.questions)

    def dimension(self, name: str, scheme: str = "eu") -> pd.Series:
        """A categorical Series of the firms' values for a dimension (built-in or a column)."""
        if scheme not in SIZE_SCHEMES:
            raise InputError("error.survey.size_scheme", scheme=scheme)
        cache_key = (name, scheme if name == "size" else "")
        if cache_key not in self._dimension_cache:
            self._dimension_cache[cache_key] = self._build_dimension(name, scheme)
        return self._dimension_cache[cache_key]

    def _build_dimension(self, name: str, scheme: str) -> pd.Series:
        frame = self.frame
        role_of = {"section": "sector"}.get(name, name)
        if name in BUILT_IN_DIMENSIONS and name != "tech" and self.roles.get(role_of) is None:
            raise InputError("error.survey.no_role", role=role_of, name=name)
        if name == "sector":
            column = frame[self.roles["sector"]]
            divisions = dimensions.nace_division(column)
            # A survey that writes its own sector labels (no NACE codes) is grouped by those labels.
            return divisions if divisions.notna().mean() >= 0.5 else _as_categorical(column)
        if name == "section":
            return dimensions.nace_section(frame[self.roles["sector"]])
        if name == "tech":
            if self.roles["tech"] is not None:
                return dimensions.tech_from_labels(frame[self.roles["tech"]])
            if self.roles["sector"] is None:
                raise InputError("error.survey.no_tech")
            return dimensions.tech_from_sector(frame[self.roles["sector"]])
        if name == "size":
            return dimensions.size_classes(frame[self.roles["size"]], scheme)
        if name == "wave":
            return self.panel_rounds()
        if name == "region":
            return _as_categorical(frame[self.roles[name]])
        question = self.question_named(name)
        if question is not None and question.kind == "numeric":
            values = self.numeric_values(question)
            return classes_of(values, quartile_edges(values), index=frame.index)
        if question is not None and question.kind == "multi":
            raise InputError("error.survey.multi_split", question=name)
        column = self._column_for(name)
        return _as_categorical(frame[column])

    def panel_rounds(self) -> pd.Series:
        """The round of each answer as a categorical whose categories are in time order."""
        panel = self.panel
        return pd.Series(pd.Categorical.from_codes(panel.round_of_row, categories=list(panel.rounds)),
                         index=self.frame.index)

    def split_groups(self, name: str, scheme: str = "eu") -> "SplitGroups":
        """The groups a split by `name` makes: one per category of a firm characteristic or of a
        single-choice question, one per class of a numeric question (its quartiles), one per option
        of a multi-select question (a firm that ticked several options is in several groups)."""
        question = self.question_named(name)
        if question is not None and question.kind == "multi":
            answers = self.answers(question)  # built once: a filter click only slices it
            masks = answers.ticked & answers.answered[:, None]
            return SplitGroups(question.options, tuple(masks[:, i] for i in range(len(question.options))), True)
        series = self.dimension(name, scheme)
        codes = series.cat.codes.to_numpy()
        return SplitGroups(tuple(str(c) for c in series.cat.categories),
                           tuple(codes == i for i in range(len(series.cat.categories))), False)

    def question_named(self, name: str) -> Question | None:
        """The question whose key is `name` exactly (firm characteristics and columns go first)."""
        if name in BUILT_IN_DIMENSIONS:
            return None
        return next((q for q in self.questions if q.key == name), None)

    def _column_for(self, name: str) -> str:
        if name in self.frame.columns:
            return name
        for question in self.questions:
            if question.key == name and len(question.columns) == 1:
                return question.columns[0]
        raise InputError("error.survey.no_dimension", name=name)

    # ---- answers in the shape the statistics need --------------------------------------------

    def answers(self, question: Question):
        """The question's answers as arrays, built once (filter clicks only slice them)."""
        from explorer.core.survey.summary import Answers

        if question not in self._answers_cache:
            self._answers_cache[question] = Answers(self, question)
        return self._answers_cache[question]

    def weights(self) -> np.ndarray:
        column = self.roles["weight"]
        if column is None:
            raise InputError("error.survey.no_weight")
        return self.frame[column].to_numpy(dtype=float, na_value=np.nan)

    def choice_codes(self, question: Question) -> np.ndarray:
        """Codes 0..k-1 in option order, -1 for no answer (single, yes/no, Likert)."""
        series = self.frame[question.columns[0]]
        position = {option: i for i, option in enumerate(question.options)}
        if isinstance(series.dtype, pd.CategoricalDtype):
            lookup = np.array([position.get(str(c), -1) for c in series.cat.categories] + [-1], dtype=np.int64)
            return lookup[series.cat.codes.to_numpy()]
        if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
            values = series.to_numpy(dtype=float, na_value=np.nan)
            codes = np.full(len(values), -1, dtype=np.int64)
            for value in np.unique(values[~np.isnan(values)]):
                codes[values == value] = position.get(answer_text(float(value)), -1)
            return codes
        return np.array([-1 if pd.isna(v) else position.get(answer_text(v), -1) for v in series.astype("object")],
                        dtype=np.int64)

    def ticks(self, question: Question) -> tuple[np.ndarray, np.ndarray]:
        """(ticked: respondents x options, answered: respondents) for a multi-select question."""
        frame = self.frame
        if question.coding == JOINED:
            return _joined_ticks(frame[question.columns[0]], question)
        ticked = np.column_stack([is_ticked(frame[c]) for c in question.option_columns])
        other = None
        if question.other_column is not None:
            other = frame[question.other_column]
            other_given = is_ticked(other) if not pd.api.types.is_numeric_dtype(other.dtype) else other.notna()
            other_given = np.asarray(other_given, dtype=bool)
        if question.coding == ZERO_ONE:
            # A row of zeros is an answer (nothing ticked); a row of empty cells is not.
            answered = frame[list(question.option_columns)].notna().to_numpy().any(axis=1)
        else:
            answered = ticked.any(axis=1)
        if other is not None:
            answered = answered | other_given
        return ticked, answered

    def numeric_values(self, question: Question) -> np.ndarray:
        return pd.to_numeric(self.frame[question.columns[0]], errors="coerce").to_numpy(dtype=float, na_value=np.nan)


def _as_categorical(series: pd.Series) -> pd.Series:
    if isinstance(series.dtype, pd.CategoricalDtype):
        return series.cat.remove_unused_categories().cat.rename_categories(lambda c: answer_text(c))
    text = series.astype("object").map(lambda v: answer_text(v) if v is not None and v == v else None)
    return pd.Series(pd.Categorical(text), index=series.index)


def _joined_ticks(series: pd.Series, question: Question) -> tuple[np.ndarray, np.ndarray]:
    options = {option: i for i, option in enumerate(question.options)}
    rows_of = {}
    for value in value_counts(series):
        held = cell_options(value, question.separator, options)
        rows_of[value] = np.array([option in held for option in question.options], dtype=bool)
    empty = np.zeros(len(options), dtype=bool)
    text = series.astype("object")
    ticked = np.array([rows_of.get(str(v), empty) if v is not None and v == v else empty for v in text],
                      dtype=bool).reshape(len(series), len(options))
    return ticked, ticked.any(axis=1)


def _duplicate_id_warning(table: LoadedTable, id_column: str | None, wave_column: str | None) -> list[str]:
    """Ids that repeat (within a wave, when the survey has waves: a panel repeats firms across waves)."""
    if id_column is None:
        return []
    keys = [id_column] + ([wave_column] if wave_column else [])
    pairs = table.frame[keys].dropna(subset=[id_column])
    repeated = pairs[pairs.duplicated(keep=False)][id_column]
    if repeated.empty:
        return []
    example = answer_text(repeated.iloc[0])
    count = repeated.nunique()
    if wave_column:  # a panel: the firm is counted once, its answers in one round are not paired
        return [f"Duplicate ids: {count:,} value(s) in the column '{id_column}' occur more than once within "
                f"one round (for example '{example}'); each row is kept as a separate answer, and such a "
                f"firm is left out of the tests of change between rounds."]
    return [f"Duplicate ids: {count:,} value(s) in the column '{id_column}' occur more than once "
            f"(for example '{example}'); each row is kept as a separate firm."]


def _unknown_sector_warning(table: LoadedTable, column: str | None) -> list[str]:
    if column is None:
        return []
    unknown = dimensions.unknown_sector_codes(table.frame[column])
    if not unknown:
        return []
    shown = ", ".join(unknown[:12]) + (f" and {len(unknown) - 12:,} more" if len(unknown) > 12 else "")
    return [f"The sector column '{column}' holds codes that NACE does not have ({shown}); "
            "each was read as its division."]


def build_survey(table: LoadedTable, mapping: Mapping | None = None, use_profiles: bool = True) -> Survey:
    """Detect roles and questions, then apply the user's corrections.

    Without an explicit mapping, a saved profile for the same columns is applied.
    """
    profile_name = None
    if mapping is None and use_profiles:
        from explorer.core.survey.profiles import find_profile

        profile = find_profile(table)
        if profile is not None:
            mapping, profile_name = profile.mapping, profile.name
    mapping = mapping or Mapping()
    answers, warnings = answers_view(table, mapping.kept_missing)
    resolved = resolve_roles(detect_roles(answers), mapping.roles, set(table.frame.columns))
    roles = resolved.columns
    questions = build_questions(answers, set(roles.values()), mapping)
    questions = [_apply_overrides(q, mapping, answers) for q in questions]
    warnings += _duplicate_id_warning(answers, roles.get("id"), roles.get("wave"))
    warnings += weight_warning(answers, roles.get("weight"))
    warnings += _unknown_sector_warning(answers, roles.get("sector"))
    survey = Survey(table, roles, resolved.confidence, tuple(questions), tuple(warnings), mapping, resolved.pending,
                    answers.frame)
    if mapping.derived:
        survey = _with_derived(survey)
    survey.profile_name = profile_name
    return survey


def _with_derived(survey: Survey) -> Survey:
    """The survey with the mapping's nets, classes and yes/no questions as questions of their own."""
    from explorer.core.survey.derived import derive

    columns, questions, warnings = derive(survey, survey.mapping.derived)
    frame = pd.concat([survey.frame, columns], axis=1) if len(columns.columns) else survey.frame
    return Survey(survey.table, survey.roles, survey.role_confidence, survey.questions + tuple(questions),
                  survey.warnings + tuple(warnings), survey.mapping, survey.pending_roles, frame)


def _apply_overrides(question: Question, mapping: Mapping, table: LoadedTable) -> Question:
    kind = mapping.kinds.get(question.key)
    if kind in KINDS and kind != question.kind:
        question = question.with_changes(kind=kind, confidence=1.0)
        if kind in ("single", "likert", "yesno") and not question.options:
            options = tuple(value_counts(table.frame[question.columns[0]]))
            question = question.with_changes(options=options)
    order = mapping.option_orders.get(question.key)
    if order and set(order) >= set(question.options) - set(question.dont_know):
        if question.option_columns:
            # A multi-select option and its column move together, or shares would be misread.
            column_of = dict(zip(question.options, question.option_columns))
            order = tuple(o for o in order if o in column_of)
            question = question.with_changes(options=order, option_columns=tuple(column_of[o] for o in order))
        else:
            question = question.with_changes(options=tuple(order))
        question = question.with_changes(confidence=1.0)
    return _relabel(question, mapping)


def _relabel(question: Question, mapping: Mapping) -> Question:
    """The user's short title and option display labels; the answers keep the file's own texts."""
    title = mapping.titles.get(question.key)
    if title:
        question = question.with_changes(label=title, file_label=question.label)
    labels = mapping.option_labels.get(question.key, {})
    if labels and question.options:
        question = question.with_changes(option_labels=tuple(labels.get(o, "") for o in question.options))
    return question
