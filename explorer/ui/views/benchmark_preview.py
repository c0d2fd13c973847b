"""What the Benchmark view shows, derived from a finished `Briefing` only (no Qt, no survey).

The preview must say what the PDF will say, so every peer figure is taken as the release module
put it in the briefing (its verdict, and no figure where withheld) and formatted with the
renderer's own number functions. Nothing is recomputed from the survey: a figure the briefing withholds is
`c` here too, with its reason in the user's language.

Also here, because they are plain functions worth testing without a window: the firm list for
the search field, the default file name of a briefing, and the peer-definition text of the
little editor.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from explorer.core.disclosure import SUPPRESSED_SYMBOL, Verdict
from explorer.core.formatting import (
    format_count,
    format_percent,
    format_percent_range,
    format_with_unit,
    percent_decimals,
)
from explorer.core.i18n import tr, tr_count
from explorer.report.content.briefing import group_verdict
from explorer.report.content.i18n import band_text, reason_note
from explorer.report.content.model import Briefing, LikertItem, MultiItem, NumericItem, ShareItem

if TYPE_CHECKING:
    from explorer.core.survey import Survey

RowKind = Literal["theme", "item", "header", "option"]
NO_FIGURE = "–"


@dataclass(frozen=True)
class PreviewRow:
    """One line of the preview table. `withheld` marks a peer figure the PDF prints as `c`."""

    kind: RowKind
    question: str
    answer: str = ""
    peers: str = ""
    n: str = ""
    note: str = ""
    withheld: bool = False
    firm_mark: bool = False  # the firm gave this answer / ticked this option
    tip: str = ""  # the whole question (and option), for the tooltip


@dataclass(frozen=True)
class DisclosureSummary:
    """The disclosure line: how many peer figures the briefing withholds, and why."""

    figures: int  # peer figures the briefing would show if nothing were withheld
    withheld: int
    group_withheld: bool  # the peer group as a whole may not be released
    reasons: tuple[tuple[str, int], ...]  # (reason in the user's language, how many figures)
    text: str

    @property
    def all_shown(self) -> bool:
        return self.withheld == 0 and not self.group_withheld


# ---- the table ---------------------------------------------------------------------------------


def preview_rows(briefing: Briefing, lang: str) -> tuple[PreviewRow, ...]:
    """The items of `briefing` as table rows, theme by theme, in the order of the PDF."""
    rows: list[PreviewRow] = []
    for theme in briefing.themes:
        rows.append(PreviewRow("theme", theme.title, tip=theme.title))
        for item in theme.items:
            rows.extend(_item_rows(item, lang))
    return tuple(rows)


def _item_rows(item, lang: str) -> list[PreviewRow]:
    if isinstance(item, ShareItem):
        return [_share_row(item, lang)]
    if isinstance(item, MultiItem):
        return _multi_rows(item, lang)
    if isinstance(item, LikertItem):
        return [_likert_row(item, lang)]
    if isinstance(item, NumericItem):
        return [_numeric_row(item, lang)]
    return []


def _n(n: int, lang: str) -> str:
    return format_count(n, lang)


def _withheld(question: str, answer: str, n: int, verdict: Verdict, lang: str, **extra) -> PreviewRow:
    return PreviewRow("item", question, answer, SUPPRESSED_SYMBOL, _n(n, lang), reason_note(verdict, lang),
                      withheld=True, tip=question, **extra)


def _share_row(item: ShareItem, lang: str) -> PreviewRow:
    if item.firm_answer is None:
        # The PDF states only that the firm did not answer: no peer figure to show or withhold.
        return PreviewRow("item", item.question, tr("benchmark.answer.none", lang), NO_FIGURE, _n(item.n, lang),
                          tr("benchmark.note.no_answer", lang), tip=item.question)
    verdict = item.verdict
    if verdict.suppressed:
        return _withheld(item.question, item.firm_answer, item.n, verdict, lang, firm_mark=True)
    if item.ci is None:
        note = tr("benchmark.note.share.no_ci", lang)
    else:
        note = tr("benchmark.note.share", lang, ci=format_percent_range(*item.ci, lang, percent_decimals(item.share)))
    return PreviewRow("item", item.question, item.firm_answer, format_percent(item.share, lang), _n(item.n, lang),
                      note, firm_mark=True, tip=item.question)


def _multi_rows(item: MultiItem, lang: str) -> list[PreviewRow]:
    counts = sorted({option.n for option in item.options})
    if not counts:
        return [PreviewRow("item", item.question, tr("benchmark.answer.none", lang), NO_FIGURE, "",
                           tr("benchmark.note.no_answer", lang), tip=item.question)]
    single_n = len(counts) == 1
    n_text = _n(counts[0], lang) if single_n else f"{_n(counts[0], lang)}–{_n(counts[-1], lang)}"
    answer = "" if item.firm_answered else tr("benchmark.answer.none", lang)
    rows = [PreviewRow("header", item.question, answer, "", n_text, tr("benchmark.note.multi", lang),
                       tip=item.question)]
    for option in item.options:
        verdict = option.verdict
        ticked = option.ticked and item.firm_answered
        if not item.firm_answered:
            answer = ""
        else:
            answer = tr("benchmark.answer.ticked" if ticked else "benchmark.answer.not_ticked", lang)
        n = "" if single_n else _n(option.n, lang)
        tip = f"{item.question} · {option.label}"
        if verdict.suppressed:
            rows.append(PreviewRow("option", option.label, answer, SUPPRESSED_SYMBOL, n, reason_note(verdict, lang),
                                   withheld=True, firm_mark=ticked, tip=tip))
            continue
        if option.ci is None:
            note = tr("benchmark.note.option.no_ci", lang)
        else:
            note = tr("benchmark.note.option", lang, ci=format_percent_range(*option.ci, lang, percent_decimals(option.share)))
        rows.append(PreviewRow("option", option.label, answer, format_percent(option.share, lang), n, note,
                               firm_mark=ticked, tip=tip))
    return rows


def _likert_row(item: LikertItem, lang: str) -> PreviewRow:
    answered = item.firm_level is not None
    answer = item.levels[item.firm_level] if answered else tr("benchmark.answer.none", lang)
    verdict = item.verdict
    if verdict.suppressed:
        return _withheld(item.question, answer, item.n, verdict, lang, firm_mark=answered)
    spread = " · ".join(format_percent(share, lang) for share in item.shares)
    if answered:
        peers = format_percent(item.shares[item.firm_level], lang)
        note = tr("benchmark.note.likert", lang, spread=spread)
    else:
        peers, note = NO_FIGURE, tr("benchmark.note.likert.no_answer", lang, spread=spread)
    return PreviewRow("item", item.question, answer, peers, _n(item.n, lang), note, firm_mark=answered,
                      tip=item.question)


def _numeric_row(item: NumericItem, lang: str) -> PreviewRow:
    answered = item.firm_value is not None
    answer = format_with_unit(item.firm_value, item.unit, lang) if answered else tr("benchmark.answer.none", lang)
    verdict = item.verdict
    if verdict.suppressed:
        return _withheld(item.question, answer, item.n, verdict, lang, firm_mark=answered)
    rank = ""
    if item.band is not None and answered:
        rank = tr("benchmark.note.band", lang, band=band_text(item.band, lang))
    quartiles = item.quartiles_verdict
    if not item.has_quartiles:
        note = "; ".join(part for part in (tr("benchmark.note.quartiles_withheld", lang,
                                              reason=reason_note(quartiles, lang)), rank) if part)
        return PreviewRow("item", item.question, answer, SUPPRESSED_SYMBOL, _n(item.n, lang), note, withheld=True,
                          firm_mark=answered, tip=item.question)
    peers = tr("benchmark.peers.median", lang, median=format_with_unit(item.median, item.unit, lang))
    spread = tr("benchmark.note.quartiles", lang, q1=format_with_unit(item.q1, item.unit, lang),
                q3=format_with_unit(item.q3, item.unit, lang))
    note = "; ".join(part for part in (spread, rank) if part)
    return PreviewRow("item", item.question, answer, peers, _n(item.n, lang), note, firm_mark=answered,
                      tip=item.question)


def peer_verdicts(briefing: Briefing) -> list[Verdict]:
    """The verdict of every peer figure the PDF prints (or prints as `c`), as the renderer judges it."""
    verdicts: list[Verdict] = []
    for theme in briefing.themes:
        for item in theme.items:
            if isinstance(item, ShareItem):
                if item.firm_answer is not None:
                    verdicts.append(item.verdict)
            elif isinstance(item, MultiItem):
                verdicts.extend(option.verdict for option in item.options)
            elif isinstance(item, LikertItem):
                verdicts.append(item.verdict)
            elif isinstance(item, NumericItem):
                whole = item.verdict
                verdicts.append(whole if whole.suppressed or item.has_quartiles else item.quartiles_verdict)
    return verdicts


def disclosure_summary(briefing: Briefing, lang: str) -> DisclosureSummary:
    """"All figures can be shown" / "3 figures withheld: <reason> (2×); <reason> (1×)"."""
    verdicts = peer_verdicts(briefing)
    withheld = [v for v in verdicts if v.suppressed]
    reasons = Counter(_plain(reason_note(v, lang)) for v in withheld)
    ordered = tuple(sorted(reasons.items(), key=lambda pair: (-pair[1], pair[0])))
    group = group_verdict(briefing)
    if briefing.withheld_by is not None:  # the register's own sentence: why, and what to do
        from explorer.core.disclosure.ledger import withheld_error

        text = withheld_error(briefing.withheld_by).text(lang)
    elif group.suppressed:
        text = tr("benchmark.disclosure.group", lang, reason=reason_note(group, lang))
    elif not withheld:
        text = tr("benchmark.disclosure.all_shown", lang)
    else:
        listed = "; ".join(tr("benchmark.disclosure.reason", lang, reason=reason, count=count)
                           for reason, count in ordered)
        text = tr_count("benchmark.disclosure.withheld", lang, len(withheld), reasons=listed) + "."
    return DisclosureSummary(len(verdicts), len(withheld), group.suppressed, ordered, text)


def _plain(note: str) -> str:
    return note[:-1] if note.endswith(".") else note


# ---- the firm list, file names and peer definitions ------------------------------------------------


def _text(value: object) -> str:
    """A cell as `firm_label` writes it (whole floats without `.0`)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def firm_entries(survey: "Survey", lang: str = "nl") -> list[tuple[str, int]]:
    """`("id — name", row)` for every firm, as `firm_label` names it; repeated entries get `(#row)`.

    In a survey asked in rounds a row is one answer: its entry adds the round and, for a firm that
    answered in several rounds, which ones ("0402.705.002 — Vervaet BV · mei 2021 (antwoordde in
    juni 2020, mei 2021)").
    Vectorised over the id and name columns: `firm_label` per row would take seconds at 100,000 firms.
    """
    import pandas as pd

    frame = survey.frame
    id_column, name_column = survey.roles.get("id"), survey.roles.get("name")
    size = len(frame)

    def column(name: str | None) -> tuple[list[object], list[bool]]:
        if not name:
            return [None] * size, [True] * size
        series = frame[name]
        return series.astype("object").tolist(), pd.isna(series).tolist()

    ids, ids_missing = column(id_column)
    names, names_missing = column(name_column)
    texts = []
    for row in range(size):
        firm_id = f"#{row + 1}" if ids_missing[row] else _text(ids[row])
        name = "" if names_missing[row] else _text(names[row])
        texts.append(entry_text(firm_id, name))
    panel = survey.panel
    if panel is not None and len(panel.rounds) > 1:
        texts = [text + _round_text(panel, row, lang) for row, text in enumerate(texts)]
    repeated = {text for text, count in Counter(texts).items() if count > 1}
    return [(f"{text} (#{row + 1})" if text in repeated else text, row) for row, text in enumerate(texts)]


def _round_text(panel, row: int, lang: str) -> str:
    """' · mei 2021 (antwoordde in juni 2020, mei 2021)': the answer's round and the firm's rounds."""
    from explorer.core.i18n import tr

    round_index = int(panel.round_of_row[row])
    if round_index < 0:
        return ""
    text = f" · {panel.rounds[round_index]}"
    rounds = panel.rounds_of_row(row) if panel.has_ids else ()
    if len(rounds) > 1:
        text += tr("benchmark.firm.rounds", lang, rounds=", ".join(rounds))
    return text


def entry_text(firm_id: str, name: str) -> str:
    return f"{firm_id} — {name}" if name else firm_id


_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_MAX_NAME = 100


def suggested_file_name(firm_id: str, firm_name: str) -> str:
    """`<id>_<name>.pdf`, with characters Windows or macOS refuse in a file name replaced by `_`."""
    stem = "_".join(part for part in (firm_id, firm_name) if part)
    stem = _UNSAFE.sub("_", stem)
    stem = re.sub(r"\s+", " ", stem).strip(" .") or "briefing"
    return stem[:_MAX_NAME].rstrip(" .") + ".pdf"


def definition_text(terms: list[tuple[str, str]]) -> str:
    """Editor rows `(dimension, value)` as a peer definition: `sector=25|28,size=small`.

    Rows on the same dimension are alternatives (joined with `|`); different dimensions combine
    with AND, in the order they first appear. No rows: `auto`.
    """
    grouped: dict[str, list[str]] = {}
    for dimension, value in terms:
        values = grouped.setdefault(dimension, [])
        if value not in values:
            values.append(value)
    if not grouped:
        return "auto"
    return ",".join(f"{dimension}={'|'.join(values)}" for dimension, values in grouped.items())


def definition_terms(text: str) -> list[tuple[str, str]]:
    """The editor rows of a peer definition (the inverse of `definition_text`); `auto` has none.

    Raises InputError for a text that is not `DIM=VALUE,...`.
    """
    from explorer.core.benchmark import PeerSpec

    spec = PeerSpec.parse(text)
    if spec is None:
        return []
    return [(dimension, value.strip()) for dimension, values in spec.terms
            for value in values.split("|") if value.strip()]


def is_safe_value(value: str) -> bool:
    """Whether a value survives the `DIM=VALUE,...` syntax (no `,`, `=` or `|` inside it)."""
    return not any(mark in value for mark in ",=|")
