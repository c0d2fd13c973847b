"""Which releases hold a firm: the sorted part and the recent tail must together give exactly what a
plain scan of every (firm, release) pair gives, however often the postings were sorted."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from explorer.core.disclosure import ledger_postings
from explorer.core.disclosure.ledger_postings import Postings


@pytest.mark.parametrize("seed", range(5))
def test_lookups_give_what_a_scan_gives_before_and_after_sorting(monkeypatch, seed):
    monkeypatch.setattr(ledger_postings, "SCANS_BEFORE_SORTING", 2)
    monkeypatch.setattr(ledger_postings, "TAIL_BEFORE_RESORTING", 50)
    rng = np.random.default_rng(seed)
    postings, pairs, release = Postings(), [], 0
    for _ in range(60):
        firms = np.unique(rng.integers(0, 400, rng.integers(1, 40)))
        postings.add(firms, np.full(firms.size, release))
        pairs += [(int(f), release) for f in firms]
        release += 1
        wanted = np.unique(rng.integers(0, 420, rng.integers(1, 30)))
        is_wanted = np.zeros(421, dtype=bool)
        is_wanted[wanted] = True
        expected = Counter(r for f, r in pairs if is_wanted[f])
        assert Counter(postings.releases_holding(wanted, is_wanted).tolist()) == expected
    assert postings._sorted > 0, "the sorted part was used"
