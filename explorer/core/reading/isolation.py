"""Native readers run in a worker process, so that an abort or a panic is a refusal, never the end
of the window.

calamine (through fastexcel) and readstat (through pyreadstat) are Rust and C code: a hostile
file can make them abort the process (an allocation of 500 GB) or raise a Rust panic. In a worker
process the parent sees a dead worker or an error message and refuses the file in one sentence.
The parent also stops the worker when it uses more memory or time than the read budget allows,
or when the user cancels.

The worker is this same program started again with a flag (`python -c` from source, the
executable itself when frozen), talking over its standard input and output in pickled frames;
not `multiprocessing`, which would run the caller's main script again in the worker. One worker
serves one file and then exits, so its memory goes back to the system at once. Starting it costs
a few tenths of a second: `prestart_worker()` starts the next one ahead of time (the window keeps
one ready), and the reader starts one as soon as it knows a file needs it, so that the start
overlaps the checks.
"""

from __future__ import annotations

import os
import pickle
import queue
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, BinaryIO

from explorer.core.errors import Cancelled, Count, InputError, Size
from explorer.core.reading.limits import ReadLimits
from explorer.core.task import NO_TASK, TaskContext

WORKER_FLAG = "--survey-explorer-reader-worker"
POLL_SECONDS = 0.05
_HEADER = struct.Struct("<Q")


def _worker_command() -> list[str]:
    if getattr(sys, "frozen", False):
        # The console executable beside the windowed one has standard streams on every system.
        console = Path(sys.executable).with_name("survey-explorer" + (".exe" if os.name == "nt" else ""))
        return [str(console if console.exists() else sys.executable), WORKER_FLAG]
    return [sys.executable, "-c", "from explorer.core.reading.isolation import serve; serve()", WORKER_FLAG]


def _worker_env() -> dict[str, str]:
    env = dict(os.environ)
    if not getattr(sys, "frozen", False):
        # The worker imports this very copy of the package, installed or not.
        root = str(Path(__file__).resolve().parents[3])
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    return env


def _send(stream: BinaryIO, value: object) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def _receive(stream: BinaryIO) -> object:
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        raise EOFError("the pipe closed")
    (size,) = _HEADER.unpack(header)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("the pipe closed mid-message")
    return pickle.loads(data)


class NativeWorker:
    """One worker process and the pipes to it."""

    def __init__(self) -> None:
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        self._process = subprocess.Popen(_worker_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=None if os.environ.get("SURVEY_EXPLORER_DEBUG") else subprocess.DEVNULL,
                                         env=_worker_env(), creationflags=flags)
        self._replies: queue.Queue = queue.Queue()
        self._listener = threading.Thread(target=self._listen, name="reader-worker-replies", daemon=True)
        self._listener.start()
        self._watch = None

    def _listen(self) -> None:
        try:
            while True:
                self._replies.put(_receive(self._process.stdout))
        except BaseException as exc:  # the worker died or closed its end: say so to the caller
            self._replies.put(exc)

    def is_alive(self) -> bool:
        return self._process.poll() is None

    def call(self, job: str, about: str, limits: ReadLimits, task: TaskContext = NO_TASK, **kwargs: Any) -> Any:
        """Run `job` in the worker; its refusal is raised here as InputError, its death as a refusal.

        `about` names the file in messages."""
        label = about
        try:
            _send(self._process.stdin, (job, kwargs))
        except (OSError, ValueError):
            raise InputError("error.worker.unsafe", file=label, why=self._death()) from None
        deadline = time.monotonic() + limits.max_worker_seconds
        while True:
            try:
                reply = self._replies.get(timeout=POLL_SECONDS)
                break
            except queue.Empty:
                pass
            if task.is_cancelled():
                self.kill()
                raise Cancelled()
            if time.monotonic() > deadline:
                self.kill()
                raise InputError("error.worker.too_slow", file=label, seconds=Count(limits.max_worker_seconds))
            if self._memory() > limits.max_worker_bytes:
                self.kill()
                raise InputError("error.worker.memory", file=label, limit=Size(limits.max_worker_bytes))
        if isinstance(reply, BaseException):
            self.kill()
            raise InputError("error.worker.unsafe", file=label, why=self._death())
        status, value = reply
        if status == "ok":
            return value
        if status == "refused":
            raise InputError.restored(value)
        self.kill()
        raise InputError("error.worker.unsafe", file=label, why=value)

    def _memory(self) -> int:
        try:
            if self._watch is None:
                import psutil

                self._watch = psutil.Process(self._process.pid)
            return self._watch.memory_info().rss
        except Exception:  # the process just ended; the next poll sees it
            return 0

    def _death(self) -> str:
        try:
            code = self._process.wait(2.0)
        except subprocess.TimeoutExpired:
            return "it stopped answering"
        if code < 0:
            import signal

            try:
                return f"it was ended by {signal.Signals(-code).name}"
            except ValueError:
                return f"it was ended by signal {-code}"
        return f"it ended with code {code}"

    def close(self) -> None:
        """Let the worker exit (it does when its input closes); kill it if it does not."""
        try:
            self._process.stdin.close()
        except OSError:
            pass
        try:
            self._process.wait(2.0)
        except subprocess.TimeoutExpired:
            self.kill()
        self._close_pipes()

    def kill(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
        try:
            self._process.wait(5.0)
        except subprocess.TimeoutExpired:
            pass
        self._close_pipes()

    def _close_pipes(self) -> None:
        for stream in (self._process.stdin, self._process.stdout):
            try:
                stream.close()
            except (OSError, ValueError):
                pass


_lock = threading.Lock()
_spare: NativeWorker | None = None
_keep_spare = False


def prestart_worker() -> None:
    """Start the next worker now, so that the next workbook need not wait for it."""
    global _spare
    with _lock:
        if _spare is None or not _spare.is_alive():
            _spare = NativeWorker()


def keep_a_spare(enabled: bool = True) -> None:
    """Always have the next worker started (the window does this: a user opens file after file)."""
    global _keep_spare
    _keep_spare = enabled
    if enabled:
        prestart_worker()


def after_read() -> None:
    """A read finished: start the next worker if one should always be ready."""
    if _keep_spare:
        prestart_worker()


def take_worker() -> NativeWorker:
    global _spare
    with _lock:
        worker, _spare = _spare, None
    if worker is not None and worker.is_alive():
        return worker
    return NativeWorker()


def stop_spare() -> None:
    """End the worker kept ready (the window closes)."""
    global _spare, _keep_spare
    with _lock:
        worker, _spare, _keep_spare = _spare, None, False
    if worker is not None:
        worker.close()


# Worker side -------------------------------------------------------------------------------------


def serve() -> None:
    """The worker's loop: run jobs from standard input until it closes."""
    # Frames go over the original standard output; whatever native libraries print goes nowhere.
    replies = os.fdopen(os.dup(1), "wb")
    requests = os.fdopen(os.dup(0), "rb")
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    from explorer.core.reading import native_jobs

    native_jobs.warm_up()
    while True:
        try:
            job, kwargs = _receive(requests)
        except (EOFError, OSError, KeyboardInterrupt, ValueError):
            return
        try:
            reply = ("ok", native_jobs.JOBS[job](**kwargs))
        except InputError as exc:
            reply = ("refused", exc.portable())
        except (KeyboardInterrupt, SystemExit):
            return
        except BaseException as exc:  # a Rust panic is a BaseException (pyo3_runtime.PanicException)
            reply = ("failed", f"{type(exc).__name__}: {str(exc)[:200]}")
        try:
            _send(replies, reply)
        except (OSError, ValueError):
            return
