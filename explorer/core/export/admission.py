"""The groups an exported table or chart shows, recorded in the register before anything is written.

Two exports of one table, with and without one firm, give that firm's answers by subtraction just
as two briefings do. So every group whose figures an export shows (each column of the table and
its total, on the table's question) is a release of kind "export" in the same register as the
briefings, judged by the same rules against every earlier release of the survey's lineage. The
groups of the table itself are the table's own business (secondary suppression in
release_summary), and a group whose figures are all withheld shows nothing and is not recorded.
What is only shown on screen is never recorded: the advisor may see everything.

It sits with the exports, above the survey model whose groups it names; the register and its rules
are the release module's (core/disclosure).
"""

from __future__ import annotations

from explorer.core.disclosure import clamp_min_peers, release_summary
from explorer.core.disclosure.ledger import withheld_error
from explorer.core.disclosure.release import Release, release_of
from explorer.core.survey.summary import TOTAL, summary_masks

EXPORT = "export"


def export_definition(summary, group: str) -> str:
    """How the register names an exported group: the question, the selection and the column."""
    selection = " · ".join(summary.filters.to_texts()) or "*"
    column = group if group == TOTAL or not summary.by else f"{summary.by}={group}"
    return f"{summary.question.key}: {selection} · {column}"


def export_releases(survey, summary, min_peers: int | None = None, histogram_shown: bool = False) -> list[Release]:
    """The releases of the groups whose figures an export of `summary` shows (the total last).

    A numeric chart's histogram shows the total's firms even when its statistics are withheld
    (`histogram_shown`).
    """
    minimum = clamp_min_peers(min_peers)
    released = release_summary(summary, minimum)
    shown = {row[0].group for row in released.rows if row and any(not f.verdict.suppressed for f in row)}
    if histogram_shown:
        shown.add(TOTAL)
    masks = summary_masks(survey, summary)
    unknown = shown - {name for name, _mask in masks}
    if unknown:  # a column whose firms cannot be named would leave the app unrecorded
        raise RuntimeError(f"the firms behind {sorted(unknown)} of '{summary.question.key}' are not known")
    return [release_of(survey, mask, kind=EXPORT, definition=export_definition(summary, name), min_peers=minimum,
                       question_keys=[summary.question.key])
            for name, mask in masks if name in shown]


def admit_export(ledger, survey, summary, min_peers: int | None = None, histogram_shown: bool = False) -> None:
    """Record the groups an export of `summary` shows, or raise the plain reason it is withheld."""
    _admit(ledger, export_releases(survey, summary, min_peers, histogram_shown))


def admit_grid_export(ledger, survey, grid_summary, min_peers: int | None = None) -> None:
    """Record every statement of an exported grid (each is a table of its own), all or none."""
    _admit(ledger, [release for summary in _tables_of(grid_summary)
                    for release in export_releases(survey, summary, min_peers)])


def admit_slides(ledger, survey, slides, min_peers: int | None = None) -> None:
    """Record every group a deck of slides shows (each slide's summary, a grid's every statement),
    all or none."""
    sources = [slide.released_from for slide in slides if slide.released_from is not None]
    _admit(ledger, [release for source in sources for summary in _tables_of(source)
                    for release in export_releases(survey, summary, min_peers)])


def _tables_of(source) -> list:
    """The summaries whose figures `source` shows: a grid's statements, or the summary itself."""
    return [statement.summary for statement in source.statements] if hasattr(source, "statements") else [source]


def _admit(ledger, releases: list[Release]) -> None:
    """Record `releases` together, or raise why they are withheld (nothing is recorded then)."""
    conflict = ledger.admit_together(releases)
    if conflict is not None:
        raise withheld_error(conflict, EXPORT)
