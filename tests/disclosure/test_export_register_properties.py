"""Random small surveys, a random series of table exports (filters and splits): read together, the
exports the register lets through give no firm's answer away.

Each export goes through the register as `summarize --out` does (`admit_export`, then the table
written as .csv and read back as a reader would). The intruder knows who is in every group of
every table written (the worst case), two colluding firms' answers, and every figure shown: each
group's n and its counts (share × n) where not `c`. For every other firm an integer program
(ledger_intruder.Intruder, independent of the app) asks which answers fit everything released; a
firm whose answer is the only one that fits has been given away.
"""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from disclosure.ledger_intruder import Intruder
from explorer.core.export.admission import admit_export
from explorer.core.disclosure.ledger import ReleaseLedger
from explorer.core.errors import InputError
from explorer.core.export.frame_file import write_table
from explorer.core.export.long_form import summary_frame
from explorer.core.survey import FilterSpec, filter_mask, summarize
from explorer.core.survey.summary import summary_masks
from intruder_lp import TOTAL, read_csv
from small_surveys import survey_of

REGIONS = ["Noord", "Oost", "Zuid", "West"]
NO_ANSWER = "-"
FILTERS = [[], ["size=small"], ["size=small,medium"], ["region=Noord,Oost"], ["region=Noord,Oost,Zuid"],
           ["size=large"], ["region=Oost,Zuid,West"]]
EXPORTS = st.lists(st.tuples(st.sampled_from(FILTERS), st.sampled_from([None, "region", "size"])),
                   min_size=2, max_size=4)


@st.composite
def surveys(draw):
    n = draw(st.integers(5, 40))
    rows = st.lists
    columns = {"region": draw(rows(st.sampled_from(REGIONS), min_size=n, max_size=n)),
               "employees": draw(rows(st.sampled_from([12, 30, 60, 120, 300]), min_size=n, max_size=n)),
               "backshoring": draw(rows(st.sampled_from(["yes", "no", None]), min_size=n, max_size=n))}
    return survey_of(columns)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(survey=surveys(), exports=EXPORTS, colluders=st.tuples(st.integers(0, 39), st.integers(0, 39)))
def test_exports_let_through_give_no_firm_away(tmp_path_factory, survey, exports, colluders):
    folder = tmp_path_factory.mktemp("exports")
    ledger = ReleaseLedger(folder / "register.sqlite3")
    ids = [f"F{i + 1:03d}" for i in range(survey.size)]
    answers = survey.frame["backshoring"].astype(object).where(survey.frame["backshoring"].notna(), NO_ANSWER)
    truth = dict(zip(ids, answers.tolist()))
    known = {ids[c % survey.size]: truth[ids[c % survey.size]] for c in colluders}
    intruder = Intruder(("yes", "no", NO_ANSWER), known=known)
    written = 0
    for number, (filters, by) in enumerate(exports):
        try:
            summary = summarize(survey, "backshoring", by=by, filters=FilterSpec.parse(filters))
            frame = summary_frame(summary, 5, "en")
            admit_export(ledger, survey, summary, 5)
        except InputError:
            continue  # a filter no firm passes, a one-option table, or withheld: nothing written
        path = folder / f"table{number}.csv"
        write_table(frame, path)
        written += 1
        learn_table(intruder, survey, summary, read_csv(path, "single"), ids)
    assume(written)
    for firm in ids:
        if firm not in known and truth[firm] != NO_ANSWER:
            assert intruder.possible(firm) - {NO_ANSWER} != {truth[firm]}, f"{firm}'s answer is given away"


def learn_table(intruder: Intruder, survey, summary, table, ids: list[str]) -> None:
    """Every figure the written table shows, as facts about the firms of its groups."""
    masks = summary_masks(survey, summary)
    # The file names its groups by their labels, in the summary's order; the masks by their codes.
    labels = dict(zip([name for name, _mask in masks], list(table.n)))  # groups, then the total, in file order
    members = {labels[name]: [ids[i] for i in np.flatnonzero(mask)] for name, mask in masks}
    assert members[labels[TOTAL]] == [ids[i] for i in np.flatnonzero(filter_mask(survey, summary.filters))]
    for group, n in table.n.items():
        firms = members[group]
        intruder.learn(firms, (1, 1, 0), n, n)  # n: how many of them answered
        for option, weights in (("yes", (1, 0, 0)), ("no", (0, 1, 0))):
            count = table.counts.get((group, option))
            if count is not None:
                intruder.learn(firms, weights, count, count)
