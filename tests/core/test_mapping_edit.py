"""Editing a mapping one step at a time: each edit returns a new Mapping, and `build_survey` follows it.

Expected shares are computed here from the raw frame, not with the code under test.
"""

from __future__ import annotations


import pytest

from explorer.core.reading import ParsedCache, read_table
from explorer.core.survey import Mapping, build_survey, summarize
from explorer.core.survey.mapping_edit import (
    ColumnRow,
    assign_column,
    column_rows,
    group_columns,
    kind_choices,
    likert_order,
    mapping_needs_review,
    missing_roles,
    propose_group_key,
    set_kind,
    set_option_order,
    set_role,
    ungroup,
)

from paths import SAMPLES

ASSOCIATION = SAMPLES / "association_reshoring_survey_surveymonkey.csv"
EMS = SAMPLES / "ems_2015_extract.xlsx"
FEDUSTRIA = SAMPLES / "fedustria_quick_survey_2021.csv"
MOTIVES = "Wat zijn de belangrijkste motieven?"


def load(path):
    return read_table(path, cache=ParsedCache(enabled=False))


@pytest.fixture(scope="module")
def association():
    return load(ASSOCIATION)


@pytest.fixture(scope="module")
def ems():
    return load(EMS)


# ---- reading a survey ---------------------------------------------------------------------------

def test_column_rows_list_every_column_with_its_role_or_question(association):
    survey = build_survey(association, use_profiles=False)
    rows = column_rows(survey)
    assert [r.name for r in rows] == [c.name for c in association.columns]
    by_name = {r.name: r for r in rows}
    sector = by_name["Wat is de belangrijkste activiteit van uw bedrijf? (NACE)"]
    assert sector.role == "sector" and sector.question_key is None and sector.confidence == pytest.approx(0.95)
    assert sector.samples[0].startswith("25 - ")
    motive_columns = [c.name for c in association.columns if c.name.startswith(MOTIVES + " - ")]
    motive_rows = [by_name[c] for c in motive_columns]
    assert {r.question_key for r in motive_rows} == {MOTIVES}
    assert {r.kind for r in motive_rows} == {"multi"}
    assert motive_rows[0].option == "Automatisering van het productieproces"
    collector = by_name["Collector ID"]
    assert collector.is_metadata and collector.role is None and collector.question_key is None
    assert collector.confidence is None and not collector.unsure


def test_sample_cache_is_filled_once_and_reused(association):
    survey = build_survey(association, use_profiles=False)
    cache: dict[str, tuple[str, ...]] = {}
    first = column_rows(survey, cache)
    assert set(cache) == {c.name for c in association.columns}
    cache["Regio"] = ("kept",)
    assert {r.name: r for r in column_rows(survey, cache)}["Regio"].samples == ("kept",)
    assert first == column_rows(survey)


def test_unsure_rows_use_the_review_thresholds():
    assert ColumnRow("a", "sector", None, "", None, 0.6, ()).unsure
    assert not ColumnRow("a", "sector", None, "", None, 0.7, ()).unsure
    assert ColumnRow("a", None, "a", "a", "single", 0.5, ()).unsure
    assert not ColumnRow("a", None, "a", "a", "single", 0.6, ()).unsure


def test_needs_review_when_a_sector_or_size_role_is_missing(association):
    survey = build_survey(association, use_profiles=False)
    assert not mapping_needs_review(survey)
    without_size = build_survey(association, set_role(Mapping(), "size", None))
    assert without_size.roles["size"] is None
    # The user said "no size column" on purpose: not missing, nothing to review.
    assert missing_roles(without_size) == () and not mapping_needs_review(without_size)

    class Detected:  # what detection alone would give for a file without a size column
        roles = dict(without_size.roles)
        role_confidence = dict(without_size.role_confidence)
        pending_roles: dict = {}
        questions = without_size.questions
        mapping = Mapping()

    assert missing_roles(Detected) == ("size",) and mapping_needs_review(Detected)


def test_needs_review_when_a_role_or_question_is_unsure(association):
    survey = build_survey(association, use_profiles=False)

    class Unsure:
        roles = dict(survey.roles)
        role_confidence = {**survey.role_confidence, "region": 0.6}
        pending_roles: dict = {}
        questions = survey.questions
        mapping = survey.mapping

    assert mapping_needs_review(Unsure)
    Unsure.role_confidence = dict(survey.role_confidence)
    Unsure.questions = survey.questions[:1] + (survey.questions[1].with_changes(confidence=0.5),)
    assert mapping_needs_review(Unsure)


def test_coded_numbers_without_labels_need_review(tmp_path):
    path = tmp_path / "coded.csv"
    lines = ["firm_id,nace,employees,tevredenheid"]
    lines += [f"{i},25,{10 + i},{1 + i % 5}" for i in range(40)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    survey = build_survey(load(path), use_profiles=False)
    assert survey.question("tevredenheid").confidence < 0.6
    assert mapping_needs_review(survey)
    fixed = build_survey(survey.table, set_kind(Mapping(), "tevredenheid", "likert"))
    assert not mapping_needs_review(fixed)


# ---- edits return new mappings and build_survey follows them --------------------------------------

def test_edits_never_change_the_old_mapping():
    old = Mapping(roles={"size": "a"}, kinds={"q": "single"}, option_orders={"q": ("x", "y")},
                  groups={"g": ("c1", "c2")}, ungrouped=("b",))
    snapshot = Mapping.from_json(old.to_json())
    set_role(old, "region", "a")
    set_kind(old, "q", "likert", ("x", "y"))
    set_option_order(old, "q", ("y", "x"))
    group_columns(old, "h", ("c2", "c3"))
    ungroup(old, "g")
    assert old == snapshot


def test_set_role_moves_a_column_to_another_role(association):
    column = "Regio"
    mapping = set_role(Mapping(), "wave", column)
    survey = build_survey(association, mapping)
    assert survey.roles["wave"] == column and survey.roles["region"] is None
    assert survey.role_confidence["wave"] == 1.0
    # A column plays one role: giving it another drops the first from the mapping.
    again = set_role(mapping, "region", column)
    assert again.roles == {"region": column}
    assert build_survey(association, again).roles["region"] == column


def test_set_role_none_turns_the_column_into_a_question(association):
    size = "Hoeveel werknemers heeft uw bedrijf?"
    survey = build_survey(association, set_role(Mapping(), "size", None))
    assert survey.roles["size"] is None
    assert survey.question(size).columns == (size,)
    with pytest.raises(ValueError):
        set_role(Mapping(), "colour", "Regio")


def test_set_kind_changes_the_kind(association):
    key = "Overweegt uw bedrijf de komende twee jaar productie te verplaatsen?"
    survey = build_survey(association, set_kind(Mapping(), key, "text"))
    assert survey.question(key).kind == "text"
    back = set_kind(set_kind(Mapping(), key, "text"), key, None)
    assert key not in back.kinds
    with pytest.raises(ValueError):
        set_kind(Mapping(), key, "ranking")


def test_set_kind_likert_puts_the_options_in_scale_order(tmp_path):
    labels = ["1 - helemaal niet", "2 - een beetje", "3 - redelijk", "4 - sterk", "5 - heel sterk"]
    counts = [3, 5, 12, 20, 8]  # frequency order differs from the scale order
    path = tmp_path / "scale.csv"
    rows = [f"{n},25,{20 + n},{label}" for n, label in enumerate(lab for lab, c in zip(labels, counts)
                                                                    for _ in range(c))]
    path.write_text("firm_id,nace,employees,Hoe afhankelijk bent u van Azië?\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
    table = load(path)
    key = "Hoe afhankelijk bent u van Azië?"
    detected = build_survey(table, use_profiles=False).question(key)
    assert detected.kind == "single" and detected.options[0] == "4 - sterk"
    mapping = set_kind(Mapping(), key, "likert", detected.options)
    assert mapping.option_orders[key] == tuple(labels)
    question = build_survey(table, mapping).question(key)
    assert question.kind == "likert" and question.options == tuple(labels)
    # The shares follow the new order: option i is the share of label i among all answers.
    total = summarize(build_survey(table, mapping), key).total
    assert [round(total.shares[o], 6) for o in labels] == [round(c / sum(counts), 6) for c in counts]
    # A user's own order wins over the scale order; switching to text drops it.
    own = set_kind(set_option_order(Mapping(), key, labels[::-1]), key, "likert", detected.options)
    assert own.option_orders[key] == tuple(labels[::-1])
    assert key not in set_kind(own, key, "text").option_orders


def test_likert_order_knows_scales_numbers_and_dont_know():
    assert likert_order(("Eens", "Weet niet", "Helemaal oneens", "Neutraal", "Oneens")) == (
        "Helemaal oneens", "Oneens", "Neutraal", "Eens", "Weet niet")
    assert likert_order(("3 laag", "10 hoog", "1 geen")) == ("1 geen", "3 laag", "10 hoog")
    assert likert_order(("b", "a")) == ("b", "a")


def test_set_option_order_reorders_the_options(association):
    key = "Overweegt uw bedrijf de komende twee jaar productie te verplaatsen?"
    detected = build_survey(association, use_profiles=False).question(key)
    order = tuple(reversed(detected.options))
    question = build_survey(association, set_option_order(Mapping(), key, order)).question(key)
    assert question.options == order
    with pytest.raises(ValueError):
        set_option_order(Mapping(), key, ("a", "a"))
    assert key not in set_option_order(Mapping(option_orders={key: order}), key, ()).option_orders


def _label_shares(frame, columns):
    """Label/empty checkboxes: the base is every firm that ticked at least one of the columns."""
    ticked = frame[list(columns)].notna()
    base = ticked.any(axis=1)
    return int(base.sum()), [float(ticked.loc[base, c].mean()) for c in columns]


def test_grouping_three_columns_makes_one_multi_question_with_its_own_shares(association):
    frame = association.frame
    columns = [c.name for c in association.columns if c.name.startswith(MOTIVES + " - ")][:3]
    survey = build_survey(association, use_profiles=False)
    key = propose_group_key(survey, columns)
    assert key == MOTIVES + " (2)"  # the detected block still holds that name
    mapping = group_columns(Mapping(), "Drie motieven", columns)
    grouped = build_survey(association, mapping)
    question = grouped.question("Drie motieven")
    assert question.kind == "multi" and question.option_columns == tuple(columns)
    assert question.options == ("Automatisering van het productieproces",
                                "Slechte kwaliteit van productie in het buitenland", "Nabijheid van klanten")
    # The detected block gave up those columns and is formed from the others.
    rest = grouped.question(MOTIVES)
    assert not set(rest.columns) & set(columns) and len(rest.option_columns) == 4
    n, shares = _label_shares(frame, columns)
    total = summarize(grouped, "Drie motieven").total
    assert total.n == n
    assert [total.shares[o] for o in question.options] == pytest.approx(shares)


def test_grouping_zero_one_columns_keeps_rows_of_zeros_in_the_base(ems):
    frame = ems.frame
    columns = ["motive_quality", "motive_flexibility", "motive_labour_costs"]
    split = ungroup(Mapping(), "motive")
    assert {"motive_quality", "motive_flexibility"} <= {q.key for q in build_survey(ems, split).questions}
    mapping = group_columns(split, "three motives", columns)
    question = build_survey(ems, mapping).question("three motives")
    assert question.coding == "zero_one"
    values = frame[columns].astype("float")
    base = values.notna().any(axis=1)
    expected = [float((values.loc[base, c] == 1).sum() / base.sum()) for c in columns]
    total = summarize(build_survey(ems, mapping), "three motives").total
    assert total.n == int(base.sum())
    assert [total.shares[o] for o in question.options] == pytest.approx(expected)


def test_ungroup_splits_a_detected_block_and_regrouping_brings_it_back(association):
    detected = build_survey(association, use_profiles=False)
    block = detected.question(MOTIVES)
    split = ungroup(Mapping(), MOTIVES)
    assert split.ungrouped == (MOTIVES,)
    survey = build_survey(association, split)
    assert all(q.key != MOTIVES for q in survey.questions)
    for column in block.option_columns:
        assert any(q.columns[0] == column for q in survey.questions)
    regrouped = group_columns(split, MOTIVES, block.option_columns)
    assert regrouped.ungrouped == ()
    question = build_survey(association, regrouped).question(MOTIVES)
    assert question.kind == "multi" and question.options == block.options


def test_a_column_belongs_to_one_user_group():
    mapping = group_columns(Mapping(), "a", ("c1", "c2", "c3"))
    mapping = group_columns(mapping, "b", ("c3", "c4"))
    assert mapping.groups == {"a": ("c1", "c2"), "b": ("c3", "c4")}
    mapping = group_columns(mapping, "c", ("c2", "c4"))
    assert mapping.groups == {"c": ("c2", "c4")}
    assert ungroup(mapping, "c").groups == {}
    with pytest.raises(ValueError):
        group_columns(Mapping(), "x", ("c1",))


def test_kind_choices_keep_shares_computable(association, ems):
    survey = build_survey(association, use_profiles=False)
    assert kind_choices(survey.question(MOTIVES)) == ("multi",)
    assert "multi" not in kind_choices(survey.questions[0])
    joined = build_survey(load(FEDUSTRIA), use_profiles=False).question("Welke problemen?")
    assert kind_choices(joined) == ("multi", "text")


def test_proposed_key_is_unused(association):
    survey = build_survey(association, use_profiles=False)
    columns = ["Regio", "Bedrijfsnaam"]
    key = propose_group_key(survey, columns)
    assert key not in {q.key for q in survey.questions}
    assert key not in {c.name for c in association.columns}


def test_assign_column_is_what_the_role_cell_does(association):
    survey = build_survey(association, use_profiles=False)
    assert assign_column(Mapping(), survey.roles, "Regio", "region") == Mapping()
    off = assign_column(Mapping(), survey.roles, "Regio", None)
    assert off.roles == {"region": None}
    moved = assign_column(off, survey.roles, "Regio", "wave")
    rebuilt = build_survey(association, moved)
    assert rebuilt.roles["wave"] == "Regio" and rebuilt.roles["region"] is None
