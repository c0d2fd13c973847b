"""Filter selections for tests as the filter panel makes them, and the counts it shows beside them.

`filters(("sector", ("25",)), ("size", ("small", "medium")))` is one filter per dimension with its
values as a tuple, exactly what the panel emits; `filter_counts` is what the panel shows next to
each value (the firms that pass every other filter and have that value).
"""

from __future__ import annotations

from explorer.core.survey import Filter, FilterSpec
from explorer.core.survey.filter_text import counter_for


def filters(*choices: tuple[str, tuple[str, ...]]) -> FilterSpec:
    return FilterSpec(tuple(Filter(dimension, tuple(values)) for dimension, values in choices))


def filter_counts(survey, spec: FilterSpec, scheme: str, dimension: str) -> dict[str, int]:
    return counter_for(survey, scheme).counts(spec, dimension)
