"""`report`: one briefing, or one per firm with an index CSV, resumable, plain errors."""

from __future__ import annotations

import csv

import pytest
from pypdf import PdfReader

from explorer.cli import main
from paths import SAMPLES


@pytest.fixture
def club_csv(tmp_path):
    """Twelve firms of one sector: a benchmark club small enough to brief every member quickly."""
    rows = ["Bedrijf ID;Bedrijfsnaam;NACE-code;Aantal werknemers;Overweegt u reshoring?;Omzet (mln euro)"]
    answers = ["Ja", "Nee", "Nee", "Weet niet", "Ja", "Nee", "Ja", "Nee", "Weet niet", "Nee", "Ja", "Nee"]
    for i, answer in enumerate(answers):
        rows.append(f"B{i + 1:02d};=Metaal {i + 1} BV;25.62;{15 + 3 * i};{answer};{10 + i},5")
    path = tmp_path / "club.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_one_briefing(capsys, tmp_path):
    out = tmp_path / "briefing.pdf"
    assert main(["report", str(SAMPLES / "association_reshoring_survey_surveymonkey.csv"), "--firm", "#5",
                 "--out", str(out), "--lang", "en"]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Constructiebedrijf Van Hoof BV" in text and "Key points" in text


def test_all_firms_with_index_and_resume(capsys, club_csv, tmp_path):
    out_dir = tmp_path / "briefings"
    assert main(["report", str(club_csv), "--all", "--out-dir", str(out_dir)]) == 0
    with open(out_dir / "briefings.csv", encoding="utf-8-sig") as handle:
        index = list(csv.DictReader(handle, delimiter=";"))
    assert [row["firm_id"] for row in index] == [f"B{i:02d}" for i in range(1, 13)]
    assert all((out_dir / row["file"]).stat().st_size > 10_000 for row in index)
    assert all(row["firm_name"].startswith("'=") for row in index), "formula-like names are escaped"
    assert all(row["peer_n"] == "11" for row in index)
    assert "Wrote 12 briefing(s), kept 0" in capsys.readouterr().out

    # A second run with the same file and settings keeps what is there; another language rewrites.
    assert main(["report", str(club_csv), "--all", "--out-dir", str(out_dir)]) == 0
    assert "Wrote 0 briefing(s), kept 12" in capsys.readouterr().out
    assert main(["report", str(club_csv), "--all", "--out-dir", str(out_dir), "--lang", "en"]) == 0
    assert "Wrote 12 briefing(s)" in capsys.readouterr().out
    # So does another masthead: the briefings kept would carry the old one.
    assert main(["report", str(club_csv), "--all", "--out-dir", str(out_dir), "--lang", "en",
                 "--organisation", "Metaalunie"]) == 0
    assert "Wrote 12 briefing(s)" in capsys.readouterr().out
    assert main(["report", str(club_csv), "--all", "--out-dir", str(out_dir), "--lang", "en",
                 "--organisation", "Metaalunie"]) == 0
    assert "Wrote 0 briefing(s), kept 12" in capsys.readouterr().out
    assert not [p for p in out_dir.iterdir() if p.name.startswith(".")], "no temporary file left"


def test_unwritable_target_and_unknown_firm_are_plain_errors(capsys, club_csv, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert main(["report", str(club_csv), "--all", "--out-dir", str(blocker)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ")
    assert main(["report", str(club_csv), "--firm", "Z99", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "No firm 'Z99'" in capsys.readouterr().err
    assert main(["report", str(club_csv), "--firm", "B01", "--out", str(tmp_path / "missing" / "x.pdf")]) == 2
    assert capsys.readouterr().err.startswith("error: Cannot write")
