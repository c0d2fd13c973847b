"""A question a view cannot show says why in the user's language, as the other views do."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from explorer.core.errors import InputError
from explorer.core.i18n import tr
from explorer.core.reading import read_table
from explorer.core.survey import FilterSpec, build_survey
from explorer.core.survey.grid_summary import grid_summary
from explorer.core.survey.trend import trend
from explorer.ui.views.grid import _grid_for
from explorer.ui.views.state import AnalysisState
from explorer.ui.views.trend import _trend_for
from paths import SAMPLES


@pytest.fixture(scope="module")
def survey():
    return build_survey(read_table(SAMPLES / "association_reshoring_survey_surveymonkey.csv"))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_statements_and_trend_word_their_problem_in_the_users_language(survey, lang):
    state = AnalysisState(survey=survey, filters=FilterSpec(), lang=lang)
    key = survey.questions[0].key  # the sample has no grids and no rounds
    for show, compute in ((_grid_for, grid_summary), (_trend_for, trend)):
        with pytest.raises(InputError) as refused:
            compute(survey, key)
        figure, problem = show(state, key)
        assert figure is None
        assert problem == tr("views.problem", lang, reason=refused.value.text(lang))
    assert refused.value.text("nl") != refused.value.text("en")
