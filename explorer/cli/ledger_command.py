"""`ledger`: the release register as the command line shows it (lines for people, JSON for
scripts), or cleared with a reason.

Definitions and counts, never the member firms: the register is for seeing what was released,
and a listing of members would be one more place that names them.
"""

from __future__ import annotations

import argparse
import json

from explorer.cli.common import EXIT_OK
from explorer.core.disclosure.ledger import ReleaseLedger


def run_ledger(args: argparse.Namespace) -> int:
    ledger = ReleaseLedger()
    if args.action == "clear":
        cleared = ledger.clear(args.reason)
        print(f"Cleared the register of released groups ({cleared} group(s)); the cleared groups are kept in "
              f"{ledger.path}, marked as cleared.")
        return EXIT_OK
    if args.json:
        print(json.dumps(ledger_json(ledger), ensure_ascii=False, indent=2))
    else:
        print("\n".join(ledger_lines(ledger)))
    return EXIT_OK


def ledger_json(ledger: ReleaseLedger) -> dict:
    entries = ledger.entries()
    return {
        "path": str(ledger.path),
        "releases": [{"at": e.at, "kind": e.kind, "source": e.source, "sha256": e.sha256, "lineage": e.lineage,
                      "firm": e.subject, "group": e.definition, "firms": e.firms, "questions": e.questions,
                      "min_peers": e.min_peers, "reason": e.reason} for e in entries],
        "clears": [{"at": c.at, "reason": c.reason, "cleared": c.cleared} for c in ledger.clears()],
    }


def ledger_lines(ledger: ReleaseLedger) -> list[str]:
    data = ledger_json(ledger)
    lines = [f"Register of released groups: {data['path']}",
             f"{len(data['releases'])} release(s) recorded."]
    for item in data["releases"]:
        firm = f"firm {item['firm']}" if item["firm"] else "no firm"
        reason = f"; minimum {item['min_peers']}: {item['reason']}" if item["reason"] else ""
        lines.append(f"  {item['at'][:16].replace('T', ' ')}  {item['kind']:<8}  {item['source']}  {firm}  "
                     f"group {item['group']}  ({item['firms']} firms, {item['questions']} questions, "
                     f"lineage {item['lineage']}{reason})")
    for clear in data["clears"]:
        lines.append(f"Cleared on {clear['at'][:16].replace('T', ' ')} ({clear['cleared']} group(s)): "
                     f"{clear['reason']}")
    return lines
