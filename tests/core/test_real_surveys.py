"""Real exports as their tools wrote them (../shared/real_surveys and ../shared/formats).

For every file: the rows, header rows and format; the roles where the file has them (and none
where it has none: an age is not a size); every multi-select as one question with its options;
and shares. Expected values come from the raw file through `raw_oracle` (csv, pandas,
pyreadstat), never from the project's readers. What each column *is* (the sector question, the
"tick all that apply" questions) is a fact about the file, written here from its `.source` note
and its header; every count and share is computed. Skips when ../shared is absent.
"""

from __future__ import annotations

import ast
import html
import os
import re
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pytest
from paths import SHARED_FORMATS, SHARED_REAL_SURVEYS
from raw_oracle import answered, column, joined_shares, records, single_shares, ticked_shares

from explorer.core.reading import ParsedCache, read_table
from explorer.core.survey import build_survey, summarize

ROLE_NAMES = ("id", "name", "sector", "size", "tech", "region", "wave", "weight")


def _path(folder: Path, name: str) -> Path:
    path = folder / name
    if not path.exists():
        pytest.skip(f"{path} is absent")
    return path


def real(name: str) -> Path:
    return _path(SHARED_REAL_SURVEYS, name)


def shared_format(name: str) -> Path:
    return _path(SHARED_FORMATS, name)


@lru_cache(maxsize=None)
def load(path: Path):
    table = read_table(path, cache=ParsedCache(enabled=False))
    return table, build_survey(table, use_profiles=False)


def multis(survey) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Every multi-select question the survey found: its option columns (or one joined column) → options."""
    found = {}
    for question in survey.questions:
        if question.kind == "multi":
            found[question.option_columns or question.columns] = question.options
    return found


def total_shares(survey, key: str) -> dict[str, float]:
    return summarize(survey, key).total.shares


# ---- format, rows and header rows ---------------------------------------------------------------

def _csv_expect(path: Path, header_rows: int, encoding: str = "utf-8-sig", delimiter: str = ",") -> int:
    return len(records(path, encoding, delimiter)) - header_rows


@lru_cache(maxsize=None)
def raw_workbook(path: Path) -> pd.DataFrame:
    """The first sheet as pandas reads it with openpyxl, every cell as text, the header row included
    (read once: it is slow)."""
    return pd.read_excel(path, header=None, dtype=str)


def sheet_column(path: Path, name: str) -> list[object]:
    frame = raw_workbook(path)
    index = frame.iloc[0].tolist().index(name)
    return frame.iloc[1:, index].tolist()


def _xlsx_expect(path: Path) -> int:
    return int(raw_workbook(path).notna().any(axis=1).sum()) - 1


def _sav_expect(path: Path) -> int:
    import pyreadstat

    frame, _ = pyreadstat.read_sav(str(path))
    return len(frame)


def _qualtrics_header_rows(path: Path) -> int:
    rows = records(path)
    return 3 if any("ImportId" in cell for cell in rows[2]) else 2


LAYOUTS = {
    # file: (format, header rows, expected data rows from the raw file)
    "googleforms_askamanager_2021.xlsx": ("googleforms", 1, lambda p: _xlsx_expect(p)),
    "limesurvey_sbl_623939.csv": ("limesurvey", 1, lambda p: _csv_expect(p, 1, "mac_roman")),
    "odk_safi_mozambique.csv": ("odk", 1, lambda p: _csv_expect(p, 1)),
    "osmi_mental_health_tech_2016.csv": ("generic", 1, lambda p: _csv_expect(p, 1)),
    "qualtrics_mummolo_nall_2021.csv": ("qualtrics", 3, lambda p: _csv_expect(p, _qualtrics_header_rows(p))),
    "qualtrics_tools_long_exhaustive.csv": ("qualtrics", 3, lambda p: _csv_expect(p, _qualtrics_header_rows(p))),
    "so_devsurvey_2025_1000.csv": ("generic", 1, lambda p: _csv_expect(p, 1)),
    "spss_mass_student_survey.sav": ("spss", 1, _sav_expect),
    "spss_pallant_survey.sav": ("spss", 1, _sav_expect),
}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_real_survey_opens_with_its_layout(name: str) -> None:
    path = real(name)
    fmt, header_rows, rows = LAYOUTS[name]
    table, _ = load(path)
    assert (table.format, table.header_rows, table.rows) == (fmt, header_rows, rows(path))


def test_every_shared_file_is_covered() -> None:
    if not SHARED_REAL_SURVEYS.is_dir():
        pytest.skip(f"{SHARED_REAL_SURVEYS} is absent")
    present = {p.name for p in SHARED_REAL_SURVEYS.iterdir() if not p.name.endswith(".source")}
    assert present == set(LAYOUTS)


# ---- roles ------------------------------------------------------------------------------------------

ROLES = {
    # Only the roles the file has; every other role must stay empty (a column that merely looks
    # like one, such as an age band or a Likert item, is not a size or a sector).
    "googleforms_askamanager_2021.xlsx": {"sector": "What industry do you work in?",
                                          "region": "What country do you work in?"},
    "limesurvey_sbl_623939.csv": {"id": "id"},
    "odk_safi_mozambique.csv": {"region": "A06_province"},
    "osmi_mental_health_tech_2016.csv": {"size": "How many employees does your company or organization have?",
                                         "region": "What country do you live in?"},
    "qualtrics_mummolo_nall_2021.csv": {"id": "ResponseId", "region": "region"},
    "qualtrics_tools_long_exhaustive.csv": {"id": "ResponseID"},
    "so_devsurvey_2025_1000.csv": {"id": "ResponseId", "sector": "Industry", "size": "OrgSize", "region": "Country"},
    "spss_mass_student_survey.sav": {},
    "spss_pallant_survey.sav": {"id": "id"},
}
FORMAT_ROLES = {
    "googleforms_sheets_hotdog_Form_Responses_1.csv": {},
    "limesurvey_codes_cvanbuckhave_results-survey.csv": {},
    "limesurvey_remotecontrol_export_bom_semicolon.csv": {"id": "id"},
    "msforms_hotdog_fa24_from_xlsx.csv": {"id": "Id"},
    "qualtrics_legacy_multi_answer_mc.csv": {"id": "ResponseID"},
    "qualtrics_qualtRics_sample.csv": {"id": "ResponseId"},
    "surveymonkey_layout_blackstone_sm_data_pre_HEAD_EXCERPT_SYNTHETIC.csv": {"id": "Respondent ID"},
    "surveymonkey_monkeyreadr_test-responses.csv": {"id": "Respondent ID"},
    "typeform_fcc2017_part2_HEAD_EXCERPT.csv": {"id": "#", "region": "Which country are you a citizen of?"},
}


@pytest.mark.parametrize(("folder", "name"), [("real", n) for n in sorted(ROLES)]
                         + [("formats", n) for n in sorted(FORMAT_ROLES)])
def test_roles_are_the_columns_that_play_them(folder: str, name: str) -> None:
    path = real(name) if folder == "real" else shared_format(name)
    expected = (ROLES if folder == "real" else FORMAT_ROLES)[name]
    _, survey = load(path)
    assert {role: survey.roles[role] for role in ROLE_NAMES} == {role: expected.get(role) for role in ROLE_NAMES}


def test_size_bands_excel_turned_into_dates_read_back() -> None:
    """OSMI: Excel wrote '1-5' as '5-Jan' and '6-25' as '25-Jun'; both are bands of small firms."""
    _, survey = load(real("osmi_mental_health_tech_2016.csv"))
    raw = column(records(real("osmi_mental_health_tech_2016.csv")), survey.roles["size"])
    classes = survey.dimension("size", "ems")
    for written in ("5-Jan", "25-Jun"):
        rows = [i for i, value in enumerate(raw) if value == written]
        assert rows and set(classes.iloc[rows]) == {"1-49"}


# ---- multi-select questions ----------------------------------------------------------------------

def _in_joined(separator: str):
    def holds(cell: str, option: str) -> bool:
        parts = f"{separator}{cell}{separator}"
        return f"{separator}{option}{separator}" in parts
    return holds


def test_google_forms_checkboxes_whose_options_hold_commas() -> None:
    path = real("googleforms_askamanager_2021.xlsx")
    key = "What is your race? (Choose all that apply.)"
    values = sheet_column(path, key)
    given = sorted({v for v in values if answered(v)})
    # The options are the answers given alone: no other answer starts, ends or sits inside them.
    options = [v for v in given if not any(w != v and (v.startswith(w + ", ") or v.endswith(", " + w)
                                                       or f", {w}, " in v) for w in given)]
    base, shares = joined_shares(values, options, _in_joined(", "))
    _, survey = load(path)
    question = survey.question(key)
    assert question.kind == "multi" and sorted(question.options) == sorted(options)
    assert multis(survey) == {(key,): question.options}
    summary = summarize(survey, key)
    assert summary.total.n == base
    assert summary.total.shares == pytest.approx(shares)


def assert_joined_questions(survey, rows: list[list[str]], names: list[str], split) -> dict:
    """Each named column is one multi-select question whose options are the parts `split` finds in
    its cells, with the shares counted from the cells; and the survey has no other multi-select."""
    expected = {}
    for name in names:
        values = column(rows, name)
        options = sorted({part for v in values if answered(v) for part in split(v)})
        expected[(name,)] = options
        base, shares = joined_shares(values, options, lambda cell, option: option in split(cell))
        summary = summarize(survey, name)
        assert summary.total.n == base and summary.total.shares == pytest.approx(shares), name
    assert {k: sorted(v) for k, v in multis(survey).items()} == expected
    return expected


def test_pipe_joined_multi_selects() -> None:
    path = real("osmi_mental_health_tech_2016.csv")
    rows = records(path)
    joined = [name for name in rows[0] if sum("|" in v for v in column(rows, name)) >= 10]
    _, survey = load(path)
    assert len(assert_joined_questions(survey, rows, joined, lambda cell: cell.split("|"))) == 4


def _odk_list(cell: str) -> list[str]:
    return [part.strip().strip("'") for part in cell.strip().strip("[]").split(";") if part.strip()]


def test_odk_lists_are_multi_selects() -> None:
    path = real("odk_safi_mozambique.csv")
    rows = records(path)
    listed = [name for name in rows[0] if any(v.startswith("[") for v in column(rows, name))]
    _, survey = load(path)
    assert len(assert_joined_questions(survey, rows, listed, _odk_list)) == 7


def test_semicolon_joined_multi_selects_with_forty_and_more_options() -> None:
    path = real("so_devsurvey_2025_1000.csv")
    rows = records(path)
    joined = []
    for name in rows[0]:
        given = [v for v in column(rows, name) if answered(v)]
        if given and sum(";" in v for v in given) >= 0.05 * len(given):
            joined.append(name)
    _, survey = load(path)
    expected = assert_joined_questions(survey, rows, joined, lambda cell: cell.split(";"))
    assert max(len(options) for options in expected.values()) >= 40


def _legacy_options(texts: list[str], matrix: bool) -> list[str]:
    """Legacy Qualtrics row 2: the question then "-Option", the hyphen after the question's last
    punctuation mark (qualtRics' reading). A matrix cell ("QID29-1-2") reads "...-Row-Column" and
    the cells of one row share everything up to the column's hyphen."""
    texts = [html.unescape(text) for text in texts]
    if matrix:
        shared = os.path.commonprefix(texts)
        cut = shared.rfind("-") + 1
        return [text[cut:].strip() for text in texts]
    options = []
    for text in texts:
        after_punctuation = re.fullmatch(r".*[^\w\s]\s*-(.*)", text, re.DOTALL)
        options.append((after_punctuation.group(1) if after_punctuation else text.rsplit("-", 1)[1]).strip())
    return options


def _qualtrics_multi_blocks(path: Path, multi_words: re.Pattern) -> dict[tuple[str, ...], list[str]]:
    """Columns of one multiple-answer question (by their ImportId), with the option of each: the
    question text says it allows several answers and the cells are 1 (ticked) or empty."""
    rows = records(path)
    tags, texts, ids = rows[0], rows[1], [ast.literal_eval(cell)["ImportId"] for cell in rows[2]]
    blocks: dict[str, list[int]] = {}
    for i, import_id in enumerate(ids):
        checkbox = {row[i] for row in rows[3:]} <= {"", "1"}  # an option nobody ticked is empty throughout
        if import_id.startswith("QID") and multi_words.search(texts[i]) and checkbox:
            blocks.setdefault(import_id.rsplit("-", 1)[0], []).append(i)
    blocks = {key: columns for key, columns in blocks.items() if any(row[i] == "1" for row in rows[3:] for i in columns)}
    return {tuple(tags[i] for i in columns): _legacy_options([texts[i] for i in columns], ids[columns[0]].count("-") >= 2)
            for columns in blocks.values() if len(columns) >= 2}


def test_qualtrics_legacy_numeric_export_options_carry_their_text() -> None:
    path = real("qualtrics_tools_long_exhaustive.csv")
    expected = _qualtrics_multi_blocks(path, re.compile(r"multiple answer|multi-select", re.IGNORECASE))
    _, survey = load(path)
    found = multis(survey)
    for columns, options in expected.items():
        assert found.get(columns) == tuple(options), columns
    rows = records(path)
    for key in ("Q9", "Q21", "q13_family_food", "Q14"):
        question = survey.question(key)
        table = [[row[rows[0].index(c)] for c in question.option_columns] for row in rows[3:]]
        base, shares = ticked_shares(table, {"1"})
        summary = summarize(survey, key)
        assert summary.total.n == base
        assert [summary.total.shares[o] for o in question.options] == pytest.approx(shares)


def test_qualtrics_python_dict_import_ids_and_legacy_options() -> None:
    path = shared_format("qualtrics_legacy_multi_answer_mc.csv")
    expected = _qualtrics_multi_blocks(path, re.compile(r"."))
    table, survey = load(path)
    assert table.header_rows == 3
    found = multis(survey)
    assert set(found) == set(expected)
    for columns, options in expected.items():
        assert found[columns] == tuple(options), columns


def test_limesurvey_yes_no_multiple_choice_with_other() -> None:
    path = real("limesurvey_sbl_623939.csv")
    rows = records(path, "mac_roman")
    options = ["PARTICIPANTTYPE[SQ001]", "PARTICIPANTTYPE[SQ002]", "PARTICIPANTTYPE[SQ003]"]
    table = [[row[rows[0].index(c)] for c in options] for row in rows[1:]]
    base, shares = ticked_shares(table, {"Yes"}, {"No"}, column(rows, "PARTICIPANTTYPE[other]"))
    _, survey = load(path)
    assert set(multis(survey)) == {tuple(options)}
    question = survey.question("PARTICIPANTTYPE")
    assert question.other_column == "PARTICIPANTTYPE[other]"
    summary = summarize(survey, "PARTICIPANTTYPE")
    assert summary.total.n == base
    assert [summary.total.shares[o] for o in question.options] == pytest.approx(shares)


@pytest.mark.parametrize("name", ["spss_mass_student_survey.sav", "spss_pallant_survey.sav",
                                  "qualtrics_mummolo_nall_2021.csv"])
def test_files_without_multi_selects_have_none(name: str) -> None:
    _, survey = load(real(name))
    assert multis(survey) == {}


@pytest.mark.parametrize("name", ["googleforms_sheets_hotdog_Form_Responses_1.csv",
                                  "limesurvey_codes_cvanbuckhave_results-survey.csv",
                                  "limesurvey_remotecontrol_export_bom_semicolon.csv",
                                  "msforms_hotdog_fa24_from_xlsx.csv", "qualtrics_qualtRics_sample.csv",
                                  "surveymonkey_monkeyreadr_test-responses.csv"])
def test_format_samples_without_multi_selects_have_none(name: str) -> None:
    _, survey = load(shared_format(name))
    assert multis(survey) == {}


# ---- grids and scales --------------------------------------------------------------------------------

def test_limesurvey_grid_items_share_the_whole_numbered_scale() -> None:
    path = real("limesurvey_sbl_623939.csv")
    rows = records(path, "mac_roman")
    _, survey = load(path)
    for stem in ("NOTATION01", "NOTATION02", "NOTATION03"):
        items = [name for name in rows[0] if name.startswith(f"{stem}[")]
        points = {v for name in items for v in column(rows, name) if answered(v)}
        scale = tuple(sorted(points, key=lambda v: int(v.split()[0])))
        for name in items:
            question = survey.question(name)
            assert (question.kind, question.options) == ("likert", scale), name
            values = column(rows, name)
            shares = single_shares(values)
            got = summarize(survey, name).total.shares
            assert {k: v for k, v in got.items() if v} == pytest.approx(shares), name


# ---- shares of single-choice questions -----------------------------------------------------------------

SINGLE = [
    ("real", "googleforms_askamanager_2021.xlsx", "What is your gender?"),
    ("real", "osmi_mental_health_tech_2016.csv", "Do you work remotely?"),
    ("real", "odk_safi_mozambique.csv", "C01_respondent_roof_type"),
    ("real", "so_devsurvey_2025_1000.csv", "RemoteWork"),
    ("real", "qualtrics_mummolo_nall_2021.csv", "Q2.2"),
    ("real", "spss_mass_student_survey.sav", "Smoke"),
    ("real", "spss_pallant_survey.sav", "marital"),
    ("formats", "googleforms_sheets_hotdog_Form_Responses_1.csv", None),
    ("formats", "surveymonkey_monkeyreadr_test-responses.csv", None),
]


def _raw_values(path: Path, key: str, table) -> list[object]:
    if path.suffix == ".xlsx":
        return sheet_column(path, key)
    if path.suffix == ".sav":
        import pyreadstat

        frame, _ = pyreadstat.read_sav(str(path), apply_value_formats=True)
        return frame[key].tolist()
    rows = records(path)
    # Tools with two or three header rows: the column's position, not its (composed) name.
    assert len(table.columns) == len(rows[0])
    index = [info.name for info in table.columns].index(key)
    return [row[index] if index < len(row) else "" for row in rows[table.header_rows:]]


@pytest.mark.parametrize(("folder", "name", "key"), SINGLE, ids=[s[1] for s in SINGLE])
def test_single_choice_shares(folder: str, name: str, key: str | None) -> None:
    path = real(name) if folder == "real" else shared_format(name)
    table, survey = load(path)
    if key is None:  # the first single-choice question of a small sample
        key = next(q.key for q in survey.questions if q.kind in ("single", "likert", "yesno") and len(q.columns) == 1)
    expected = single_shares(_raw_values(path, key, table))
    got = summarize(survey, key).total.shares
    assert {k: v for k, v in got.items() if v} == pytest.approx(expected)
