"""Questions the user derives from others, kept in the mapping (and so in profiles and sessions):

- a net: options of a single-choice, yes/no or Likert question combined into one answer ("any
  relocation" = reshoring + nearshoring + offshoring; "(helemaal) mee eens"), the other options
  kept as they are, in their place;
- classes: a numeric question binned at the given edges (none given: its quartiles);
- ticked: a yes/no question out of a multi-select one, "yes" for the firms that ticked any of the
  given options, "no" for those that answered it without ticking them.

Each becomes an ordinary question on a column of its own beside the file's answers (the file's
frame is never changed), so every view, split, filter, export and briefing takes it as it takes
any other question, and the release module sees it as such.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from explorer.core.errors import InputError, Phrase
from explorer.core.survey.classes import class_labels, classes_of, quartile_edges
from explorer.core.survey.model import Question
from explorer.core.survey.recipes import CLASSES, NET, Derived

def derive(survey, derived: tuple[Derived, ...]) -> tuple[pd.DataFrame, list[Question], list[str]]:
    """The derived answers as columns (named by their keys), their questions, and one warning for
    each that cannot be made (its source is missing, or its name is taken)."""
    columns: dict[str, pd.Series] = {}
    questions: list[Question] = []
    warnings: list[str] = []
    taken = set(survey.frame.columns) | {q.key for q in survey.questions}
    for item in derived:
        if item.key in taken:
            warnings.append(f"The derived question '{item.key}' has the name of a column or question in the file; "
                            "it was left out (give it another name in the mapping).")
            continue
        try:
            series, question = _derive_one(survey, item)
        except InputError as exc:
            warnings.append(f"The derived question '{item.key}' was left out: {exc}")
            continue
        columns[item.key] = series
        questions.append(question)
        taken.add(item.key)
    return pd.DataFrame(columns, index=survey.frame.index), questions, warnings


def _derive_one(survey, item: Derived) -> tuple[pd.Series, Question]:
    source = survey.question_named(item.source)
    if source is None:
        raise InputError("error.derived.no_source", question=item.source)
    index = survey.frame.index
    if item.recipe == NET:
        if source.kind not in ("single", "yesno", "likert"):
            raise InputError("error.derived.net_kind")
        options, code_of = _net_options(source, item)
        lookup = np.array([code_of[o] for o in source.options] + [-1], dtype=np.int64)
        codes = lookup[survey.choice_codes(source)]  # -1 (no answer) picks the last entry
        kind = "likert" if source.kind == "likert" else "single"
        series = pd.Series(pd.Categorical.from_codes(codes, categories=list(options)), index=index)
        return series, Question(item.key, item.key, kind, (item.key,), options)
    if item.recipe == CLASSES:
        if source.kind != "numeric":
            raise InputError("error.derived.classes_kind")
        values = survey.numeric_values(source)
        edges = item.edges or quartile_edges(values)
        series = classes_of(values, edges, index=index)
        return series, Question(item.key, item.key, "single", (item.key,), class_labels(edges))
    if source.kind != "multi":
        raise InputError("error.derived.yesno_kind")
    unknown = [o for o in item.options if o not in source.options]
    if unknown or not item.options:
        raise InputError("error.derived.no_option", question=source.key, option=unknown[0] if unknown else "")
    ticked, answered = survey.ticks(source)
    chosen = ticked[:, [source.options.index(o) for o in item.options]].any(axis=1)
    codes = np.where(answered, np.where(chosen, 0, 1), -1)
    series = pd.Series(pd.Categorical.from_codes(codes, categories=list(item.labels)), index=index)
    return series, Question(item.key, item.key, "yesno", (item.key,), item.labels)


def _net_options(source: Question, item: Derived) -> tuple[tuple[str, ...], dict[str, int]]:
    """The new options in the source's order (a net where its first member stood), and the new
    option of each old one."""
    net_of: dict[str, str] = {}
    for name, members in item.nets:
        for member in members:
            if member not in source.options:
                raise InputError("error.derived.no_answer", question=source.key, answer=member)
            if member in net_of:
                raise InputError("error.derived.two_nets", answer=member)
            net_of[member] = name
    options: list[str] = []
    for option in source.options:
        new = net_of.get(option, option)
        if new not in options:
            options.append(new)
    if len(set(options)) != len(options) or len(options) < 2:
        raise InputError("error.derived.net_too_few")
    return tuple(options), {o: options.index(net_of.get(o, o)) for o in source.options}


MAX_RECIPE_BYTES = 1_000_000


def load_derived(path) -> tuple[Derived, ...]:
    """Derived questions from a JSON file: a list of them as a profile's mapping saves them, read
    against the same schema as sessions and profiles."""
    from explorer.core.statefile import DERIVED_SCHEMA, MAX_DERIVED, ListOf, read_state

    what = "error.state.what.derived"
    data = read_state(path, what, ListOf(DERIVED_SCHEMA, MAX_DERIVED), max_bytes=MAX_RECIPE_BYTES)
    try:
        return tuple(Derived.from_json(item) for item in data)
    except (ValueError, TypeError) as exc:
        raise InputError("error.state.damaged", what=Phrase(what), file=Path(path).name, detail=str(exc)) from None



def derived_json(survey) -> dict:
    """The survey's derived questions by key: how each was made and the answers it has."""
    made = {q.key: q for q in survey.questions}
    return {d.key: {**{k: v for k, v in d.to_json().items() if k != "key"}, "kind": made[d.key].kind,
                    "answers": list(made[d.key].options)}
            for d in survey.mapping.derived if d.key in made}
