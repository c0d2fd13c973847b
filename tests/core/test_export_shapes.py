"""Survey exports in the shapes real tools write (tests/fixtures/exports, made by make_exports.py).

One group of tests per trait of real files: stray bytes, older layouts, multi-select shapes,
spellings of "no answer", roles that need evidence, doubt that is asked, grids and scales, and
unknown NACE classes. Expected values are read from the fixture with csv, pandas or pyreadstat.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pyreadstat
import pytest
from paths import EXPORTS
from raw_oracle import NO_ANSWER, answered, column, joined_shares, records, single_shares, ticked_shares

from explorer.core.inspection import describe_table
from explorer.core.reading import ParsedCache, read_table
from explorer.core.survey import build_survey, summarize
from explorer.core.survey.mapping_edit import mapping_needs_review, set_role
from explorer.core.survey.model import Mapping
from explorer.core.taxonomy.nace_table import nace_table


def load(name: str, mapping: Mapping | None = None):
    table = read_table(EXPORTS / name, cache=ParsedCache(enabled=False))
    return table, build_survey(table, mapping, use_profiles=False)


def shares_of(survey, key: str) -> dict[str, float]:
    return {option: share for option, share in summarize(survey, key).total.shares.items() if share}


# ---- 1. text exports with stray bytes ----------------------------------------------------------------

STRAY = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])


def test_text_with_stray_bytes_opens_and_says_how_many() -> None:
    raw = (EXPORTS / "stray_bytes.csv").read_bytes()
    dropped = sum(raw.count(bytes([b])) for b in STRAY)
    assert dropped >= 3
    clean = EXPORTS / "stray_bytes.csv"
    rows = [r for r in csv.reader(raw.translate(None, STRAY).decode().splitlines()) if r]
    table, survey = load(clean.name)
    assert (table.format, table.header_rows, table.rows) == ("generic", 1, len(rows) - 1)
    assert list(table.frame.columns) == rows[0]
    assert any(f"{dropped:,} stray control bytes" in w for w in table.warnings)
    assert shares_of(survey, "Reshoring overwogen") == pytest.approx(single_shares([r[3] for r in rows[1:]]))


# ---- 2. older and variant layouts ---------------------------------------------------------------------

def test_older_surveymonkey_header() -> None:
    rows = records(EXPORTS / "surveymonkey_older.csv")
    table, survey = load("surveymonkey_older.csv")
    assert (table.format, table.header_rows, table.rows) == ("surveymonkey", 2, len(rows) - 2)
    assert survey.roles["id"] == "RespondentID"
    start = rows[0].index("Welke motieven spelen mee bij het terughalen van productie?")
    options = rows[1][start:]
    question = survey.question(rows[0][start])
    assert (question.kind, question.options) == ("multi", tuple(options))
    base, shares = ticked_shares([row[start:] for row in rows[2:]], set(options))
    assert summarize(survey, question.key).total.n == base
    assert [summarize(survey, question.key).total.shares[o] for o in options] == pytest.approx(shares)


def _legacy_option(text: str) -> str:
    return text.rsplit("...-", 1)[1]


def test_qualtrics_legacy_layout_without_import_row() -> None:
    rows = records(EXPORTS / "qualtrics_legacy_v.csv")
    table, survey = load("qualtrics_legacy_v.csv")
    assert (table.format, table.header_rows, table.rows) == ("qualtrics", 2, len(rows) - 2)
    assert survey.roles["id"] == "ResponseID"  # named by row 2, not "V1"
    first = rows[0].index("Q3_1")
    options = [_legacy_option(text) for text in rows[1][first:]]
    question = survey.question("Q3")
    assert (question.kind, question.options) == ("multi", tuple(options))
    base, shares = ticked_shares([row[first:] for row in rows[2:]], {"1"})
    summary = summarize(survey, "Q3")
    assert summary.total.n == base and [summary.total.shares[o] for o in options] == pytest.approx(shares)


def test_qualtrics_numeric_export_options_from_row_two_and_python_dict_import_ids() -> None:
    rows = records(EXPORTS / "qualtrics_numeric_dict.csv")
    assert rows[2][0].startswith("{'ImportId'")
    table, survey = load("qualtrics_numeric_dict.csv")
    assert (table.format, table.header_rows, table.rows) == ("qualtrics", 3, len(rows) - 3)
    first = rows[0].index("Q5_1")
    options = tuple(_legacy_option(text) for text in rows[1][first:])
    question = survey.question("Q5")
    assert question.kind == "multi" and question.options == options
    assert not set(options) & {"1", "2", "3", "4"}
    base, shares = ticked_shares([row[first:] for row in rows[3:]], {"1"})
    summary = summarize(survey, "Q5")
    assert summary.total.n == base and [summary.total.shares[o] for o in options] == pytest.approx(shares)


# ---- 3. multi-select in every shape --------------------------------------------------------------------

def test_kobo_option_columns_and_joined_column_are_one_question() -> None:
    rows = records(EXPORTS / "kobo_select_multiple.csv")
    option_columns = [name for name in rows[0] if name.startswith("motieven/")]
    options = tuple(name.split("/", 1)[1] for name in option_columns)
    table, survey = load("kobo_select_multiple.csv")
    assert table.format == "kobotoolbox"
    multi = [q for q in survey.questions if q.kind == "multi"]
    assert len(multi) == 1 and multi[0].options == options
    assert set(multi[0].columns) == {"motieven", *option_columns}
    assert not any(q.key == "motieven" and q.kind != "multi" for q in survey.questions)
    # 0/1 coding: a row of zeros is an answer (nothing ticked), a row of empties is not.
    table_rows = [[row[rows[0].index(c)] for c in option_columns] for row in rows[1:]]
    base, shares = ticked_shares(table_rows, {"1"}, {"0"})
    summary = summarize(survey, multi[0].key)
    assert summary.total.n == base and [summary.total.shares[o] for o in options] == pytest.approx(shares)


def _odk_list(cell: str) -> list[str]:
    return [part.strip().strip("'") for part in cell.strip("[]").split(";") if part.strip()]


def test_odk_lists_are_one_multi_select() -> None:
    rows = records(EXPORTS / "odk_lists.csv")
    values = column(rows, "motieven")
    options = sorted({o for v in values if answered(v) for o in _odk_list(v)})
    table, survey = load("odk_lists.csv")
    question = survey.question("motieven")
    assert table.format == "odk" and question.kind == "multi" and sorted(question.options) == options
    base, shares = joined_shares(values, options, lambda cell, option: option in _odk_list(cell))
    summary = summarize(survey, "motieven")
    assert summary.total.n == base and summary.total.shares == pytest.approx(shares)


@pytest.mark.parametrize(("key", "separator"), [("Welke onderdelen koopt u in Azië in?", ";"),
                                                ("Welke motieven spelen mee?", "|")])
def test_joined_cells_with_many_options(key: str, separator: str) -> None:
    values = column(records(EXPORTS / "joined_cells.csv"), key)
    options = sorted({o for v in values if answered(v) for o in v.split(separator)})
    _, survey = load("joined_cells.csv")
    question = survey.question(key)
    assert question.kind == "multi" and sorted(question.options) == options
    base, shares = joined_shares(values, options, lambda cell, option: option in cell.split(separator))
    summary = summarize(survey, key)
    assert summary.total.n == base and summary.total.shares == pytest.approx(shares)


def test_semicolon_question_has_more_than_forty_options() -> None:
    values = column(records(EXPORTS / "joined_cells.csv"), "Welke onderdelen koopt u in Azië in?")
    assert len({o for v in values if answered(v) for o in v.split(";")}) >= 40


def test_google_forms_options_that_contain_the_separator() -> None:
    key = "Waarom overweegt u productie terug te halen? (Meerdere antwoorden mogelijk)"
    values = column(records(EXPORTS / "googleforms_commas.csv"), key)
    given = sorted({v for v in values if answered(v)})
    options = [v for v in given if not any(w != v and (v.startswith(w + ", ") or v.endswith(", " + w)
                                                       or f", {w}, " in v) for w in given)]
    assert any(", " in option for option in options)
    _, survey = load("googleforms_commas.csv")
    question = survey.question(key)
    assert question.kind == "multi" and sorted(question.options) == options
    base, shares = joined_shares(values, options, lambda cell, o: f", {o}, " in f", {cell}, ")
    summary = summarize(survey, key)
    assert summary.total.n == base and summary.total.shares == pytest.approx(shares)


def test_spss_item_grids_sharing_a_label_stem() -> None:
    frame, meta = pyreadstat.read_sav(str(EXPORTS / "spss_item_grids.sav"))
    labels = meta.column_names_to_labels
    _, survey = load("spss_item_grids.sav")
    for stem, ticked in (("Motieven", 1), ("Belemmeringen", 1), ("Maatregelen", 1)):
        items = [name for name in frame.columns if (labels.get(name) or "").startswith(stem + ": ")]
        question = survey.question(stem)
        assert question.kind == "multi" and question.option_columns == tuple(items)
        assert question.options == tuple(labels[name].split(": ", 1)[1] for name in items)
        cells = [[("" if v != v else str(int(v))) for v in row] for row in frame[items].itertuples(index=False)]
        base, shares = ticked_shares(cells, {str(ticked)}, {"0", "2"})
        summary = summarize(survey, stem)
        assert summary.total.n == base
        assert [summary.total.shares[o] for o in question.options] == pytest.approx(shares)


# ---- 4. spellings of "no answer" ----------------------------------------------------------------------------

def test_text_spellings_of_no_answer_are_missing() -> None:
    rows = records(EXPORTS / "missing_spellings.csv", delimiter=";")
    table, survey = load("missing_spellings.csv")
    intention = column(rows, "Reshoring overwogen")
    assert {v for v in intention if v.strip().upper() in NO_ANSWER} - {""}
    summary = summarize(survey, "Reshoring overwogen")
    assert summary.total.n == sum(1 for v in intention if answered(v))
    assert shares_of(survey, "Reshoring overwogen") == pytest.approx(single_shares(intention))
    turnover = [float(v.replace(",", ".")) for v in column(rows, "Omzet (mln euro)") if answered(v)]
    numbers = summarize(survey, "Omzet (mln euro)").total.numeric
    assert numbers.n == len(turnover) and numbers.mean == pytest.approx(sum(turnover) / len(turnover))
    spelled = Counter(v for v in intention + column(rows, "Omzet (mln euro)") if v in NO_ANSWER - {"", "#N/A"}
                      or v in ("null", "(blank)"))
    assert any(f"{sum(spelled.values()):,} cells said there was no answer" in w for w in table.warnings)


def test_weet_niet_as_a_real_answer_stays_an_answer_shown_apart() -> None:
    values = column(records(EXPORTS / "missing_spellings.csv", delimiter=";"), "Oordeel beleid")
    _, survey = load("missing_spellings.csv")
    question = survey.question("Oordeel beleid")
    assert question.kind == "likert" and set(question.dont_know) == {"Weet niet", "n.v.t."}
    assert set(question.dont_know) <= set(values)


def _spss_codes(name: str) -> list[float]:
    frame, _ = pyreadstat.read_sav(str(EXPORTS / "spss_missing_labels.sav"))
    return frame[name].tolist()


def test_spss_codes_labelled_as_no_answer_are_missing_with_a_warning() -> None:
    _, meta = pyreadstat.read_sav(str(EXPORTS / "spss_missing_labels.sav"), metadataonly=True)
    labels = meta.variable_value_labels["tevreden"]
    codes = _spss_codes("tevreden")
    answers = [labels[c] for c in codes if c > 0 and c < 90]
    _, survey = load("spss_missing_labels.sav")
    question = survey.question("tevreden")
    assert "Don't know" not in question.options and "Not applicable" not in question.options
    summary = summarize(survey, "tevreden")
    assert summary.total.n == len(answers)
    assert shares_of(survey, "tevreden") == pytest.approx(single_shares(answers))
    assert any("'Don't know' (-9)" in w and "'Not applicable' (99)" in w for w in survey.warnings)
    # A number whose only label is "Missing" (999) stays a number, without the 999s.
    employees = [c for c in _spss_codes("werknemers") if c != 999]
    assert sorted(survey.frame["werknemers"].dropna().tolist()) == sorted(employees)
    assert any("werknemers (999 'Missing')" in w for w in survey.table.warnings)


def test_the_mapping_can_count_labelled_no_answer_codes_again() -> None:
    from explorer.core.survey.mapping_edit import count_no_answer

    _, meta = pyreadstat.read_sav(str(EXPORTS / "spss_missing_labels.sav"), metadataonly=True)
    labels = meta.variable_value_labels["reshored"]
    answers = [labels[c] for c in _spss_codes("reshored")]
    assert "Refused" in answers
    _, survey = load("spss_missing_labels.sav", count_no_answer(Mapping(), "reshored", True))
    assert "Refused" in survey.question("reshored").options
    assert summarize(survey, "reshored").total.n == len(answers)
    assert shares_of(survey, "reshored") == pytest.approx(single_shares(answers))
    assert not any("'Refused'" in w for w in survey.warnings)


def test_spss_weet_niet_next_to_the_scale_stays_an_answer() -> None:
    _, survey = load("spss_missing_labels.sav")
    question = survey.question("oordeel")
    assert question.kind == "likert" and question.dont_know == ("Weet niet",)


# ---- 5. roles need evidence from the values, both ways ---------------------------------------------------------

def test_columns_that_only_look_like_size_or_sector_stay_questions() -> None:
    rows = records(EXPORTS / "roles_evidence.csv")
    table, survey = load("roles_evidence.csv")
    assert (survey.roles["sector"], survey.roles["size"], survey.roles["weight"]) == ("Sector", "EMP", "w_final")
    assert survey.pending_roles == {}
    for name in ("Deelnemer", "Hoe oud bent u?", "Studiejaar", "Bent u zelfstandige?", "Tevredenheid"):
        assert any(q.columns == (name,) for q in survey.questions), name
    # Sector labels carry their code in brackets.
    expected = [re.search(r"(\d\d)\)$", v).group(1) for v in column(rows, "Sector")]
    assert survey.dimension("sector").astype(str).tolist() == expected


def test_several_weight_columns_one_is_used_the_warning_names_the_others() -> None:
    rows = records(EXPORTS / "roles_evidence.csv")
    _, survey = load("roles_evidence.csv")
    assert any("'w_final' is used" in w and "'w_design'" in w for w in survey.warnings)
    # Expansion weights (mean far above 1) are normalised: a weighted share is sum(w·x) / sum(w).
    weights = [float(v) for v in column(rows, "w_final")]
    answers = column(rows, "Bent u zelfstandige?")
    summary = summarize(survey, "Bent u zelfstandige?", weighted=True)
    expected = sum(w for w, a in zip(weights, answers) if a == "Ja") / sum(weights)
    assert summary.total.shares["Ja"] == pytest.approx(expected)


def test_spss_variable_labels_count_as_header_text() -> None:
    _, meta = pyreadstat.read_sav(str(EXPORTS / "spss_variable_labels.sav"), metadataonly=True)
    assert meta.column_names_to_labels == {"v1": "NACE-afdeling", "v2": "Aantal werknemers", "v3": "Leeftijdsgroep"}
    _, survey = load("spss_variable_labels.sav")
    assert (survey.roles["sector"], survey.roles["size"]) == ("v1", "v2")
    assert survey.question("v3").kind == "single"  # age bands are not size bands


# ---- 6. doubt is asked, not kept ----------------------------------------------------------------------------------

def test_a_role_found_from_values_alone_waits_for_confirmation() -> None:
    table, survey = load("doubtful_role.csv")
    assert survey.roles["size"] is None
    assert survey.pending_roles["size"].column == "Categorie" and survey.pending_roles["size"].confidence < 0.7
    assert survey.question("Categorie").kind == "single"  # still available as a question
    assert mapping_needs_review(survey)
    report = describe_table(table)
    assert report["roles"]["size"] is None
    assert report["pending_roles"] == {"size": {"column": "Categorie", "confidence": 0.6}}
    assert all(c is None or c >= 0.7 for c in report["role_confidence"].values())
    assert all(0 < q["confidence"] <= 1 for q in report["questions"])
    confirmed = build_survey(table, set_role(survey.mapping, "size", "Categorie"), use_profiles=False)
    assert confirmed.roles["size"] == "Categorie" and confirmed.role_confidence["size"] == 1.0
    assert confirmed.pending_roles == {}
    values = column(records(EXPORTS / "doubtful_role.csv"), "Categorie")
    sizes = confirmed.dimension("size").astype(str).tolist()
    classes = {"1-9": "micro", "10-49": "small", "50-249": "medium", "250+": "large"}
    assert sizes == [classes[v] for v in values]


# ---- 7. grids and scales --------------------------------------------------------------------------------------------

def test_grid_items_share_the_whole_numbered_scale() -> None:
    rows = records(EXPORTS / "grid_scales.csv")
    items = [name for name in rows[0] if name.startswith("Stelling[")]
    points = {v for name in items for v in column(rows, name)}
    scale = tuple(sorted(points, key=lambda v: int(v.split()[0])))
    assert scale[-1] not in column(rows, items[-1])  # one item where nobody chose the top
    _, survey = load("grid_scales.csv")
    for name in items:
        question = survey.question(name)
        assert (question.kind, question.options) == ("likert", scale), name
        assert shares_of(survey, name) == pytest.approx(single_shares(column(rows, name)))


def test_grid_items_answered_on_part_of_a_likert_scale_get_the_whole_scale() -> None:
    rows = records(EXPORTS / "grid_scales.csv")
    items = [name for name in rows[0] if name.startswith("Belang: ")]
    assert len({v for v in column(rows, items[0])}) == 2
    _, survey = load("grid_scales.csv")
    options = {survey.question(name).options for name in items}
    kinds = {survey.question(name).kind for name in items}
    assert kinds == {"likert"} and len(options) == 1
    assert set(options.pop()) >= {v for name in items for v in column(rows, name)}


def test_a_zero_to_ten_scale_with_worded_ends_is_ordered() -> None:
    values = column(records(EXPORTS / "grid_scales.csv"), "Aanbevelen")
    ends = sorted({v for v in values if not v.isdigit()}, key=lambda v: int(v.split()[0]))
    _, survey = load("grid_scales.csv")
    question = survey.question("Aanbevelen")
    assert question.kind == "likert"
    assert question.options == (ends[0], *[str(n) for n in range(1, 10)], ends[1])


# ---- 8. unknown but plausible NACE codes -----------------------------------------------------------------------------

def test_an_unknown_class_counts_in_its_division_with_one_warning() -> None:
    codes = column(records(EXPORTS / "unknown_nace.csv"), "NACE-code")
    unknown = sorted({c for c in codes if c.replace(".", "") not in nace_table().classes})
    assert unknown
    _, survey = load("unknown_nace.csv")
    assert survey.roles["sector"] == "NACE-code"
    assert survey.dimension("sector").astype(str).tolist() == [c[:2] for c in codes]
    notes = [w for w in survey.warnings if "NACE does not have" in w]
    assert len(notes) == 1 and all(code in notes[0] for code in unknown)
    assert not any(code in notes[0] for code in set(codes) - set(unknown))


def test_every_fixture_is_generated_by_the_script() -> None:
    made = {p.name for p in EXPORTS.iterdir() if p.suffix in (".csv", ".sav")}
    script = (EXPORTS / "make_exports.py").read_text(encoding="utf-8")
    assert made and all(name in script for name in made)


def test_fixtures_are_small() -> None:
    assert all(p.stat().st_size < 64 * 1024 for p in Path(EXPORTS).iterdir())
