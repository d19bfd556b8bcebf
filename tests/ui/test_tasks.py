"""Workers outliving the page that started them."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from okuvol_desktop.ui.tasks import BackgroundRunner


def test_a_page_closed_while_its_worker_runs_gets_no_callback_and_nothing_breaks(
    qtbot: QtBot,
) -> None:
    page = QWidget()
    runner = BackgroundRunner(page)
    release, finished = threading.Event(), threading.Event()
    called: list[object] = []

    def work() -> str:
        release.wait(5)
        finished.set()
        return "done"

    runner.run(work, called.append, called.append)
    shiboken6.delete(page)  # the page, its runner and everything under them go
    release.set()
    qtbot.waitUntil(finished.is_set, timeout=5000)
    qtbot.wait(200)  # the worker's report reaches the GUI thread and is dropped
    assert called == []


def test_a_live_page_gets_its_result(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    runner = BackgroundRunner(page)
    called: list[object] = []
    runner.run(lambda: 42, called.append, called.append)
    qtbot.waitUntil(lambda: called == [42], timeout=5000)
    assert not runner.busy()
