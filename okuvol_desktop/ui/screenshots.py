"""`okuvol screenshots`: every main view of the window, offscreen, saved as PNG files."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEventLoop, QTime, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from okuvol_desktop.config import APP_NAME, Settings
from okuvol_desktop.domain.durations import zone
from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.domain.ids import PersonId
from okuvol_desktop.domain.kinds import EntryStatus
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.listing import LogQuery
from okuvol_desktop.ui.dialogs.entry_dialog import EntryDialog
from okuvol_desktop.ui.dialogs.import_wizard import ImportWizard
from okuvol_desktop.ui.dialogs.week_grid_dialog import WeekGridDialog
from okuvol_desktop.ui.garbage import collect_garbage_in_gui_thread
from okuvol_desktop.ui.i18n import LanguageSwitcher
from okuvol_desktop.ui.main_window import MainWindow
from okuvol_desktop.ui.pages.directory_page import DirectoryPage
from okuvol_desktop.ui.tasks import BackgroundRunner

SIZE = (1280, 800)


def _settle(window: MainWindow, at_least_ms: int = 400, at_most_ms: int = 15_000) -> None:
    """Let the workers finish and the views redraw, without blocking on a busy loop."""
    loop = QEventLoop()
    waited = 0

    def check() -> None:
        nonlocal waited
        waited += 50
        busy = any(r.busy() for r in window.findChildren(BackgroundRunner))
        if (waited >= at_least_ms and not busy) or waited >= at_most_ms:
            loop.quit()

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()


def take_screenshots(settings: Settings, out_dir: Path, language: str = "en") -> list[Path]:
    """Open the window on the configured database and save one PNG per view."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(f"{APP_NAME}-screenshots")  # keep the user's own settings apart
    app.setOrganizationName(APP_NAME)
    collect_garbage_in_gui_thread(app)
    languages = LanguageSwitcher()
    languages.use(language)
    ledger = Ledger.open(settings.database, timezone=settings.timezone)
    out_dir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    try:
        window = MainWindow(ledger, settings.database, languages)
        window.resize(*SIZE)
        window.show()
        window.refresh()
        _settle(window)

        def shoot(name: str, prepare: Callable[[], QWidget | None]) -> None:
            shown = prepare() or window
            _settle(window)
            path = out_dir / f"{name}.png"
            shown.grab().save(str(path))
            saved.append(path)
            if isinstance(shown, QDialog):
                shown.done(0)  # put away as it is: no "discard this entry?" for a picture

        shoot("dashboard", lambda: window.tabs.setCurrentWidget(window.dashboard))
        shoot("dashboard-person", lambda: _busiest_dual_role(window))
        shoot("time-log", lambda: window.tabs.setCurrentWidget(window.time_log))
        shoot("people", lambda: _first_row(window, window.people))
        shoot("organisations", lambda: _first_row(window, window.organisations))
        shoot("reports", lambda: _preview_a_year(window))
        shoot("settings", lambda: window.tabs.setCurrentWidget(window.settings))
        shoot("review-queue", lambda: _review_queue(window))
        shoot("rejected-entry", lambda: _a_rejected_entry(window))
        shoot("entry-dialog", lambda: _entry_dialog(window))
        shoot("week-grid", lambda: _week_grid(window))
        with tempfile.TemporaryDirectory() as folder:
            shoot("import-wizard", lambda: _import_wizard(window, Path(folder)))
        started = _run_a_timer(window, ledger)
        try:
            shoot("timer", lambda: window.tabs.setCurrentWidget(window.time_log))
        finally:
            if started is not None:  # the picture leaves the ledger as it found it
                ledger.timer.cancel(started)
        window.close()
    finally:
        languages.use("en")
        ledger.close()
    return saved


def _review_queue(window: MainWindow) -> None:
    """Everyone's dashboard, with the coordinator's queue and its first line chosen."""
    window.tabs.setCurrentWidget(window.dashboard)
    window.dashboard.person.setCurrentIndex(0)
    _settle(window)
    window.dashboard.queue.table.selectRow(0)


def _a_rejected_entry(window: MainWindow) -> None:
    """The time log showing rejected entries, the first chosen: its note below the table."""
    page = window.time_log
    window.tabs.setCurrentWidget(page)
    page.filters.show_only(None, None, EntryStatus.REJECTED)
    _settle(window)
    page.table.setFocus()
    page.table.selectRow(0)


def _a_dual_role_person(window: MainWindow) -> int | None:
    _busiest_dual_role(window)
    person_id = window.dashboard.person.currentData()
    return person_id if isinstance(person_id, int) else None


def _entry_dialog(window: MainWindow) -> QWidget:
    """A new entry for yesterday morning, by times: the dialog shows the length they make."""
    ledger = window.dashboard._ledger
    person_id = _a_dual_role_person(window)
    yesterday = ledger.ctx.today() - timedelta(days=1)
    dialog = EntryDialog(ledger, window.time_log.lookups(), ledger.ctx.today(), parent=window)
    dialog.person.setCurrentIndex(max(dialog.person.findData(person_id), 0))
    dialog.date.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    dialog.by_times.setChecked(True)
    dialog.start.setTime(QTime(7, 30))
    dialog.end.setTime(QTime(12, 0))
    dialog.description.setText(QCoreApplication.translate("screenshots", "Morning clinic"))
    dialog.show()
    return dialog


def _week_grid(window: MainWindow) -> QWidget:
    """The week grid of a dual-role person, last week."""
    ledger = window.dashboard._ledger
    dialog = WeekGridDialog(
        ledger,
        window.time_log.lookups(),
        ledger.ctx.today(),
        person_id=_a_dual_role_person(window),
        parent=window,
    )
    dialog.show()
    dialog.previous_week.click()  # last week: this one has not happened yet
    return dialog


def _import_wizard(window: MainWindow, folder: Path) -> QWidget:
    """The import wizard at its second page, with a Toggl export chosen."""
    sample = folder / "Toggl_time_entries.csv"
    sample.write_text(_TOGGL_SAMPLE, encoding="utf-8")
    wizard = ImportWizard(window.dashboard._ledger, window.time_log.lookups(), window)
    wizard.show()
    wizard.file_page.path.setText(str(sample))
    _settle(window)
    wizard.next()
    return wizard


# Three rows as Toggl Track writes its detailed report (its export's own columns).
_TOGGL_SAMPLE = (
    "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,"
    "End time,Duration,Tags,Amount ()\n"
    "Dewi Lestari,dewi@example.org,Puskesmas Ciputat,Vaccination day,,Children's vaccines,"
    "Yes,2026-03-02,08:00:00,2026-03-02,12:30:00,04:30:00,,\n"
    "Dewi Lestari,dewi@example.org,Rumah Belajar,Reading club,,Reading with pupils,No,"
    "2026-03-03,15:00:00,2026-03-03,17:00:00,02:00:00,,\n"
    "Dewi Lestari,dewi@example.org,Rumah Belajar,Reading club,,Reading with pupils,No,"
    "2026-03-05,15:00:00,2026-03-05,16:45:00,01:45:00,,\n"
)


def _busiest_dual_role(window: MainWindow) -> None:
    """Show the dashboard of someone who does both kinds of work, the product's own user."""
    ledger = window.dashboard._ledger
    year = window.dashboard.year.value()
    for index in range(1, window.dashboard.person.count()):
        person_id = window.dashboard.person.itemData(index)
        data = ledger.dashboard.dashboard(person_id, year)
        if data.dual_role and data.goals:
            window.dashboard.person.setCurrentIndex(index)
            return
    if window.dashboard.person.count() > 1:
        window.dashboard.person.setCurrentIndex(1)


def _first_row(window: MainWindow, page: DirectoryPage) -> None:
    """Show a list with its first row chosen, so the details beside it are filled."""
    window.tabs.setCurrentWidget(page)
    _settle(window)
    page.table.selectRow(0)


def _preview_a_year(window: MainWindow) -> None:
    """The Reports view with a person's yearly summary in the preview (it issues nothing)."""
    from okuvol_desktop.ui.pages.reports import PERSON_SUMMARY

    page = window.reports
    window.tabs.setCurrentWidget(page)
    _settle(window)  # the page loads its names when first shown
    page.kind.setCurrentIndex(page.kind.findData(PERSON_SUMMARY))
    _busiest_dual_role(window)
    page.person.setCurrentIndex(max(page.person.findData(window.dashboard.person.currentData()), 0))
    page.make()


def _run_a_timer(window: MainWindow, ledger: Ledger) -> PersonId | None:
    """Continue the latest work of the dashboard's dual-role person (or of anyone free) in
    the timer bar, begun 1 h 25 min ago where the ledger allows it; the person's id, or
    None when no one could be timed (their timer then is the user's own, left alone)."""
    busy = {status.timer.person_id for status in ledger.timer.status()}
    shown = window.dashboard.person.currentData()
    for line in ledger.listing.page(LogQuery(person=shown), limit=200):
        person_id = line.entry.person_id
        if person_id in busy:
            continue
        try:
            status = ledger.timer.resume(line.entry.id)
        except OkuvolError:
            continue  # a role that has ended, an archived organisation: try older work
        now = ledger.ctx.clock().astimezone(zone(status.timer.timezone)) - timedelta(
            hours=1, minutes=25
        )
        # Where it would overlap logged work, the picture shows a timer just begun.
        with contextlib.suppress(OkuvolError):
            ledger.timer.move_start(person_id, now.date(), now.time())
        window.timer_bar.refresh()
        return person_id
    return None
