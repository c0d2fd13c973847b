"""Sessions save and reopen the analysis; a changed or moved source file is noticed."""

from __future__ import annotations

import json
import shutil

import pytest

from paths import SAMPLES
from explorer.core.errors import InputError
from explorer.core.reading.source import file_sha256
from explorer.core.session import Session, SourceState, load_session, save_session, source_state
from explorer.core.survey import FilterSpec, Mapping


def _session(source) -> Session:
    return Session(source_path=str(source), source_sha256=file_sha256(source), sheet="Data",
                   mapping=Mapping(roles={"region": None}, kinds={"q": "likert"}),
                   filters=FilterSpec.parse(["size=small,medium", "tech=high"]), size_scheme="ems", weighted=True,
                   views={"tab": "questions", "question": "backshoring", "by": "size"})


def test_round_trip(tmp_path):
    source = tmp_path / "ems.xlsx"
    shutil.copy(SAMPLES / "ems_2015_extract.xlsx", source)
    session = _session(source)
    target = tmp_path / "analysis.sesx.json"
    save_session(session, target)
    assert load_session(target) == session
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == [], "no temporary file left"
    assert source_state(load_session(target)) is SourceState.OK


def test_changed_and_moved_source_are_noticed(tmp_path):
    source = tmp_path / "ems.xlsx"
    shutil.copy(SAMPLES / "ems_2015_extract.xlsx", source)
    session = _session(source)
    moved = tmp_path / "elsewhere.xlsx"
    source.rename(moved)
    assert source_state(session) is SourceState.MISSING
    assert source_state(session, moved) is SourceState.OK
    moved.write_bytes(moved.read_bytes() + b"\0")
    assert source_state(session, moved) is SourceState.CHANGED


@pytest.mark.parametrize("content", ["{not json", json.dumps({"format": "other"}), json.dumps([1, 2]),
                                     json.dumps({"format": "survey-explorer-session", "version": 1})])
def test_damaged_session_is_one_plain_error(tmp_path, content):
    target = tmp_path / "bad.sesx.json"
    target.write_text(content, encoding="utf-8")
    with pytest.raises(InputError):
        load_session(target)


def test_recent_files_never_enter_a_session(tmp_path):
    session = _session(SAMPLES / "ems_2015_extract.xlsx")
    assert "recent" not in json.dumps(session.to_json()).lower()
