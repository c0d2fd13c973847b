"""Tampered sessions and profiles: every one is a plain InputError (or a skipped profile), never an
exception of another kind; booleans are booleans; a session's source is offered only when it is an
ordinary survey file."""

from __future__ import annotations

import json
import shutil

import pytest

from explorer.core.errors import InputError
from explorer.core.reading.source import file_sha256
from explorer.core.session import Session, SourceState, load_session, source_state
from paths import SAMPLES

GOOD_SHA = "0" * 64


def _session(**changes) -> dict:
    data = {"format": "survey-explorer-session", "version": 1,
            "source": {"path": "/data/survey.xlsx", "sha256": GOOD_SHA, "sheet": None},
            "mapping": {"roles": {}, "kinds": {}, "option_orders": {}, "groups": {}, "ungrouped": []},
            "filters": [], "size_scheme": "eu", "weighted": False, "views": {"tab": "overview"}}
    data.update(changes)
    return data


TAMPERED = {
    "version as text": '{"format": "survey-explorer-session", "version": "1", "source": {"path": "a.csv", '
                       f'"sha256": "{GOOD_SHA}"}}}}',
    "version as list": json.dumps(_session(version=[1])),
    "infinity": json.dumps(_session()).replace('"version": 1', '"version": Infinity'),
    "nan weight": json.dumps(_session()).replace('"weighted": false', '"weighted": NaN'),
    "deep nesting": '{"format": "survey-explorer-session", "views": ' + "[" * 50_000 + "]" * 50_000 + "}",
    "moderate nesting": json.dumps(_session(views={"a": {"b": {"c": {"d": {"e": [1]}}}}})),
    "weighted as text": json.dumps(_session(weighted="false")),
    "filters as text": json.dumps(_session(filters="size=small")),
    "mapping as list": json.dumps(_session(mapping=[1])),
    "roles of numbers": json.dumps(_session(mapping={"roles": {"id": 5}})),
    "source as text": json.dumps(_session(source="/etc/shadow")),
    "source not a survey": json.dumps(_session(source={"path": "/etc/shadow", "sha256": GOOD_SHA})),
    "sha256 too short": json.dumps(_session(source={"path": "a.csv", "sha256": "abc"})),
    "huge text": json.dumps(_session(size_scheme="x" * 100_000)),
    "not utf-8": b'\xff\xfe{"format"',
}


@pytest.mark.parametrize("name", list(TAMPERED))
def test_tampered_session_is_one_plain_error(tmp_path, name):
    target = tmp_path / "tampered.sesx.json"
    content = TAMPERED[name]
    target.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    with pytest.raises(InputError) as caught:
        load_session(target)
    assert "\n" not in str(caught.value)


def test_weighted_true_stays_true_and_a_good_session_loads(tmp_path):
    target = tmp_path / "good.sesx.json"
    target.write_text(json.dumps(_session(weighted=True)), encoding="utf-8")
    assert load_session(target).weighted is True


def test_a_session_file_that_is_a_pipe_is_refused(tmp_path):
    import os

    pipe = tmp_path / "pipe.sesx.json"
    os.mkfifo(pipe)
    with pytest.raises(InputError, match="ordinary file"):
        load_session(pipe)


def test_source_is_offered_only_when_it_is_an_ordinary_survey_file(tmp_path):
    survey = tmp_path / "s.xlsx"
    shutil.copy(SAMPLES / "ems_2015_extract.xlsx", survey)
    ok = Session(source_path=str(survey), source_sha256=file_sha256(survey))
    assert source_state(ok) is SourceState.OK
    import os

    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    assert source_state(Session(source_path=str(pipe), source_sha256=GOOD_SHA)) is SourceState.MISSING
    link = tmp_path / "zero.csv"
    link.symlink_to("/dev/zero")
    assert source_state(Session(source_path=str(link), source_sha256=GOOD_SHA)) is SourceState.MISSING


def test_a_damaged_profile_is_skipped(tmp_path, monkeypatch):
    from explorer.core.survey import profiles

    folder = tmp_path / "config"
    (folder / "profiles").mkdir(parents=True)
    (folder / "profiles" / "deep.json").write_text("[" * 50_000 + "]" * 50_000, encoding="utf-8")
    (folder / "profiles" / "list.json").write_text("[1, 2]", encoding="utf-8")
    (folder / "profiles" / "types.json").write_text(json.dumps({"name": 5, "signature": GOOD_SHA}), encoding="utf-8")
    monkeypatch.setenv(profiles.ENV_CONFIG_DIR, str(folder))
    assert all(p.built_in for p in profiles.list_profiles())
