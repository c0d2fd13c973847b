"""Every error the user can meet, and every note an export carries, exists in Dutch and English.

The raise sites are found in the source itself (ast), so a new `raise InputError(...)` whose code
is missing from the catalogue, or whose parameters do not fill its sentence, fails here.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

import explorer
from explorer.core.disclosure import Reason
from explorer.core.errors import InputError, Phrase
from explorer.core.i18n import LANGUAGES, MESSAGES

PACKAGE = Path(explorer.__file__).parent
BASE_ERRORS = {"InputError", "TranslatableError"}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def modules() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in sorted(PACKAGE.rglob("*.py"))]


def error_classes(trees) -> set[str]:
    """InputError and every class of the package derived from it (by name, to a fixed point)."""
    names = set(BASE_ERRORS)
    changed = True
    while changed:
        changed = False
        for _, tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names:
                    bases = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
                    if bases & names:
                        names.add(node.name)
                        changed = True
    return names


def called_name(call: ast.Call) -> str | None:
    return getattr(call.func, "id", getattr(call.func, "attr", None))


def codes_of(call: ast.Call, tree: ast.Module, parents: dict) -> list[tuple[str, ast.Call]] | None:
    """The catalogue codes an error call can raise, with the call whose keywords fill them:
    a literal; a plural stem (f"ledger.withheld.{form}" → .one and .other); or the `code`
    parameter of a small helper, followed to the helper's callers in the same module."""
    first = call.args[0] if call.args else None
    if isinstance(first, ast.Constant) and isinstance(first.value, str):
        return [(first.value, call)]
    if isinstance(first, ast.JoinedStr) and len(first.values) == 2 and isinstance(first.values[0], ast.Constant):
        stem = first.values[0].value
        return [(stem + form, call) for form in ("one", "other")]
    if isinstance(first, ast.Name):
        function = parents.get(call)
        while function is not None and not isinstance(function, ast.FunctionDef):
            function = parents.get(function)
        if function is None or first.id not in [a.arg for a in function.args.args]:
            return None
        position = [a.arg for a in function.args.args if a.arg != "self"].index(first.id)
        callers = [node for node in ast.walk(tree) if isinstance(node, ast.Call) and called_name(node) == function.name]
        found = []
        for caller in callers:
            argument = caller.args[position] if len(caller.args) > position else None
            if not (isinstance(argument, ast.Constant) and isinstance(argument.value, str)):
                return None
            found.append((argument.value, call))
        return found or None
    return None


def raise_sites():
    trees = modules()
    classes = error_classes(trees)
    for path, tree in trees:
        if path.name == "errors.py" and path.parent.name == "core":
            continue
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = called_name(node)
                if name in classes and not isinstance(node.func, ast.Attribute) or name in BASE_ERRORS:
                    yield f"{path.relative_to(PACKAGE)}:{node.lineno}", node, codes_of(node, tree, parents)


SITES = list(raise_sites())


def test_the_walk_finds_the_raise_sites():
    assert len(SITES) > 60


@pytest.mark.parametrize(("where", "call", "codes"), SITES, ids=[where for where, _, _ in SITES])
def test_every_raise_site_names_a_sentence_in_both_languages(where, call, codes):
    assert codes, f"{where}: the first argument must be a catalogue code, not a sentence built in place"
    given = {keyword.arg for keyword in call.keywords}
    assert None not in given, f"{where}: parameters are named one by one"
    for code, _ in codes:
        assert code in MESSAGES, f"{where}: {code!r} is not in the catalogue"
        texts = MESSAGES[code]
        assert set(texts) == set(LANGUAGES) and all(texts[lang].strip() for lang in LANGUAGES), where
        for lang in LANGUAGES:
            assert placeholders(texts[lang]) <= given, f"{where}: {sorted(given)} do not fill {code!r} ({lang})"


@pytest.mark.parametrize("reason", list(Reason))
def test_every_withheld_figures_note_exists_in_both_languages(reason):
    texts = MESSAGES[f"reason.{reason.value}"]
    assert set(texts) == set(LANGUAGES) and placeholders(texts["nl"]) == placeholders(texts["en"])


def test_export_notes_come_from_the_catalogue():
    for key in ("export.suppressed", "export.filter", "export.split", "export.made", "chart.n.total",
                "chart.n_eff.total", "export.table.kind", "export.table.one_option"):
        assert set(MESSAGES[key]) == set(LANGUAGES)


def test_an_error_is_worded_in_the_language_asked_for():
    error = InputError("error.file.foreign", file="logo.png", what=Phrase("error.kind.png"))
    assert str(error) == "logo.png is a PNG image, not a spreadsheet."
    assert error.text("nl") == "logo.png is een PNG-afbeelding, geen spreadsheet."


def test_a_refusal_made_in_the_reader_worker_is_worded_in_the_users_language():
    """The worker process sends a refusal as its code and parameters, not as an English sentence."""
    from explorer.core.reading import read_table
    from paths import SAMPLES

    with pytest.raises(InputError) as refused:
        read_table(SAMPLES / "ems_2015_extract.xlsx", "Nope")  # the sheet is chosen in the worker
    assert refused.value.code == "error.sheet.unknown"
    assert refused.value.text("nl").startswith("ems_2015_extract.xlsx heeft geen werkblad 'Nope'")
