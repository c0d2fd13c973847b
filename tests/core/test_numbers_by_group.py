"""Numeric questions per group: n, mean, standard deviation, median and quartiles as pandas counts
them from the file, and what of them may leave the app (R2/R3: no extremes, quartiles and the
standard deviation from ten firms, the mean and the standard deviation only past the p %-rule)."""

from __future__ import annotations

import csv
import math

import numpy as np
import pandas as pd
import pytest

from explorer.core.disclosure import release_summary
from explorer.core.reading import ParsedCache, read_table
from explorer.core.survey import build_survey, summarize
from paths import SAMPLES

ASSOCIATION = SAMPLES / "association_reshoring_survey_surveymonkey.csv"
ASIA = "Welk percentage van uw inkoop komt uit Azië?"
SIZE = "Hoeveel werknemers heeft uw bedrijf?"
BANDS = {"1-9": "micro", "10-49": "small", "50-249": "medium", "250 of meer": "large"}


def _asia_by_size() -> pd.DataFrame:
    with ASSOCIATION.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    return pd.DataFrame({"size": [BANDS.get(r[header.index(SIZE)]) for r in rows[2:]],
                         "asia": pd.to_numeric([r[header.index(ASIA)] for r in rows[2:]], errors="coerce")})


@pytest.fixture(scope="module")
def survey():
    return build_survey(read_table(ASSOCIATION, cache=ParsedCache(enabled=False)), use_profiles=False)


def test_numbers_per_size_class_are_pandas_statistics(survey):
    summary = summarize(survey, ASIA, by="size")
    frame = _asia_by_size().dropna(subset=["asia"])
    for group in summary.groups:
        values = frame.loc[frame["size"] == group.group, "asia"]
        numbers = group.numeric
        assert numbers.n == len(values) == group.n
        assert numbers.mean == pytest.approx(values.mean())
        assert numbers.sd == pytest.approx(values.std(ddof=1))
        assert (numbers.q1, numbers.median, numbers.q3) == pytest.approx(tuple(values.quantile([0.25, 0.5, 0.75])))
    data = summary.to_json()
    first = data["groups"][0]["summary"]
    assert set(first) == {"n", "mean", "sd", "median", "q1", "q3"}


def test_released_numbers_have_no_extremes_and_a_spread_only_from_ten_firms(survey):
    summary = summarize(survey, ASIA, by="sector")
    released = release_summary(summary, 5)
    figures = {(f.group, f.option): f for f in released.figures}
    assert {option for _, option in figures} == {"mean", "sd", "median", "q1", "q3"}
    checked = 0
    for group in (*summary.groups, summary.total):
        sd = figures[(group.group, "sd")]
        mean = figures[(group.group, "mean")]
        if group.n < 10:
            assert sd.value is None and sd.verdict.suppressed
        elif mean.value is not None:
            checked += 1
            assert sd.value is not None
            assert sd.value == pytest.approx(float(f"{group.numeric.sd:.2g}"))  # two significant figures
        if mean.value is None:
            assert sd.value is None
    safe = {g.group: g.numeric for g in (*released.summary.groups, released.summary.total)}
    assert all(math.isnan(n.min) and math.isnan(n.max) for n in safe.values() if n is not None)
    assert checked >= 2 and any(g.n < 10 for g in summary.groups)


def test_a_dominant_firm_withholds_the_spread_with_the_mean():
    from small_surveys_numbers import survey_with_amounts

    survey = survey_with_amounts([5000.0] + [1.0] * 14)
    summary = summarize(survey, "omzet")
    released = release_summary(summary, 5)
    figures = {f.option: f for f in released.figures if f.group == "total"}
    assert figures["mean"].verdict.suppressed and figures["sd"].verdict.suppressed
    assert figures["sd"].verdict.reason == figures["mean"].verdict.reason
    assert np.isfinite(summary.total.numeric.sd)  # on screen the advisor still sees it


def test_numbers_table_export_is_the_released_figures(survey, tmp_path):
    from explorer.core.export.frame_file import write_table
    from explorer.core.export.long_form import summary_frame

    summary = summarize(survey, ASIA, by="size")
    frame = summary_frame(summary, 5, "en")
    assert list(frame.columns) == ["Group", "Statistic", "Value", "n", "Note"]
    assert set(frame["Statistic"]) == {"Mean", "Standard deviation", "Median", "1st quartile", "3rd quartile"}
    from explorer.core.survey.group_labels import group_label

    # The export names groups as the window does ("Micro (<10)"), the release module by their key.
    released = {(group_label(f.group, summary.by, summary.scheme, "en"), f.option): f
                for f in release_summary(summary, 5).figures}
    statistic_of = {"Mean": "mean", "Standard deviation": "sd", "Median": "median", "1st quartile": "q1",
                    "3rd quartile": "q3"}
    for row in frame.itertuples(index=False):
        figure = released[(row.Group, statistic_of[row.Statistic])]
        assert row.Value == ("c" if figure.value is None else figure.value)
        assert bool(row.Note) == figure.verdict.suppressed
    write_table(frame, tmp_path / "numbers.csv")
    text = (tmp_path / "numbers.csv").read_text(encoding="utf-8-sig")
    assert "inimum" not in text and "aximum" not in text
