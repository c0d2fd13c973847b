"""The task runner: results on the UI thread, progress, cancel, and the newest job wins."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from explorer.core.errors import InputError
from explorer.ui.tasks import JobFailure, JobProgress, JobResult, TaskRunner

TIMEOUT_MS = 10_000


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(TIMEOUT_MS)
    runner.deleteLater()


def test_result_arrives_on_the_ui_thread_with_progress_before_it(qtbot, runner):
    worker_threads = []

    def work(task):
        worker_threads.append(QThread.currentThread())
        for step in range(5):
            task.step(step / 5, "counting")
        return 42

    progress = []
    runner.sig_progress.connect(lambda p: progress.append((p, QThread.currentThread())))
    with qtbot.waitSignal(runner.sig_finished, timeout=TIMEOUT_MS) as blocker:
        job = runner.start(work)

    assert blocker.args == [JobResult(job, 42)]
    assert worker_threads[0] is not QApplication.instance().thread()
    assert progress and all(isinstance(p, JobProgress) and p.job == job for p, _ in progress)
    assert all(thread is QApplication.instance().thread() for _, thread in progress)
    assert not runner.is_busy()


def test_cancel_reports_at_once_and_drops_the_late_result(qtbot, runner):
    started, release = threading.Event(), threading.Event()

    def work(task):
        started.set()
        release.wait(TIMEOUT_MS / 1000)
        return "too late"  # ignores cancel on purpose: the result must still be dropped

    finished = []
    runner.sig_finished.connect(finished.append)
    job = runner.start(work)
    started.wait(TIMEOUT_MS / 1000)
    with qtbot.waitSignal(runner.sig_cancelled, timeout=TIMEOUT_MS) as blocker:
        runner.cancel()
    release.set()
    assert runner.shutdown(TIMEOUT_MS)
    QApplication.processEvents()

    assert blocker.args == [job]
    assert finished == []


def test_the_newest_job_wins(qtbot, runner):
    release = threading.Event()
    seen_cancel = []

    def old_job(task):
        release.wait(TIMEOUT_MS / 1000)
        seen_cancel.append(task.is_cancelled())
        return "old"

    finished = []
    runner.sig_finished.connect(lambda result: finished.append(result.value))
    runner.start(old_job)
    with qtbot.waitSignal(runner.sig_finished, timeout=TIMEOUT_MS):
        newest = runner.start(lambda task: "new")
    release.set()
    assert runner.shutdown(TIMEOUT_MS)
    QApplication.processEvents()

    assert finished == ["new"]
    assert seen_cancel == [True]  # the superseded job was told to stop
    assert not runner.is_busy() and newest == 2


def test_input_errors_and_bugs_are_told_apart(qtbot, runner):
    def refuse(task):
        raise InputError("The file is empty.")

    with qtbot.waitSignal(runner.sig_failed, timeout=TIMEOUT_MS) as blocker:
        job = runner.start(refuse)
    assert blocker.args == [JobFailure(job, "The file is empty.", is_input_error=True)]

    def crash(task):
        return 1 / 0

    with qtbot.waitSignal(runner.sig_failed, timeout=TIMEOUT_MS) as blocker:
        runner.start(crash)
    failure = blocker.args[0]
    assert not failure.is_input_error
    assert "ZeroDivisionError" in failure.message and "Traceback" in failure.detail
