"""One briefing item per question: the firm's answer against its peers, with disclosure verdicts.

n is recomputed per question after item non-response (peers who skipped a question do not count
for it), so R1 is checked per figure, not only for the group.
"""

from __future__ import annotations

import numpy as np

from explorer.core.disclosure import categorical_verdicts, combine_verdicts, peer_group_ok, safe_quartiles
from explorer.core.disclosure.quartiles import Quartiles
from explorer.core.stats import choice_shares, multi_shares, percentile_rank
from explorer.core.survey.model import Question
from explorer.report.model import LikertItem, MultiItem, MultiOption, NumericItem, ShareItem

# R4 is applied against two colluding peers, not only one: with counts (n-2, 1, 1) two firms that
# share their own answers would otherwise learn every other peer's answer.
COLLUDING_PEERS = 2

UNIT_HINTS = (("%", "%"), ("procent", "%"), ("percentage", "%"), ("fte", "FTE"), ("euro", "€"), ("€", "€"))


def _unit(label: str) -> str:
    lowered = label.lower()
    return next((unit for hint, unit in UNIT_HINTS if hint in lowered), "")


def share_item(survey, question: Question, row: int, peers: np.ndarray, min_peers: int) -> ShareItem:
    codes = survey.answers(question).codes
    result = choice_shares(codes[peers], len(question.options))
    firm_code = int(codes[row])
    verdict = peer_group_ok(int(result.n), min_peers)
    if firm_code < 0:
        return ShareItem(question.label, None, None, None, int(result.n), verdict)
    if verdict.shown:
        verdict = categorical_verdicts(result.counts.astype(np.int64), int(result.n), intruders=COLLUDING_PEERS)[firm_code]
    # A withheld figure is not even handed to the renderer.
    shown = bool(result.n) and verdict.shown
    share = float(result.shares[firm_code]) if shown else None
    ci = (float(result.ci_low[firm_code]), float(result.ci_high[firm_code])) if shown else None
    return ShareItem(question.label, question.options[firm_code], share, ci, int(result.n), verdict)


def likert_item(survey, question: Question, row: int, peers: np.ndarray, min_peers: int) -> LikertItem:
    codes = survey.answers(question).codes
    result = choice_shares(codes[peers], len(question.options))
    firm_code = int(codes[row])
    verdict = peer_group_ok(int(result.n), min_peers)
    if verdict.shown:
        verdict = combine_verdicts(categorical_verdicts(result.counts.astype(np.int64), int(result.n),
                                                        intruders=COLLUDING_PEERS))
    shares = tuple(float(s) for s in result.shares) if result.n and verdict.shown else None
    return LikertItem(question.label, question.options, firm_code if firm_code >= 0 else None, shares,
                      int(result.n), verdict)


def multi_item(survey, question: Question, row: int, peers: np.ndarray, min_peers: int) -> MultiItem:
    answers = survey.answers(question)
    ticked, answered = answers.ticked, answers.answered
    result = multi_shares(ticked[peers], answered[peers])
    group_verdict = peer_group_ok(int(result.n), min_peers)
    option_verdicts = (categorical_verdicts(result.counts.astype(np.int64), int(result.n), multi=True,
                                            intruders=COLLUDING_PEERS)
                       if group_verdict.shown else (group_verdict,) * len(question.options))
    options = tuple(
        MultiOption(label=label, ticked=bool(ticked[row, i]),
                    share=float(result.shares[i]) if result.n and option_verdicts[i].shown else None,
                    n=int(result.n), verdict=option_verdicts[i],
                    ci=(float(result.ci_low[i]), float(result.ci_high[i]))
                    if result.n and option_verdicts[i].shown else None)
        for i, label in enumerate(question.options)
    )
    return MultiItem(question.label, options, firm_answered=bool(answered[row]))


def numeric_item(survey, question: Question, row: int, peers: np.ndarray, min_peers: int) -> NumericItem:
    values = survey.answers(question).values
    peer_values = values[peers]
    peer_values = peer_values[~np.isnan(peer_values)]
    firm_value = float(values[row]) if not np.isnan(values[row]) else None
    n = int(peer_values.size)
    verdict = peer_group_ok(n, min_peers)
    rank = float(percentile_rank(firm_value, peer_values)) if firm_value is not None and verdict.shown else None
    quartiles = safe_quartiles(peer_values) if verdict.shown else verdict
    if isinstance(quartiles, Quartiles):
        q1, median, q3 = quartiles.q1, quartiles.median, quartiles.q3
        quartiles_verdict = None
    else:
        q1 = median = q3 = None
        quartiles_verdict = quartiles
    return NumericItem(question.label, _unit(question.label), firm_value, rank, median, q1, q3, n, verdict,
                       quartiles_verdict)


BUILDERS = {"yesno": share_item, "single": share_item, "likert": likert_item, "multi": multi_item,
            "numeric": numeric_item}


def build_item(survey, question: Question, row: int, peers: np.ndarray, min_peers: int):
    builder = BUILDERS.get(question.kind)
    return builder(survey, question, row, peers, min_peers) if builder else None
