"""The one place that starts threads: run a core function off the UI thread.

A job is a plain function `work(task: TaskContext) -> result` (Orange3's `TaskState` habit):
it knows nothing of Qt. `TaskRunner.start` runs it on a QThreadPool and reports back on the
UI thread through signals carrying frozen values. The newest job wins: starting a job abandons
the one before it, whose progress and result are then dropped. Cancel answers at once (the UI
need not wait for the worker to notice); the worker stops at its next `task.step()`.
"""

from __future__ import annotations

import threading
import traceback
from dataclasses import dataclass, field
from typing import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

from explorer.core.errors import Cancelled, InputError
from explorer.core.task import TaskContext

# Progress is forwarded when it moved by at least this much (or its message changed), so a
# chatty core function cannot flood the UI thread's event queue.
_PROGRESS_STEP = 0.01


@dataclass(frozen=True)
class JobProgress:
    job: int
    fraction: float
    message: str


@dataclass(frozen=True)
class JobResult:
    job: int
    value: object


@dataclass(frozen=True)
class JobFailure:
    job: int
    message: str
    is_input_error: bool  # True: the user's input was refused (InputError); False: a bug
    detail: str = ""  # the traceback of a bug, for the report the user is asked to send
    # The InputError itself, so a TranslatableError can be worded in the window's language.
    error: Exception | None = field(default=None, compare=False, repr=False)

    def text(self, lang: str) -> str:
        """The message in `lang` where core gave it a catalogue code, else core's sentence."""
        wording = getattr(self.error, "text", None)
        return wording(lang) if callable(wording) else self.message


class _Relay(QObject):
    """Carries a worker's news to the UI thread: it lives there, so emits from a worker queue."""

    progress = Signal(int, float, str)
    finished = Signal(int, object)
    failed = Signal(int, object)
    stopped = Signal(int)


class TaskRunner(QObject):
    sig_started = Signal(int)
    sig_progress = Signal(object)  # JobProgress
    sig_finished = Signal(object)  # JobResult
    sig_failed = Signal(object)  # JobFailure
    sig_cancelled = Signal(int)  # the job id

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        # Two threads: an abandoned job may still be winding down while the newest one starts.
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_relay_progress)
        self._relay.finished.connect(self._on_relay_finished)
        self._relay.failed.connect(self._on_relay_failed)
        self._relay.stopped.connect(self._on_relay_stopped)
        self._next_id = 0
        self._current: int | None = None
        self._cancel_flags: dict[int, threading.Event] = {}

    def is_busy(self) -> bool:
        return self._current is not None

    def start(self, work: Callable[[TaskContext], object]) -> int:
        """Run `work` off the UI thread and return its job id; any running job is abandoned."""
        self._abandon_current()
        self._next_id += 1
        job = self._next_id
        flag = threading.Event()
        self._cancel_flags[job] = flag
        self._current = job
        self._pool.start(lambda: self._run(job, work, flag, self._relay))
        self.sig_started.emit(job)
        return job

    def cancel(self) -> None:
        """Stop the current job; `sig_cancelled` follows at once, its result will be dropped."""
        job = self._current
        if job is None:
            return
        self._abandon_current()
        self.sig_cancelled.emit(job)

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel everything and wait for the workers (window closing); False if they hung."""
        for flag in self._cancel_flags.values():
            flag.set()
        self._current = None
        return self._pool.waitForDone(timeout_ms)

    def _abandon_current(self) -> None:
        if self._current is not None:
            self._cancel_flags[self._current].set()
            self._current = None

    # Worker thread ----------------------------------------------------------------------

    @staticmethod
    def _run(job: int, work: Callable[[TaskContext], object], flag: threading.Event, relay: _Relay) -> None:
        last = [-1.0, ""]

        def report(fraction: float, message: str) -> None:
            if abs(fraction - last[0]) >= _PROGRESS_STEP or message != last[1] or fraction >= 1.0:
                last[0], last[1] = fraction, message
                _emit(relay.progress, job, float(fraction), message)

        context = TaskContext(report=report, is_cancelled=flag.is_set)
        try:
            value = work(context)
        except Cancelled:
            _emit(relay.stopped, job)
        except InputError as exc:
            _emit(relay.failed, job, JobFailure(job, exc.message, is_input_error=True, error=exc))
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # a bug (a Rust panic is a BaseException): reported, never a dead thread
            detail = "".join(traceback.format_exception(exc))
            _emit(relay.failed, job, JobFailure(job, f"{type(exc).__name__}: {exc}", False, detail))
        else:
            _emit(relay.finished, job, value)

    # UI thread --------------------------------------------------------------------------

    def _on_relay_progress(self, job: int, fraction: float, message: str) -> None:
        if job == self._current:
            self.sig_progress.emit(JobProgress(job, fraction, message))

    def _on_relay_finished(self, job: int, value: object) -> None:
        if self._retire(job):
            self.sig_finished.emit(JobResult(job, value))

    def _on_relay_failed(self, job: int, failure: JobFailure) -> None:
        if self._retire(job):
            self.sig_failed.emit(failure)

    def _on_relay_stopped(self, job: int) -> None:
        if self._retire(job):
            self.sig_cancelled.emit(job)

    def _retire(self, job: int) -> bool:
        """Forget the job; True if it is still the current one (its news is wanted)."""
        self._cancel_flags.pop(job, None)
        if job != self._current:
            return False
        self._current = None
        return True


def _emit(signal, *args) -> None:
    try:
        signal.emit(*args)
    except RuntimeError:
        pass  # the window closed while this job ran: nobody is listening any more
