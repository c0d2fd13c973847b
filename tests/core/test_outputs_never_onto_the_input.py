"""Every kind of output the app saves (table exports, filtered data, sessions, briefing PDFs, a batch
folder) refuses to land on the survey file itself, by any spelling of its path or through a
link, and leaves the survey's bytes as they were. Chart exports: tests/ui/test_chart_export_onto_the_input.py."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.core.errors import InputError
from explorer.core.reading import ParsedCache, read_table
from explorer.core.survey import build_survey, summarize
from onto_the_input import SPELLINGS, digest, spelled, survey_copy
from paths import SAMPLES

SURVEY = SAMPLES / "association_reshoring_survey_surveymonkey.csv"


def _save_table(survey, target):
    from explorer.core.export.frame_file import write_table
    from explorer.core.export.long_form import summary_frame

    question = next(q for q in survey.questions if q.kind == "single")
    write_table(summary_frame(summarize(survey, question.key), lang="en"), target)


def _save_filtered_data(survey, target):
    from explorer.core.export.filtered_data import write_filtered_data

    write_filtered_data(survey, np.ones(len(survey.frame), dtype=bool), target)


def _save_session(survey, target):
    from explorer.core.session import Session, save_session

    save_session(Session(source_path=survey.table.path, source_sha256=survey.table.sha256), target)


def _save_briefing(survey, target):
    from explorer.report.content.briefing import build_briefing
    from explorer.report.pdf.render import render_briefing

    render_briefing(build_briefing(survey, "#1", "en"), target)


WRITERS = {"table export": _save_table, "filtered data": _save_filtered_data, "session": _save_session,
           "briefing PDF": _save_briefing}


@pytest.fixture
def survey_file(tmp_path):
    path = survey_copy(SURVEY, tmp_path)
    (tmp_path / "sub").mkdir()
    return path


@pytest.mark.parametrize("how", SPELLINGS)
@pytest.mark.parametrize("kind", list(WRITERS))
def test_output_onto_the_survey_is_refused(kind, how, survey_file, monkeypatch):
    survey = build_survey(read_table(survey_file, cache=ParsedCache(enabled=False)))
    before = digest(survey_file)
    target = spelled(survey_file, how, monkeypatch)
    with pytest.raises(InputError, match="survey file itself"):
        WRITERS[kind](survey, target)
    assert digest(survey_file) == before
    assert not list(survey_file.parent.glob(".*.tmp"))


@pytest.mark.parametrize("how", ["symbolic link", "hard link"])
def test_batch_folder_whose_index_is_the_survey_writes_nothing(how, survey_file, tmp_path):
    """A batch into a folder where the index would land on the survey (through a link) is refused
    before the first briefing is written."""
    import os

    from explorer.report.batch import INDEX, write_all

    survey = build_survey(read_table(survey_file, cache=ParsedCache(enabled=False)))
    out = tmp_path / "briefings"
    out.mkdir()
    (os.symlink if how == "symbolic link" else os.link)(survey_file, out / INDEX)
    before = digest(survey_file)
    with pytest.raises(InputError, match="survey file itself"):
        write_all(survey, out, lang="en")
    assert digest(survey_file) == before
    assert sorted(p.name for p in out.iterdir()) == [INDEX]
