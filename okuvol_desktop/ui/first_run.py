"""An empty database: offer sample data to look around, or a fresh start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.progress_dialog import run_with_progress
from okuvol_desktop.ui.tasks import BackgroundRunner

SAMPLE_ENTRIES = 3000


def is_empty(ledger: Ledger) -> bool:
    """Nobody and no organisation yet."""
    return not ledger.people.by_name(include_archived=True) and not ledger.organisations.by_name(
        include_archived=True
    )


def wants_sample_data(parent: QWidget) -> bool:
    """Ask whether to fill an empty database with sample data."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("FirstRun", "Welcome to okuvol"))
    box.setText(QCoreApplication.translate("FirstRun", "This database is empty."))
    box.setInformativeText(
        QCoreApplication.translate(
            "FirstRun",
            "Fill it with sample people, organisations and two years of hours to look around, "
            "or start fresh with your own.",
        )
    )
    sample = box.addButton(
        QCoreApplication.translate("FirstRun", "Sample data"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("FirstRun", "Start fresh"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    return box.clickedButton() is sample


def fill_with_sample_data(
    parent: QWidget, ledger: Ledger, runner: BackgroundRunner, on_filled: Callable[[], None]
) -> QProgressDialog:
    """Create the sample data in a worker, behind a progress bar with Cancel."""

    def failed(message: str) -> None:
        QMessageBox.warning(parent, "okuvol", message)

    return run_with_progress(
        parent,
        runner,
        QCoreApplication.translate("FirstRun", "Creating sample data…"),
        work=lambda progress: ledger.demo.fill(entries=SAMPLE_ENTRIES, progress=progress),
        on_done=lambda _summary: on_filled(),
        on_failed=failed,
    )
