"""What the window asks for when it opens a file, and the core call that answers it.

`read_request` runs on a worker thread (see tasks.py). It imports the reader, and with it
pandas, on first use: the window must be on screen before pandas is imported (DESIGN.md
"Speed budgets"), and importing it on the worker keeps the window responsive meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from explorer.core.task import TaskContext

if TYPE_CHECKING:
    from explorer.core.reading import LoadedTable
    from explorer.core.survey import Survey

DEFAULT_SAMPLE = "association_reshoring_survey_surveymonkey.csv"  # in sample_data/

# What the open dialog offers; core decides by content, not by extension, what a file is.
SURVEY_PATTERNS = ("*.xlsx", "*.xlsm", "*.xls", "*.ods", "*.csv", "*.txt", "*.tsv", "*.sav")


@dataclass(frozen=True)
class LoadRequest:
    path: str
    sheet: str | None = None  # None: let core pick the sheet that holds the data
    cache_enabled: bool = True

    @property
    def file_name(self) -> str:
        return Path(self.path).name


@dataclass(frozen=True)
class LoadOutcome:
    request: LoadRequest
    table: "LoadedTable"
    survey: "Survey | None" = None  # the table understood, built on the worker too

    @property
    def other_sheets_possible(self) -> bool:
        """True when core chose among several sheets on its own, so the user should confirm."""
        return self.request.sheet is None and len(self.candidate_sheets) > 1

    @property
    def candidate_sheets(self) -> tuple[str, ...]:
        return tuple(self.table.extra.get("candidate_sheets") or ())


Reader = Callable[[LoadRequest, TaskContext], "LoadedTable"]


def read_request(request: LoadRequest, task: TaskContext) -> "LoadedTable":
    from explorer.core.reading import ParsedCache, read_table

    # enabled=None leaves the environment's off switch (SURVEY_EXPLORER_NO_CACHE) in force.
    cache = ParsedCache(enabled=None if request.cache_enabled else False)
    return read_table(request.path, request.sheet, task=task, cache=cache)


def understand(table: "LoadedTable") -> "Survey":
    """Detect roles and questions (applying a saved profile) and prepare the filter counts."""
    from explorer.core.survey import build_survey
    from explorer.core.survey.filter_text import prepare_counts

    survey = build_survey(table)
    prepare_counts(survey, "eu")
    return survey


def load_job(request: LoadRequest, reader: Reader) -> Callable[[TaskContext], LoadOutcome]:
    """The job for the task runner: read, and keep the request beside the table it produced."""

    def work(task: TaskContext) -> LoadOutcome:
        table = reader(request, task)
        task.check()
        return LoadOutcome(request, table, understand(table))

    return work
