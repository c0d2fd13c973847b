"""The survey model: which column plays which role, and which columns form which question."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

ROLES = ("id", "name", "sector", "size", "tech", "region", "wave", "weight")
# Below this confidence a detected role is only proposed: the user confirms it before it is applied.
ROLE_SURE = 0.7
KINDS = ("yesno", "single", "multi", "likert", "numeric", "text")

# How a multi-select question marks a ticked option.
ZERO_ONE = "zero_one"        # 0/1 per option: a row of zeros is an answer (nothing ticked)
EMPTY_MEANS_NO = "empty"     # label, Y or 1 per option, empty when not ticked
JOINED = "joined"            # one cell holding the ticked labels joined by a separator


@dataclass(frozen=True)
class Question:
    key: str
    label: str
    kind: str
    columns: tuple[str, ...]
    options: tuple[str, ...] = ()
    coding: str = ""                 # multi-select only: ZERO_ONE, EMPTY_MEANS_NO or JOINED
    separator: str = ""              # JOINED only
    option_columns: tuple[str, ...] = ()   # multi-select: the column of each option, in option order
    other_column: str | None = None  # "Other, please specify" text kept beside the question
    dont_know: tuple[str, ...] = ()  # Likert answers outside the scale ("weet niet")
    confidence: float = 1.0
    option_labels: tuple[str, ...] = ()   # the user's display label of each option, "" where none
    file_label: str = ""                 # the label as the file words it, when the user gave a short title
    grid: str = ""                       # one statement of a grid: the question over all its statements

    @property
    def file_text(self) -> str:
        """The question as the file words it (what themes and reference figures are recognised by)."""
        return self.file_label or self.label

    def option_text(self, option: str) -> str:
        """How an option is shown: the user's display label, else the answer as the file writes it."""
        labels = dict(zip(self.options, self.option_labels))
        return labels.get(option) or option

    def to_json(self) -> dict:
        data = {"key": self.key, "label": self.label, "kind": self.kind, "columns": list(self.columns),
                "options": list(self.options)}
        if any(self.option_labels):
            data["option_labels"] = [self.option_text(o) for o in self.options]
        if self.other_column:
            data["other_column"] = self.other_column
        if self.grid:
            data["grid"] = self.grid
        data["confidence"] = round(self.confidence, 2)
        return data

    def with_changes(self, **changes) -> "Question":
        return replace(self, **changes)


@dataclass(frozen=True)
class Mapping:
    """What the user corrected; applied on top of detection and saved in profiles and sessions."""

    roles: dict[str, str | None] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    option_orders: dict[str, tuple[str, ...]] = field(default_factory=dict)
    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    ungrouped: tuple[str, ...] = ()
    kept_missing: tuple[str, ...] = ()   # columns whose "no answer" labels count as answers
    titles: dict[str, str] = field(default_factory=dict)     # question key -> short title for display
    option_labels: dict[str, dict[str, str]] = field(default_factory=dict)  # key -> option -> display label
    derived: tuple = ()  # nets, classes and yes/no questions (core/survey/derived.py)

    def to_json(self) -> dict:
        data = {"roles": dict(self.roles), "kinds": dict(self.kinds),
                "option_orders": {k: list(v) for k, v in self.option_orders.items()},
                "groups": {k: list(v) for k, v in self.groups.items()}, "ungrouped": list(self.ungrouped)}
        if self.kept_missing:
            data["kept_missing"] = list(self.kept_missing)
        if self.titles:
            data["titles"] = dict(self.titles)
        if self.option_labels:
            data["option_labels"] = {k: dict(v) for k, v in self.option_labels.items()}
        if self.derived:
            data["derived"] = [d.to_json() for d in self.derived]
        return data

    @classmethod
    def from_json(cls, data: dict) -> "Mapping":
        roles = {str(k): (None if v is None else str(v)) for k, v in dict(data.get("roles", {})).items() if k in ROLES}
        kinds = {str(k): str(v) for k, v in dict(data.get("kinds", {})).items() if v in KINDS}
        orders = {str(k): tuple(str(x) for x in v) for k, v in dict(data.get("option_orders", {})).items()}
        groups = {str(k): tuple(str(x) for x in v) for k, v in dict(data.get("groups", {})).items()}
        titles = {str(k): str(v).strip() for k, v in dict(data.get("titles", {})).items() if str(v).strip()}
        labels = {str(k): {str(o): str(t).strip() for o, t in dict(v).items() if str(t).strip()}
                  for k, v in dict(data.get("option_labels", {})).items()}
        return cls(roles=roles, kinds=kinds, option_orders=orders, groups=groups,
                   ungrouped=tuple(str(x) for x in data.get("ungrouped", ())),
                   kept_missing=tuple(str(x) for x in data.get("kept_missing", ())),
                   titles=titles, option_labels={k: v for k, v in labels.items() if v},
                   derived=_derived_from_json(data.get("derived", [])))

    @property
    def is_empty(self) -> bool:
        return not (self.roles or self.kinds or self.option_orders or self.groups or self.ungrouped
                    or self.kept_missing or self.titles or self.option_labels or self.derived)

    def with_derived(self, derived) -> "Mapping":
        """This mapping with one derived question added, or replacing the one of the same key."""
        kept = tuple(d for d in self.derived if d.key != derived.key)
        return replace(self, derived=kept + (derived,))

    def without_derived(self, key: str) -> "Mapping":
        return replace(self, derived=tuple(d for d in self.derived if d.key != key))


def _derived_from_json(items) -> tuple:
    """Saved derived questions; ValueError when they are not of the saved shape (a damaged file)."""
    from explorer.core.survey.recipes import Derived

    if not isinstance(items, list) or len(items) > 500:  # statefile.MAX_DERIVED
        raise ValueError("derived questions are a list")
    return tuple(Derived.from_json(item) for item in items)
