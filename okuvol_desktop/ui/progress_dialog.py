"""A progress dialog with Cancel for work done in a worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from okuvol_desktop.domain.progress import Cancelled, Progress
from okuvol_desktop.ui.tasks import BackgroundRunner, WorkerProgress

T = TypeVar("T")


class _Cancelled:
    """What a cancelled task returns: nothing was kept, and nothing is said."""


def run_with_progress(
    parent: QWidget,
    runner: BackgroundRunner,
    title: str,
    *,
    work: Callable[[Progress], T],
    on_done: Callable[[T], None],
    on_failed: Callable[[str], None],
) -> QProgressDialog:
    """Run ``work(progress)`` in a worker behind a window-modal progress bar with Cancel.

    When the user cancels, the work raises Cancelled at its next report and has kept nothing
    (or, for batches, only whole items); neither callback is called then.
    """
    progress = WorkerProgress(parent)
    dialog = QProgressDialog(title, QCoreApplication.translate("Progress", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(progress.cancel)

    def show(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)

    def finished(result: T | _Cancelled) -> None:
        dialog.close()
        if not isinstance(result, _Cancelled):  # cancelling is no error: nothing was kept
            on_done(result)

    def failed(message: str) -> None:
        dialog.close()
        on_failed(message)

    progress.sig_progress.connect(show)
    dialog.show()

    def guarded() -> T | _Cancelled:
        try:
            return work(progress)
        except Cancelled:
            return _Cancelled()

    runner.run(guarded, finished, failed)
    return dialog
