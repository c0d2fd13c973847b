"""Build one firm's `Briefing` from a survey: peer group, items per question, key points, method.

Pure computation (no Qt, no PDF): explorer.report.pdf.render turns the result into pages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from explorer.core.branding import Branding
from explorer.core.benchmark import PeerChoice, choose_peers, find_firm, firm_label
from explorer.core.disclosure import DEFAULT_MIN_PEERS, clamp_min_peers, combine_verdicts
from explorer.core.formatting import format_date
from explorer.core.i18n import tr
from explorer.core.references import references_for
from explorer.core.taxonomy import division_title, section_title, size_label, tech_label
from explorer.report.content.items_from_survey import build_item
from explorer.report.content.key_points import key_points
from explorer.report.content.model import (
    Briefing,
    MethodInfo,
    MultiItem,
    NumericItem,
    Reference,
    SuppressedCell,
    Theme,
)
from explorer.report.content.themes import ORDER, theme_of, theme_title
from explorer.report.content.trajectory import asked_in_round, build_trajectories


def describe_terms(terms: tuple[tuple[str, str], ...], scheme: str, lang: str, survey=None) -> str:
    """A peer definition in words: "NACE 25 (…) × Klein (10–49) × Midden-laagtechnologisch"."""
    from explorer.core.survey.filter_text import dimension_title, value_label

    parts = []
    for dimension, value in terms:
        if "|" in value or dimension not in ("sector", "section", "size", "tech"):
            # A user's own definition: name the dimension, list its alternatives in words.
            values = ", ".join(value_label(dimension, v, scheme, lang) for v in value.split("|"))
            parts.append(f"{dimension_title(dimension, survey, lang)}: {values}")
        elif dimension == "sector" and value.isdigit():
            title = division_title(value, lang)
            parts.append(f"NACE {value}" + (f" ({title})" if title else ""))
        elif dimension == "section" and len(value) == 1:
            title = section_title(value, lang)
            parts.append(("NACE-sectie " if lang == "nl" else "NACE section ") + value + (f" ({title})" if title else ""))
        elif dimension == "size":
            try:
                parts.append(size_label(value, scheme, lang))
            except ValueError:
                parts.append(value)
        else:
            try:
                parts.append(tech_label(value, lang))
            except ValueError:
                parts.append(value)
    return " × ".join(parts) if parts else ("alle bedrijven" if lang == "nl" else "all firms")


def build_briefing(survey, firm: str, lang: str = "nl", peers: str | None = None, scheme: str = "eu",
                   min_peers: int | None = None, ledger=None, created: dt.date | None = None,
                   row: int | None = None, min_peers_reason: str = "", wave: str | None = None,
                   branding: Branding | None = None) -> Briefing:
    """The briefing of one firm (named by id, name or #row) against its peers.

    In a survey with rounds the firm's answer in round `wave` (default: its latest) is compared with
    other firms' answers in that round, and its earlier answers are shown beside it.

    With a `ledger` (explorer.core.disclosure.ledger: a ReleaseLedger records the peer group, a
    PreviewGate only checks) a group that would difference an earlier release is withheld.
    """
    min_peers = clamp_min_peers(min_peers)
    row = find_firm(survey, firm, wave) if row is None else row
    choice = choose_peers(survey, row, peers, scheme, min_peers, ledger, min_peers_reason)
    group = choice.group
    suppressed_cells: list[SuppressedCell] = []
    if group.verdict.reason == "differencing":
        suppressed_cells.append(SuppressedCell(tr("briefing.method.not_released", lang), group.verdict))
    members = group.members if group.verdict.shown else group.members & False
    themed: dict[str, list] = {code: [] for code in ORDER}
    for question in survey.questions:
        if not asked_in_round(survey, question, row):
            continue
        item = build_item(survey, question, row, members, min_peers)
        if item is not None:
            if choice.withheld:
                item = withheld_item(item, group.verdict)
            themed[theme_of(question.file_text)].append(item)
    themes = tuple(Theme(theme_title(code, lang), tuple(items)) for code, items in themed.items() if items)
    all_items = [item for theme in themes for item in theme.items]
    firm_id, firm_name = firm_label(survey, row)
    trajectories = () if choice.withheld else build_trajectories(survey, row, group, scheme, min_peers, ledger,
                                                                 min_peers_reason)
    references = tuple(
        Reference(text=f.text[lang], value=f.value, source=f.source, unit=f.unit_in(lang))
        for f in references_for([q.file_text for q in survey.questions])
    )
    if group.verdict.suppressed and not suppressed_cells:
        suppressed_cells.append(SuppressedCell(describe_terms(group.terms, scheme, lang, survey), group.verdict))
    table = survey.table
    return Briefing(
        firm_id=firm_id,
        firm_name=firm_name,
        lang=lang,
        created=created or dt.date.today(),
        source_file=Path(table.path).name,
        source_sha256=table.sha256,
        peer_definition=describe_terms(group.terms, scheme, lang, survey),
        peer_n=group.n if group.verdict.shown else 0,
        widened_steps=tuple(tr(f"briefing.widening.{code}", lang) for code in group.widened),
        min_peers=min_peers,
        key_points=tuple(key_points(all_items, lang)),
        themes=themes,
        method=MethodInfo(
            filters=tr("briefing.method.no_filters", lang),
            interval_method=tr("briefing.method.interval", lang),
            suppressed=tuple(suppressed_cells),
            notes=(tr("briefing.method.n_rule", lang),
                   *([tr("briefing.method.round", lang, round=group.round)] if group.round else []),
                   *release_notes(choice, ledger, min_peers, min_peers_reason, lang)),
        ),
        references=references,
        withheld_by=choice.conflict,
        round=group.round,
        trajectories=trajectories,
        branding=branding or Branding(),
        created_at=dt.datetime.now(dt.timezone.utc).replace(microsecond=0),
    )


def withheld_item(item, verdict):
    """The item of a briefing the register withholds: every peer figure says why (differencing)."""
    if isinstance(item, MultiItem):
        return replace(item, options=tuple(replace(o, verdict=verdict) for o in item.options))
    if isinstance(item, NumericItem):
        return replace(item, verdict=verdict, quartiles_verdict=verdict)
    return replace(item, verdict=verdict)


def release_notes(choice: PeerChoice, ledger, min_peers: int, reason: str, lang: str) -> list[str]:
    """What the method page says about the release ledger and a lowered minimum."""
    notes = []
    if min_peers < DEFAULT_MIN_PEERS:
        notes.append(tr("briefing.method.lowered", lang, default=DEFAULT_MIN_PEERS, n=min_peers,
                        reason=reason.strip()))
    if choice.release is not None:
        notes.append(tr("briefing.method.recorded", lang))
    notes += [tr("briefing.method.passed_over", lang, differing=c.differing, date=format_date(_date(c.date), lang))
              for c in choice.passed_over]
    if ledger is not None:
        notes += [tr("briefing.method.cleared", lang, date=format_date(_date(c.at[:10]), lang), count=c.cleared,
                     reason=c.reason)
                  for c in ledger.clears()]
    return notes


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def group_verdict(briefing: Briefing):
    """Whether the briefing shows any peer figure at all."""
    return combine_verdicts(cell.verdict for cell in briefing.method.suppressed)
