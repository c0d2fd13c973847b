"""The numeric histogram: round, fixed bins; counts equal numpy's; filters, weights, edge cases."""

from __future__ import annotations


import numpy as np
import pytest

from explorer.core.reading import read_table
from explorer.core.survey import FilterSpec, build_survey, filter_mask, summarize
from explorer.core.survey.distribution import (
    Histogram,
    bin_values,
    histogram_edges,
    nice_step,
    numeric_histogram,
    summary_histogram,
)

from paths import SAMPLES


@pytest.fixture(scope="module")
def monkey():
    return build_survey(read_table(SAMPLES / "association_reshoring_survey_surveymonkey.csv"))


@pytest.fixture(scope="module")
def ems():
    return build_survey(read_table(SAMPLES / "ems_2015_extract.xlsx"))


def _numeric(survey):
    return next(q for q in survey.questions if q.kind == "numeric")


@pytest.mark.parametrize(("span", "bins", "step"), [(100, 20, 5), (7.6, 20, 0.5), (2999, 20, 200), (1, 10, 0.1),
                                                   (45, 20, 2.5)])
def test_nice_steps_are_round(span, bins, step):
    assert nice_step(span, bins) == pytest.approx(step)


def test_edges_cover_the_values_on_round_numbers():
    values = np.array([0.3, 2.2, 7.9, np.nan])
    edges = histogram_edges(values, 20)
    assert edges[0] <= 0.3 and edges[-1] >= 7.9
    steps = np.diff(edges)
    assert np.allclose(steps, steps[0]) and steps[0] == 0.5
    assert len(edges) - 1 <= 20


def test_whole_numbers_get_whole_bins():
    edges = histogram_edges(np.array([1, 2, 3, 4, 5, 9], dtype=float), 20)
    assert np.all(np.diff(edges) == 1.0)


@pytest.mark.parametrize("values", [np.array([]), np.array([np.nan, np.inf]), np.array([3.0, 3.0])])
def test_degenerate_inputs_still_give_one_bin_or_more(values):
    edges = histogram_edges(values)
    assert edges.size >= 2 and np.all(np.diff(edges) > 0)
    counts, _ = bin_values(values, edges)
    assert counts.sum() == np.isfinite(values).sum()


def test_counts_equal_numpy_histogram_including_values_on_edges():
    rng = np.random.default_rng(7)
    values = np.concatenate([rng.uniform(0, 100, 5000), np.arange(0, 101, 5.0)])  # every edge hit once
    edges = histogram_edges(values, 20)
    counts, _ = bin_values(values, edges)
    expected, _ = np.histogram(values, edges)
    assert np.array_equal(counts, expected)


def test_histogram_of_the_filtered_firms(monkey):
    question = _numeric(monkey)
    spec = FilterSpec.parse(["size=small"])
    mask = filter_mask(monkey, spec)
    hist = numeric_histogram(monkey, question, mask)
    summary = summarize(monkey, question.key, filters=spec)
    assert isinstance(hist, Histogram)
    assert hist.n == summary.total.n == int(hist.counts.sum())
    assert hist.shares.sum() == pytest.approx(1.0)
    values = monkey.numeric_values(question)[mask]
    expected, _ = np.histogram(values[np.isfinite(values)], hist.edges)
    assert np.array_equal(hist.counts, expected)


def test_bins_stay_put_while_filtering(monkey):
    question = _numeric(monkey)
    all_firms = numeric_histogram(monkey, question)
    some = numeric_histogram(monkey, question, filter_mask(monkey, FilterSpec.parse(["size=large"])))
    assert np.array_equal(all_firms.edges, some.edges)
    assert some.n < all_firms.n


def test_summary_histogram_follows_the_summary(ems):
    summary = summarize(ems, "share_of_production_abroad", by="tech", filters=FilterSpec.parse(["size=large"]),
                        weighted=True)
    hist = summary_histogram(ems, summary)
    assert hist.weighted and hist.n == summary.total.n
    assert hist.shares.sum() == pytest.approx(1.0)


def test_explicit_edges_are_used(monkey):
    question = _numeric(monkey)
    hist = numeric_histogram(monkey, question, bins=np.array([0.0, 10.0, 50.0, 100.0]))
    assert hist.bins == 3 and hist.counts.sum() == hist.n


def test_only_numeric_questions(monkey):
    with pytest.raises(ValueError):
        numeric_histogram(monkey, monkey.questions[0])


def test_histogram_is_read_only(monkey):
    hist = numeric_histogram(monkey, _numeric(monkey))
    with pytest.raises(ValueError):
        hist.counts[0] = 1


def test_text_answers_count_written_cells_of_the_selected_firms():
    from explorer.core.reading import read_table
    from explorer.core.survey import FilterSpec, build_survey
    from explorer.core.survey.distribution import text_answers
    from paths import SAMPLES

    survey = build_survey(read_table(SAMPLES / "fedustria_quick_survey_2021.csv"))
    question = survey.question("Opmerkingen")
    spec = FilterSpec.parse(["wave=mei 2021"])
    written, selected = text_answers(survey, question, spec)
    frame = survey.frame
    in_wave = (frame["Bevraging"].astype(str) == "mei 2021").to_numpy()
    cells = frame["Opmerkingen"].astype(object).where(frame["Opmerkingen"].notna(), "")
    assert selected == int(in_wave.sum())
    assert written == int(sum(1 for v, keep in zip(cells, in_wave) if keep and str(v).strip()))
