"""Ways to name the survey file as an output: the attack every output path must withstand.

A test reads a copy of a survey (so that this run knows it as an input), then asks a writer to
save onto it by one of these spellings and checks the survey's hash afterwards.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from explorer.core import identity

SPELLINGS = ["same path", "dotted", "relative", "symbolic link", "hard link"]


def forget_inputs() -> None:
    """Start again with no remembered inputs: the identity register is process-wide, and a file of
    an earlier test may have left its inode to this test's new file."""
    identity._inputs.clear()


def survey_copy(source: Path, folder: Path) -> Path:
    """A fresh copy of `source` in `folder`; nothing is remembered as an input yet."""
    forget_inputs()
    target = folder / f"survey{source.suffix}"
    shutil.copy(source, target)
    return target


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def spelled(survey: Path, how: str, monkeypatch) -> Path:
    """The survey's path spelled `how`; links are made beside it, with its extension."""
    folder = survey.parent
    if how == "same path":
        return survey
    if how == "dotted":
        return folder / "sub" / ".." / "." / survey.name
    if how == "relative":
        monkeypatch.chdir(folder)
        return Path(survey.name)
    link = folder / f"output-{how.replace(' ', '-')}{survey.suffix}"
    if how == "symbolic link":
        os.symlink(survey, link)
    else:
        os.link(survey, link)
    return link
