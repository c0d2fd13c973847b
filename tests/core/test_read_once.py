"""The file is read once: a file replaced while it is being read is checked and read as the same
bytes, and the cache keeps what was read under the hash of what was read."""

from __future__ import annotations

import hashlib
import os
import shutil

from explorer.core.reading import ParsedCache, read_table
from explorer.core.task import TaskContext
from paths import SAMPLES


def test_a_file_swapped_during_the_read_does_not_mix_two_files(tmp_path, bad_file):
    survey = tmp_path / "survey.xlsx"
    shutil.copy(SAMPLES / "ems_2015_extract.xlsx", survey)
    original = hashlib.sha256(survey.read_bytes()).hexdigest()
    bomb = bad_file("last_cell_xfd1048576")
    swapped = []

    def report(fraction: float, message: str) -> None:
        # Once the reader has the file, another file takes its name (an attacker, or a sync tool).
        if message == "checking" and not swapped:
            os.replace(shutil.copy(bomb, tmp_path / "bomb.tmp"), survey)
            swapped.append(True)

    cache = ParsedCache(tmp_path / "cache", enabled=True)
    table = read_table(survey, task=TaskContext(report=report), cache=cache)
    assert swapped and table.sha256 == original and table.rows > 0
    # The cache entry under the genuine file's hash holds the genuine file's data.
    genuine = tmp_path / "again.xlsx"
    shutil.copy(SAMPLES / "ems_2015_extract.xlsx", genuine)
    again = read_table(genuine, cache=cache)
    assert again.from_cache and again.rows == table.rows
