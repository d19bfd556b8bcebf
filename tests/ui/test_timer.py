"""The timer from Ctrl+T and the status bar, across a simulated restart of the application."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from okuvol_desktop.domain.kinds import EntrySource
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.lookups import Lookups
from okuvol_desktop.ui.main_window import MainWindow
from okuvol_desktop.ui.timer_controller import TimerController
from tests.conftest import FixedClock
from tests.services.helpers import dual_role_person


def _tutor(parent: object, lookups: Lookups) -> tuple[int, int, int]:
    role = next(r for r in lookups.roles if r.title == "Tutor")
    return role.person_id, role.organisation_id, role.id


def _window(qtbot: QtBot, ledger: Ledger, db_path: Path) -> MainWindow:
    window = MainWindow(ledger, str(db_path))
    window.timer._chooser = _tutor  # the question a person would answer
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.refresh()
    return window


def test_timer_survives_a_restart_and_stops_into_an_entry(
    qtbot: QtBot, ledger: Ledger, db_path: Path, clock: FixedClock
) -> None:
    dual_role_person(ledger)
    clock.now = datetime(2026, 11, 28, 1, 0, tzinfo=UTC)  # 08:00 in Jakarta
    first = _window(qtbot, ledger, db_path)
    assert first.timer.action.text() == "Start &timer…"
    qtbot.keyClick(first, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert first.timer.action.text() == "Stop &timer"
    assert "Siti Rahmawati: Tutor at RS Harapan — 0:00 h" in first.timer.label.text()
    first.close()  # quit...

    clock.advance(hours=1, minutes=30)
    reopened = Ledger.open(str(db_path), timezone="Asia/Jakarta", clock=clock)  # ...and start
    try:
        second = _window(qtbot, reopened, db_path)
        assert "Tutor at RS Harapan — 1:30 h" in second.timer.label.text()
        qtbot.keyClick(second, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        assert second.timer.label.text() == ""
        second.tabs.setCurrentWidget(second.time_log)  # loads when shown
        qtbot.waitUntil(lambda: second.time_log.model.rowCount() == 1, timeout=5000)
        entry = second.time_log.model.line(0).entry
    finally:
        reopened.close()
    assert (entry.source, entry.minutes, f"{entry.start:%H:%M}") == (EntrySource.TIMER, 90, "08:00")


def test_the_timer_widget_follows_the_database(qtbot: QtBot, ledger: Ledger) -> None:
    dual_role_person(ledger)
    holder = MainWindow(ledger, "x")
    qtbot.addWidget(holder)
    controller = TimerController(ledger, holder, chooser=_tutor)
    ledger.timer.start("Siti Rahmawati", "RS Harapan", role="Tutor")  # from the command line
    controller.refresh()
    assert controller.action.text() == "Stop &timer"
    ledger.timer.cancel()
    controller.refresh()
    assert controller.label.text() == ""


# The offscreen platform's own complaints about a tray and raise() it does not have.
@pytest.mark.qt_log_ignore("systemTrayWindowChanged", "does not support raise")
def test_the_tray_icon_starts_and_stops_the_timer_and_tells_the_time(
    qtbot: QtBot, ledger: Ledger, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The offscreen platform has no tray; a desktop session does.
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    dual_role_person(ledger)
    holder = MainWindow(ledger, "x")
    qtbot.addWidget(holder)
    controller = TimerController(ledger, holder, chooser=_tutor)
    controller.refresh()
    tray = controller.tray
    assert tray is not None and tray.toolTip() == "No timer is running"
    menu = tray.contextMenu()
    assert menu is not None
    start = next(a for a in menu.actions() if a.text() == "Start &timer…")
    start.trigger()
    clock.advance(minutes=45)
    controller.refresh()
    assert "Siti Rahmawati: Tutor at RS Harapan — 0:45 h" in tray.toolTip()
    assert [a.text() for a in menu.actions()] == ["Stop &timer"]

    holder.showMinimized()
    tray.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    qtbot.waitUntil(lambda: not holder.isMinimized(), timeout=2000)

    menu.actions()[0].trigger()
    assert tray.toolTip() == "No timer is running"
    assert ledger.timer.status() == []
