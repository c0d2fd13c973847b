"""A filter in words, and the counts shown beside each choice of the filter panel.

`describe_filters` turns a `FilterSpec` into the line that stands above a chart
("Sector: NACE 25 Producten van metaal; Grootte: Klein (10–49)"), so a figure carries its filter.

`counter_for(survey, scheme).counts(spec, dimension)` gives, for each value of one dimension, how
many firms pass every OTHER filter and have that value: the number a user sees before ticking the
value. It works on the categorical codes with numpy; a `FilterCounter` keeps each filter's mask
and each dimension's codes, so that a click (one changed filter) costs one mask and one
`bincount` per dimension.
"""

from __future__ import annotations

import weakref
from collections import OrderedDict

import numpy as np

from explorer.core.i18n import tr
from explorer.core.labels import fold
from explorer.core.survey.filters import Filter, FilterSpec, filter_mask
from explorer.core.taxonomy import (
    SIZE_ORDER,
    SIZE_SCHEMES,
    TECH_ORDER,
    division_title,
    parse_nace,
    parse_tech_label,
    section_title,
    size_label,
    tech_label,
)

BUILT_IN = ("sector", "section", "size", "tech", "region", "wave")

# Kept most recent first. A mask is 1 byte per firm, a position list up to 8: at 100,000 firms
# that is at most 6.4 MB of masks and 13 MB of positions. A click needs one new mask and one
# position list per filtered dimension, plus one for all filters.
_MASK_CACHE_SIZE = 64
_POSITION_CACHE_SIZE = 16
_COUNT_CACHE_SIZE = 256
_QUESTION_LABEL_MAX = 60
# Dropped from the front of a division title where the section already says it ("Industrie").
_TITLE_PREFIXES = {"nl": ("Vervaardiging van ",), "en": ("Manufacture of ",)}


def canonical_dimension(name: str) -> str:
    """`Size` and ` size ` are the built-in `size`; any other name (a column) is kept as written."""
    folded = name.strip().lower()
    return folded if folded in BUILT_IN else name.strip()


# ---- words ---------------------------------------------------------------------------------


def short_division_title(division: str, lang: str) -> str | None:
    """A division's title without the "Vervaardiging van" / "Manufacture of" that most share."""
    title = division_title(division, lang)
    if title is None:
        return None
    for prefix in _TITLE_PREFIXES.get(lang, ()):
        if title.startswith(prefix) and len(title) > len(prefix):
            rest = title[len(prefix):]
            return rest[0].upper() + rest[1:]
    return title


def sector_value_label(value: str, lang: str) -> str:
    """`C` → `NACE C Industrie`, `25` → `NACE 25 Producten van metaal, …`; a plain label as is."""
    text = str(value).strip()
    if len(text) == 1 and text.isalpha():
        title = section_title(text, lang)
        if title is not None:
            return tr("filters.value.nace", lang, code=text.upper(), title=title)
        return text
    code = parse_nace(text)
    if code is None:
        return text
    return tr("filters.value.nace", lang, code=code.code, title=short_division_title(code.division, lang))


def size_value_label(value: str, scheme: str, lang: str) -> str:
    """A size class code (or its label in either language) as the label of `scheme`."""
    text = str(value).strip()
    schemes = [scheme] + [s for s in SIZE_SCHEMES if s != scheme]
    for candidate in schemes:
        for code in SIZE_ORDER[candidate]:
            if fold(text) == fold(code) or any(fold(text) == fold(size_label(code, candidate, other))
                                               for other in ("nl", "en")):
                return size_label(code, candidate, lang)
    return text


def tech_value_label(value: str, lang: str) -> str:
    text = str(value).strip()
    code = text if text in TECH_ORDER else parse_tech_label(text)
    return tech_label(code, lang) if code in TECH_ORDER else text


def dimension_title(dimension: str, survey, lang: str) -> str:
    """The name of a filter dimension in the text: `Sector`, `Grootte`, or the question's label."""
    name = canonical_dimension(dimension)
    if name in BUILT_IN:
        return tr(f"filters.dim.{name}", lang)
    label = name
    for question in getattr(survey, "questions", ()) or ():
        if question.key == name:
            label = question.label or name
            break
    if len(label) > _QUESTION_LABEL_MAX:
        label = label[:_QUESTION_LABEL_MAX - 1].rstrip() + "…"
    return label


def value_label(dimension: str, value: str, scheme: str, lang: str) -> str:
    """How one filter value reads in `lang`."""
    name = canonical_dimension(dimension)
    if name in ("sector", "section"):
        return sector_value_label(value, lang)
    if name == "size":
        return size_value_label(value, scheme, lang)
    if name == "tech":
        return tech_value_label(value, lang)
    return str(value)


def describe_filters(spec: FilterSpec, survey, scheme: str, lang: str) -> str:
    """The active filter as one readable line; `Alle bedrijven` / `All firms` when there is none."""
    parts = []
    for item in spec.filters:
        values = ", ".join(value_label(item.dimension, value, scheme, lang) for value in item.values)
        parts.append(tr("filters.part", lang, dimension=dimension_title(item.dimension, survey, lang),
                        values=values))
    return "; ".join(parts) if parts else tr("filters.all", lang)


# ---- counts --------------------------------------------------------------------------------


class FilterCounter:
    """Counts for the filter panel on one survey under one size scheme.

    Every filter's mask is computed by `filter_mask` itself (so counts and selections can never
    disagree; an unknown value raises its `InputError`) and kept, most recent first; each
    dimension's codes are read once. Not thread-safe: use it from one thread at a time.
    """

    def __init__(self, survey, scheme: str) -> None:
        # A weak reference: the counters are kept per survey in a WeakKeyDictionary, which a strong
        # reference from the value back to its key would keep alive forever.
        self._survey = weakref.ref(survey)
        self.scheme = scheme
        self._masks: OrderedDict[Filter, np.ndarray] = OrderedDict()
        self._codes: dict[str, tuple[np.ndarray, tuple[str, ...]]] = {}
        self._position_cache: OrderedDict[tuple[Filter, ...], np.ndarray] = OrderedDict()
        self._counts: OrderedDict[tuple[str, tuple[Filter, ...]], np.ndarray] = OrderedDict()

    @property
    def survey(self):
        survey = self._survey()
        if survey is None:
            raise ReferenceError("the survey of this FilterCounter no longer exists")
        return survey

    def mask_of(self, item: Filter) -> np.ndarray:
        mask = self._masks.get(item)
        if mask is None:
            mask = filter_mask(self.survey, FilterSpec((item,)), self.scheme)
            mask.setflags(write=False)
            self._remember(self._masks, item, mask, _MASK_CACHE_SIZE)
        else:
            self._masks.move_to_end(item)
        return mask

    def codes(self, dimension: str) -> tuple[np.ndarray, tuple[str, ...]]:
        """(codes shifted by one so that 0 is "no value", as intp; the categories as text)."""
        name = canonical_dimension(dimension)
        if name not in self._codes:
            series = self.survey.dimension(name, self.scheme)
            shifted = series.cat.codes.to_numpy().astype(np.intp) + 1
            shifted.setflags(write=False)
            self._codes[name] = (shifted, tuple(str(c) for c in series.cat.categories))
        return self._codes[name]

    def selection(self, spec: FilterSpec) -> np.ndarray:
        """The firms passing every filter (the same as `filter_mask`)."""
        return self._combined(tuple(spec.filters)).copy()

    def selected_count(self, spec: FilterSpec) -> int:
        if spec.is_empty:
            return self.survey.size
        return len(self._positions(tuple(spec.filters)))

    def counts(self, spec: FilterSpec, dimension: str) -> dict[str, int]:
        name = canonical_dimension(dimension)
        question = self.survey.question_named(name)
        if question is not None and question.kind == "multi":
            return self._option_counts(spec, name)
        shifted, categories = self.codes(name)
        others = self._others(spec, name)
        key = (name, others)
        totals = self._counts.get(key)
        if totals is None:
            picked = shifted if not others else shifted[self._positions(others)]
            totals = np.bincount(picked, minlength=len(categories) + 1)
            self._remember(self._counts, key, totals, _COUNT_CACHE_SIZE)
        else:
            self._counts.move_to_end(key)
        return dict(zip(categories, totals[1:].tolist()))

    def _option_counts(self, spec: FilterSpec, name: str) -> dict[str, int]:
        """A multi-select question's options: the firms that ticked each (a firm counts in each
        option it ticked, so the counts may add up to more than the firms)."""
        split = self.survey.split_groups(name, self.scheme)
        others = self._others(spec, name)
        key = (name, others)
        totals = self._counts.get(key)
        if totals is None:
            positions = self._positions(others) if others else None
            totals = np.array([int(m.sum() if positions is None else m[positions].sum()) for m in split.masks])
            self._remember(self._counts, key, totals, _COUNT_CACHE_SIZE)
        else:
            self._counts.move_to_end(key)
        return dict(zip(split.labels, totals.tolist()))

    def round_firms(self, spec: FilterSpec) -> dict[str, int]:
        """Per round, the firms that answered in it and pass the filters on other dimensions."""
        panel = self.survey.panel
        others = self._others(spec, "wave")
        mask = self._combined(others) if others else None
        return {r.label: r.firms for r in panel.counts(mask).per_round}

    # A click changes one filter: the masks, positions and counts that do not depend on it are
    # reused. Positions (flatnonzero) make each per-dimension gather ~6x faster than a bool mask.

    @staticmethod
    def _others(spec: FilterSpec, name: str) -> tuple[Filter, ...]:
        return tuple(item for item in spec.filters if canonical_dimension(item.dimension) != name)

    def _combined(self, filters: tuple[Filter, ...]) -> np.ndarray:
        if not filters:
            return np.ones(self.survey.size, dtype=bool)
        mask = self.mask_of(filters[0])
        if len(filters) > 1:
            mask = mask.copy()
            for item in filters[1:]:
                mask &= self.mask_of(item)
        return mask

    def _positions(self, filters: tuple[Filter, ...]) -> np.ndarray:
        positions = self._position_cache.get(filters)
        if positions is None:
            positions = np.flatnonzero(self._combined(filters))
            positions.setflags(write=False)
            self._remember(self._position_cache, filters, positions, _POSITION_CACHE_SIZE)
        else:
            self._position_cache.move_to_end(filters)
        return positions

    @staticmethod
    def _remember(cache: OrderedDict, key, value, size: int) -> None:
        cache[key] = value
        if len(cache) > size:
            cache.popitem(last=False)


_COUNTERS: "weakref.WeakKeyDictionary[object, dict[str, FilterCounter]]" = weakref.WeakKeyDictionary()


def counter_for(survey, scheme: str) -> FilterCounter:
    """The survey's counter for `scheme`, kept as long as the survey lives (a Survey is never mutated)."""
    by_scheme = _COUNTERS.setdefault(survey, {})
    if scheme not in by_scheme:
        by_scheme[scheme] = FilterCounter(survey, scheme)
    return by_scheme[scheme]


def prepare_counts(survey, scheme: str = "eu") -> FilterCounter:
    """Build the firm characteristics and codes the filter panel counts on (about 0.1 s at 100,000
    firms), so that a loading worker can pay for them instead of the UI thread."""
    counter = counter_for(survey, scheme)
    for name in BUILT_IN:
        if survey.has_dimension(name):
            series = survey.dimension(name, scheme)
            if name != "section" and series.notna().any():
                counter.codes(name)
    return counter
