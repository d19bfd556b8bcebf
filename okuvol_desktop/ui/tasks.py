"""Running service calls off the GUI thread and handing their results back to it.

The worker never touches widgets. It emits a signal of a relay QObject that lives in the GUI
thread, so Qt queues each report onto the GUI thread (Anki's CollectionOp, Vorta's jobs).

Every Qt object here is made, kept and let go in the GUI thread. The relay belongs to the
application and lives as long as it; a worker holds only a number and the relay. The task and
its callbacks (closures over pages, that is over Qt objects) are held by the relay and dropped
when the report is delivered, in the GUI thread. An earlier relay per task was deleted by
whichever thread let it go last: at times the worker, under the GUI thread's deleteLater, and
the suite died of it now and then with a segmentation fault.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.ui.errors import error_text

log = logging.getLogger(__name__)

_RELAY_NAME = "okuvol-background-relay"
_WRITE_POOL_NAME = "okuvol-write-pool"
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class _Task:
    """What a task was started with, kept in the GUI thread until it reports."""

    runner: BackgroundRunner
    fn: Callable[[], Any]
    on_done: Callable[[Any], None]
    on_failed: Callable[[str], None]
    # Told of a refusal (an OkuvolError) itself, to tell an edit conflict from other reasons;
    # without it a refusal is said to on_failed like anything else.
    on_refused: Callable[[OkuvolError], None] | None = None


class _Relay(QObject):
    """Carries every task's outcome from its worker to the callbacks, in the GUI thread."""

    sig_done = Signal(int, object)
    """Task number N returned this value (emitted in the worker)."""
    sig_failed = Signal(int, object)
    """Task number N failed with this exception (emitted in the worker)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(_RELAY_NAME)
        self._tasks: dict[int, _Task] = {}
        self._numbers = itertools.count(1)
        self.sig_done.connect(self._deliver_result)
        self.sig_failed.connect(self._deliver_failure)

    @staticmethod
    def of_application() -> _Relay:
        """The application's relay, made the first time it is asked for."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("background tasks need a running QApplication")
        relay = app.findChild(_Relay, _RELAY_NAME)
        return relay if relay is not None else _Relay(app)

    def start(self, task: _Task, pool: QThreadPool) -> None:
        """Hand ``task`` to ``pool``."""
        number = next(self._numbers)
        self._tasks[number] = task
        pool.start(_Job(number, task.fn, self))

    def waiting_for(self, runner: BackgroundRunner) -> bool:
        """Whether a task ``runner`` started has not reported yet."""
        return any(task.runner is runner for task in self._tasks.values())

    def _reported(self, number: int) -> _Task | None:
        """The task that reported, if the page that asked for it still exists."""
        task = self._tasks.pop(number, None)
        if task is None or not shiboken6.isValid(task.runner):
            return None  # a closed page gets no callback
        return task

    @Slot(int, object)
    def _deliver_result(self, number: int, result: object) -> None:
        task = self._reported(number)
        if task is not None:
            task.on_done(result)

    @Slot(int, object)
    def _deliver_failure(self, number: int, error: object) -> None:
        task = self._reported(number)
        if task is None:
            return
        if isinstance(error, OkuvolError) and task.on_refused is not None:
            task.on_refused(error)
        elif isinstance(error, OkuvolError):
            task.on_failed(error_text(error))
        else:
            task.on_failed(self.tr("Something went wrong: %1").replace("%1", str(error)))


class _Job(QRunnable):
    def __init__(self, number: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._number = number
        self._fn: Callable[[], Any] | None = fn
        self._relay = relay

    def run(self) -> None:
        """Override of QRunnable.run: call the task, report its outcome."""
        fn, self._fn = self._fn, None  # the relay keeps it, and lets it go in the GUI thread
        assert fn is not None
        try:
            result = fn()
        except Exception as exc:
            if not isinstance(exc, OkuvolError):  # a bug: log it whole, show the user one line
                log.exception("Background task failed")
            del fn
            # Its frames hold the task's closure, which must not be let go in this thread.
            self._relay.sig_failed.emit(self._number, exc.with_traceback(None))
        else:
            del fn
            self._relay.sig_done.emit(self._number, result)


class BackgroundRunner(QObject):
    """Runs callables in Qt's thread pool on behalf of a window or page."""

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None],
        on_failed: Callable[[str], None],
        on_refused: Callable[[OkuvolError], None] | None = None,
    ) -> None:
        """Call ``fn`` in a worker; then ``on_done(result)`` or ``on_failed(message)`` here
        (or, given, ``on_refused(error)`` when the ledger's rules refused it)."""
        _Relay.of_application().start(
            _Task(self, fn, on_done, on_failed, on_refused), QThreadPool.globalInstance()
        )

    def busy(self) -> bool:
        """Whether a task started here has not reported yet."""
        return _Relay.of_application().waiting_for(self)


def _write_pool() -> QThreadPool:
    """The application's one thread for changes to the ledger, made the first time."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("background tasks need a running QApplication")
    pool = app.findChild(QThreadPool, _WRITE_POOL_NAME)
    if pool is None:
        pool = QThreadPool(app)
        pool.setObjectName(_WRITE_POOL_NAME)
        pool.setMaxThreadCount(1)
    return pool


def finish_writes(msecs: int = 30_000) -> bool:
    """Wait until the changes handed to the write thread have reached the ledger (when the
    window closes: a change the user made must not be cut off); False if it took too long."""
    app = QCoreApplication.instance()
    pool = None if app is None else app.findChild(QThreadPool, _WRITE_POOL_NAME)
    return pool is None or pool.waitForDone(msecs)


class LedgerWriter(BackgroundRunner):
    """Carries out a page's changes to the ledger off the GUI thread, one after another.

    Every writer of the window shares one thread, so changes reach the ledger in the order
    the user made them (an approval, then its undo), and the window never waits on a write,
    however slow the shared server.
    """

    def write(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None],
        on_refused: Callable[[OkuvolError], None],
        on_failed: Callable[[str], None],
    ) -> None:
        """Call ``fn`` in the write thread; then, here, ``on_done(result)``, or
        ``on_refused(error)`` if the ledger's rules refused it, or ``on_failed(message)``
        if anything else went wrong."""
        _Relay.of_application().start(
            _Task(self, fn, on_done, on_failed, on_refused), _write_pool()
        )


class WorkerProgress(QObject):
    """The Qt-free Progress protocol for a worker, reported to the GUI thread by a signal.

    report() is called in the worker; the signal is queued to the receivers in the GUI thread.
    cancel() is called in the GUI thread; the worker sees it through cancelled().
    """

    sig_progress = Signal(int, int)
    """``done`` of ``total`` units are finished."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()

    def report(self, done: int, total: int) -> None:
        """Part of the Progress protocol: called by the worker."""
        self.sig_progress.emit(done, total)

    def cancelled(self) -> bool:
        """Part of the Progress protocol: whether the user pressed Cancel."""
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """Ask the worker to stop at its next report."""
        self._cancelled.set()
