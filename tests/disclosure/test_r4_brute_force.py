"""R4 as a table, then checked by playing the intruder (two colluding peers, the app's model).

The intruder is brute force written here, independent of the rule's closed form: enumerate every
labelled assignment of answers to firms that is consistent with what is published plus what the
intruder knows (its own answer, or a colluder's too), and see whether some other firm's answer is
the same in all of them — i.e. has been learnt.
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter

import numpy as np
import pytest

from explorer.core.disclosure import COLLUDING_PEERS
from explorer.core.disclosure.categorical import categorical_verdicts


@pytest.mark.parametrize(
    ("counts", "shown"),
    [
        ([5, 0], False),         # yes/no, everybody yes
        ([4, 1], False),         # all but one
        ([3, 2], False),         # all but two: the two "no" firms know the three others said yes
        ([4, 1, 0], False),      # the whole distribution goes, also the small options
        ([3, 1, 1], False),      # the two odd firms together know the other three
        ([2, 2, 1, 0, 0], True),
        ([3, 3, 1], True),
        ([4, 2, 1], True),
        ([0, 9, 1, 0], False),
        ([1, 1, 1], False),      # n = 3: two colluders always know the third
        ([2, 1], False),
    ],
)
def test_single_choice_table(counts: list[int], shown: bool) -> None:
    verdicts = categorical_verdicts(np.array(counts), sum(counts))
    assert len(verdicts) == len(counts)
    assert all(v.shown is shown for v in verdicts)  # all or nothing for one question
    if not shown:
        assert {v.reason for v in verdicts} == {"all_or_all_but_one"}
        assert {v.symbol for v in verdicts} == {"c"}


@pytest.mark.parametrize(
    ("counts", "n", "shown"),
    [  # each option on its own: ticked or not ticked must not hold n − 2 or more
        ([0, 1, 2, 3, 4, 5, 6], 6, [False, False, False, True, False, False, False]),
        ([3, 0], 8, [True, False]),
    ],
)
def test_multi_select_table(counts: list[int], n: int, shown: list[bool]) -> None:
    verdicts = categorical_verdicts(np.array(counts), n, multi=True)
    assert [v.shown for v in verdicts] == shown


def test_nobody_answered() -> None:
    assert [v.reason for v in categorical_verdicts(np.array([0, 0]), 0)] == ["no_data", "no_data"]


@pytest.mark.parametrize(
    ("counts", "n", "multi"),
    [([1, 2], 4, False), ([1, -1], 0, False), ([3, 4], 3, True), ([1.0, 2.0], 3, False), ([[1, 2]], 3, False)],
)
def test_bad_input_is_refused(counts, n, multi) -> None:
    with pytest.raises(ValueError):
        categorical_verdicts(np.array(counts), n, multi=multi)


# --- the intruder -------------------------------------------------------------------------------

@functools.cache
def worlds_by_counts(n: int, n_options: int) -> dict[tuple[int, ...], list[tuple[int, ...]]]:
    """Every labelled assignment of answers to n firms, grouped by its published counts."""
    groups: dict[tuple[int, ...], list[tuple[int, ...]]] = {}
    for world in itertools.product(range(n_options), repeat=n):
        counts = Counter(world)
        groups.setdefault(tuple(counts[o] for o in range(n_options)), []).append(world)
    return groups


@functools.cache
def learnt_answers(world: tuple[int, ...], n_options: int, known: tuple[int, ...]) -> frozenset[int]:
    """Firms outside `known` whose answer is the same in every world consistent with the counts."""
    published = tuple(Counter(world)[o] for o in range(n_options))
    consistent = [
        other
        for other in worlds_by_counts(len(world), n_options)[published]
        if all(other[k] == world[k] for k in known)
    ]
    return frozenset(
        firm
        for firm in range(len(world))
        if firm not in known and len({other[firm] for other in consistent}) == 1
    )


def coalitions(n: int, intruders: int):
    """Everyone who knows at most `intruders` answers: an outsider, one peer, colluding peers."""
    for size in range(0, min(intruders, n - 1) + 1):
        yield from itertools.combinations(range(n), size)


def canonical_worlds(n: int, n_options: int):
    """One labelled world per count vector: answers are symmetric in the firms."""
    for counts in itertools.product(range(n + 1), repeat=n_options):
        if sum(counts) == n:
            world = tuple(option for option, c in enumerate(counts) for _ in range(c))
            yield np.array(counts), world


CASES = [(n, k) for n in range(1, 8) for k in (2, 3) if k**n <= 3**7]


@pytest.mark.parametrize(("n", "n_options"), CASES)
def test_shown_distributions_teach_no_coalition_anyones_answer(n: int, n_options: int) -> None:
    """Exact both ways: shown ⇒ no coalition of colluders learns an answer; suppressed ⇒ one does."""
    for counts, world in canonical_worlds(n, n_options):
        shown = categorical_verdicts(counts, n)[0].shown
        someone_learns = any(learnt_answers(world, n_options, known) for known in coalitions(n, COLLUDING_PEERS))
        assert shown is not someone_learns, counts.tolist()


def test_two_colluders_are_the_model() -> None:
    """(3, 1, 1): one peer alone learns nothing, the two odd firms together know the other three."""
    counts = np.array([3, 1, 1])
    world = (0, 0, 0, 1, 2)
    assert learnt_answers(world, 3, known=(3,)) == set()
    assert learnt_answers(world, 3, known=(3, 4)) == {0, 1, 2}
    assert COLLUDING_PEERS == 2 and categorical_verdicts(counts, 5)[0].suppressed


def test_a_peer_that_is_the_odd_one_out_learns_everything() -> None:
    """Why R4 suppresses (4, 1): the one firm that said no knows all four others said yes."""
    world = (0, 0, 0, 0, 1)
    assert learnt_answers(world, 2, known=(4,)) == {0, 1, 2, 3}
    assert categorical_verdicts(np.array([4, 1]), 5)[0].suppressed


def test_hiding_only_the_big_option_would_not_help() -> None:
    """With (4, 1, 0) shown as (c, 20 %, 0 %) the big share is 100 % − 20 % − 0 %: all must go."""
    shares_left = [0.2, 0.0]
    assert 1 - sum(shares_left) == pytest.approx(0.8)
    assert all(v.suppressed for v in categorical_verdicts(np.array([4, 1, 0]), 5))


@pytest.mark.parametrize("n", range(2, 7))
def test_multi_select_options_judged_alone(n: int) -> None:
    """Two options, every tick pattern: a shown option's ticks are never learnt for any firm."""
    patterns = list(itertools.product((False, True), repeat=2))
    for world in itertools.product(range(4), repeat=n):
        ticks = np.array([patterns[p] for p in world])
        counts = ticks.sum(axis=0)
        verdicts = categorical_verdicts(counts, n, multi=True)
        for option, verdict in enumerate(verdicts):
            column = tuple(int(t) for t in ticks[:, option])
            learns = any(learnt_answers(column, 2, known) for known in coalitions(n, COLLUDING_PEERS))
            assert verdict.shown is not learns, (world, option)
