"""A chart exported as PNG or SVG onto the survey file itself, by any spelling or through a link, is
refused with a reason and the survey is unchanged (the chart export uses the one atomic writer)."""

from __future__ import annotations

import pytest

from explorer.core.reading import ParsedCache, read_table
from explorer.core.survey import build_survey, summarize
from explorer.ui.charts.export import export_png, export_svg
from onto_the_input import SPELLINGS, digest, spelled, survey_copy
from paths import SAMPLES

SURVEY = SAMPLES / "association_reshoring_survey_surveymonkey.csv"


@pytest.mark.parametrize("how", SPELLINGS)
@pytest.mark.parametrize("export", [export_png, export_svg], ids=["png", "svg"])
def test_chart_export_onto_the_survey_is_refused(export, how, tmp_path, monkeypatch, qtbot):
    survey = survey_copy(SURVEY, tmp_path)
    loaded = build_survey(read_table(survey, cache=ParsedCache(enabled=False)))
    question = next(q for q in loaded.questions if q.kind == "single")
    before = digest(survey)
    (tmp_path / "sub").mkdir()
    result = export(summarize(loaded, question.key), spelled(survey, how, monkeypatch), lang="en")
    assert not result.ok and "survey file itself" in result.reason
    assert digest(survey) == before
    assert not list(tmp_path.glob(".*.tmp"))
