"""Run a command and measure its whole process tree: the program and the reader worker it starts.

A read's memory is split between the program and its worker process, so the peak that matters is
the sum of their resident sets at the same moment, sampled every 10 ms; the CPU time is that of
the process and every child it waited for (the worker), from wait4.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from dataclasses import dataclass


@dataclass
class Measured:
    wall: float  # seconds from start to exit
    cpu: float  # user + system seconds of the whole tree
    peak_mb: float  # largest sum of the tree's resident sets
    stdout: str
    stderr: str
    returncode: int
    timed_out: bool = False


def tree_rss(root) -> int:
    """Resident memory of a process and all its descendants, summed."""
    import psutil

    total = 0
    try:
        for process in [root, *root.children(recursive=True)]:
            try:
                total += process.memory_info().rss
            except psutil.Error:
                pass
    except psutil.Error:
        pass
    return total


def run_measured(argv: list[str], env: dict[str, str], cwd, timeout: float = 900) -> Measured:
    import psutil

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdout=out, stderr=err, env=env, cwd=cwd)
        watched = psutil.Process(process.pid)
        peak, timed_out = 0, False
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - start > timeout:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                timed_out = True
                break
            peak = max(peak, tree_rss(watched))
            time.sleep(0.01)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        # ru_maxrss (kilobytes on Linux) covers a moment between two samples for the program itself.
        return Measured(wall=wall, cpu=usage.ru_utime + usage.ru_stime,
                        peak_mb=max(peak, usage.ru_maxrss * 1024) / 2**20,
                        stdout=out.read().decode("utf-8", "replace"), stderr=err.read().decode("utf-8", "replace"),
                        returncode=process.returncode, timed_out=timed_out)
