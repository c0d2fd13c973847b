"""Releases read from real surveys: firm ids and question keys outlive a new version of the file,
and exports go through the same register (the API the export code calls)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from explorer.core.disclosure.ledger import ReleaseLedger
from explorer.core.disclosure.lineage import Lineage, firm_ids
from explorer.core.disclosure.release import data_version, release_of
from explorer.core.reading import ColumnInfo, LoadedTable
from explorer.core.survey import build_survey

REASONS = "Reasons for reshoring"


def survey_of(rows: list[dict], sha: str = "a", path: str = "club.xlsx"):
    frame = pd.DataFrame(rows)
    for column in frame.columns:
        if frame[column].dtype == object and column not in ("Bedrijf ID", "Bedrijfsnaam"):
            frame[column] = frame[column].astype("category")
    table = LoadedTable(path=path, sheet=None, sheets=(), format="generic", header_rows=1, frame=frame,
                        columns=tuple(ColumnInfo(name=c, question_text=c) for c in frame.columns), warnings=(),
                        sha256=sha * 64)
    return build_survey(table, use_profiles=False)


def firm(i: int, answer: str | None = "Ja", price: float | None = 10.0, extra: dict | None = None) -> dict:
    return {"Bedrijf ID": f"F{i:03d}", "Bedrijfsnaam": f"Metaal {i} BV", "NACE-code": "25.62",
            "Aantal werknemers": 20 + i, "Overweegt u reshoring?": answer, "Omzet (mln euro)": price, **(extra or {})}


def test_a_release_names_firms_by_id_and_the_questions_each_figure_rests_on():
    survey = survey_of([firm(1), firm(2, answer=None), firm(3, price=None), *(firm(i) for i in range(4, 10))])
    assert list(firm_ids(survey)[:3]) == ["F001", "F002", "F003"]
    everyone = np.ones(survey.size, dtype=bool)
    release = release_of(survey, everyone, kind="export", min_peers=5)
    assert release.subject is None and release.members == frozenset(f"F{i:03d}" for i in range(1, 10))
    assert release.missing == {"overweegt u reshoring?": frozenset({"F002"}), "omzet (mln euro)": frozenset({"F003"})}
    only = release_of(survey, everyone, kind="export", question_keys=["Omzet (mln euro)"])
    assert set(only.missing) == {"omzet (mln euro)"}
    small = np.zeros(survey.size, dtype=bool)
    small[:4] = True
    assert release_of(survey, small).missing == {}, "a group too small to show any figure releases no question"


def test_the_lineage_outlives_new_rows_and_a_new_question(tmp_path):
    first = survey_of([firm(i) for i in range(1, 9)], sha="a")
    second = survey_of([firm(i, extra={"Nieuwe vraag": "Ja" if i % 2 else "Nee"}) for i in range(1, 10)], sha="b")
    assert Lineage.of(first).id_column == Lineage.of(second).id_column == "bedrijf id"
    assert data_version(first) != data_version(second)
    before = release_of(first, np.arange(first.size) != 0, subject_row=0)
    after = release_of(second, np.arange(second.size) != 0, subject_row=0)  # F009 answered late
    assert "nieuwe vraag" in after.questions and "nieuwe vraag" not in before.questions
    ledger = ReleaseLedger(tmp_path / "register.sqlite3")
    assert ledger.admit(before) is None
    conflict = ledger.check(after)
    assert (conflict.differing, conflict.question) == (1, "omzet (mln euro)")


def test_two_exports_of_one_table_with_and_without_one_firm(tmp_path):
    survey = survey_of([firm(i, answer="Ja" if i % 3 else "Nee") for i in range(1, 13)])
    ledger = ReleaseLedger(tmp_path / "register.sqlite3")
    table = ["Overweegt u reshoring?"]
    without = np.arange(survey.size) < 11
    assert ledger.admit(release_of(survey, without, kind="export", question_keys=table,
                                   definition="sector=25,size=small")) is None
    conflict = ledger.admit(release_of(survey, np.ones(survey.size, dtype=bool), kind="export", question_keys=table,
                                       definition="sector=25"))
    assert conflict is not None and conflict.differing == 1 and conflict.earlier.kind == "export"
    # Another question of the same firms was never released: nothing to subtract from.
    assert ledger.check(release_of(survey, np.ones(survey.size, dtype=bool), kind="export",
                                   question_keys=["Omzet (mln euro)"])) is None
