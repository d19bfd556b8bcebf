"""The timer bar, Ctrl+T, the status bar and the tray, driven as a person would, in English and
in Indonesian, across a simulated restart of the application."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from okuvol_desktop.domain.kinds import EntrySource
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.listing import LogQuery
from okuvol_desktop.services.timer import TimerStatus
from okuvol_desktop.ui.i18n import LanguageSwitcher
from okuvol_desktop.ui.main_window import MainWindow
from okuvol_desktop.ui.tasks import BackgroundRunner
from okuvol_desktop.ui.timer_bar import RUNNING_GLYPH, TimerBar, start_day
from tests.conftest import FixedClock
from tests.services.helpers import dual_role_person, log

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(params=["en", "id"])
def language(request: pytest.FixtureRequest, english: LanguageSwitcher) -> Iterator[str]:
    """The window in English, then in Bahasa Indonesia (its locale writes 1.02.03)."""
    assert english.use(request.param)
    yield request.param
    english.use("en")


def _settled(window: MainWindow) -> bool:
    return not any(runner.busy() for runner in window.findChildren(BackgroundRunner))


def _window(qtbot: QtBot, ledger: Ledger, db_path: object = "x") -> MainWindow:
    window = MainWindow(ledger, str(db_path))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.refresh()
    qtbot.waitUntil(lambda: _settled(window), timeout=5000)
    return window


def _written(qtbot: QtBot, bar: TimerBar) -> None:
    """Wait for what the bar asked of the ledger to be done and shown (its writes run in the
    window's write thread)."""
    qtbot.waitUntil(lambda: not bar.writing() and _settled(bar.window()), timeout=5000)


def _choose(qtbot: QtBot, bar: TimerBar, person: str, role: str) -> None:
    """Pick a person and a role by typing their first letters, as on a keyboard."""
    qtbot.keyClicks(bar.person, person)
    qtbot.keyClicks(bar.role, role)


def _running(ledger: Ledger) -> TimerStatus:
    (status,) = ledger.timer.status()
    return status


def _answer(role: QMessageBox.ButtonRole, seen: list[str]) -> None:
    """Click the button of ``role`` in the message box about to open; note what it said."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        button = next(b for b in box.buttons() if box.buttonRole(b) is role)
        button.click()

    QTimer.singleShot(0, click)


def _seconds(text: str, language: str) -> str:
    """h:mm:ss as the language's locale writes it."""
    return text.replace(":", ".") if language == "id" else text


def test_type_choose_and_start_then_stop_into_an_entry(
    qtbot: QtBot, ledger: Ledger, clock: FixedClock, language: str
) -> None:
    dual_role_person(ledger)
    dual_role_person(ledger, "Budi Santoso")
    window = _window(qtbot, ledger)
    bar = window.timer_bar
    assert not bar.glyph.isVisible() and bar.elapsed.text() == _seconds("0:00:00", language)
    qtbot.keyClicks(bar.description, "Reading with year 3")
    _choose(qtbot, bar, "Siti", "Tutor")
    qtbot.mouseClick(bar.toggle_button, Qt.MouseButton.LeftButton)
    _written(qtbot, bar)

    status = _running(ledger)
    assert (status.person_name, status.role_title) == ("Siti Rahmawati", "Tutor")
    assert status.timer.description == "Reading with year 3"
    assert bar.glyph.isVisible() and bar.glyph.text() == RUNNING_GLYPH == "\u25cf"
    assert bar.discard_button.isVisible() and not bar.role.isEnabled()
    assert bar.start_time.time().toString("HH:mm") == "12:00"  # Jakarta
    clock.advance(hours=1, minutes=2, seconds=3)
    qtbot.waitUntil(lambda: bar.elapsed.text() == _seconds("1:02:03", language), timeout=3000)
    at = "di" if language == "id" else "at"  # "%1 at %2" in the window's language
    assert f"{RUNNING_GLYPH} Siti Rahmawati: Tutor {at} RS Harapan" in window.timer.label.text()

    qtbot.mouseClick(bar.toggle_button, Qt.MouseButton.LeftButton)
    _written(qtbot, bar)
    assert ledger.timer.status() == []
    (line,) = ledger.listing.page(LogQuery())
    assert (line.entry.source, line.entry.minutes, line.entry.description) == (
        EntrySource.TIMER,
        62,
        "Reading with year 3",
    )
    assert bar.description.text() == "" and not bar.glyph.isVisible()


def test_a_slow_server_delays_the_timer_not_the_window(
    qtbot: QtBot, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Start and stop wait for the ledger in the write thread; the window takes keys."""
    dual_role_person(ledger)
    window = _window(qtbot, ledger)
    bar = window.timer_bar
    _choose(qtbot, bar, "Siti", "Tutor")
    server = threading.Event()
    start = ledger.timer.start

    def slow_start(*args: object, **kwargs: object) -> TimerStatus:
        assert server.wait(10), "the test never let the server answer"
        return start(*args, **kwargs)  # type: ignore[arg-type]

    read_in: list[bool] = []  # where the bar reads the running timers: never the GUI thread
    status = ledger.timer.status

    def watched_status() -> list[TimerStatus]:
        read_in.append(threading.current_thread() is threading.main_thread())
        return status()

    monkeypatch.setattr(ledger.timer, "start", slow_start)
    monkeypatch.setattr(ledger.timer, "status", watched_status)
    qtbot.mouseClick(bar.toggle_button, Qt.MouseButton.LeftButton)
    assert bar.writing() and status() == []
    qtbot.keyClicks(bar.description, "Ward round")  # typed while the server thinks
    assert bar.description.text() == "Ward round"
    server.set()
    _written(qtbot, bar)
    assert True not in read_in and read_in  # shown after the start: read in a worker
    assert _running(ledger).person_name == "Siti Rahmawati"
    assert bar.glyph.isVisible()
    read_in.clear()
    window.refresh()
    _written(qtbot, bar)
    assert True not in read_in and read_in


def test_the_role_timed_last_comes_chosen_again(
    qtbot: QtBot, ledger: Ledger, clock: FixedClock
) -> None:
    dual_role_person(ledger, "Ani Wijaya")
    dual_role_person(ledger)
    first = _window(qtbot, ledger)
    _choose(qtbot, first.timer_bar, "Siti", "Tutor")
    first.close()
    second = _window(qtbot, ledger)
    assert second.timer_bar.person.currentText() == "Siti Rahmawati"
    assert second.timer_bar.role.currentText().startswith("Tutor")


def test_ctrl_t_starts_and_stops_and_the_description_has_a_shortcut(
    qtbot: QtBot, ledger: Ledger, clock: FixedClock
) -> None:
    dual_role_person(ledger)
    window = _window(qtbot, ledger)
    bar = window.timer_bar
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert bar.description.hasFocus()
    qtbot.keyClicks(bar.description, "Ward round")
    qtbot.keyClick(bar.description, Qt.Key.Key_Return)  # Enter starts, as in Toggl
    _written(qtbot, bar)
    assert _running(ledger).timer.description == "Ward round"
    assert window.timer.action.text() == "Stop &timer"
    qtbot.keyClicks(bar.description, " and notes")
    qtbot.keyClick(bar.description, Qt.Key.Key_Return)  # while running: keeps the words
    _written(qtbot, bar)
    assert _running(ledger).timer.description == "Ward round and notes"
    clock.advance(minutes=5)
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL)
    _written(qtbot, window.timer_bar)
    assert ledger.timer.status() == []
    assert window.timer.action.text() == "Start &timer"


def test_every_control_has_a_name_and_tab_goes_what_whose_role_start(
    qtbot: QtBot, ledger: Ledger, language: str
) -> None:
    dual_role_person(ledger)
    window = _window(qtbot, ledger)
    bar = window.timer_bar
    ledger.timer.start(
        ledger.names.person("Siti Rahmawati"),
        ledger.names.organisation("RS Harapan"),
        role=ledger.names.role(
            ledger.names.person("Siti Rahmawati"), ledger.names.organisation("RS Harapan"), "Tutor"
        ),
    )
    window.refresh()
    for widget in (
        bar.glyph,
        bar.description,
        bar.person,
        bar.role,
        bar.elapsed,
        bar.start_time,
        bar.toggle_button,
        bar.discard_button,
        bar.recent_button,
    ):
        assert widget.accessibleName(), widget
    chain = [bar.description]
    for _ in range(5):
        chain.append(chain[-1].nextInFocusChain())
    chain = [w for w in chain if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    expected = [bar.description, bar.person, bar.role, bar.toggle_button, bar.start_time]
    assert [w for w in chain if w in expected][:4] == expected[:4]


def test_editing_the_start_moves_it_and_a_refusal_is_said_beside_it(
    qtbot: QtBot, ledger: Ledger, clock: FixedClock, language: str
) -> None:
    dual_role_person(ledger)
    log(ledger, date(2026, 11, 28), start=time(9, 0), end=time(10, 0))
    window = _window(qtbot, ledger)
    bar = window.timer_bar
    _choose(qtbot, bar, "Siti", "Tutor")
    qtbot.mouseClick(bar.toggle_button, Qt.MouseButton.LeftButton)
    _written(qtbot, bar)
    clock.advance(minutes=30)  # 12:30 in Jakarta

    def type_start(text: str) -> None:
        bar.toggle_button.setFocus()
        qtbot.keyClick(bar.toggle_button, Qt.Key.Key_Tab)  # Stop, then the start time
        assert bar.start_time.hasFocus()
        qtbot.keyClicks(bar.start_time, text)
        qtbot.keyClick(bar.start_time, Qt.Key.Key_Return)
        _written(qtbot, bar)

    type_start("1045")  # "I began at 10:45 and forgot the timer"
    assert _running(ledger).timer.started_at == datetime(2026, 11, 28, 3, 45, tzinfo=UTC)
    qtbot.waitUntil(lambda: bar.elapsed.text() == _seconds("1:45:00", language), timeout=3000)
    assert not bar.error.isVisible()

    type_start("0930")  # inside the entry of 09:00-10:00
    assert _running(ledger).timer.started_at == datetime(2026, 11, 28, 3, 45, tzinfo=UTC)
    assert bar.error.isVisible() and bar.error.text()
    assert bar.start_time.time().toString("HH:mm") == "09:30"  # kept, to be corrected
    if language == "en":
        assert "overlap" in bar.error.text()

    type_start("1300")  # later than now: yesterday at 13:00, also across the entry
    assert bar.error.isVisible()
    assert _running(ledger).timer.started_at == datetime(2026, 11, 28, 3, 45, tzinfo=UTC)

    type_start("1015")  # corrected
    assert _running(ledger).timer.started_at == datetime(2026, 11, 28, 3, 15, tzinfo=UTC)
    assert not bar.error.isVisible() and not bar.start_day.isVisible()


def test_the_day_of_a_typed_start() -> None:
    now = datetime(2026, 11, 28, 0, 30)
    assert start_day(time(0, 10), now) == date(2026, 11, 28)
    assert start_day(time(23, 50), now) == date(2026, 11, 27)  # before midnight


def test_stopping_under_a_minute_offers_discard_or_keep_running(
    qtbot: QtBot, ledger: Ledger, clock: FixedClock, language: str
) -> None:
    dual_role_person(ledger)
    window = _window(qtbot, ledger)
    bar = window.timer_bar
    _choose(qtbot, bar, "Siti", "Tutor")
    qtbot.mouseClick(bar.toggle_button, Qt.MouseButton.LeftButton)
    _written(qtbot, bar)
    clock.advance(seconds=40)
    seen: list[str] = []

    _answer(QMessageBox.ButtonRole.RejectRole, seen)  # Keep running
    qtbot.mouseClick(bar.toggle_button, Qt.MouseButton.LeftButton)
    _written(qtbot, bar)
    assert len(ledger.timer.status()) == 1 and bar.glyph.isVisible()

    _answer(QMessageBox.ButtonRole.DestructiveRole, seen)  # Discard
    qtbot.mouseClick(bar.toggle_button, Qt.MouseButton.LeftButton)
    _written(qtbot, bar)
    assert ledger.timer.status() == [] and not bar.glyph.isVisible()
    assert ledger.listing.page(LogQuery()) == []
    assert len(seen) == 2
    if language == "en":
        assert seen[0] == "The timer has run for less than a minute, too short to log."


def test_discard_asks_first_and_logs_nothing(
    qtbot: QtBot, ledger: Ledger, clock: FixedClock
) -> None:
    dual_role_person(ledger)
    window = _window(qtbot, ledger)
    bar = window.timer_bar
    _choose(qtbot, bar, "Siti", "Nurse")
    qtbot.mouseClick(bar.toggle_button, Qt.MouseButton.LeftButton)
    _written(qtbot, bar)
    clock.advance(minutes=20)
    seen: list[str] = []
    _answer(QMessageBox.ButtonRole.RejectRole, seen)
    qtbot.mouseClick(bar.discard_button, Qt.MouseButton.LeftButton)
    _written(qtbot, bar)
    assert len(ledger.timer.status()) == 1
    _answer(QMessageBox.ButtonRole.DestructiveRole, seen)
    qtbot.mouseClick(bar.discard_button, Qt.MouseButton.LeftButton)
    _written(qtbot, bar)
    assert ledger.timer.status() == []
    assert ledger.listing.page(LogQuery()) == []
    assert seen[0] == "Discard the timer that has run for 0:20:00?"


def test_continue_an_entry_from_the_time_log_and_from_the_recent_menu(
    qtbot: QtBot, ledger: Ledger, clock: FixedClock, language: str
) -> None:
    dual_role_person(ledger)
    old = log(
        ledger,
        date(2026, 11, 27),
        hours="2",
        description="Maths homework club",
        category="education",
    )
    window = _window(qtbot, ledger)
    page = window.time_log
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    assert page.continue_action in page.table.actions()  # its context menu
    page.continue_action.trigger()
    _written(qtbot, window.timer_bar)

    status = _running(ledger)
    assert (status.timer.role_id, status.timer.description, status.timer.category_id) == (
        old.role_id,
        "Maths homework club",
        old.category_id,
    )
    bar = window.timer_bar
    assert bar.description.text() == "Maths homework club" and bar.glyph.isVisible()

    clock.advance(minutes=45)
    qtbot.mouseClick(bar.toggle_button, Qt.MouseButton.LeftButton)  # logs 45 minutes
    _written(qtbot, bar)
    qtbot.waitUntil(lambda: _settled(window), timeout=5000)
    texts = [a.text() for a in bar.recent_menu.actions()]
    assert texts[0].startswith("Maths homework club — Tutor")
    bar.recent_menu.actions()[0].trigger()
    _written(qtbot, bar)
    assert _running(ledger).timer.description == "Maths homework club"
    assert _running(ledger).timer.category_id == old.category_id


def test_on_an_empty_ledger_start_says_what_to_add_and_opens_people(
    qtbot: QtBot, ledger: Ledger, language: str
) -> None:
    window = _window(qtbot, ledger)
    seen: list[str] = []
    _answer(QMessageBox.ButtonRole.AcceptRole, seen)  # Open People
    qtbot.mouseClick(window.timer_bar.toggle_button, Qt.MouseButton.LeftButton)
    _written(qtbot, window.timer_bar)
    assert len(seen) == 1 and ledger.timer.status() == []
    assert window.tabs.currentWidget() is window.people
    if language == "en":
        assert seen[0].startswith("There is no one to time yet. Add a person in People")


def test_a_person_with_no_open_role_is_told_to_get_one(qtbot: QtBot, ledger: Ledger) -> None:
    ledger.people.add("Rina Nasution")
    window = _window(qtbot, ledger)
    seen: list[str] = []
    _answer(QMessageBox.ButtonRole.RejectRole, seen)  # Close
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL)
    _written(qtbot, window.timer_bar)
    assert seen == [
        "Rina Nasution has no role open today. Give them a role at an organisation in "
        "People, then start the timer."
    ]
    assert window.tabs.currentWidget() is window.dashboard


def test_timer_survives_a_restart_and_stops_into_an_entry(
    qtbot: QtBot, ledger: Ledger, db_path: Path, clock: FixedClock
) -> None:
    dual_role_person(ledger)
    clock.now = datetime(2026, 11, 28, 1, 0, tzinfo=UTC)  # 08:00 in Jakarta
    first = _window(qtbot, ledger, db_path)
    _choose(qtbot, first.timer_bar, "Siti", "Tutor")
    assert first.timer.action.text() == "Start &timer"
    qtbot.keyClick(first, Qt.Key.Key_T, CTRL)
    _written(qtbot, first.timer_bar)
    assert first.timer.action.text() == "Stop &timer"
    assert "Siti Rahmawati: Tutor at RS Harapan — 0:00:00" in first.timer.label.text()
    first.close()  # quit...

    clock.advance(hours=1, minutes=30)
    reopened = Ledger.open(str(db_path), timezone="Asia/Jakarta", clock=clock)  # ...and start
    try:
        second = _window(qtbot, reopened, db_path)
        assert "Tutor at RS Harapan — 1:30:00" in second.timer.label.text()
        assert second.timer_bar.elapsed.text() == "1:30:00"
        qtbot.keyClick(second, Qt.Key.Key_T, CTRL)
        _written(qtbot, second.timer_bar)
        assert second.timer.label.text() == ""
        second.tabs.setCurrentWidget(second.time_log)  # loads when shown
        qtbot.waitUntil(lambda: second.time_log.model.rowCount() == 1, timeout=5000)
        entry = second.time_log.model.line(0).entry
    finally:
        reopened.close()
    assert (entry.source, entry.minutes, f"{entry.start:%H:%M}") == (EntrySource.TIMER, 90, "08:00")


def test_the_bar_follows_a_timer_started_elsewhere(qtbot: QtBot, ledger: Ledger) -> None:
    dual_role_person(ledger, "Ani Wijaya")
    dual_role_person(ledger)
    window = _window(qtbot, ledger)
    ledger.timer.start(
        ledger.names.person("Siti Rahmawati"),
        ledger.names.organisation("RS Harapan"),
        role=ledger.names.role(
            ledger.names.person("Siti Rahmawati"), ledger.names.organisation("RS Harapan"), "Tutor"
        ),
        description="From the CLI",
    )
    window.refresh()
    qtbot.waitUntil(lambda: _settled(window), timeout=5000)
    bar = window.timer_bar
    assert bar.person.currentText() == "Siti Rahmawati"
    assert bar.description.text() == "From the CLI"
    assert window.timer.action.text() == "Stop &timer"
    ledger.timer.cancel()
    window.refresh()  # the running timers are read in a worker
    qtbot.waitUntil(lambda: _settled(window), timeout=5000)
    assert window.timer.label.text() == "" and bar.description.text() == ""


def test_a_timer_begun_yesterday_shows_its_day(
    qtbot: QtBot, ledger: Ledger, clock: FixedClock
) -> None:
    dual_role_person(ledger)
    clock.now = datetime(2026, 11, 27, 16, 30, tzinfo=UTC)  # 23:30 in Jakarta
    ledger.timer.start(
        ledger.names.person("Siti Rahmawati"),
        ledger.names.organisation("RS Harapan"),
        role=ledger.names.role(
            ledger.names.person("Siti Rahmawati"), ledger.names.organisation("RS Harapan"), "Nurse"
        ),
    )
    clock.advance(hours=2)
    window = _window(qtbot, ledger)
    bar = window.timer_bar
    assert bar.start_time.time().toString("HH:mm") == "23:30"
    assert bar.start_day.isVisible() and bar.start_day.text() == "27/11/2026"
    assert bar.elapsed.text() == "2:00:00"


# The offscreen platform's own complaints about a tray and raise() it does not have.
@pytest.mark.qt_log_ignore("systemTrayWindowChanged", "does not support raise")
def test_the_tray_icon_starts_and_stops_the_timer_and_tells_the_time(
    qtbot: QtBot, ledger: Ledger, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The offscreen platform has no tray; a desktop session does.
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    dual_role_person(ledger)
    window = _window(qtbot, ledger)
    _choose(qtbot, window.timer_bar, "Siti", "Tutor")
    tray = window.timer.tray
    assert tray is not None and tray.toolTip() == "No timer is running"
    menu = tray.contextMenu()
    assert menu is not None
    start = next(a for a in menu.actions() if a.text() == "Start &timer")
    start.trigger()
    _written(qtbot, window.timer_bar)
    clock.advance(minutes=45)
    qtbot.waitUntil(lambda: "— 0:45:00" in tray.toolTip(), timeout=3000)
    assert f"{RUNNING_GLYPH} Siti Rahmawati: Tutor at RS Harapan" in tray.toolTip()
    assert [a.text() for a in menu.actions()] == ["Stop &timer"]

    window.showMinimized()
    tray.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=2000)

    menu.actions()[0].trigger()
    _written(qtbot, window.timer_bar)
    assert tray.toolTip() == "No timer is running"
    assert ledger.timer.status() == []
