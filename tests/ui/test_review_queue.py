"""The coordinator's queue on the dashboard: counts, opening them filtered, approving."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from okuvol_desktop.domain.ids import OrganisationId
from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.domain.model import RoleDetails
from okuvol_desktop.domain.review import AwaitingReview
from okuvol_desktop.services.approvals import ReviewSelection
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui import review_queue
from okuvol_desktop.ui.main_window import MainWindow
from okuvol_desktop.ui.review_queue import WeekChoice
from tests.services.helpers import dual_role_person, log


@pytest.fixture
def window(qtbot: QtBot, ledger: Ledger, db_path: Path) -> MainWindow:
    dual_role_person(ledger)
    ledger.people.add("Budi Santoso")
    ledger.roles.add(
        ledger.names.person("Budi Santoso"),
        ledger.names.organisation("RS Harapan"),
        WorkKind.VOLUNTEER,
        RoleDetails(title="Companion"),
    )
    log(ledger, date(2026, 3, 2), hours="1")
    log(ledger, date(2026, 3, 10), hours="2.5")
    log(ledger, date(2026, 3, 4), hours="2", person="Budi Santoso")
    w = MainWindow(ledger, str(db_path))
    qtbot.addWidget(w)
    w.show()
    w.tabs.setCurrentWidget(w.dashboard)
    w.refresh()
    qtbot.waitUntil(lambda: w.dashboard.queue.table.rowCount() == 2, timeout=5000)
    return w


def _choose_siti(qtbot: QtBot, window: MainWindow) -> None:
    table = window.dashboard.queue.table
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # Budi, then Siti: people by name
    assert table.item(table.currentRow(), 1).text() == "Siti Rahmawati"


def test_the_queue_says_how_many_entries_and_hours_await_and_for_whom(
    window: MainWindow,
) -> None:
    queue = window.dashboard.queue
    assert queue.isVisible()
    assert queue.summary.text() == "3 entries await review · 5.50 h from 2 people"
    rows = [
        [queue.table.item(r, c).text() for c in range(4)] for r in range(queue.table.rowCount())
    ]
    assert rows == [
        ["RS Harapan", "Budi Santoso", "1", "2.00"],
        ["RS Harapan", "Siti Rahmawati", "2", "3.50"],
    ]


def test_opening_a_line_shows_those_entries_in_the_time_log(
    qtbot: QtBot, window: MainWindow
) -> None:
    _choose_siti(qtbot, window)
    qtbot.mouseClick(window.dashboard.queue.open_button, Qt.MouseButton.LeftButton)
    page = window.time_log
    assert window.tabs.currentWidget() is page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    assert page.filters.person.currentText() == "Siti Rahmawati"
    assert page.filters.status.currentText() == "Submitted"
    assert {page.model.line(r).person_name for r in range(2)} == {"Siti Rahmawati"}


def test_approving_an_organisation_asks_and_undo_takes_it_back(
    qtbot: QtBot, window: MainWindow, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def yes(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    _choose_siti(qtbot, window)
    qtbot.mouseClick(window.dashboard.queue.approve_org_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)  # the entries are found in a worker
    assert asked == ["Approve 3 entries (RS Harapan)? You can undo this with Ctrl+Z."]
    qtbot.waitUntil(lambda: not window.dashboard.queue.isVisible(), timeout=5000)
    assert ledger.approvals.queue() == []
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not window.time_log.writing(), timeout=5000)
    assert len(ledger.approvals.queue()) == 2


def test_approving_a_week_takes_only_that_week(
    qtbot: QtBot, window: MainWindow, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    def choose_the_first_week(dialog: WeekChoice) -> int:
        dialog.monday.setDate(QDate(2026, 3, 5))  # a Thursday: its week is 2 to 8 March
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(WeekChoice, "exec", choose_the_first_week)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    _choose_siti(qtbot, window)
    qtbot.mouseClick(window.dashboard.queue.approve_week_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.dashboard.queue.table.rowCount() == 1, timeout=5000)
    [left] = ledger.approvals.queue()
    assert (left.person_name, left.first_date) == ("Siti Rahmawati", date(2026, 3, 10))
    approved = [e for e in _all(ledger) if e.status is EntryStatus.APPROVED]
    assert sorted(e.date for e in approved) == [date(2026, 3, 2), date(2026, 3, 4)]


def test_the_entries_of_an_approval_are_found_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A slow server delays the question, not the window; a week with nothing waiting says
    so instead of asking."""
    server = threading.Event()
    threads: list[bool] = []
    awaiting = ledger.approvals.awaiting

    def slow_awaiting(selection: ReviewSelection) -> list[int]:
        threads.append(threading.current_thread() is threading.main_thread())
        assert server.wait(10), "the test never let the server answer"
        return awaiting(selection)

    def no_week(dialog: WeekChoice) -> int:
        dialog.monday.setDate(QDate(2026, 4, 6))  # nothing was logged in April
        return QDialog.DialogCode.Accepted

    asked: list[object] = []
    monkeypatch.setattr(ledger.approvals, "awaiting", slow_awaiting)
    monkeypatch.setattr(WeekChoice, "exec", no_week)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a))
    _choose_siti(qtbot, window)
    qtbot.mouseClick(window.dashboard.queue.approve_week_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(threads), timeout=2000)
    assert threads == [False]  # in a worker
    table = window.dashboard.queue.table
    qtbot.keyClick(table, Qt.Key.Key_Up)  # meanwhile the queue takes keys
    assert table.item(table.currentRow(), 1).text() == "Budi Santoso"
    server.set()
    qtbot.waitUntil(lambda: "Nothing awaits review there." in _said(window), timeout=2000)
    assert asked == [] and len(ledger.approvals.queue()) == 2


def _said(window: MainWindow) -> str:
    return window.dashboard.queue.message.text()


def _all(ledger: Ledger) -> list:  # type: ignore[type-arg]
    from okuvol_desktop.services.listing import LogQuery

    return [line.entry for line in ledger.listing.page(LogQuery(), limit=100)]


def test_the_queue_reads_its_next_lines_when_its_reader_reaches_the_last_one(
    qtbot: QtBot, ledger: Ledger, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long queue lists a few lines, and the next ones (read in a worker) when the
    keyboard reaches the last: every line can be reached without leaving the queue."""
    _long_queue(ledger, 12)
    table = _queue_of(_window(qtbot, ledger, db_path, monkeypatch)).table
    qtbot.waitUntil(lambda: table.rowCount() == 5, timeout=5000)
    threads, server = _held_reads(ledger, monkeypatch)
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(threads), timeout=2000)
    assert threads == [False]  # in a worker
    qtbot.keyClick(table, Qt.Key.Key_Up)  # meanwhile the queue takes keys
    assert table.currentRow() == 3
    server.set()
    qtbot.waitUntil(lambda: table.rowCount() == 10, timeout=5000)
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: table.rowCount() == 12, timeout=5000)
    names = [_text(table, row, 1) for row in range(12)]
    assert names == [f"Person {n:02d}" for n in range(1, 13)]
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert len(threads) == 2  # nothing more to read


def test_lines_read_before_an_approval_are_not_listed_after_it(
    qtbot: QtBot, ledger: Ledger, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    harapan = _long_queue(ledger, 12)
    window = _window(qtbot, ledger, db_path, monkeypatch)
    table = _queue_of(window).table
    qtbot.waitUntil(lambda: table.rowCount() == 5, timeout=5000)
    threads, server = _held_reads(ledger, monkeypatch)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(threads), timeout=2000)  # Persons 6 to 10, read
    ledger.approvals.approve(ledger.approvals.awaiting(ReviewSelection(harapan)))
    log(ledger, date(2026, 3, 3), hours="1", person="Person 01")
    _queue_of(window).refresh()
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=5000)
    server.set()  # the older answer comes now
    qtbot.wait(300)
    assert table.rowCount() == 1
    assert _text(table, 0, 1) == "Person 01"


def _window(
    qtbot: QtBot, ledger: Ledger, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    """The window on its dashboard, its queue read five lines at a time."""
    monkeypatch.setattr(review_queue, "LINES_A_READ", 5)
    window = MainWindow(ledger, str(db_path))
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.dashboard)
    window.refresh()
    return window


def _queue_of(window: MainWindow) -> review_queue.ReviewQueueBox:
    return window.dashboard.queue


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def _held_reads(
    ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[bool], threading.Event]:
    """Reads of the queue's next lines that read at once, but whose answer reaches the
    window only once the returned Event is set; and whether each ran in the GUI thread."""
    threads: list[bool] = []
    server = threading.Event()
    queue_after = ledger.approvals.queue_after

    def held(line: AwaitingReview, lines: int) -> list[AwaitingReview]:
        threads.append(threading.current_thread() is threading.main_thread())
        found = queue_after(line, lines)
        assert server.wait(10), "the test never let the server answer"
        return found

    monkeypatch.setattr(ledger.approvals, "queue_after", held)
    return threads, server


def _long_queue(ledger: Ledger, people: int) -> OrganisationId:
    """``people`` people with one submitted hour each at RS Harapan; its id."""
    ledger.organisations.add("RS Harapan", type="Hospital")
    harapan = ledger.names.organisation("RS Harapan")
    for n in range(people, 0, -1):
        person = ledger.people.add(f"Person {n:02d}")
        ledger.roles.add(person.id, harapan, WorkKind.VOLUNTEER, RoleDetails(title="Companion"))
        log(ledger, date(2026, 3, 2), hours="1", person=person.full_name)
    return harapan
