"""A test run writes nothing into the work tree: Hypothesis keeps its examples and caches elsewhere."""

from __future__ import annotations

from hypothesis import settings
from hypothesis.configuration import storage_directory

from paths import ROOT


def test_hypothesis_storage_is_outside_the_work_tree():
    home = storage_directory(intent_to_write=False).home_directory.resolve()
    assert ROOT != home and ROOT not in home.parents, home


def test_hypothesis_examples_are_kept_outside_the_work_tree_or_not_at_all():
    database = settings().database
    path = getattr(database, "path", None)
    assert database is None or (path is not None and ROOT not in path.resolve().parents), database
