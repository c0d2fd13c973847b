"""Progress and cancel for long work, without any threading of its own.

Core functions that may take a while accept a `TaskContext`; the UI runs them on a worker
thread and passes callbacks that forward progress to a progress bar and read a Cancel flag.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from explorer.core.errors import Cancelled


def _no_report(fraction: float, message: str) -> None:
    return None


def _never_cancelled() -> bool:
    return False


@dataclass(frozen=True)
class TaskContext:
    """`report(fraction 0..1, message)` and `is_cancelled()` for one piece of long work."""

    report: Callable[[float, str], None] = _no_report
    is_cancelled: Callable[[], bool] = _never_cancelled

    def step(self, fraction: float, message: str = "") -> None:
        """Report progress and stop with `Cancelled` if the user asked to."""
        if self.is_cancelled():
            raise Cancelled()
        self.report(max(0.0, min(1.0, fraction)), message)

    def check(self) -> None:
        if self.is_cancelled():
            raise Cancelled()

    def part(self, start: float, end: float) -> "TaskContext":
        """A context whose 0..1 maps onto start..end of this one (for sub-steps)."""
        outer = self.report

        def report(fraction: float, message: str) -> None:
            outer(start + (end - start) * max(0.0, min(1.0, fraction)), message)

        return TaskContext(report=report, is_cancelled=self.is_cancelled)


NO_TASK = TaskContext()
