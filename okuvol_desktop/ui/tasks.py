"""Running service calls off the GUI thread and handing their results back to it.

The worker never touches widgets. It emits signals of a relay QObject that lives in the GUI
thread and whose own slots receive them, so Qt queues each call onto the GUI thread (Anki's
CollectionOp, Vorta's jobs).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.ui.errors import error_text

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries one task's outcome from the worker to callbacks in the GUI thread."""

    sig_done = Signal(object)
    """The task returned this value (emitted in the worker)."""
    sig_failed = Signal(object)
    """The task failed with this exception (emitted in the worker)."""

    def __init__(
        self,
        runner: BackgroundRunner,
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None],
    ) -> None:
        # No parent: the worker holds this relay until it reports, even if the page that
        # asked was closed meanwhile; a relay deleted with its page under a running worker
        # would take the process down.
        super().__init__()
        self._runner = runner
        self._on_done = on_done
        self._on_failed = on_failed
        self.sig_done.connect(self._deliver_result)
        self.sig_failed.connect(self._deliver_failure)

    def _still_wanted(self) -> bool:
        """Whether the page that asked still exists (a closed one gets no callback)."""
        alive = shiboken6.isValid(self._runner)
        if alive:
            self._runner.forget(self)
        else:
            self.deleteLater()
        return alive

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        if self._still_wanted():
            self._on_done(result)

    @Slot(object)
    def _deliver_failure(self, error: object) -> None:
        if not self._still_wanted():
            return
        if isinstance(error, OkuvolError):
            self._on_failed(error_text(error))
        else:
            self._on_failed(self.tr("Something went wrong: %1").replace("%1", str(error)))


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        """Override of QRunnable.run: call the task, report its outcome."""
        try:
            result = self._fn()
        except OkuvolError as exc:
            self._relay.sig_failed.emit(exc)
        except Exception as exc:  # a bug: log it whole, show the user one line
            log.exception("Background task failed")
            self._relay.sig_failed.emit(exc)
        else:
            self._relay.sig_done.emit(result)


class BackgroundRunner(QObject):
    """Runs callables in Qt's thread pool on behalf of a window or page."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None],
    ) -> None:
        """Call ``fn`` in a worker; then ``on_done(result)`` or ``on_failed(message)`` here."""
        relay = _Relay(self, on_done, on_failed)
        self._pending.add(relay)
        QThreadPool.globalInstance().start(_Job(fn, relay))

    def forget(self, relay: _Relay) -> None:
        """A task has reported; let its relay go."""
        self._pending.discard(relay)
        relay.deleteLater()

    def busy(self) -> bool:
        """Whether a task started here has not reported yet."""
        return bool(self._pending)


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
