"""The time log and the entry dialog, driven like a person would: typing, clicking, shortcuts."""

from __future__ import annotations

import threading
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.dialogs.entry_dialog import EntryChoice, EntryDialog
from okuvol_desktop.ui.formats import date_text
from okuvol_desktop.ui.i18n import LanguageSwitcher
from okuvol_desktop.ui.lookups import Lookups
from okuvol_desktop.ui.main_window import MainWindow
from tests.services.helpers import dual_role_person, log

TODAY = date(2026, 11, 28)


@pytest.fixture
def window(qtbot: QtBot, ledger: Ledger, db_path: Path) -> MainWindow:
    dual_role_person(ledger)
    ledger.people.add("Budi Santoso")
    from okuvol_desktop.domain.model import RoleDetails

    ledger.roles.add(
        ledger.names.person("Budi Santoso"),
        ledger.names.organisation("RS Harapan"),
        WorkKind.VOLUNTEER,
        RoleDetails(title="Companion"),
    )
    w = MainWindow(ledger, str(db_path))
    qtbot.addWidget(w)
    w.show()
    w.tabs.setCurrentWidget(w.time_log)
    w.refresh()
    qtbot.waitUntil(lambda: w.time_log.filters.person.count() > 1, timeout=5000)
    return w


def _dialog(qtbot: QtBot, ledger: Ledger) -> EntryDialog:
    dialog = EntryDialog(ledger, Lookups.load(ledger), TODAY)
    # Closing a changed form asks first; the test's end closes it without a word.
    qtbot.addWidget(dialog, before_close_func=_close_quietly)
    dialog.show()
    return dialog


def _close_quietly(dialog: EntryDialog) -> None:
    dialog.done(EntryDialog.DialogCode.Rejected)


def _tutoring_by_times(qtbot: QtBot, ledger: Ledger, day: QDate) -> EntryDialog:
    """The dialog on Siti's tutoring, on ``day``, with start and end times to type."""
    dialog = _dialog(qtbot, ledger)
    dialog.person.setCurrentIndex(dialog.person.findText("Siti Rahmawati"))
    dialog.role.setCurrentIndex(dialog.role.findText("Tutor", Qt.MatchFlag.MatchStartsWith))
    dialog.date.setDate(day)
    qtbot.mouseClick(dialog.by_times, Qt.MouseButton.LeftButton)
    return dialog


def _ok(dialog: EntryDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_the_dialog_shows_the_rule_that_refuses_beside_its_field(
    qtbot: QtBot, window: MainWindow, ledger: Ledger
) -> None:
    log(ledger, date(2026, 3, 2), kind=WorkKind.PROFESSIONAL, start=time(8), end=time(16))
    dialog = _tutoring_by_times(qtbot, ledger, QDate(2026, 3, 2))
    dialog.start.setTime(QTime(15, 0))
    dialog.end.setTime(QTime(17, 0))
    qtbot.waitUntil(lambda: not _ok(dialog), timeout=2000)
    # Named as the time log shows the entry: its date, times and role, not its id.
    refusal = dialog._errors["duration"].text()
    assert refusal.startswith(f"This overlaps {date_text(date(2026, 3, 2))} 08:00–16:00, ")
    assert "entry" not in refusal
    assert not dialog._errors["duration"].isHidden()
    dialog.start.setTime(QTime(16, 0))  # now it only touches the shift
    qtbot.waitUntil(lambda: _ok(dialog), timeout=2000)
    choice = dialog.choice()
    assert choice is not None and choice.command.details.start == time(16, 0)


def test_the_rules_are_checked_off_the_gui_thread_as_the_user_types(
    qtbot: QtBot, window: MainWindow, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A slow server delays the answer, not the typing; an answer about a form that has
    changed since is not shown."""
    log(ledger, date(2026, 3, 2), kind=WorkKind.PROFESSIONAL, start=time(8), end=time(16))
    dialog = _tutoring_by_times(qtbot, ledger, QDate(2026, 3, 2))
    qtbot.waitUntil(lambda: _ok(dialog), timeout=2000)
    server = threading.Event()
    threads: list[bool] = []
    check = ledger.entries.check

    def slow_check(*args: object, **kwargs: object) -> None:
        threads.append(threading.current_thread() is threading.main_thread())
        assert server.wait(10), "the test never let the server answer"
        check(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ledger.entries, "check", slow_check)
    dialog.start.setTime(QTime(15, 0))
    dialog.end.setTime(QTime(17, 0))  # overlaps the shift
    qtbot.waitUntil(lambda: bool(threads), timeout=2000)
    assert threads == [False]  # in a worker
    dialog.description.setFocus()  # meanwhile the form takes keys
    qtbot.keyClicks(dialog.description, "late")
    assert dialog.description.text() == "late"
    server.set()
    qtbot.waitUntil(lambda: not _ok(dialog), timeout=2000)
    assert dialog._errors["duration"].text().startswith("This overlaps")


def test_ok_is_checked_off_the_gui_thread_and_a_second_press_waits_for_the_first(
    qtbot: QtBot, window: MainWindow, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    """OK reads the rules and the person's week in a worker; the dialog closes when they
    answer, and pressing OK again meanwhile asks nothing more."""
    dialog = _tutoring_by_times(qtbot, ledger, QDate(2026, 3, 2))
    qtbot.waitUntil(lambda: _ok(dialog), timeout=2000)
    server, threads = threading.Event(), []
    week_after = ledger.entries.week_after

    def slow_week(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread() is threading.main_thread())
        assert server.wait(10), "the test never let the server answer"
        return week_after(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ledger.entries, "week_after", slow_week)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(threads), timeout=2000)
    assert not ok.isEnabled()  # the press was taken: greyed while the ledger answers
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter meanwhile asks nothing more either
    assert dialog.isVisible() and dialog.result() != EntryDialog.DialogCode.Accepted
    server.set()
    qtbot.waitUntil(lambda: dialog.result() == EntryDialog.DialogCode.Accepted, timeout=2000)
    assert threads == [False]  # one read, in a worker


def test_logging_in_the_dialog_shows_in_the_time_log_and_undo_removes_it(
    qtbot: QtBot, window: MainWindow, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill_and_accept(*args: object, **kwargs: object) -> EntryChoice | None:
        dialog = _dialog(qtbot, ledger)
        dialog.person.setCurrentIndex(dialog.person.findText("Budi Santoso"))
        dialog.date.setDate(QDate(2026, 11, 20))
        dialog.hours.clear()
        qtbot.keyClicks(dialog.hours, "2.5")
        qtbot.keyClicks(dialog.description, "Reading to patients & <kids>")
        qtbot.waitUntil(lambda: _ok(dialog), timeout=2000)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        accepted = EntryDialog.DialogCode.Accepted
        qtbot.waitUntil(lambda: dialog.result() == accepted, timeout=5000)  # checked in a worker
        return dialog.choice()

    monkeypatch.setattr(EntryDialog, "ask", classmethod(lambda cls, *a, **k: fill_and_accept()))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    model = window.time_log.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    line = model.line(0)
    assert (line.person_name, line.entry.minutes) == ("Budi Santoso", 150)
    assert line.entry.description == "Reading to patients & <kids>"
    window.activateWindow()  # the closed dialog had it; a window manager gives it back
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=5000)
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)


def test_a_person_added_meanwhile_is_a_choice_and_the_names_are_read_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Names changed since they were read are read again in a worker before the form opens;
    the window takes keys meanwhile, and a second Ctrl+N is not a second form."""
    page = window.time_log
    qtbot.waitUntil(lambda: bool(page.lookups().people), timeout=5000)
    ledger.people.add("Wayan Sudarsana")  # by another program
    server, threads = threading.Event(), []
    load = Lookups.load

    def slow_load(of: Ledger) -> Lookups:
        threads.append(threading.current_thread() is threading.main_thread())
        assert server.wait(10), "the test never let the server answer"
        return load(of)

    offered: list[list[str]] = []

    def ask(cls: type, parent: object, led: Ledger, names: Lookups, *a: object, **k: object):  # type: ignore[no-untyped-def]
        offered.append([p.full_name for p in names.people])

    monkeypatch.setattr(Lookups, "load", staticmethod(slow_load))
    monkeypatch.setattr(EntryDialog, "ask", classmethod(ask))
    page.ledger_changed()  # the page is told: its names are read again
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert offered == []  # not yet: the names are on their way
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is page.filters.text  # meanwhile the window takes keys
    server.set()
    qtbot.waitUntil(lambda: bool(offered), timeout=5000)
    qtbot.wait(100)
    assert len(offered) == 1 and "Wayan Sudarsana" in offered[0]
    assert threads and True not in threads  # every read of the names was in a worker


def test_filters_are_applied_by_the_database(
    qtbot: QtBot, window: MainWindow, ledger: Ledger
) -> None:
    for day in (2, 3, 4):
        log(ledger, date(2026, 3, day), hours="1", description="tutoring")
    log(ledger, date(2026, 3, 5), hours="2", person="Budi Santoso", description="companion")
    window.time_log.reload()
    model = window.time_log.model
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=5000)
    bar = window.time_log.filters
    bar.person.setCurrentIndex(bar.person.findText("Budi Santoso"))
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    bar.person.setCurrentIndex(0)
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=5000)
    window.time_log.table.setFocus()
    qtbot.keyClick(window.time_log.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is bar.text
    qtbot.keyClicks(bar.text, "compan")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)


def test_sorting_is_done_by_the_database(qtbot: QtBot, window: MainWindow, ledger: Ledger) -> None:
    for day, hours in ((2, "3"), (3, "1"), (4, "2")):
        log(ledger, date(2026, 3, day), hours=hours)
    window.time_log.reload()
    model = window.time_log.model
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=5000)
    window.time_log.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # hours
    qtbot.waitUntil(lambda: model.line(0).entry.minutes == 60, timeout=5000)
    assert [model.line(r).entry.minutes for r in range(3)] == [60, 120, 180]


def test_approve_several_then_undo(qtbot: QtBot, window: MainWindow, ledger: Ledger) -> None:
    ids = [log(ledger, date(2026, 3, day), hours="1").id for day in (2, 3, 4)]
    page = window.time_log
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    selection = page.table.selectionModel()
    for row in range(3):
        selection.select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert page.approve_action.isEnabled()
    page.approve_action.trigger()
    qtbot.waitUntil(
        lambda: (
            page.model.rowCount() == 3 and page.model.line(0).entry.status is EntryStatus.APPROVED
        ),
        timeout=5000,
    )
    assert {ledger.entries.get(i).status for i in ids} == {EntryStatus.APPROVED}
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not window.time_log.writing(), timeout=5000)
    assert {ledger.entries.get(i).status for i in ids} == {EntryStatus.SUBMITTED}


def test_a_slow_approval_leaves_the_window_free_and_its_undo_follows_it(
    qtbot: QtBot, window: MainWindow, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a slow shared server the write waits in its own thread: the window answers at once,
    and an undo pressed meanwhile reaches the ledger after the approval, not before."""
    entry = log(ledger, date(2026, 3, 2), hours="1")
    page = window.time_log
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    server = threading.Event()
    approve = ledger.approvals.approve

    def slow_approve(ids: list[int], note: str | None) -> int:
        assert server.wait(10), "the test never let the server answer"
        return approve(ids, note)

    monkeypatch.setattr(ledger.approvals, "approve", slow_approve)
    page.approve_action.trigger()  # returns while the server has not answered
    assert page.writing()
    assert ledger.entries.get(entry.id).status is EntryStatus.SUBMITTED
    page.filters.text.setFocus()  # the window still takes keys meanwhile
    qtbot.keyClicks(page.filters.text, "x")
    assert page.filters.text.text() == "x"
    page.filters.text.clear()
    server.set()
    qtbot.waitUntil(lambda: not page.writing(), timeout=5000)
    assert ledger.entries.get(entry.id).status is EntryStatus.APPROVED
    assert window.undo_stack.count() == 1
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not page.writing(), timeout=5000)
    assert ledger.entries.get(entry.id).status is EntryStatus.SUBMITTED


def test_a_refused_write_is_said_and_nothing_is_pushed(
    qtbot: QtBot, window: MainWindow, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    log(ledger, date(2026, 3, 2), hours="1")
    page = window.time_log
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(str(args[2])))

    def broken(ids: list[int], note: str | None) -> int:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(ledger.approvals, "approve", broken)
    page.approve_action.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert said == ["Something went wrong: disk on fire"]
    assert window.undo_stack.count() == 0


def test_delete_asks_first_and_undo_brings_it_back(
    qtbot: QtBot, window: MainWindow, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = log(ledger, date(2026, 3, 2), hours="1")
    page = window.time_log
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    asked: list[str] = []

    def yes(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    assert asked == ["Delete 1 entry? You can undo this with Ctrl+Z."]
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not window.time_log.writing(), timeout=5000)
    assert ledger.entries.get(entry.id).minutes == 60


def test_switching_to_indonesian_relabels_everything(
    qtbot: QtBot, window: MainWindow, ledger: Ledger
) -> None:
    log(ledger, date(2026, 3, 2), hours="1")
    window.time_log.reload()
    qtbot.waitUntil(lambda: window.time_log.model.rowCount() == 1, timeout=5000)
    try:
        window.switch_language("id")
        qtbot.waitUntil(lambda: window.tabs.tabText(1) == "&Catatan waktu", timeout=3000)
        assert window.time_log.model.headerData(0, Qt.Orientation.Horizontal) == "Tanggal"
        assert window.time_log.model.data(window.time_log.model.index(0, 5)) == "Relawan"
        assert window.time_log.filters.status.itemText(0) == "Status apa pun"
        dialog = _dialog(qtbot, ledger)
        dialog.person.setCurrentIndex(dialog.person.findText("Siti Rahmawati"))
        dialog.date.setDate(QDate(2023, 1, 1))  # before the role began
        qtbot.waitUntil(lambda: not _ok(dialog), timeout=2000)
        assert "berada di luar masa peran" in dialog._errors["date"].text()
    finally:
        window.switch_language("en")
    qtbot.waitUntil(lambda: window.tabs.tabText(1) == "&Time log", timeout=3000)


def test_language_switcher_loads_the_built_translations(qapp: object) -> None:
    switcher = LanguageSwitcher()
    try:
        assert switcher.use("id")
    finally:
        switcher.use("en")


def test_the_dialog_starts_on_a_role_of_the_preferred_kind(
    qtbot: QtBot, window: MainWindow, ledger: Ledger
) -> None:
    lookups = Lookups.load(ledger)
    for kind, title in ((WorkKind.PROFESSIONAL, "Nurse"), (WorkKind.VOLUNTEER, "Tutor")):
        dialog = EntryDialog(ledger, lookups, TODAY, default_kind=kind)
        qtbot.addWidget(dialog)
        dialog.person.setCurrentIndex(dialog.person.findText("Siti Rahmawati"))
        assert dialog.role.currentText().startswith(title)


def test_an_edit_after_someone_elses_save_says_who_and_reopens_their_version(
    qtbot: QtBot, window: MainWindow, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace
    from decimal import Decimal

    from okuvol_desktop.services.entries import EntryInput, LogEntry

    entry = log(ledger, date(2026, 3, 2), hours="1")
    page = window.time_log
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    ani = Ledger.create(replace(ledger.ctx, user="ani"))
    opened: list[int] = []

    def ask(*args: object, line: object = None, **kwargs: object) -> EntryChoice | None:
        opened.append(line.entry.version)  # type: ignore[attr-defined]
        if len(opened) > 1:
            return None  # the second time: the user looks at Ani's version and closes it
        # While this dialog is open, Ani saves the same entry on her computer.
        ani.entries.edit(entry.id, EntryInput(date=date(2026, 3, 2), hours=Decimal(5)))
        details = EntryInput(date=date(2026, 3, 2), hours=Decimal(2))
        return EntryChoice(
            LogEntry(
                ani.names.person("Siti Rahmawati"), ani.names.organisation("RS Harapan"), details
            ),
            entry.role_id,
        )

    asked: list[str] = []

    def yes(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(EntryDialog, "ask", ask)
    monkeypatch.setattr(QMessageBox, "question", yes)
    page.edit_selected()
    qtbot.waitUntil(lambda: opened == [1, 2], timeout=5000)  # after the refused save comes back
    assert asked[0].startswith(f"ani changed {date_text(entry.date)}, ")
    assert ledger.entries.get(entry.id).minutes == 300  # Ani's save stands
    assert window.undo_stack.count() == 0


def test_the_window_sees_what_a_script_logs_meanwhile(
    qtbot: QtBot, window: MainWindow, ledger: Ledger, db_path: Path
) -> None:
    import subprocess
    import sys

    page = window.time_log
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    script = (
        "import sys\n"
        "from okuvol_desktop.cli.main import run\n"
        "for day in range(1, 21):\n"
        "    code = run(['--db', sys.argv[1], 'log', '--person', 'Budi Santoso', '--org',\n"
        "                'RS Harapan', '--date', f'2026-03-{day:02d}', '--hours', '1'],\n"
        "               sys.stdout, sys.stderr)\n"
        "    assert code == 0\n"
    )
    # The window keeps its ledger open (and reads it) while the script writes to the file.
    with subprocess.Popen([sys.executable, "-c", script, str(db_path)]) as writer:
        while writer.poll() is None:
            page.reload()
            qtbot.wait(50)
        assert writer.returncode == 0
    window.refresh_action.trigger()  # F5
    qtbot.waitUntil(lambda: page.model.rowCount() == 20, timeout=5000)


def test_the_dialog_refuses_hours_still_to_come_and_a_span_of_no_time(
    qtbot: QtBot, window: MainWindow, ledger: Ledger
) -> None:
    # The tests' clock: 28 November 2026, 12:00 in Jakarta.
    dialog = _tutoring_by_times(qtbot, ledger, QDate(2026, 11, 28))
    dialog.start.setTime(QTime(20, 0))
    dialog.end.setTime(QTime(23, 0))
    qtbot.waitUntil(lambda: not _ok(dialog), timeout=2000)
    assert "which is still to come" in dialog._errors["duration"].text()
    dialog.start.setTime(QTime(10, 0))
    dialog.end.setTime(QTime(10, 0))
    qtbot.waitUntil(
        lambda: "ends at the minute it starts" in dialog._errors["duration"].text(), timeout=2000
    )
    assert not _ok(dialog)
    dialog.end.setTime(QTime(11, 30))  # over by noon
    qtbot.waitUntil(lambda: _ok(dialog), timeout=2000)


def test_credits_and_evidence_typed_in_the_dialog_are_kept_with_the_entry(
    qtbot: QtBot,
    window: MainWindow,
    ledger: Ledger,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    scan = tmp_path / "sertifikat.pdf"
    scan.write_bytes(b"%PDF-1.7 a course")
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as out:
        out.truncate(21 * 1024 * 1024)  # past the 20 MB a file may have
    warned: list[str] = []
    monkeypatch.setattr(
        "okuvol_desktop.ui.dialogs.entry_dialog.QFileDialog.getOpenFileNames",
        lambda *a, **k: ([str(scan), str(huge)], ""),
    )
    monkeypatch.setattr(
        "okuvol_desktop.ui.dialogs.entry_dialog.QMessageBox.warning",
        lambda _parent, _title, text: warned.append(text),
    )

    def fill_and_accept(*args: object, **kwargs: object) -> EntryChoice | None:
        dialog = _dialog(qtbot, ledger)
        dialog.person.setCurrentIndex(dialog.person.findText("Siti Rahmawati"))
        dialog.date.setDate(QDate(2026, 11, 20))
        dialog.credits.setFocus()
        dialog.credits.selectAll()
        qtbot.keyClicks(dialog.credits, "2.5")
        qtbot.mouseClick(dialog.evidence_button, Qt.MouseButton.LeftButton)
        assert dialog.evidence_list.text() == "sertifikat.pdf"  # the huge one refused
        assert warned and "huge.pdf is larger than 20 MB" in warned[0]
        qtbot.waitUntil(lambda: _ok(dialog), timeout=2000)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        return dialog.choice()

    monkeypatch.setattr(EntryDialog, "ask", classmethod(lambda cls, *a, **k: fill_and_accept()))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    model = window.time_log.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    entry_id = model.line(0).entry.id
    assert str(ledger.entries.credits(entry_id)) == "2.50"
    (kept,) = ledger.entries.evidence(entry_id)
    assert (kept.file_name, kept.intact) == ("sertifikat.pdf", True)
    # Editing shows what is kept; setting the credits to none takes them away.
    dialog = EntryDialog(ledger, Lookups.load(ledger), TODAY, editing=ledger.entries.get(entry_id))
    qtbot.addWidget(dialog, before_close_func=_close_quietly)
    qtbot.waitUntil(lambda: dialog.credits.value() == 2.5, timeout=5000)  # read in a worker
    assert dialog.evidence_list.text() == "1 file kept"
    assert dialog._state() == dialog._untouched  # Esc closes it without asking
    dialog.credits.setValue(0)
    choice = dialog.choice()
    assert choice is not None and choice.command.details.credits == 0
