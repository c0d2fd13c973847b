"""The firm's own trajectory: its answers in earlier rounds beside the benchmarked one.

The firm's answers are its own data. Beside each earlier answer stands the share of that round's
peers who gave the same answer: the peer group is defined as in the briefing's round (the same
dimensions), taken from the earlier round, without the firm. Each round's group is a release of
its own: R1 for the group and R1/R4 for each figure by the release module, and the release register
for what earlier outputs already showed of that round. Single-choice, yes/no and Likert questions
show the share of peers with the same answer; numbers the firm's quarter among the peers and their
median (R3). Multi-selects are left out: a dozen ticks per round do not fit beside one answer.
"""

from __future__ import annotations

import numpy as np

from explorer.core.benchmark.firm_rounds import answers_in_order, peer_candidates, round_label, rounds_apply
from explorer.core.benchmark.peer_groups import PeerGroup, PeerSpec
from explorer.core.disclosure import (
    Reason,
    Verdict,
    peer_group_ok,
    release_peer_numbers,
    release_peer_shares,
    released_share,
)
from explorer.core.disclosure.release import release_of
from explorer.core.stats import choice_shares
from explorer.core.survey.filters import filter_mask
from explorer.report.content.items_from_survey import unit_of
from explorer.report.content.model import RoundAnswer, Trajectory

TRAJECTORY_KINDS = ("yesno", "single", "likert", "numeric")


def build_trajectories(survey, row: int, group: PeerGroup, scheme: str, min_peers: int, gate=None,
                       reason: str = "") -> tuple[Trajectory, ...]:
    """The firm's earlier answers per question, with each round's peer share where it may be shown."""
    if not rounds_apply(survey):
        return ()
    earlier = [r for r in answers_in_order(survey, row) if int(survey.panel.round_of_row[r])
               < int(survey.panel.round_of_row[row])]
    questions = [q for q in survey.questions if q.kind in TRAJECTORY_KINDS]
    answered = {q.key: [r for r in earlier if _answered(survey, q, r)] for q in questions}
    questions = [q for q in questions if answered[q.key] and _answered(survey, q, row)]
    if not questions:
        return ()
    defined = filter_mask(survey, PeerSpec(group.terms).to_filter(), scheme) if group.terms else None
    groups = {r: _round_group(survey, r, defined, group, min_peers, gate, reason, [q.key for q in questions])
              for r in earlier}
    groups[row] = (group.members if group.verdict.shown else group.members & False, group.verdict)
    trajectories = []
    for question in questions:
        rows = [*answered[question.key], row]
        builder = _round_number if question.kind == "numeric" else _round_answer
        trajectories.append(Trajectory(question.label, tuple(
            builder(survey, question, r, *groups[r], min_peers, current=r == row) for r in rows),
            unit_of(question.label) if question.kind == "numeric" else ""))
    return tuple(trajectories)


def asked_in_round(survey, question, row: int) -> bool:
    """Did anyone answer the question in the round of `row`? (Quick surveys change their questions
    from round to round; one not asked then has no place in that round's briefing.)"""
    if not rounds_apply(survey) or question.kind not in (*TRAJECTORY_KINDS, "multi"):
        return True
    answers = survey.answers(question)
    if question.kind == "multi":
        answered = np.asarray(answers.answered, dtype=bool)
    elif question.kind == "numeric":
        answered = ~np.isnan(answers.values)
    else:
        answered = answers.codes >= 0
    return bool(answered[survey.panel.round_of_row == survey.panel.round_of_row[row]].any())


def _answered(survey, question, row: int) -> bool:
    if question.kind == "numeric":
        return not np.isnan(survey.answers(question).values[row])
    return survey.answers(question).codes[row] >= 0


def _round_group(survey, row: int, defined, group: PeerGroup, min_peers: int, gate, reason: str,
                 keys: list[str]) -> tuple[np.ndarray, Verdict]:
    """The peers of the firm's answer in `row`'s round under the briefing's definition, and R1's
    verdict on them, after the register's (a group withheld there shows no figure)."""
    members = peer_candidates(survey, row)
    if defined is not None:
        members = members & defined
    verdict = peer_group_ok(int(members.sum()), min_peers)
    if verdict.shown and gate is not None:
        definition = ",".join(f"{d}={v}" for d, v in (("wave", round_label(survey, row)), *group.terms))
        conflict = gate.admit(release_of(survey, members, row, "briefing", definition, min_peers, reason,
                                         question_keys=keys))
        if conflict is not None:
            verdict = Verdict.suppress(Reason.DIFFERENCING, threshold=conflict.threshold,
                                       differing=conflict.differing)
    return members, verdict


def _round_answer(survey, question, row: int, members: np.ndarray, group_verdict: Verdict, min_peers: int,
                  current: bool) -> RoundAnswer:
    codes = survey.answers(question).codes
    firm_code = int(codes[row])
    result = choice_shares(codes[members], len(question.options))
    verdict = group_verdict
    if verdict.shown:
        verdict = release_peer_shares(result.counts, int(result.n), min_peers)[firm_code]
    share = released_share(result.shares[firm_code]) if verdict.shown else None
    return RoundAnswer(round_label(survey, row), question.option_text(question.options[firm_code]), share,
                       int(result.n) if group_verdict.shown else 0, verdict, current)


def _round_number(survey, question, row: int, members: np.ndarray, group_verdict: Verdict, min_peers: int,
                  current: bool) -> RoundAnswer:
    values = survey.answers(question).values
    peers = values[members]
    peers = peers[~np.isnan(peers)]
    firm_value = float(values[row])
    released = release_peer_numbers(firm_value, peers, min_peers)
    verdict = released.verdict if group_verdict.shown else group_verdict
    shown = verdict.shown
    band = tuple(released.band) if shown and released.band is not None else None
    median = released.quartiles[1] if shown and released.quartiles is not None else None
    return RoundAnswer(round_label(survey, row), "", None, int(peers.size) if group_verdict.shown else 0, verdict,
                       current, firm_value=firm_value, band=band, median=median)
