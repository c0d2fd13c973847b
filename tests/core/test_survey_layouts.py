"""On the project's own fixture of each survey-tool layout, the survey model finds the sector and
size roles and groups every multi-select block into one question with the right option shares.

Expected values come from tests/fixtures/layouts/expected.json, which the fixture generator
computed from the cells it wrote (not from this code).
"""

from __future__ import annotations

import json
import math

import pytest

from paths import LAYOUTS
from explorer.core.reading import ParsedCache, read_table
from explorer.core.survey import build_survey, summarize

EXPECTED = json.loads((LAYOUTS / "expected.json").read_text(encoding="utf-8"))["files"]
FILES = sorted(EXPECTED)


@pytest.fixture(scope="module")
def surveys():
    loaded = {}
    for name in FILES:
        table = read_table(LAYOUTS / name, cache=ParsedCache(enabled=False))
        loaded[name] = build_survey(table, use_profiles=False)
    return loaded


def _column_name(survey, ref: dict) -> str:
    return survey.table.columns[ref["index"]].name


@pytest.mark.parametrize("name", FILES)
def test_roles_found(surveys, name):
    survey, expected = surveys[name], EXPECTED[name]
    assert len(survey.table.columns) == expected["n_columns"]
    for role in ("id", "sector", "size", "region", "weight", "name"):
        ref = expected["roles"].get(role)
        if ref is None:
            if role in ("sector", "size"):
                assert survey.roles[role] is None
            continue
        assert survey.roles[role] == _column_name(survey, ref), role


@pytest.mark.parametrize("name", FILES)
def test_multi_select_blocks_are_one_question_with_right_shares(surveys, name):
    survey, expected = surveys[name], EXPECTED[name]
    for block in expected["multi_select"]:
        option_columns = [_column_name(survey, ref) for ref in block["option_columns"]]
        matches = [q for q in survey.questions if q.kind == "multi" and option_columns[0] in
                   (q.option_columns or q.columns)]
        assert len(matches) == 1, f"{name}: no single question holds {option_columns[0]!r}"
        question = matches[0]
        if block["key"] is not None:
            assert question.key == block["key"]
        all_columns = {_column_name(survey, ref) for ref in block["columns"]}
        assert set(question.columns) == all_columns
        summary = summarize(survey, question.key)
        assert summary.total.n == block["n_answered"]
        if question.option_columns:
            by_column = dict(zip(question.option_columns, question.options))
            for column, option in zip(option_columns, block["options"]):
                assert math.isclose(summary.total.shares[by_column[column]], block["shares"][option]), option
        else:  # one joined cell: options are the labels themselves
            for option in block["options"]:
                assert math.isclose(summary.total.shares[option], block["shares"][option]), option
        other = block.get("other")
        if other and other.get("text_column"):
            assert question.other_column == _column_name(survey, other["text_column"])


@pytest.mark.parametrize("name", FILES)
def test_single_choice_shares(surveys, name):
    survey, expected = surveys[name], EXPECTED[name]
    for item in expected["single_choice"]:
        column = _column_name(survey, item["column"])
        question = next(q for q in survey.questions if q.columns[0] == column)
        assert question.kind in ("single", "yesno", "likert")
        summary = summarize(survey, question.key)
        assert summary.total.n == item["n_answered"]
        for option, share in item["shares"].items():
            assert math.isclose(summary.total.shares[option], share), option


def test_zero_one_rows_of_zeros_are_answers_and_empty_rows_are_not(surveys):
    expected = EXPECTED["generic_dutch.csv"]["multi_select"][0]
    survey = surveys["generic_dutch.csv"]
    question = survey.question(expected["key"])
    summary = summarize(survey, question.key)
    assert expected["n_answered_nothing_ticked"] > 0 and expected["n_nonresponse"] > 0
    assert summary.total.n == expected["n_rows"] - expected["n_nonresponse"]
