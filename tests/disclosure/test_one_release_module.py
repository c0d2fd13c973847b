"""Only the release module decides what leaves the app: nothing else computes R1–R5.

Two checks over the source: no module outside `explorer/core/disclosure` imports a rule's
internals (only the package's public API and its Verdict type), and none carries the tell-tale
arithmetic of the rules (quartile thresholds, "all or all but one", shares of exactly 0 or 1,
secondary suppression, the intruder constant).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import explorer
import explorer.core.disclosure as disclosure

PACKAGE = Path(explorer.__file__).resolve().parent
RELEASE = Path(disclosure.__file__).resolve().parent
PUBLIC_SUBMODULES = {"verdict", "ledger", "release"}  # value objects; the register

RULE_ARITHMETIC = [
    re.compile(r"MIN_FIRMS_FOR_QUARTILES"),                      # R3 threshold
    re.compile(r"\bshare\s*(>=|==)\s*1(\.0)?\b"),                 # R4 by shares
    re.compile(r"in\s*\(0\.0,\s*1\.0\)"),                            # R4 by shares
    re.compile(r"\.max\(\)\)?\s*>=\s*\w+\s*-\s*[12]\b"),          # R4 by counts
    re.compile(r"secondary_suppression|with_secondary|total_discloses_part"),  # the old R5
    re.compile(r"\bCOLLUDING_PEERS\b|\bintruders\s*="),            # the intruder model
    re.compile(r"safe_quartiles|round_significant\(.*(q1|q3|median)"),  # R3 rounding of quartiles
]


def outside_modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        if RELEASE not in path.parents:
            yield path


def test_no_module_outside_the_release_module_imports_its_rules():
    offenders = []
    for path in outside_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                parts = name.split(".")
                if parts[:3] == ["explorer", "core", "disclosure"] and len(parts) > 3:
                    if parts[3] not in PUBLIC_SUBMODULES and parts[3] not in disclosure.__all__:
                        offenders.append(f"{path.relative_to(PACKAGE)}: {name}")
    assert offenders == []


def test_no_module_outside_the_release_module_computes_a_rule():
    offenders = []
    for path in outside_modules():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if any(pattern.search(line) for pattern in RULE_ARITHMETIC):
                offenders.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert offenders == []


def test_the_checks_would_catch_the_old_copies():
    old_guard = "    if verdict.shown and option.share in (0.0, 1.0):  # each peer's tick on this option is known"
    old_plan = "        if group.n < MIN_FIRMS_FOR_QUARTILES:"
    assert any(p.search(old_guard) for p in RULE_ARITHMETIC)
    assert any(p.search(old_plan) for p in RULE_ARITHMETIC)
    tree = ast.parse("from explorer.core.disclosure.categorical import categorical_verdicts")
    node = tree.body[0]
    assert node.module.split(".")[3] not in PUBLIC_SUBMODULES | set(disclosure.__all__)
