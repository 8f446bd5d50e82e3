"""Running a long job (export, package build, import) on a QThreadPool thread.

The job is a plain function taking a `progress(done, total)` callback; it must work on its
own copies of model objects (the user may keep editing). Results and errors come back to
the UI thread through queued signals, errors already worded in Bahasa Indonesia.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from sopstudio.model.errors import SopStudioError

Progress = Callable[[int, int], None]


class WorkerSignals(QObject):
    """What a worker reports: progress, the job's result, or a message."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


class Worker(QRunnable):
    """Runs `job(progress)` off the UI thread and reports through `signals`."""

    def __init__(self, job: Callable[[Progress], object]) -> None:
        super().__init__()
        self.job = job
        self.signals = WorkerSignals()

    def run(self) -> None:
        translate = QCoreApplication.translate
        try:
            result = self.job(self.signals.progress.emit)
        except OSError as exc:
            message = translate("Worker", "Berkas tidak dapat dibaca atau ditulis: %1 (%2)")
            name = exc.filename or ""
            self.signals.failed.emit(
                message.replace("%1", str(name)).replace("%2", exc.strerror or str(exc))
            )
        except SopStudioError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - any failure must reach the user
            message = translate("Worker", "Galat tak terduga: %1")
            self.signals.failed.emit(message.replace("%1", repr(exc)))
        else:
            self.signals.finished.emit(result)


def run_in_background(
    job: Callable[[Progress], object],
    finished: Callable[[object], None],
    failed: Callable[[str], None],
    progress: Callable[[int, int], None] | None = None,
) -> Worker:
    """Start a job on the global thread pool with its reports connected; keep the returned
    worker referenced until it reports."""
    worker = Worker(job)
    # Connected before starting: a fast job could otherwise report to nobody.
    worker.signals.finished.connect(finished)
    worker.signals.failed.connect(failed)
    if progress is not None:
        worker.signals.progress.connect(progress)
    QThreadPool.globalInstance().start(worker)
    return worker
