"""Briefings for every firm of a survey: one PDF each plus an index CSV, resumable.

A manifest in the output folder records the source file's hash and the settings; a rerun with
the same file and settings skips the briefings already written, so an interrupted batch goes on
where it stopped. Every file is written atomically.

Every peer group goes through the release register (explorer.core.disclosure.ledger), the same
one the window and `report --firm` use: a briefing whose group would difference an earlier
release is not written, and the index says why. The briefings of one benchmark club differ only
by their own firms and all go through.

In a survey asked in rounds a briefing benchmarks one answer: by default each firm's latest, or
every answer of one round (`wave`), or every answer (`every_wave`); the index names the round.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from explorer.core.benchmark import firm_label
from explorer.core.benchmark.firm_rounds import answer_rows_of, round_label
from explorer.core.errors import InputError
from explorer.core.i18n import tr, tr_count
from explorer.core.export_safety import escape_cell
from explorer.core.statefile import ListOf, Plain, Record, Text, read_state
from explorer.core.task import NO_TASK, TaskContext
from explorer.core.atomic import write_atomically
from explorer.core.identity import refuse_if_input
from explorer.report.content.briefing import build_briefing
from explorer.report.pdf.render import render_briefing_bytes

MANIFEST = "briefings.manifest.json"
INDEX = "briefings.csv"


@dataclass(frozen=True)
class BatchResult:
    written: int
    skipped: int
    index_path: Path
    withheld: int = 0


def _slug(text: str, limit: int = 40) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-")[:limit].strip("-")


def briefing_file_name(firm_id: str, name: str, round_name: str = "") -> str:
    parts = [p for p in (_slug(firm_id, 30), _slug(name), _slug(round_name, 20)) if p]
    return ("_".join(parts) or "firm") + ".pdf"


def _settings(survey, lang: str, peers: str | None, scheme: str, min_peers: int | None, reason: str,
              extra: dict) -> dict:
    return {"source_sha256": survey.table.sha256, "lang": lang, "peers": peers or "auto", "scheme": scheme,
            "min_peers": min_peers, "reason": reason, "mapping": survey.mapping.to_json(), **extra}


MANIFEST_SCHEMA = Record({"settings": Plain(4), "done": ListOf(Text(255), 1_000_000)}, ("settings", "done"))


def _read_manifest(folder: Path, settings: dict) -> set[str]:
    """Briefings already written with these settings; a damaged manifest is refused, not trusted."""
    if not (folder / MANIFEST).exists():
        return set()
    manifest = read_state(folder / MANIFEST, "error.state.what.manifest", MANIFEST_SCHEMA)
    return set(manifest["done"]) if manifest["settings"] == settings else set()


def write_all(survey, out_dir: Path, lang: str = "nl", peers: str | None = None, scheme: str = "eu",
              min_peers: int | None = None, task: TaskContext = NO_TASK, ledger=None,
              min_peers_reason: str = "", wave: str | None = None, every_wave: bool = False,
              branding=None) -> BatchResult:
    """One briefing per firm (per answer chosen, in a survey with rounds); `ledger` defaults to the
    user's release register."""
    from explorer.core.disclosure.ledger import ReleaseLedger

    out_dir = Path(out_dir)
    for fixed_name in (INDEX, MANIFEST):  # refused before the first briefing is written, not after
        refuse_if_input(out_dir / fixed_name)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError("error.write.make_folder", folder=out_dir, reason=exc.strerror or exc) from None
    ledger = ledger if ledger is not None else ReleaseLedger()
    answer_rows = answer_rows_of(survey, wave, every_wave)
    # Optional settings join only when given, so that a manifest written without them still matches.
    extra = {"wave": wave, "every_wave": every_wave} if wave or every_wave else {}
    if branding is not None and not branding.is_empty:
        extra["branding"] = branding.to_json()  # a new logo or organisation rewrites every briefing
    settings = _settings(survey, lang, peers, scheme, min_peers, min_peers_reason, extra)
    done = _read_manifest(out_dir, settings)
    rows, written, skipped, withheld = [], 0, 0, 0
    total = len(answer_rows)
    names_used: set[str] = set()
    for done_count, row in enumerate(answer_rows, start=1):
        firm_id, name = firm_label(survey, row)
        round_name = round_label(survey, row)
        file_name = briefing_file_name(firm_id, name, round_name)
        while file_name in names_used:  # two firms with the same id and name still get two files
            file_name = file_name[:-4] + "-2.pdf"
        names_used.add(file_name)
        # Peer groups are always judged, so a resumed batch meets the register as a fresh one does.
        briefing = build_briefing(survey, firm_id, lang, peers, scheme, min_peers, ledger, row=row,
                                  min_peers_reason=min_peers_reason, branding=branding)
        target = out_dir / file_name
        note = ""
        if briefing.withheld_by is not None:
            withheld += 1
            conflict = briefing.withheld_by
            note = withheld_note(conflict, lang)
            file_name = ""
        elif file_name in done and target.exists():
            skipped += 1
        else:
            write_atomically(target, render_briefing_bytes(briefing))
            done.add(file_name)
            written += 1
            if written % 25 == 0:
                _write_manifest(out_dir, settings, done)
        rows.append([firm_id, name, round_name, file_name, briefing.peer_definition, briefing.peer_n,
                     "; ".join(briefing.widened_steps), note])
        task.step(done_count / total, f"{done_count}/{total} {firm_id}")
    _write_manifest(out_dir, settings, done)
    index = out_dir / INDEX
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(["firm_id", "firm_name", "round", "file", "peer_group", "peer_n", "widened", "withheld"])
    writer.writerows([[escape_cell(v) for v in r] for r in rows])
    write_atomically(index, buffer.getvalue().encode("utf-8-sig"))
    return BatchResult(written=written, skipped=skipped, index_path=index, withheld=withheld)


def withheld_note(conflict, lang: str) -> str:
    """The index's short note on a withheld briefing (explorer.core.disclosure.ledger.Conflict)."""
    if conflict.too_few_apart:
        return tr_count("ledger.withheld.short", lang, conflict.differing, date=conflict.date)
    return tr("ledger.withheld.answers.short", lang, count=conflict.differing, date=conflict.date)


def _write_manifest(folder: Path, settings: dict, done: set[str]) -> None:
    data = json.dumps({"settings": settings, "done": sorted(done)}, ensure_ascii=False, indent=1)
    write_atomically(folder / MANIFEST, data.encode("utf-8"))
