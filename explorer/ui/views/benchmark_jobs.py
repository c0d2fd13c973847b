"""The Benchmark view's work, as plain functions a `TaskRunner` runs off the UI thread (no Qt).

A briefing of a 100,000-firm survey takes about half a second to build, and writing the PDF
must not wait on a slow or network disk, so both the preview and the export are jobs.

The differencing guard is the user's release register (explorer.core.disclosure.ledger), the
one `report` uses too. An export builds its briefing with the register, which records the peer
group before the file is written (a group that may have left the app counts as released, the
safe side) and withholds a group that would difference an earlier release: then nothing is
written. A preview sees the register through a `PreviewGate`: it is judged against every
release, so it shows what an export would do, but records nothing, since nothing leaves the app.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from explorer.core.survey import Survey
    from explorer.core.task import TaskContext
    from explorer.report.content.model import Briefing
    from explorer.ui.views.benchmark_preview import DisclosureSummary, PreviewRow


@dataclass(frozen=True)
class BriefingRequest:
    """Everything a briefing of one firm depends on. `lang` is the briefing's language."""

    survey: "Survey" = field(compare=False)
    row: int
    firm_id: str
    peers: str
    scheme: str
    min_peers: int
    lang: str
    ledger: object = field(default=None, compare=False, repr=False)  # ReleaseLedger or PreviewGate
    min_peers_reason: str = ""  # required by a minimum below the default; recorded with the release
    branding: object = None     # explorer.core.branding.Branding: who hands the briefing over

    def build(self) -> "Briefing":
        from explorer.report.content.briefing import build_briefing

        return build_briefing(self.survey, self.firm_id, self.lang, peers=self.peers, scheme=self.scheme,
                              min_peers=self.min_peers, ledger=self.ledger, row=self.row,
                              min_peers_reason=self.min_peers_reason, branding=self.branding)


@dataclass(frozen=True)
class PreviewResult:
    request: BriefingRequest
    briefing: "Briefing"
    rows: "tuple[PreviewRow, ...]"
    summary: "DisclosureSummary"


@dataclass(frozen=True)
class ExportResult:
    path: str
    briefing: "Briefing"
    written: bool = True  # False when the register withheld the briefing: no file was made


def preview_job(request: BriefingRequest) -> Callable[["TaskContext"], PreviewResult]:
    """The briefing and its table rows, in the request's language (the window's)."""

    def work(task: "TaskContext") -> PreviewResult:
        from explorer.ui.views.benchmark_preview import disclosure_summary, preview_rows

        task.check()
        briefing = request.build()
        task.check()
        return PreviewResult(request, briefing, preview_rows(briefing, request.lang),
                             disclosure_summary(briefing, request.lang))

    return work


def export_job(request: BriefingRequest, path: str) -> Callable[["TaskContext"], ExportResult]:
    """Build the briefing against the register (recording its group) and write the PDF atomically.

    A withheld briefing is not written (`written=False`). Raises InputError with one plain sentence
    when the target cannot be written; nothing of the file is left behind then (explorer.core.atomic).
    """

    def work(task: "TaskContext") -> ExportResult:
        from explorer.report.pdf.render import render_briefing

        task.step(0.0)
        briefing = request.build()
        if briefing.withheld_by is not None:
            return ExportResult(path, briefing, written=False)
        task.step(0.5)
        render_briefing(briefing, path)
        return ExportResult(path, briefing)

    return work
