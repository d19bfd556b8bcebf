"""Import wizard, export of the time log, backup and restore, driven through the window."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWizard
from pytestqt.qtbot import QtBot

from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.listing import LogQuery
from okuvol_desktop.ui.dialogs.import_wizard import ImportWizard
from okuvol_desktop.ui.file_actions import daily_backup_folder
from okuvol_desktop.ui.lookups import Lookups
from okuvol_desktop.ui.main_window import MainWindow
from okuvol_desktop.ui.preferences import Preferences

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
TUTTLE = SAMPLES / "toggl/tuttle-dev_tuttle__test_time_tracking_toggl.csv"
VAGES = SAMPLES / "toggl/Vages_toggl-til-ubw__Toggl_time_entries_2018-10-08_to_2018-10-14.csv"


@pytest.fixture
def window(qtbot: QtBot, ledger: Ledger, db_path: Path) -> MainWindow:
    w = MainWindow(ledger, str(db_path))
    qtbot.addWidget(w)
    w.show()
    w.refresh()
    return w


def _wizard(qtbot: QtBot, ledger: Ledger, path: Path) -> ImportWizard:
    wizard = ImportWizard(ledger, Lookups.load(ledger))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    return wizard


def _next(qtbot: QtBot, wizard: ImportWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled, timeout=10_000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _count(ledger: Ledger) -> int:
    return len(ledger.listing.page(LogQuery(), limit=100_000))


def test_the_wizard_guesses_previews_checks_and_imports(qtbot: QtBot, ledger: Ledger) -> None:
    wizard = _wizard(qtbot, ledger, TUTTLE)
    assert wizard.file_page.format.currentData() == "toggl"  # guessed from the header
    _next(qtbot, wizard)
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: page.rows.rowCount() > 0, timeout=10_000)
    assert page.rows.item(0, 2).text() == "10:30–12:30"  # 12 h times read
    assert page.rows.item(0, 5).text() == "Sam Lowry"  # client -> organisation
    assert "person ← User" in page.columns.text() and "organisation ← Client" in page.columns.text()
    page.kind.setCurrentIndex(page.kind.findData(WorkKind.VOLUNTEER.value))
    _next(qtbot, wizard)
    check = wizard.check_page
    qtbot.waitUntil(lambda: "would be added" in check.summary.text(), timeout=10_000)
    assert check.summary.text().startswith(
        "Entries that would be added: 29 (0:00 h professional, 42:20 h volunteer)"
    )
    assert "People to create: 1 (Harry)." in check.summary.text()
    assert _count(ledger) == 0  # the check wrote nothing
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(finish.isEnabled, timeout=5000)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=20_000)
    assert wizard.report.added == 29 and _count(ledger) == 29  # type: ignore[union-attr]


def test_the_check_says_how_many_entries_overlap(qtbot: QtBot, ledger: Ledger) -> None:
    wizard = _wizard(qtbot, ledger, VAGES)
    assert wizard.file_page.format.currentData() == "toggl"
    _next(qtbot, wizard)
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: page.rows.rowCount() > 0, timeout=10_000)
    page.kind.setCurrentIndex(page.kind.findData(WorkKind.PROFESSIONAL.value))
    page.organisation.setCurrentText("Entur")  # the file names no client
    _next(qtbot, wizard)
    check = wizard.check_page
    qtbot.waitUntil(lambda: "would be added" in check.summary.text(), timeout=10_000)
    assert "Entries that overlap other timed entries of the same person: 10;" in (
        check.summary.text()
    )
    assert "Shorter than a minute, left out: 2." in check.summary.text()
    assert "they were read in Europe/Berlin" in check.summary.text() or (
        "they were read in" in check.summary.text()
    )


def test_a_file_the_rules_refuse_cannot_be_imported_and_says_why(
    qtbot: QtBot, ledger: Ledger
) -> None:
    wizard = _wizard(qtbot, ledger, TUTTLE)
    _next(qtbot, wizard)  # no kind given, and the file does not say (Billable "No")
    qtbot.waitUntil(lambda: wizard.mapping_page.rows.rowCount() > 0, timeout=10_000)
    _next(qtbot, wizard)
    check = wizard.check_page
    qtbot.waitUntil(lambda: "cannot be imported" in check.summary.text(), timeout=10_000)
    text = check.summary.text()
    assert "29 rows break a rule" in text
    assert "Line 2: it does not say whether the work was paid or volunteer" in text
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def _big_toggl(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["User", "Client", "Project", "Description", "Billable", "Start date",
                      "Start time", "End date", "End time", "Duration", "Tags"])  # fmt: skip
        for n in range(rows):
            day = f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}"
            out.writerow([f"P{n % 50}", "Yayasan", "Tutor", f"row {n}", "Yes", day, "08:00:00", day,
                          "09:00:00", "01:00:00", ""])  # fmt: skip
    return path


def test_cancelling_the_import_leaves_nothing(
    qtbot: QtBot, ledger: Ledger, db_path: Path, tmp_path: Path
) -> None:
    from tests.dbstate import snapshot

    wizard = _wizard(qtbot, ledger, _big_toggl(tmp_path / "big.csv", 40_000))
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(finish.isEnabled, timeout=60_000)
    before = snapshot(str(db_path))
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    progress = wizard.progress_dialog
    assert isinstance(progress, QProgressDialog)
    qtbot.mouseClick(progress.findChild(type(finish)), Qt.MouseButton.LeftButton)  # Cancel
    qtbot.waitUntil(lambda: not progress.isVisible(), timeout=60_000)
    qtbot.wait(200)
    assert wizard.report is None
    assert snapshot(str(db_path)) == before


def test_export_writes_exactly_what_the_time_log_shows(
    qtbot: QtBot,
    window: MainWindow,
    ledger: Ledger,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ledger.demo.fill(people=10, entries=300, seed=6)
    window.tabs.setCurrentWidget(window.time_log)
    window.refresh()
    page = window.time_log
    qtbot.waitUntil(lambda: page.filters.kind.count() > 1, timeout=5000)
    page.filters.kind.setCurrentIndex(page.filters.kind.findData(WorkKind.VOLUNTEER.value))
    expected = len(ledger.listing.page(LogQuery(kind=WorkKind.VOLUNTEER), limit=10_000))
    out = tmp_path / "shown.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "okuvol CSV (*.csv)")
    )
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(out.exists, timeout=10_000)
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == expected > 0
    assert {r["kind"] for r in rows} == {"volunteer"}
    qtbot.waitUntil(lambda: "written to" in window.statusBar().currentMessage(), timeout=5000)


def test_back_up_then_restore_from_the_file_menu(
    qtbot: QtBot,
    window: MainWindow,
    ledger: Ledger,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ledger.demo.fill(people=5, entries=40, seed=2)
    copy = tmp_path / "copy.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    window.file_actions.backup_action.trigger()
    qtbot.waitUntil(copy.exists, timeout=10_000)
    submitted = ledger.listing.page(LogQuery(status=EntryStatus.SUBMITTED), limit=3)
    ledger.entries.delete_many([line.entry.id for line in submitted])
    assert _count(ledger) == 37
    asked: list[str] = []

    def yes(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    monkeypatch.setattr(QMessageBox, "question", yes)
    window.file_actions.restore_action.trigger()
    qtbot.waitUntil(
        lambda: "Restored 40 entries" in window.statusBar().currentMessage(), timeout=10_000
    )
    assert asked and "It holds 40 entries of 5 people" in asked[0]
    assert _count(ledger) == 40


def test_the_daily_backup_is_made_once_a_day_beside_the_ledger(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    Preferences().daily_backups = 2
    window.file_actions.daily_backup()
    folder = daily_backup_folder(db_path)
    qtbot.waitUntil(lambda: len(list(folder.glob("*.sqlite3"))) == 1, timeout=10_000)
    assert folder.parent.name == "okuvol-backups"
    qtbot.waitUntil(lambda: "Today's backup" in window.statusBar().currentMessage(), timeout=5000)


def test_the_wizard_asks_the_order_of_dates_showing_both_readings(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path
) -> None:
    path = tmp_path / "clockify.csv"
    path.write_text(
        "Project,Client,Description,Task,User,Email,Tags,Billable,Start Date,Start Time,"
        "End Date,End Time,Duration (h)\n"
        "Tutor,Yayasan,Reading,,Ani,a@x.org,,No,03/02/2026,09:00:00,03/02/2026,10:00:00,01:00:00\n",
        encoding="utf-8",
    )
    wizard = _wizard(qtbot, ledger, path)
    wizard.file_page.format.setCurrentIndex(wizard.file_page.format.findData("clockify"))
    _next(qtbot, wizard)
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: "two ways" in page.message.text(), timeout=10_000)
    assert "Line 2 says 03/02/2026" in page.message.text()
    assert "03/02/2026" in page.message.text() and "(day first)" in page.message.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.kind.setCurrentIndex(page.kind.findData(WorkKind.VOLUNTEER.value))
    page.date_order.setFocus()
    qtbot.keyClick(page.date_order, Qt.Key.Key_Down)  # day first
    qtbot.waitUntil(lambda: page.rows.rowCount() == 1, timeout=10_000)
    assert page.rows.item(0, 1).text() == "03/02/2026"  # en_GB: 3 February
    _next(qtbot, wizard)
    check = wizard.check_page
    qtbot.waitUntil(lambda: "would be added" in check.summary.text(), timeout=10_000)
    assert "Dates were read day first, as you said." in check.summary.text()


def test_the_check_lists_long_spans_in_both_languages(
    qtbot: QtBot, ledger: Ledger, english: object
) -> None:
    made = SAMPLES / "made_here/timew-2026-03.data"
    wizard = _wizard(qtbot, ledger, made)
    assert wizard.file_page.format.currentData() == "timewarrior"
    _next(qtbot, wizard)
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: page.rows.rowCount() > 0, timeout=10_000)
    page.person.setCurrentText("Ani")
    page.organisation.setCurrentText("Yayasan")
    texts = [page.rows.item(row, 7).text() for row in range(page.rows.rowCount())]
    assert "left out: longer than 24 hours" in texts
    _next(qtbot, wizard)
    check = wizard.check_page
    qtbot.waitUntil(lambda: "would be added" in check.summary.text(), timeout=10_000)
    assert "Longer than 24 hours (a timer left running?), left out: 1 (lines: 5 (54:00))" in (
        check.summary.text()
    )
    assert "Shorter than a minute, left out: 2." in check.summary.text()
    assert english.use("id")  # type: ignore[attr-defined]
    check.initializePage()
    qtbot.waitUntil(lambda: "Lebih dari 24 jam" in check.summary.text(), timeout=10_000)
    assert "Lebih pendek dari satu menit, ditinggalkan: 2." in check.summary.text()
