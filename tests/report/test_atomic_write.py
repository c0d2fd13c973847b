"""render_briefing writes atomically and turns file-system refusals into one plain InputError."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing_samples import sample_briefing
from explorer.core.errors import InputError
from explorer.core import atomic
from explorer.report.pdf.render import render_briefing, render_briefing_bytes


@pytest.fixture(scope="module")
def briefing():
    return sample_briefing("nl")


def test_writes_the_pdf_and_leaves_no_temp_file(tmp_path: Path, briefing) -> None:
    target = tmp_path / "briefing.pdf"
    render_briefing(briefing, target)
    assert target.read_bytes() == render_briefing_bytes(briefing)
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.pdf"]


def test_replaces_an_existing_file(tmp_path: Path, briefing) -> None:
    target = tmp_path / "briefing.pdf"
    target.write_bytes(b"old")
    render_briefing(briefing, str(target))
    assert target.read_bytes().startswith(b"%PDF-")
    assert len(list(tmp_path.iterdir())) == 1


def test_missing_folder_is_a_plain_input_error(tmp_path: Path, briefing) -> None:
    with pytest.raises(InputError, match="folder does not exist"):
        render_briefing(briefing, tmp_path / "nowhere" / "b.pdf")


def test_target_that_is_a_folder_is_a_plain_input_error(tmp_path: Path, briefing) -> None:
    with pytest.raises(InputError, match="is a folder"):
        render_briefing(briefing, tmp_path)


def test_locked_target_raises_and_cleans_up(tmp_path: Path, briefing, monkeypatch) -> None:
    target = tmp_path / "briefing.pdf"
    target.write_bytes(b"old")

    def locked(src, dst):  # what Windows does while a PDF viewer holds the file open
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(InputError) as caught:
        render_briefing(briefing, target)
    message = str(caught.value)
    assert "open in another program" in message and "\n" not in message
    assert target.read_bytes() == b"old"  # the old file is untouched
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.pdf"]


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_is_a_plain_input_error(tmp_path: Path, briefing) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(InputError, match="not writable"):
            render_briefing(briefing, folder / "b.pdf")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_disk_errors_are_input_errors_too(tmp_path: Path, monkeypatch) -> None:
    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(InputError, match="No space left on device"):
        atomic.write_atomically(tmp_path / "x.pdf", b"data")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_written_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    mask = os.umask(0o022)
    try:
        atomic.write_atomically(tmp_path / "x.pdf", b"data")
    finally:
        os.umask(mask)
    assert (tmp_path / "x.pdf").stat().st_mode & 0o777 == 0o644  # not mkstemp's 0600
