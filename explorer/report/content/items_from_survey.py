"""One briefing item per question: the firm's answer against its peers, as the release module allows.

n is recomputed per question after item non-response (peers who skipped a question do not count
for it), so R1 is checked per figure, not only for the group. Every peer figure is decided by
`explorer.core.disclosure`; a withheld one is not even handed to the renderer.
"""

from __future__ import annotations

import numpy as np

from explorer.core.disclosure import combine_verdicts, release_peer_numbers, release_peer_shares, released_share
from explorer.core.stats import choice_shares, multi_shares
from explorer.core.survey.model import Question
from explorer.report.content.model import LikertItem, MultiItem, MultiOption, NumericItem, ShareItem

UNIT_HINTS = (("%", "%"), ("procent", "%"), ("percentage", "%"), ("fte", "FTE"), ("euro", "€"), ("€", "€"))


def unit_of(label: str) -> str:
    lowered = label.lower()
    return next((unit for hint, unit in UNIT_HINTS if hint in lowered), "")


def _interval(result, i: int) -> tuple[float, float]:
    return released_share(result.ci_low[i]), released_share(result.ci_high[i])


def share_item(survey, question: Question, row: int, peers: np.ndarray, min_peers: int) -> ShareItem:
    """The peers' share of every answer (R1 and R4 decide for the whole distribution), the firm's marked."""
    codes = survey.answers(question).codes
    result = choice_shares(codes[peers], len(question.options))
    firm_code = int(codes[row])
    verdicts = release_peer_shares(result.counts, int(result.n), min_peers)
    options = tuple(
        MultiOption(label=label, ticked=i == firm_code,
                    share=released_share(result.shares[i]) if verdicts[i].shown else None,
                    n=int(result.n), verdict=verdicts[i], ci=_interval(result, i) if verdicts[i].shown else None)
        for i, label in enumerate(map(question.option_text, question.options))
    )
    if firm_code < 0:
        return ShareItem(question.label, None, None, None, int(result.n), combine_verdicts(verdicts), options)
    mine = options[firm_code]
    return ShareItem(question.label, mine.label, mine.share, mine.ci, int(result.n), mine.verdict, options)


def likert_item(survey, question: Question, row: int, peers: np.ndarray, min_peers: int) -> LikertItem:
    codes = survey.answers(question).codes
    result = choice_shares(codes[peers], len(question.options))
    firm_code = int(codes[row])
    verdict = combine_verdicts(release_peer_shares(result.counts, int(result.n), min_peers))
    shares = tuple(released_share(s) for s in result.shares) if verdict.shown else None
    return LikertItem(question.label, tuple(map(question.option_text, question.options)), firm_code if firm_code >= 0 else None, shares,
                      int(result.n), verdict)


def multi_item(survey, question: Question, row: int, peers: np.ndarray, min_peers: int) -> MultiItem:
    answers = survey.answers(question)
    ticked, answered = answers.ticked, answers.answered
    result = multi_shares(ticked[peers], answered[peers])
    verdicts = release_peer_shares(result.counts, int(result.n), min_peers, multi=True)
    options = tuple(
        MultiOption(label=label, ticked=bool(ticked[row, i]),
                    share=released_share(result.shares[i]) if verdicts[i].shown else None,
                    n=int(result.n), verdict=verdicts[i],
                    ci=_interval(result, i) if verdicts[i].shown else None)
        for i, label in enumerate(map(question.option_text, question.options))
    )
    return MultiItem(question.label, options, firm_answered=bool(answered[row]))


def numeric_item(survey, question: Question, row: int, peers: np.ndarray, min_peers: int) -> NumericItem:
    values = survey.answers(question).values
    peer_values = values[peers]
    peer_values = peer_values[~np.isnan(peer_values)]
    firm_value = float(values[row]) if not np.isnan(values[row]) else None
    released = release_peer_numbers(firm_value, peer_values, min_peers)
    q1, median, q3 = released.quartiles if released.quartiles is not None else (None, None, None)
    band = tuple(released.band) if released.band is not None else None
    return NumericItem(question.label, unit_of(question.label), firm_value, band, median, q1, q3,
                       int(peer_values.size), released.verdict, released.quartiles_verdict)


BUILDERS = {"yesno": share_item, "single": share_item, "likert": likert_item, "multi": multi_item,
            "numeric": numeric_item}


def build_item(survey, question: Question, row: int, peers: np.ndarray, min_peers: int):
    builder = BUILDERS.get(question.kind)
    return builder(survey, question, row, peers, min_peers) if builder else None
