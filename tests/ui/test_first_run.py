"""An empty database offers sample data; filling it runs in a worker that can be cancelled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.first_run import fill_with_sample_data, is_empty
from okuvol_desktop.ui.main_window import MainWindow


def _window(qtbot: QtBot, ledger: Ledger, db_path: Path) -> MainWindow:
    window = MainWindow(ledger, str(db_path))
    qtbot.addWidget(window)
    window.show()
    return window


def test_sample_data_fills_an_empty_ledger_in_a_worker(
    qtbot: QtBot, ledger: Ledger, db_path: Path
) -> None:
    window = _window(qtbot, ledger, db_path)
    assert is_empty(ledger)
    filled: list[bool] = []
    dialog = fill_with_sample_data(window, ledger, window.runner, lambda: filled.append(True))
    qtbot.waitUntil(lambda: filled == [True], timeout=60_000)
    assert not dialog.isVisible()
    assert not is_empty(ledger)
    assert dialog.maximum() == 3000


def test_cancel_leaves_the_ledger_empty(qtbot: QtBot, ledger: Ledger, db_path: Path) -> None:
    window = _window(qtbot, ledger, db_path)
    done: list[bool] = []
    dialog = fill_with_sample_data(window, ledger, window.runner, lambda: done.append(True))
    dialog.findChild(QPushButton).click()  # Cancel, before the first batch is written
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=60_000)
    assert is_empty(ledger)
    assert done == [] and not dialog.isVisible()
