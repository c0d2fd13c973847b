"""How a derived question is made, as the mapping saves it: a net of options, classes of a
numeric question, or a yes/no question out of a multi-select one (`derived` computes the answers).

The recipe is a plain record read and written with the mapping, so the mapping needs no part of the
code that computes derived answers.
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.core.errors import InputError
from explorer.core.survey.classes import checked_edges

NET = "net"
CLASSES = "classes"
TICKED = "ticked"
RECIPES = (NET, CLASSES, TICKED)
YES_NO = ("Ja", "Nee")


@dataclass(frozen=True)
class Derived:
    key: str                                          # the new question's key and label
    source: str                                       # the key of the question it is made from
    recipe: str                                       # NET, CLASSES or TICKED
    nets: tuple[tuple[str, tuple[str, ...]], ...] = ()  # NET: (new answer, the options it combines)
    edges: tuple[float, ...] = ()                     # CLASSES: class edges (none: the quartiles)
    options: tuple[str, ...] = ()                     # TICKED: the options that make a "yes"
    labels: tuple[str, str] = YES_NO                  # TICKED: the yes and no answers

    def to_json(self) -> dict:
        data: dict = {"key": self.key, "source": self.source, "recipe": self.recipe}
        if self.recipe == NET:
            data["nets"] = {name: list(members) for name, members in self.nets}
        elif self.recipe == CLASSES:
            data["edges"] = list(self.edges)
        else:
            data["options"] = list(self.options)
            data["labels"] = list(self.labels)
        return data

    @classmethod
    def from_json(cls, data: dict) -> "Derived":
        """One derived question as saved; ValueError or TypeError when it is not of that shape."""
        if not isinstance(data, dict):
            raise TypeError("a derived question is an object")
        key, source, recipe = (_text(data.get(name)) for name in ("key", "source", "recipe"))
        if recipe not in RECIPES:
            raise ValueError(f"unknown recipe {recipe!r}")
        if recipe == NET:
            nets = data.get("nets")
            if not isinstance(nets, dict) or not nets:
                raise ValueError("a net names its answers and the options each combines")
            pairs = tuple((_text(name), tuple(_text(o) for o in _list(members))) for name, members in nets.items())
            return cls(key, source, recipe, nets=pairs)
        if recipe == CLASSES:
            edges = _list(data.get("edges", []))
            try:
                return cls(key, source, recipe, edges=checked_edges(edges) if edges else ())
            except InputError as exc:
                raise ValueError(str(exc)) from None
        labels = tuple(_text(x) for x in _list(data.get("labels", list(YES_NO))))
        if len(labels) != 2 or labels[0] == labels[1]:
            raise ValueError("a yes/no question has two different answers")
        return cls(key, source, recipe, options=tuple(_text(o) for o in _list(data.get("options"))),
                   labels=labels)


def _text(value) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("a name or an option must be a text")
    return value.strip()


def _list(value) -> list:
    if not isinstance(value, list | tuple) or len(value) > 1000:
        raise ValueError("expected a list")
    return list(value)
