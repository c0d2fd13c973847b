"""The NACE tables in `resources/taxonomy/`: what any edit or regeneration of them must keep true.

Rows are read here with the csv module, independently of `nace_table.py`; the loaded structures
must say the same. The tools/nace_csv.py conversion is run on a small download of its own.
"""

from __future__ import annotations

import csv
import importlib.util
import subprocess
import sys
from collections import Counter

import pytest

from paths import ROOT
from explorer.core.taxonomy._text import fold
from explorer.core.taxonomy.nace_table import nace_table

TAXONOMY = ROOT / "resources" / "taxonomy"
PARENT_LEVEL = {"division": "section", "group": "division", "class": "group"}


def read(name: str) -> list[dict[str, str]]:
    with (TAXONOMY / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


ROWS = read("nace_rev2.csv")
ALIASES = read("nace_rev2_aliases_nl.csv")
LEVEL_OF = {row["code"]: row["level"] for row in ROWS}


def test_codes_are_unique_and_levels_known():
    assert not [code for code, count in Counter(row["code"] for row in ROWS).items() if count > 1]
    assert {row["level"] for row in ROWS} == {"section", "division", "group", "class"}


def test_every_parent_exists_one_level_up_and_prefixes_its_children():
    for row in ROWS:
        if row["level"] == "section":
            assert row["parent"] == "", row
            continue
        assert LEVEL_OF.get(row["parent"]) == PARENT_LEVEL[row["level"]], row
        if row["level"] != "division":
            assert row["code"].startswith(row["parent"]), row


def test_every_section_division_and_group_has_children():
    parents = {row["parent"] for row in ROWS}
    childless = [row["code"] for row in ROWS if row["level"] != "class" and row["code"] not in parents]
    assert not childless


def test_sections_and_divisions_have_both_languages():
    for row in ROWS:
        if row["level"] in {"section", "division"}:
            assert row["title_nl"].strip() and row["title_en"].strip(), row


def test_sections_cover_disjoint_runs_of_divisions():
    """The loader turns a section into its first..last division: no run may hold another section's."""
    sections = nace_table().sections
    for letter, (_nl, _en, first, last) in sections.items():
        for other, (_onl, _oen, other_first, other_last) in sections.items():
            assert other == letter or last < other_first or other_last < first, (letter, other)


def test_aliases_name_divisions_and_no_other_division_title():
    titles = {fold(row[lang]): row["code"] for row in ROWS if row["level"] == "division"
              for lang in ("title_nl", "title_en")}
    for alias in ALIASES:
        assert LEVEL_OF.get(alias["code"]) == "division", alias
        assert titles.get(fold(alias["title_nl"]), alias["code"]) == alias["code"], alias


def test_loaded_structures_say_what_the_files_say():
    table = nace_table()
    sections = [row for row in ROWS if row["level"] == "section"]
    divisions = [row for row in ROWS if row["level"] == "division"]
    assert list(table.sections) == [row["code"] for row in sections]
    assert [title[:2] for title in table.sections.values()] == [(r["title_nl"], r["title_en"]) for r in sections]
    assert list(table.divisions.items()) == [(r["code"], (r["title_nl"], r["title_en"])) for r in divisions]
    assert table.groups == {row["code"].replace(".", "") for row in ROWS if row["level"] == "group"}
    assert table.classes == {row["code"].replace(".", "") for row in ROWS if row["level"] == "class"}
    assert sorted(a for names in table.dutch_aliases.values() for a in names) == sorted(
        a["title_nl"] for a in ALIASES)
    for letter, (_nl, _en, first, last) in table.sections.items():
        numbers = [int(r["code"]) for r in divisions if r["parent"] == letter]
        assert (first, last) == (min(numbers), max(numbers))


def test_importing_the_taxonomy_reads_no_file():
    probe = ("import explorer.core.taxonomy as t; from explorer.core.taxonomy.nace_table import nace_table; "
             "before = nace_table.cache_info().currsize; t.parse_nace('25.62'); "
             "print(before, nace_table.cache_info().currsize, len(t.DIVISION_CODES))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", "1", str(sum(1 for row in ROWS if row["level"] == "division"))]


def _conversion_tool():
    spec = importlib.util.spec_from_file_location("nace_csv", ROOT / "tools" / "nace_csv.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_regeneration_tool_writes_the_table_shape(tmp_path):
    english = tmp_path / "en.csv"
    english.write_text('"Order";"Level";"Code";"Parent";"Description"\n'
                       '1;1;"C";"";"MANUFACTURING"\n2;2;"25";"C";"Manufacture of fabricated  metal products"\n'
                       '3;3;"25.6";"25";"Treatment and coating of metals"\n'
                       '4;4;"25.62";"25.6";"Machining"\n', encoding="utf-8")
    dutch = tmp_path / "nl.csv"
    dutch.write_text("Level,Code,Parent,Description\n1,C,,Industrie\n2,25,C,Vervaardiging van producten van metaal\n"
                     "3,25.6,25,Oppervlaktebehandeling\n4,25.62,25.6,Mechanische werkzaamheden\n"
                     "5,25.620,25.62,Mechanische werkzaamheden\n", encoding="utf-8")
    out = tmp_path / "nace.csv"
    tool = _conversion_tool()
    assert tool.main(["--english", str(english), "--dutch", str(dutch), "--out", str(out)]) == 0
    with out.open(encoding="utf-8", newline="") as handle:
        written = list(csv.reader(handle))
    assert written[0] == list(ROWS[0])
    assert written[1:] == [["section", "C", "", "Industrie", "MANUFACTURING"],
                           ["division", "25", "C", "Vervaardiging van producten van metaal",
                            "Manufacture of fabricated metal products"],
                           ["group", "25.6", "25", "Oppervlaktebehandeling", "Treatment and coating of metals"],
                           ["class", "25.62", "25.6", "Mechanische werkzaamheden", "Machining"]]


def test_regeneration_tool_refuses_downloads_that_disagree(tmp_path, capsys):
    english = tmp_path / "en.csv"
    english.write_text("Level,Code,Parent,Description\n1,C,,Manufacturing\n2,25,C,Metal\n", encoding="utf-8")
    dutch = tmp_path / "nl.csv"
    dutch.write_text("Level,Code,Parent,Description\n1,C,,Industrie\n", encoding="utf-8")
    out = tmp_path / "nace.csv"
    assert _conversion_tool().main(["--english", str(english), "--dutch", str(dutch), "--out", str(out)]) == 2
    assert capsys.readouterr().err.startswith("error: ") and not out.exists()


@pytest.mark.parametrize("name", ["nace_rev2.csv", "nace_rev2_aliases_nl.csv"])
def test_tables_are_plain_utf8_csv_with_unix_lines(name):
    data = (TAXONOMY / name).read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf") and b"\r\n" not in data
    data.decode("utf-8")
