"""Filters on firm characteristics: `DIM=VALUE`, several combined with AND, a value list with OR."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from explorer.core.errors import InputError, Phrase
from explorer.core.labels import fold


@dataclass(frozen=True)
class Filter:
    dimension: str
    values: tuple[str, ...]

    def to_text(self) -> str:
        return f"{self.dimension}={','.join(self.values)}"


@dataclass(frozen=True)
class FilterSpec:
    filters: tuple[Filter, ...] = ()

    @classmethod
    def parse(cls, texts: list[str] | tuple[str, ...] | None) -> "FilterSpec":
        filters = []
        for text in texts or ():
            dimension, sep, values = text.partition("=")
            if not sep or not dimension.strip() or not values.strip():
                raise InputError("error.filter.form", text=text)
            filters.append(Filter(dimension.strip(), (values.strip(),)))
        return cls(tuple(filters))

    def to_texts(self) -> list[str]:
        return [f.to_text() for f in self.filters]

    @property
    def is_empty(self) -> bool:
        return not self.filters


def _split_values(raw: tuple[str, ...], categories: list[str]) -> list[str]:
    """Values as given; a comma separates alternatives unless the whole text is one category."""
    values: list[str] = []
    known = {fold(c) for c in categories}
    for text in raw:
        if fold(text) in known:
            values.append(text)
        else:
            values.extend(part.strip() for part in text.split(",") if part.strip())
    return values


def _resolve(survey, dimension: str, raw: tuple[str, ...], scheme: str) -> np.ndarray:
    """Boolean mask of the firms whose value of `dimension` is one of `raw`."""
    name = dimension.strip().lower() if dimension.strip().lower() in (
        "sector", "section", "size", "tech", "region", "wave") else dimension.strip()
    mask = np.zeros(survey.size, dtype=bool)
    pending: list[str] = []
    if name == "sector":
        divisions = survey.dimension("sector", scheme)
        categories = [str(c) for c in divisions.cat.categories]
        for value in _split_values(raw, categories):
            text = value.strip().upper()
            # A section letter ("C") selects all its divisions; "C25" or "25.62" their division.
            if len(text) == 1 and text.isalpha():
                sections = survey.dimension("section", scheme)
                mask |= (sections == text).to_numpy(dtype=bool, na_value=False)
                continue
            pending.append(value)
        return mask | _match(divisions, pending, dimension, _sector_key)
    question = survey.question_named(name)
    if question is not None and question.kind == "multi":  # the firms that ticked any of the options
        split = survey.split_groups(name, scheme)
        return _match_options(split, _split_values(raw, list(split.labels)), dimension)
    series = survey.dimension(name, scheme)
    categories = [str(c) for c in series.cat.categories]
    return _match(series, _split_values(raw, categories), dimension, fold)


def _match_options(split, values: list[str], dimension: str) -> np.ndarray:
    position = {fold(label): i for i, label in enumerate(split.labels)}
    mask = np.zeros(len(split.masks[0]) if split.masks else 0, dtype=bool)
    for value in values:
        index = position.get(fold(value))
        if index is None:
            listed = ", ".join(split.labels[:12]) + (" …" if len(split.labels) > 12 else "")
            raise InputError("error.filter.no_option", dimension=dimension, value=value, options=listed)
        mask |= split.masks[index]
    return mask


def _sector_key(value: str) -> str:
    from explorer.core.taxonomy import parse_nace

    code = parse_nace(value)
    return code.division if code else fold(value)


def _match(series: pd.Series, values: list[str], dimension: str, key) -> np.ndarray:
    if not values:
        return np.zeros(len(series), dtype=bool)
    categories = [str(c) for c in series.cat.categories]
    by_key = {}
    for index, category in enumerate(categories):
        by_key.setdefault(key(category), []).append(index)
        by_key.setdefault(fold(category), []).append(index)
    wanted: set[int] = set()
    for value in values:
        found = by_key.get(key(value)) or by_key.get(fold(value))
        if not found:
            listed = ", ".join(categories[:12]) + (" …" if len(categories) > 12 else "")
            raise InputError("error.filter.no_firm", dimension=dimension, value=value,
                             values=listed or Phrase("error.filter.none"))
        wanted.update(found)
    codes = series.cat.codes.to_numpy()
    return np.isin(codes, np.fromiter(wanted, dtype=codes.dtype))


def filter_mask(survey, spec: FilterSpec, scheme: str = "eu") -> np.ndarray:
    """Firms that pass every filter (AND across dimensions, OR within one)."""
    mask = np.ones(survey.size, dtype=bool)
    for item in spec.filters:
        mask &= _resolve(survey, item.dimension, item.values, scheme)
    return mask
