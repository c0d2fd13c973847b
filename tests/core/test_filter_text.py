"""The filter in words, and the counts beside each choice, checked against pandas by hand."""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest

from explorer.core.reading import ColumnInfo, LoadedTable, read_table
from explorer.core.survey import Filter, FilterSpec, Mapping, build_survey, filter_mask
from explorer.core.survey.filter_text import (
    FilterCounter,
    canonical_dimension,
    describe_filters,
    prepare_counts,
    short_division_title,
)
from explorer.core.taxonomy import SIZE_ORDER, TECH_ORDER

from filter_specs import filter_counts, filters
from paths import SAMPLES

# Eurostat's aggregation, written out again here so the test does not lean on the taxonomy code.
TECH_OF_DIVISION = {**dict.fromkeys(["21", "26"], "high"),
                    **dict.fromkeys(["20", "27", "28", "29", "30"], "medium-high"),
                    **dict.fromkeys(["19", "22", "23", "24", "25", "33"], "medium-low"),
                    **dict.fromkeys(["10", "11", "12", "13", "14", "15", "16", "17", "18", "31", "32"], "low")}


@pytest.fixture(scope="module")
def ems():
    return build_survey(read_table(SAMPLES / "ems_2015_extract.xlsx"), use_profiles=False)


@pytest.fixture(scope="module")
def monkey():
    return build_survey(read_table(SAMPLES / "association_reshoring_survey_surveymonkey.csv"), use_profiles=False)


@pytest.fixture(scope="module")
def by_hand(ems) -> pd.DataFrame:
    """The EMS firms' characteristics computed straight from the raw columns with pandas."""
    frame = ems.frame
    division = frame["nace"].astype(str).str[:2]
    employees = frame["employees"].astype(float)
    return pd.DataFrame({
        "sector": division,
        "size": pd.cut(employees, [0, 10, 50, 250, np.inf], right=False, labels=list(SIZE_ORDER["eu"])).astype(str),
        "size_ems": pd.cut(employees, [0, 50, 250, 1000, np.inf], right=False,
                           labels=list(SIZE_ORDER["ems"])).astype(str),
        "tech": division.map(TECH_OF_DIVISION),
        "region": frame["country"].astype(str),
        "backshoring": frame["backshoring"].astype(object),
    })


def hand_counts(table: pd.DataFrame, keep: pd.Series, column: str, values) -> dict[str, int]:
    counts = table.loc[keep, column].value_counts()
    return {value: int(counts.get(value, 0)) for value in values}


# ---- describe_filters --------------------------------------------------------------------


def test_no_filter_reads_all_firms(ems):
    assert describe_filters(FilterSpec(), ems, "eu", "nl") == "Alle bedrijven"
    assert describe_filters(FilterSpec(), ems, "eu", "en") == "All firms"


def test_filters_read_as_one_line_in_both_languages(ems):
    spec = (filters(("sector", ("25",)), ("size", ("small", "medium")), ("tech", ("high",))))
    assert describe_filters(spec, ems, "eu", "nl") == (
        "Sector: NACE 25 Producten van metaal, exclusief machines en apparaten; "
        "Grootte: Klein (10–49), Middelgroot (50–249); Technologie: Hoogtechnologisch")
    assert describe_filters(spec, ems, "eu", "en") == (
        "Sector: NACE 25 Fabricated metal products, except machinery and equipment; "
        "Size: Small (10–49), Medium (50–249); Technology: High-tech")


def test_sections_schemes_regions_and_questions_are_named(ems, monkey):
    spec = filters(("sector", ("C", "28")), ("region", ("Spain",)))
    assert describe_filters(spec, ems, "eu", "nl") == (
        "Sector: NACE C Industrie, NACE 28 Machines, apparaten en werktuigen, n.e.g.; Regio: Spain")
    assert describe_filters(filters(("size", ("1000+",))), ems, "ems", "en") == (
        "Size: 1000+ employees")
    # Written the CLI way: capitals, a class code in the other language's label, a tech label.
    spec = FilterSpec.parse(["Size=Klein (10–49)", "tech=High-tech", "sector=25.62"])
    assert describe_filters(spec, ems, "eu", "en") == (
        "Size: Small (10–49); Technology: High-tech; Sector: NACE 25.62 Fabricated metal products, "
        "except machinery and equipment")
    question = next(q for q in monkey.questions if q.kind == "single")
    text = describe_filters(filters((question.key, (question.options[0],))), monkey, "eu", "nl")
    assert text.startswith(question.label[:40]) and text.endswith(": " + question.options[0])
    assert len(text.split(":")[0]) <= 60


def test_short_division_titles_drop_the_shared_opening():
    assert short_division_title("25", "nl").startswith("Producten van metaal")
    assert short_division_title("10", "en") == "Food products"
    assert short_division_title("33", "nl").startswith("Reparatie")
    assert short_division_title("99x", "nl") is None


def test_canonical_dimension():
    assert canonical_dimension(" Size ") == "size" and canonical_dimension("TECH") == "tech"
    assert canonical_dimension("V6 Plannen") == "V6 Plannen"


# ---- filter_counts -----------------------------------------------------------------------


def test_counts_exclude_the_dimensions_own_filter_and_match_pandas(ems, by_hand):
    spec = (filters(("sector", ("25", "28")), ("size", ("small", "medium")), ("region", ("Germany", "Netherlands"))))
    in_sector = by_hand["sector"].isin(["25", "28"])
    in_size = by_hand["size"].isin(["small", "medium"])
    in_region = by_hand["region"].isin(["Germany", "Netherlands"])

    assert filter_counts(ems, spec, "eu", "size") == hand_counts(by_hand, in_sector & in_region, "size",
                                                                 SIZE_ORDER["eu"])
    assert filter_counts(ems, spec, "eu", "tech") == hand_counts(by_hand, in_sector & in_size & in_region, "tech",
                                                                 TECH_ORDER)
    sectors = filter_counts(ems, spec, "eu", "sector")
    assert sectors == hand_counts(by_hand, in_size & in_region, "sector", sorted(by_hand["sector"].unique()))
    regions = filter_counts(ems, spec, "eu", "region")
    assert regions == hand_counts(by_hand, in_sector & in_size, "region", list(regions))
    answers = filter_counts(ems, spec, "eu", "backshoring")
    assert answers == hand_counts(by_hand, in_sector & in_size & in_region, "backshoring", ["no", "yes"])


def test_counts_follow_the_size_scheme(ems, by_hand):
    spec = filters(("tech", ("high",)))
    counts = filter_counts(ems, spec, "ems", "size")
    assert list(counts) == list(SIZE_ORDER["ems"])
    assert counts == hand_counts(by_hand, by_hand["tech"] == "high", "size_ems", SIZE_ORDER["ems"])
    spec = filters(("size", ("1000+",)))
    assert sum(filter_counts(ems, spec, "ems", "region").values()) == int((by_hand["size_ems"] == "1000+").sum())


def test_a_section_letter_filters_like_its_divisions(ems, by_hand):
    spec = filters(("sector", ("C",)))
    assert filter_counts(ems, spec, "eu", "size") == hand_counts(by_hand, by_hand["sector"].notna(), "size",
                                                                 SIZE_ORDER["eu"])


def test_every_value_is_listed_in_category_order_with_zero_counts(ems):
    spec = filters(("sector", ("21",)))  # pharmaceuticals: high-tech only
    counts = filter_counts(ems, spec, "eu", "tech")
    assert list(counts) == list(TECH_ORDER)
    assert counts["low"] == 0 and counts["high"] > 0


def test_random_specs_agree_with_pandas_on_the_dimension_series(monkey):
    """Many specs, all dimensions: count(v) == firms with v passing the others (isin on the Series)."""
    dimensions = ["sector", "size", "tech", "region"]
    question = next(q for q in monkey.questions if q.kind == "single")
    dimensions.append(question.key)
    series = {d: monkey.dimension(d, "eu").astype(object) for d in dimensions}
    rng = random.Random(7)
    counter = FilterCounter(monkey, "eu")
    for _ in range(40):
        filters = []
        for dimension in dimensions:
            if rng.random() < 0.5:
                values = [str(c) for c in monkey.dimension(dimension, "eu").cat.categories]
                filters.append(Filter(dimension, tuple(rng.sample(values, rng.randint(1, min(3, len(values)))))))
        spec = FilterSpec(tuple(filters))
        for dimension in dimensions:
            keep = pd.Series(True, index=monkey.frame.index)
            for item in spec.filters:
                if item.dimension != dimension:
                    keep &= series[item.dimension].isin(item.values)
            expected = series[dimension][keep].value_counts()
            counts = counter.counts(spec, dimension)
            assert counts == {v: int(expected.get(v, 0)) for v in counts}, (spec, dimension)
        assert counter.selected_count(spec) == int(filter_mask(monkey, spec).sum())
        assert np.array_equal(counter.selection(spec), filter_mask(monkey, spec))


def test_caches_stay_right_past_their_size(ems):
    counter = FilterCounter(ems, "eu")
    regions = [str(c) for c in ems.dimension("region").cat.categories]
    sectors = [str(c) for c in ems.dimension("sector").cat.categories]
    for sector in sectors * 4:  # more distinct masks, positions and counts than the caches keep
        for region in regions[:2]:
            spec = filters(("sector", (sector,)), ("region", (region,)))
            assert sum(counter.counts(spec, "size").values()) == int(filter_mask(ems, spec).sum())


def test_sector_labels_are_counted_as_labels():
    frame = pd.DataFrame({
        "Bedrijf": [f"B{i}" for i in range(12)],
        "Branche": pd.Categorical(["Machinebouw", "Metaalbewerking", "Houtverwerking"] * 4),
        "Werknemers": [5, 5, 5, 5, 20, 80, 300, 300, 20, 5, 80, 300],
    })
    table = LoadedTable(path="memory", sheet=None, sheets=(), format="generic", header_rows=1, frame=frame,
                        columns=tuple(ColumnInfo(name=c, question_text=c) for c in frame.columns), warnings=(),
                        sha256="0" * 64)
    survey = build_survey(table, Mapping(roles={"sector": "Branche", "size": "Werknemers"}), use_profiles=False)
    spec = filters(("size", ("micro",)))
    # Micro firms are rows 0-3 and 9: Machinebouw, Metaalbewerking, Houtverwerking, Machinebouw, Machinebouw.
    assert filter_counts(survey, spec, "eu", "sector") == {"Houtverwerking": 1, "Machinebouw": 3,
                                                           "Metaalbewerking": 1}
    spec = filters(("sector", ("Machinebouw",)))
    assert describe_filters(spec, survey, "eu", "nl") == "Sector: Machinebouw"


def test_prepare_counts_builds_what_the_panel_counts_on(monkey):
    counter = prepare_counts(monkey, "ems")
    assert counter is prepare_counts(monkey, "ems")  # one counter per survey and scheme
    assert counter.counts(FilterSpec(), "size") == filter_counts(monkey, FilterSpec(), "ems", "size")


def test_a_closed_survey_is_not_kept_alive_by_its_counter():
    import gc
    import weakref

    survey = build_survey(read_table(SAMPLES / "ems_2015_extract.xlsx"), use_profiles=False)
    filter_counts(survey, filters(("size", ("small",))), "eu", "region")
    alive = weakref.ref(survey)
    del survey
    gc.collect()
    assert alive() is None
