"""Question kinds from the values themselves, in the shapes survey tools write."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from explorer.core.reading import ColumnInfo, LoadedTable
from explorer.core.survey import Mapping, build_survey, summarize
from explorer.core.survey.kinds import classify_column


def categorical(values):
    return pd.Series(pd.Categorical(values))


@pytest.mark.parametrize("scale", [
    ["Helemaal oneens", "Oneens", "Neutraal", "Eens", "Helemaal eens"],
    ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"],
    ["Stimme gar nicht zu", "Stimme nicht zu", "Neutral", "Stimme zu", "Stimme voll zu"],
    ["Pas du tout d'accord", "Pas d'accord", "Neutre", "D'accord", "Tout à fait d'accord"],
])
def test_likert_scales_are_recognised_and_ordered(scale):
    shuffled = [scale[i % len(scale)] for i in (3, 1, 4, 0, 2, 3, 3, 1)] + ["Weet niet"]
    kind = classify_column(categorical(shuffled))
    assert kind.kind == "likert"
    assert [o.lower() for o in kind.options] == [s.lower() for s in scale]
    assert kind.dont_know == ("Weet niet",)


@pytest.mark.parametrize("values", [["Ja", "Nee", "Ja"], ["yes", "no", "no"], ["Oui", "Non", "Oui"]])
def test_yes_no(values):
    kind = classify_column(categorical(values))
    assert kind.kind == "yesno" and kind.options[0].lower() in ("ja", "yes", "oui")


@pytest.mark.parametrize("cells, separator", [
    (["Automatisering;Kwaliteit;", "Kwaliteit;", "Automatisering;Nabijheid klanten;", "Nabijheid klanten;",
      "Automatisering;", "Kwaliteit;Nabijheid klanten;"], ";"),
    (["Automation, Quality", "Quality", "Automation, Proximity", "Proximity", "Automation", "Quality, Proximity",
      "Automation, Quality, Proximity"], ", "),
])
def test_joined_multi_select(cells, separator):
    kind = classify_column(categorical(cells * 3))
    assert kind.kind == "multi" and kind.separator == separator
    assert len(kind.options) == 3


def test_single_choice_labels_with_commas_are_not_split():
    cells = ["Ja, terug naar Nederland (reshoring)", "Nee", "Ja, naar een land dichterbij (nearshoring)"] * 5
    assert classify_column(categorical(cells)).kind == "single"


def test_numbers_and_free_text():
    assert classify_column(pd.Series([12.5, 3.0, 40.0, 7.25, 18.0, 22.0, 9.5, 1.0])).kind == "numeric"
    comments = [f"Opmerking {i}: we verwachten dat de levertijden verder oplopen in kwartaal {i}" for i in range(30)]
    assert classify_column(pd.Series(comments, dtype="str"), header="Opmerkingen").kind == "text"


def _table(frame: pd.DataFrame) -> LoadedTable:
    return LoadedTable(path="memory", sheet=None, sheets=(), format="generic", header_rows=1, frame=frame,
                       columns=tuple(ColumnInfo(name=c, question_text=c) for c in frame.columns), warnings=(),
                       sha256="0" * 64)


def test_other_please_specify_stays_beside_its_question():
    frame = pd.DataFrame({
        "Plannen": pd.Categorical(["Reshoring", "Nee", "Anders", "Nee", "Reshoring", "Anders"] * 3),
        "Anders, namelijk": pd.Series(["", "", "Robotisering", "", "", "Subsidie"] * 3, dtype="str").replace("", None),
    })
    survey = build_survey(_table(frame), use_profiles=False)
    question = survey.question("Plannen")
    assert question.other_column == "Anders, namelijk"
    assert len(survey.questions) == 1


def test_reordering_a_multi_select_keeps_options_and_columns_together():
    frame = pd.DataFrame({"Motief: a": [1, 0, 1, 1], "Motief: b": [0, 0, 1, 0], "Motief: c": [1, 1, 1, 0]},
                         dtype="Int64")
    plain = build_survey(_table(frame), use_profiles=False)
    reordered = build_survey(_table(frame), Mapping(option_orders={"Motief": ("c", "a", "b")}), use_profiles=False)
    assert reordered.question("Motief").options == ("c", "a", "b")
    before = summarize(plain, "Motief").total.shares
    after = summarize(reordered, "Motief").total.shares
    assert all(math.isclose(before[o], after[o]) for o in before)
