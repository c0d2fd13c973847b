"""Peer definitions are made of dimensions: never the id, a name, free text, numbers, or a value
held by fewer than R1's number of firms; a lower minimum needs a recorded reason."""

from __future__ import annotations

import pytest

from disclosure.ledger_intruder import pdf_text
from explorer.cli import main
from explorer.core.benchmark import PeerDefinitionError
from explorer.core.benchmark.peer_dimensions import classifying_questions, validate_terms
from explorer.core.disclosure.ledger import ReleaseLedger
from explorer.core.reading import read_table
from explorer.core.survey import build_survey

HEADER = ("firm_id;company;NACE;employees;region;Cluster;Postcode;Comments;Plans to reshore production?;"
          "Turnover (mln euro);Reasons: cost;Reasons: quality;Contact person")
REGIONS = ["Noord"] * 6 + ["Zuid"] * 5 + ["Oost"] * 2
CLUSTERS = ["Automotive", "Machinebouw"] * 6 + ["Automotive"]
NACE = ["25.11", "25.12", "25.21", "25.29", "25.30", "25.40", "25.50", "25.61", "25.62", "25.71", "25.72", "25.73",
        "25.91"]
CONTACTS = ["Jan", "Piet", "Kees", "Els", "An", "Jan", "Wim", "Bart", "Els", "Tom", "Ria", "Lies", "Jo"]


@pytest.fixture
def survey_file(tmp_path):
    rows = [HEADER]
    for i in range(13):
        rows.append(f"F{i + 1:03d};Firm {i + 1} BV;{NACE[i]};{20 + i};{REGIONS[i]};{CLUSTERS[i]};{5000 + 7 * i} AB;"
                    f"Opmerking nummer {i} over iets heel anders;{'Yes' if i % 2 else 'No'};{10 + i};"
                    f"{1 if i % 3 else 0};{i % 2};{CONTACTS[i]}")
    path = tmp_path / "peers.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def survey(survey_file):
    return build_survey(read_table(survey_file), use_profiles=False)


def run(capsys, *args: str) -> tuple[int, list[str]]:
    """Exit code and error lines; what went to standard output stays in `run.out`."""
    capsys.readouterr()
    code = main(list(args))
    captured = capsys.readouterr()
    run.out = captured.out
    return code, captured.err.strip().splitlines()


@pytest.mark.parametrize(("peers", "says"), [
    ("firm_id=F002|F003|F004|F005|F006", "cannot be defined by ‘firm_id’: that column names individual firms"),
    ("company=Firm 2 BV", "cannot be defined by ‘company’: that column names individual firms"),
    ("Contact person=Jan", "cannot be defined by ‘Contact person’: that column names individual firms"),
    ("Comments=x", "cannot be defined by ‘Comments’: only sector"),
    ("Postcode=5000 AB", "cannot be defined by ‘Postcode’: only sector"),
    ("Turnover (mln euro)=10", "cannot be defined by ‘Turnover (mln euro)’: only sector"),
    ("Reasons=cost", "cannot be defined by ‘Reasons’: only sector"),
    ("nothing=1", "cannot be defined by ‘nothing’: only sector"),
    ("region=Oost", "cannot use region ‘Oost’: it holds 2 of the firms, fewer than 5"),
    ("region=Noord|Oost", "cannot use region ‘Oost’"),
    ("Cluster=Automotive,region=Noord|Oost", "cannot use region ‘Oost’"),
])
def test_a_definition_that_could_single_out_firms_is_refused_in_one_line(capsys, tmp_path, survey_file, peers, says):
    out = tmp_path / "b.pdf"
    code, err = run(capsys, "report", str(survey_file), "--firm", "F001", "--out", str(out), "--peers", peers)
    assert code == 2 and len(err) == 1 and err[0].startswith("error: A peer group") and says in err[0], err
    assert not out.exists()
    assert ReleaseLedger().entries() == [], "nothing is released, so nothing is recorded"


@pytest.mark.parametrize("peers", ["region=Noord", "region=Noord|Zuid", "Cluster=Automotive", "sector=25",
                                   "sector=C,size=small", "tech=medium-low", "REGION=noord"])
def test_dimensions_and_classifying_questions_define_peers(capsys, tmp_path, survey_file, peers):
    code, err = run(capsys, "report", str(survey_file), "--firm", "F001", "--out", str(tmp_path / "b.pdf"),
                    "--peers", peers, "--lang", "en")
    assert code == 0, err


def test_the_window_offers_the_same_classifying_questions(survey):
    assert classifying_questions(survey) == ["Cluster", "Plans to reshore production?"]
    assert validate_terms(survey, (("region", "Noord"),)) == (("region", "Noord"),)
    with pytest.raises(PeerDefinitionError) as refused:
        validate_terms(survey, (("Contact person", "Jan"),))
    assert refused.value.code == "peers.error.identifier"
    assert "noemt afzonderlijke bedrijven" in refused.value.text("nl")


def test_the_pdf_names_the_definition_never_the_member_firms(capsys, tmp_path, survey_file):
    out = tmp_path / "b.pdf"
    assert run(capsys, "report", str(survey_file), "--firm", "F001", "--out", str(out), "--peers", "region=Noord|Zuid",
               "--lang", "en")[0] == 0
    text = pdf_text(out)
    assert "Region: Noord, Zuid" in text
    members = [f"F{i:03d}" for i in range(2, 12)]
    assert not [firm for firm in members if firm in text]
    assert not [f"Firm {i} BV" for i in range(2, 12) if f"Firm {i} BV" in text]


def test_a_minimum_below_the_default_needs_a_reason_that_is_recorded(capsys, tmp_path, survey_file):
    out = tmp_path / "b.pdf"
    code, err = run(capsys, "report", str(survey_file), "--firm", "F001", "--out", str(out), "--min-peers", "4")
    assert code == 2 and err == ['error: A minimum group size below 5 needs a reason (--reason "…"); it is recorded '
                                 'in the register of released groups and on the method page.']
    assert not out.exists()
    code, err = run(capsys, "report", str(survey_file), "--firm", "F001", "--out", str(out), "--min-peers", "4",
                    "--reason", "Benchmark club of five members", "--lang", "en", "--peers", "region=Zuid")
    assert code == 0, err
    assert "Minimum group size lowered from 5 to 4 firms; reason: Benchmark club of five members" in pdf_text(out)
    assert [e.reason for e in ReleaseLedger().entries()] == ["Benchmark club of five members"]
    assert run(capsys, "ledger", "show")[0] == 0
    assert "minimum 4: Benchmark club of five members" in run.out


def test_a_higher_minimum_never_needs_a_reason(capsys, tmp_path, survey_file):
    code, err = run(capsys, "report", str(survey_file), "--firm", "F001", "--out", str(tmp_path / "b.pdf"),
                    "--min-peers", "8")
    assert code == 0, err


def test_the_window_s_peer_editor_offers_only_what_core_accepts(qtbot, survey):
    from explorer.ui.views.benchmark_peers import PeerEditor

    editor = PeerEditor("en")
    qtbot.addWidget(editor)
    editor.set_survey(survey, "eu")
    codes = [code for code, _title in editor.dimensions()]
    assert "Cluster" in codes and "region" in codes
    assert not {"firm_id", "company", "Contact person", "Comments", "Postcode"} & set(codes)
    assert [choice.value for choice in editor.choices("region")] == ["Noord", "Zuid"]  # Oost: 2 firms
    # A remembered definition naming a value that is too small falls back to automatic.
    assert editor.set_definition("region=Oost") == "auto"
    assert editor.set_definition("Cluster=Automotive") == "Cluster=Automotive"
