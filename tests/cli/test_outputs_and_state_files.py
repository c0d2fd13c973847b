"""The input is never written, whatever the output is called; damaged state files and names with
line breaks are one plain `error:` line and exit 2, never a traceback or exit 1."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys

import pytest

from explorer.cli import main
from onto_the_input import forget_inputs
from paths import ROOT, SAMPLES

SURVEY = SAMPLES / "association_reshoring_survey_surveymonkey.csv"


@pytest.fixture
def survey(tmp_path):
    forget_inputs()
    target = tmp_path / "survey.csv"
    shutil.copy(SURVEY, target)
    return target


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_error_line(capsys) -> str:
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    return lines[0]


@pytest.mark.parametrize("spelling", ["same", "dotted", "relative", "hard link", "symbolic link"])
def test_report_out_onto_the_survey_is_refused(capsys, survey, tmp_path, monkeypatch, spelling):
    before = _digest(survey)
    monkeypatch.chdir(tmp_path)
    out = {"same": str(survey), "dotted": str(tmp_path / "." / ".." / tmp_path.name / "survey.csv"),
           "relative": "survey.csv", "hard link": str(tmp_path / "link.csv"),
           "symbolic link": str(tmp_path / "alias.pdf")}[spelling]
    if spelling == "hard link":
        os.link(survey, out)
    if spelling == "symbolic link":
        os.symlink(survey, out)
    assert main(["report", str(survey), "--firm", "#1", "--out", out, "--no-cache"]) == 2
    assert "survey file itself" in _one_error_line(capsys)
    assert _digest(survey) == before


def test_the_atomic_writer_refuses_any_survey_read_in_this_run(survey, tmp_path):
    from explorer.core.atomic import write_atomically
    from explorer.core.errors import InputError
    from explorer.core.reading import ParsedCache, read_table

    read_table(survey, cache=ParsedCache(enabled=False))
    before = _digest(survey)
    with pytest.raises(InputError, match="survey file itself"):
        write_atomically(tmp_path / "x" / ".." / "survey.csv", b"%PDF-")
    assert _digest(survey) == before


def test_batch_output_folder_holding_the_survey_as_its_index_is_refused(capsys, tmp_path):
    forget_inputs()
    folder = tmp_path / "out"
    folder.mkdir()
    index = folder / "briefings.csv"
    shutil.copy(SURVEY, index)
    before = _digest(index)
    assert main(["report", str(index), "--all", "--out-dir", str(folder), "--no-cache"]) == 2
    _one_error_line(capsys)
    assert _digest(index) == before


@pytest.mark.parametrize("manifest", [[1, 2], {"settings": {}, "done": 5}, {"settings": {}, "done": ["a"] * 3, "x": 1},
                                      "deep"])
def test_damaged_batch_manifest_is_exit_2(capsys, tmp_path, manifest):
    forget_inputs()
    folder = tmp_path / "out"
    folder.mkdir()
    text = "[" * 100_000 + "]" * 100_000 if manifest == "deep" else json.dumps(manifest)
    (folder / "briefings.manifest.json").write_text(text, encoding="utf-8")
    code = main(["report", str(SURVEY), "--all", "--out-dir", str(folder), "--no-cache"])
    if manifest == {"settings": {}, "done": ["a"] * 3, "x": 1}:
        assert code == 0  # well formed, other settings: the batch starts again
        return
    assert code == 2
    assert "manifest" in _one_error_line(capsys)


def test_names_with_line_breaks_stay_on_one_line(capsys, tmp_path):
    forget_inputs()
    odd = tmp_path / "line\nbreak.xlsx"
    odd.write_bytes(b"")
    assert main(["inspect", str(odd)]) == 2
    assert "line\\nbreak.xlsx" in _one_error_line(capsys)
    assert main(["inspect", str(SAMPLES / "ems_2015_extract.xlsx"), "--sheet", "Da\nta\r"]) == 2
    _one_error_line(capsys)
    assert main(["report", str(SURVEY), "--firm", "no\nsuch firm", "--out", str(tmp_path / "x.pdf"), "--no-cache"]) == 2
    _one_error_line(capsys)


def test_a_pipe_named_like_a_survey_is_refused_at_once(tmp_path):
    pipe = tmp_path / "x.csv"
    os.mkfifo(pipe)
    done = subprocess.run([sys.executable, "-m", "explorer", "inspect", str(pipe)], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "ordinary file" in done.stderr
