"""Rejected, fixed, sent again: the loop between a volunteer and a coordinator, in the window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from okuvol_desktop.domain.kinds import EntryStatus
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.dialogs.entry_dialog import EntryChoice, EntryDialog
from okuvol_desktop.ui.lookups import Lookups
from okuvol_desktop.ui.main_window import MainWindow
from okuvol_desktop.ui.models.entry_table import COL_STATUS
from tests.services.helpers import dual_role_person, log

NOTE = "Wrong day: you were at the clinic on Monday"


@pytest.fixture
def window(qtbot: QtBot, ledger: Ledger, db_path: Path) -> MainWindow:
    dual_role_person(ledger)
    w = MainWindow(ledger, str(db_path))
    qtbot.addWidget(w)
    w.show()
    w.tabs.setCurrentWidget(w.time_log)
    w.refresh()
    qtbot.waitUntil(lambda: w.time_log.filters.person.count() > 1, timeout=5000)
    return w


def _rejected(ledger: Ledger) -> int:
    entry = log(ledger, date(2026, 3, 2), hours="3")
    ledger.approvals.reject([entry.id], NOTE)
    return entry.id


def _show_only_row(qtbot: QtBot, window: MainWindow) -> None:
    page = window.time_log
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.setFocus()
    page.table.selectRow(0)


def _status_text(window: MainWindow) -> str:
    model = window.time_log.model
    return str(model.data(model.index(0, COL_STATUS)))


def test_the_rejection_note_shows_in_the_time_log_and_the_row_can_be_acted_on(
    qtbot: QtBot, window: MainWindow, ledger: Ledger
) -> None:
    _rejected(ledger)
    _show_only_row(qtbot, window)
    page = window.time_log
    model = page.model
    assert _status_text(window) == "Rejected"
    assert NOTE in str(model.data(model.index(0, COL_STATUS), Qt.ItemDataRole.ToolTipRole))
    assert page.review_detail.isVisible() and NOTE in page.review_detail.text()
    assert page.submit_action.isEnabled() and page.delete_action.isEnabled()
    assert page.approve_action.isEnabled()  # a reviewer may change their mind
    assert not page.reject_action.isEnabled()


def test_the_owner_fixes_the_entry_and_it_goes_back_with_what_changed(
    qtbot: QtBot, window: MainWindow, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry_id = _rejected(ledger)
    _show_only_row(qtbot, window)
    seen: dict[str, str] = {}

    def fix_the_date(cls: type, parent: object, led: Ledger, *a: object, **k: object) -> object:
        line = k["line"]
        dialog = EntryDialog(led, Lookups.load(led), date(2026, 11, 28), line.entry)  # type: ignore[attr-defined]
        qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))  # no "discard?" at teardown
        dialog.show()
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen["banner"] = dialog.review_banner.text() if dialog.review_banner.isVisible() else ""
        seen["ok"] = ok.text()
        dialog.date.setFocus()
        dialog.date.setDate(QDate(2026, 3, 3))
        dialog.hours.clear()
        qtbot.keyClicks(dialog.hours, "2.5")
        qtbot.waitUntil(ok.isEnabled, timeout=2000)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        choice: EntryChoice | None = dialog.choice()
        return choice

    monkeypatch.setattr(EntryDialog, "ask", classmethod(fix_the_date))
    qtbot.keyClick(window.time_log.table, Qt.Key.Key_Return)
    assert NOTE in seen["banner"] and "sends the entry back for review" in seen["banner"]
    assert seen["ok"].replace("&", "") == "Save and send for review"
    qtbot.waitUntil(lambda: _status_text(window) == "Resubmitted", timeout=5000)
    fixed = ledger.entries.get(entry_id)
    assert (fixed.status, fixed.date, fixed.minutes) == (
        EntryStatus.SUBMITTED,
        date(2026, 3, 3),
        150,
    )
    # The coordinator chooses it and reads what changed since the rejection.
    window.time_log.table.selectRow(0)
    detail = window.time_log.review_detail
    qtbot.waitUntil(lambda: "Changed since the review:" in detail.text(), timeout=5000)
    detail = detail.text()
    assert NOTE in detail
    assert "Changed since the review:" in detail and "hours 3.00 → 2.50" in detail
    assert "date" in detail
    assert window.time_log.approve_action.isEnabled()
    window.time_log.approve_action.trigger()
    qtbot.waitUntil(lambda: _status_text(window) == "Approved", timeout=5000)
    assert [r.status for r in ledger.approvals.history(entry_id)] == [
        EntryStatus.REJECTED,
        EntryStatus.APPROVED,
    ]


def test_resubmit_as_it_is_or_delete_a_rejected_entry(
    qtbot: QtBot, window: MainWindow, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry_id = _rejected(ledger)
    _show_only_row(qtbot, window)
    window.time_log.submit_action.trigger()  # the note was answered by telephone
    qtbot.waitUntil(lambda: _status_text(window) == "Resubmitted", timeout=5000)
    window.time_log.table.selectRow(0)
    detail = window.time_log.review_detail
    qtbot.waitUntil(lambda: "Nothing changed since the review." in detail.text(), timeout=5000)
    ledger.approvals.reject([entry_id], "Still the wrong day")
    _show_only_row(qtbot, window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(window.time_log.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.time_log.model.rowCount() == 0, timeout=5000)
    window.undo_action.trigger()  # and back, with its history
    qtbot.waitUntil(lambda: not window.time_log.writing(), timeout=5000)
    assert [r.note for r in ledger.approvals.history(entry_id)] == [NOTE, "Still the wrong day"]


def test_the_dialog_shows_the_length_the_times_make(qtbot: QtBot, ledger: Ledger) -> None:
    dual_role_person(ledger)
    dialog = EntryDialog(ledger, Lookups.load(ledger), date(2026, 11, 28))
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))  # no "discard?" at teardown
    dialog.show()
    qtbot.mouseClick(dialog.by_times, Qt.MouseButton.LeftButton)
    dialog.start.setTime(QTime(22, 0))
    dialog.end.setTime(QTime(6, 30))  # the next morning
    qtbot.waitUntil(lambda: dialog.computed.text() == "= 8.50 h", timeout=2000)
    qtbot.mouseClick(dialog.by_hours, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.computed.text() == "", timeout=2000)
    assert not dialog.review_banner.isVisible()  # a new entry has no review
