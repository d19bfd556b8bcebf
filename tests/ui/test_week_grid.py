"""The week grid: a week of hours typed into cells, saved at once, undone at once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.dialogs.week_grid_dialog import WeekGridDialog
from okuvol_desktop.ui.i18n import LanguageSwitcher
from okuvol_desktop.ui.lookups import Lookups
from okuvol_desktop.ui.main_window import MainWindow
from tests.services.helpers import dual_role_person, log

TODAY = date(2026, 11, 28)  # a Saturday; its week runs from Monday 23 to Sunday 29
MONDAY, TUESDAY, SUNDAY = 0, 1, 6


@pytest.fixture
def siti(ledger: Ledger) -> int:
    dual_role_person(ledger)
    return next(p.id for p in ledger.people.by_name() if p.full_name == "Siti Rahmawati")


def _grid(qtbot: QtBot, ledger: Ledger, person_id: int, **options: object) -> WeekGridDialog:
    dialog = WeekGridDialog(ledger, Lookups.load(ledger), TODAY, person_id=person_id, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0 and dialog.table.isEnabled(), timeout=5000)
    return dialog


def _row(dialog: WeekGridDialog, title: str) -> int:
    sheet = dialog.model.sheet
    assert sheet is not None
    return next(i for i, row in enumerate(sheet.rows) if row.role.title == title)


def _type(qtbot: QtBot, dialog: WeekGridDialog, row: int, column: int, text: str) -> None:
    """Choose a cell with the keyboard's F2 and type into its editor, then Return."""
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.model.index(row, column))
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    editors = [e for e in dialog.table.findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "F2 opened no editor"
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes the editor through a queued call.
    editing = QAbstractItemView.State.EditingState
    qtbot.waitUntil(lambda: dialog.table.state() != editing, timeout=2000)


def _text(dialog: WeekGridDialog, row: int, column: int) -> str:
    return str(dialog.model.index(row, column).data())


def _save(qtbot: QtBot, dialog: WeekGridDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.saving(), timeout=5000)  # logged in the write thread


def test_typed_hours_add_to_what_is_logged_and_totals_follow(
    qtbot: QtBot, ledger: Ledger, siti: int
) -> None:
    log(ledger, date(2026, 11, 23), kind=WorkKind.PROFESSIONAL, hours="8")
    dialog = _grid(qtbot, ledger, siti, weekly_limit_minutes=12 * 60)
    nurse, tutor = _row(dialog, "Nurse"), _row(dialog, "Tutor")
    total_row, total_column = dialog.model.rowCount() - 1, 7
    assert _text(dialog, nurse, MONDAY) == "8:00"  # already logged, shown in grey
    assert dialog.model.index(nurse, MONDAY).data(Qt.ItemDataRole.EditRole) == ""

    _type(qtbot, dialog, tutor, MONDAY, "2,5")
    _type(qtbot, dialog, nurse, TUESDAY, "7:45")

    assert _text(dialog, tutor, MONDAY) == "2:30"
    assert _text(dialog, total_row, MONDAY) == "10:30"
    assert _text(dialog, nurse, total_column) == "15:45"
    assert _text(dialog, total_row, total_column) == "18:15"
    assert "New: 10:15" in dialog.summary.text()
    assert "over your weekly limit of 12:00" in dialog.summary.text()


def test_days_to_come_cannot_be_typed_into(qtbot: QtBot, ledger: Ledger, siti: int) -> None:
    dialog = _grid(qtbot, ledger, siti)
    nurse = _row(dialog, "Nurse")
    assert not dialog.model.flags(dialog.model.index(nurse, SUNDAY)) & Qt.ItemFlag.ItemIsEditable
    assert dialog.model.flags(dialog.model.index(nurse, 5)) & Qt.ItemFlag.ItemIsEditable
    assert "not come yet" in str(
        dialog.model.index(nurse, SUNDAY).data(Qt.ItemDataRole.ToolTipRole)
    )
    assert not dialog.next_week.isEnabled()


def test_words_that_are_not_hours_are_refused_with_a_reason(
    qtbot: QtBot, ledger: Ledger, siti: int
) -> None:
    dialog = _grid(qtbot, ledger, siti)
    nurse = _row(dialog, "Nurse")
    _type(qtbot, dialog, nurse, MONDAY, "two")
    assert "'two' is not a number of hours" in dialog.message.text()
    assert _text(dialog, nurse, MONDAY) == ""
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()


def test_a_cell_a_rule_refuses_saves_nothing_and_is_pointed_at(
    qtbot: QtBot, ledger: Ledger, siti: int, db_path: Path
) -> None:
    dialog = _grid(qtbot, ledger, siti)
    nurse, tutor = _row(dialog, "Nurse"), _row(dialog, "Tutor")
    _type(qtbot, dialog, nurse, MONDAY, "8")
    _type(qtbot, dialog, tutor, TUESDAY, "25")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.message.text().startswith("Tutor on 2026-11-24: ")
    assert dialog.table.currentIndex() == dialog.model.index(tutor, TUESDAY)
    assert dialog.model.index(tutor, TUESDAY).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert ledger.listing.page(_all(), limit=10) == []

    _type(qtbot, dialog, tutor, TUESDAY, "2")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert sorted((e.date, e.minutes) for e in dialog.saved) == [
        (date(2026, 11, 23), 480),
        (date(2026, 11, 24), 120),
    ]


def _all() -> object:
    from okuvol_desktop.ui.filter_bar import FilterBar

    return FilterBar().query("date", True)


def test_moving_to_another_week_asks_before_dropping_typed_hours(
    qtbot: QtBot, ledger: Ledger, siti: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _grid(qtbot, ledger, siti)
    _type(qtbot, dialog, _row(dialog, "Nurse"), MONDAY, "3")
    asked: list[str] = []

    def answer_no(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    qtbot.mouseClick(dialog.previous_week, Qt.MouseButton.LeftButton)
    assert asked and dialog.model.typed_minutes() == 180
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.previous_week, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.model.sheet is not None and dialog.model.sheet.days[0] == date(2026, 11, 16)
    )
    assert dialog.model.typed_minutes() == 0
    assert dialog.next_week.isEnabled()


def test_the_grid_model_passes_qtmodeltester(
    qtbot: QtBot, ledger: Ledger, siti: int, qtmodeltester: object
) -> None:
    log(ledger, date(2026, 11, 23), kind=WorkKind.VOLUNTEER, hours="1")
    dialog = _grid(qtbot, ledger, siti)
    _type(qtbot, dialog, 0, TUESDAY, "1.5")
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]


def test_the_week_grid_from_the_time_log_logs_a_week_and_undo_takes_it_all_back(
    qtbot: QtBot, ledger: Ledger, siti: int, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(ledger, str(db_path))
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.time_log)
    window.refresh()
    qtbot.waitUntil(lambda: window.time_log.filters.person.count() > 1, timeout=5000)

    def fill_and_save(dialog: WeekGridDialog) -> int:
        dialog.show()  # what exec() would do before it waits
        qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=5000)
        for column in (MONDAY, TUESDAY, 2):
            _type(qtbot, dialog, _row(dialog, "Nurse"), column, "8")
        dialog.drafts.setChecked(True)
        _save(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(WeekGridDialog, "exec", fill_and_save)
    window.time_log.table.setFocus()
    qtbot.keyClick(
        window.time_log.table,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.time_log.model.rowCount() == 3, timeout=5000)
    statuses = {window.time_log.model.line(r).entry.status for r in range(3)}
    assert statuses == {EntryStatus.DRAFT}

    assert window.undo_stack.undoText() == "Log a week"
    # The grid was the active window; a desktop gives the focus back when it closes.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.time_log.model.rowCount() == 0, timeout=5000)
    assert ledger.listing.page(_all(), limit=10) == []
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.time_log.model.rowCount() == 3, timeout=5000)


def test_the_grid_speaks_indonesian(qtbot: QtBot, ledger: Ledger, siti: int) -> None:
    switcher = LanguageSwitcher()
    assert switcher.use("id")
    try:
        dialog = _grid(qtbot, ledger, siti)
        assert dialog.windowTitle() == "Kisi mingguan"
        header = dialog.model.headerData(0, Qt.Orientation.Horizontal)
        assert header == "Sen 23"
        _type(qtbot, dialog, _row(dialog, "Nurse"), MONDAY, "dua")
        assert "bukan" in dialog.message.text()
    finally:
        switcher.use("en")


def test_standard_buttons_speak_indonesian_too(qtbot: QtBot, ledger: Ledger, siti: int) -> None:
    switcher = LanguageSwitcher()
    assert switcher.use("id")
    try:
        dialog = _grid(qtbot, ledger, siti)
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text() == "Batal"
    finally:
        switcher.use("en")
    again = _grid(qtbot, ledger, siti)  # dialogs are modal: a switch happens between them
    assert again.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
