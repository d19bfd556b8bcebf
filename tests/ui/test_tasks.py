"""Workers outliving the page that started them."""

from __future__ import annotations

import gc
import threading
import weakref

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from okuvol_desktop.ui.garbage import collect_garbage_in_gui_thread, freeze_again_later
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


def test_cycles_are_collected_in_the_gui_thread_never_in_a_worker(
    qtbot: QtBot, qapp: QApplication
) -> None:
    collector = collect_garbage_in_gui_thread(qapp)
    assert collect_garbage_in_gui_thread(qapp) is collector  # one for the application
    assert not gc.isenabled()

    class Cycle:
        def __init__(self) -> None:
            self.me = self

    cycle = Cycle()
    gone = weakref.ref(cycle)
    del cycle

    kept: list[list[int]] = []

    def allocate_in_a_worker() -> None:
        # Far past generation 0's threshold: automatic collection would run here.
        kept.extend([i] for i in range(5_000))

    worker = threading.Thread(target=allocate_in_a_worker)
    worker.start()
    worker.join()
    assert gone() is not None  # the worker collected nothing
    qtbot.waitUntil(lambda: gone() is None, timeout=3000)  # the GUI thread's timer did
    assert len(kept) == 5_000


def test_what_lasts_from_the_start_is_left_out_of_collections_until_a_window_is_replaced(
    qtbot: QtBot, qapp: QApplication
) -> None:
    """A full collection of the objects every window holds took 90-97 ms at a time."""
    collect_garbage_in_gui_thread(qapp)
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=3000)

    class Cycle:
        def __init__(self) -> None:
            self.me = self

    cycle = Cycle()
    gone = weakref.ref(cycle)
    gc.freeze()  # as if it had been there when the event loop began
    del cycle
    gc.collect()
    assert gone() is not None  # frozen: collections pass it by
    owner = QObject()
    freeze_again_later(owner)  # another ledger's window replaces this one
    assert gc.get_freeze_count() == 0
    qtbot.waitUntil(lambda: gone() is None, timeout=3000)
    assert gc.get_freeze_count() > 0
