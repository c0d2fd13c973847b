"""A grid of statements on one scale, summarised together: recognised from the sample's header,
every figure counted again from the CSV with plain pandas, sorted by agreement, and released
statement by statement."""

from __future__ import annotations

import csv
import math
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pandas as pd
import pytest

from explorer.core.disclosure import release_grid, release_summary
from explorer.core.export.long_form import grid_frame
from explorer.core.reading import ParsedCache, read_table
from explorer.core.survey import FilterSpec, Mapping, build_survey
from explorer.core.survey.grid_summary import find_grid, find_grids, grid_summary
from paths import SAMPLES
from small_surveys_numbers import survey_with_amounts  # noqa: F401  (the folder's helpers import alike)

ASSOCIATION = SAMPLES / "association_reshoring_survey_surveymonkey.csv"
GRID = "In hoeverre bent u het eens met de volgende stellingen?"
SIZE = "Hoeveel werknemers heeft uw bedrijf?"


def _grid_columns() -> tuple[list[str], pd.DataFrame]:
    """The statements (row 2 of the export under the grid's question) and their answers."""
    with ASSOCIATION.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    first = rows[0].index(GRID)
    last = first + 1
    while last < len(rows[0]) and rows[0][last] == "":
        last += 1
    statements = rows[1][first:last]
    frame = pd.DataFrame([r[first:last] for r in rows[2:]], columns=statements).replace("", np.nan)
    frame["size"] = [r[rows[0].index(SIZE)] for r in rows[2:]]
    return statements, frame


@pytest.fixture(scope="module")
def survey():
    return build_survey(read_table(ASSOCIATION, cache=ParsedCache(enabled=False)), use_profiles=False)


def test_the_sample_grid_is_found_with_its_statements_and_scale(survey):
    statements, frame = _grid_columns()
    [grid] = find_grids(survey)
    assert grid.key == GRID and find_grid(survey, GRID.upper()) == grid
    assert [grid.statement(q) for q in grid.items] == statements
    answers = set(frame[statements].stack().dropna())
    assert set(grid.options) == answers and grid.options[0] == "Helemaal mee oneens"
    assert grid.top_options == ("Mee eens", "Helemaal mee eens")


def test_every_statement_is_counted_again_from_the_file(survey):
    statements, frame = _grid_columns()
    summary = grid_summary(survey, GRID)
    scale = list(summary.options)
    for statement, text in zip(summary.statements, statements):
        answers = frame[text].dropna()
        assert statement.text == text and statement.n == len(answers)
        shares = answers.value_counts(normalize=True).reindex(scale, fill_value=0)
        for option in scale:
            assert statement.summary.total.shares[option] == pytest.approx(shares[option])
        assert statement.top == pytest.approx(answers.isin(scale[-2:]).mean())
        scores = answers.map({o: i + 1 for i, o in enumerate(scale)})
        assert statement.mean == pytest.approx(scores.mean()) and statement.sd == pytest.approx(scores.std(ddof=1))
        low, high = statement.top_ci
        assert low < statement.top < high
    # Sorted by agreement: the top-box shares fall.
    tops = [s.top for s in summary.by_agreement()]
    assert tops == sorted(tops, reverse=True) and len(set(tops)) == len(tops)


def test_filters_and_weights_apply_to_every_statement(tmp_path):
    rng = np.random.default_rng(11)
    rows = 120
    scale = ["Laag", "Midden", "Hoog"]
    frame = pd.DataFrame({"id": range(rows), "Grootte": rng.choice(["1-9", "10-49"], rows),
                          "gewicht": rng.uniform(0.5, 2.0, rows).round(2)})
    for i in (1, 2, 3):
        frame[f"Stelling: punt {i}"] = rng.choice(scale + [None], rows)
    path = tmp_path / "grid.csv"
    frame.to_csv(path, index=False)
    survey = build_survey(read_table(path, cache=ParsedCache(enabled=False)),
                          Mapping(roles={"id": "id", "size": "Grootte", "weight": "gewicht"},
                                  kinds={f"Stelling: punt {i}": "likert" for i in (1, 2, 3)},
                                  option_orders={f"Stelling: punt {i}": tuple(scale) for i in (1, 2, 3)}),
                          use_profiles=False)
    [grid] = find_grids(survey)
    assert grid.top_options == ("Hoog",)  # three points: the top box is the top point
    summary = grid_summary(survey, grid.key, filters=FilterSpec.parse(["size=small"]), weighted=True)
    small = frame[frame["Grootte"] == "10-49"]
    for statement, column in zip(summary.statements, [f"Stelling: punt {i}" for i in (1, 2, 3)]):
        answered = small.dropna(subset=[column])
        w = answered["gewicht"]
        assert statement.n == len(answered)
        assert statement.top == pytest.approx(w[answered[column] == "Hoog"].sum() / w.sum())
        scores = answered[column].map({o: i + 1 for i, o in enumerate(scale)})
        assert statement.mean == pytest.approx((scores * w).sum() / w.sum())
        assert statement.n_eff == pytest.approx(w.sum() ** 2 / (w ** 2).sum())


def test_released_statements_keep_their_own_withheld_cells(survey):
    summary = grid_summary(survey, GRID, filters=FilterSpec.parse(["size=micro", "sector=22"]))
    released = release_grid(summary, 5)
    for statement, out in zip(summary.statements, released.statements):
        alone = release_summary(statement.summary, 5)
        assert [f.value for f in out.released.figures] == [f.value for f in alone.figures]
        hidden = {f.option for f in alone.figures if f.group == "total" and f.value is None}
        if hidden:
            assert out.mean is None and out.sd is None and out.verdict.suppressed
        if hidden & set(summary.grid.top_options):
            assert out.top is None
        if not hidden and statement.n >= 5:
            assert out.mean == pytest.approx(_two_significant_half_up(statement.mean))
    assert any(s.mean is None for s in released.statements), "the small selection withholds something"
    assert any(s.mean is not None for s in release_grid(grid_summary(survey, GRID), 5).statements)


def _two_significant_half_up(value: float) -> float:
    number = Decimal(repr(value))
    return float(number.quantize(Decimal(1).scaleb(number.adjusted() - 1), rounding=ROUND_HALF_UP))


def test_grid_export_is_the_released_grid(survey):
    summary = grid_summary(survey, GRID)
    frame = grid_frame(summary, 5, "en", by_agreement=True)
    assert list(frame.columns[:2]) == ["Statement", "n"] and "Top 2" in frame.columns
    assert list(frame["Statement"]) == [s.text for s in summary.by_agreement()]
    released = {s.text: s for s in release_grid(summary, 5).statements}
    for row in frame.itertuples(index=False):
        out = released[row.Statement]
        assert row[frame.columns.get_loc("Top 2")] == (out.top if out.top is not None else "c")
        assert row[frame.columns.get_loc("Mean score")] == (out.mean if out.mean is not None else "c")
    assert frame.attrs["notes"] and "Mee eens + Helemaal mee eens" in frame.attrs["notes"][0]
    assert not math.isnan(frame["n"].sum())
