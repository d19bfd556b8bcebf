"""The desktop window on a real ledger, driven with pytest-qt."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from okuvol_desktop import __version__
from okuvol_desktop.config import Settings
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.listing import LogQuery
from okuvol_desktop.ui.application import run_application
from okuvol_desktop.ui.main_window import MainWindow
from okuvol_desktop.ui.models import entry_table
from okuvol_desktop.ui.pages.time_log import PAGE_SIZE, TimeLogPage
from tests.services.helpers import dual_role_person, log, us_rates


@pytest.fixture
def window(qtbot: QtBot, ledger: Ledger, db_path: Path) -> MainWindow:
    w = MainWindow(ledger, str(db_path))
    qtbot.addWidget(w)
    w.show()
    return w


def test_dashboard_shows_the_years_totals_and_overload(
    qtbot: QtBot, ledger: Ledger, window: MainWindow
) -> None:
    dual_role_person(ledger)
    us_rates(ledger)
    log(ledger, date(2026, 2, 27), kind=WorkKind.PROFESSIONAL, start=time(22), end=time(6, 30))
    approved = log(ledger, date(2026, 3, 7), hours="2.25")
    ledger.approvals.approve([approved.id])
    for day in (23, 24, 25, 26, 27):
        log(ledger, date(2026, 11, day), kind=WorkKind.PROFESSIONAL, hours="10")
    window.refresh()
    page = window.dashboard
    qtbot.waitUntil(lambda: page.person.count() == 2, timeout=5000)
    qtbot.waitUntil(lambda: page.year_box.total.text() != "", timeout=5000)
    assert page.year_box.professional.text() == "58.50 h"
    assert page.year_box.volunteer.text() == "2.25 h"
    assert page.week_box.total.text() == "50.00 h"
    assert not page.overload.isVisible()  # overload is a person's, not everyone's
    series = page.chart.series()[0]
    assert [s.label() for s in series.barSets()] == ["Professional", "Volunteer"]
    assert series.barSets()[0].at(10) == 50.0  # November
    page.person.setCurrentIndex(page.person.findText("Siti Rahmawati"))
    qtbot.waitUntil(
        lambda: page._data is not None and page._data.person_id is not None, timeout=5000
    )
    texts = [
        page.side.itemAt(i).widget().text()
        for i in range(page.side.count())
        if isinstance(page.side.itemAt(i).widget(), QLabel)
    ]
    assert "78.28 USD" in texts  # 2.25 approved hours x 34.79


def test_choosing_another_year_counts_it(qtbot: QtBot, ledger: Ledger, window: MainWindow) -> None:
    dual_role_person(ledger)
    log(ledger, date(2025, 5, 1), hours="3")
    window.refresh()
    page = window.dashboard
    qtbot.waitUntil(page.empty_box.isVisible, timeout=5000)
    assert page.empty_text.text().startswith("No hours are recorded in this year yet.")
    page.year.setFocus()
    qtbot.keyClick(page.year, Qt.Key.Key_Down)  # 2026 -> 2025
    qtbot.waitUntil(lambda: page.year_box.volunteer.text() == "3.00 h", timeout=5000)
    assert not page.empty_box.isVisible()
    assert page.month_box.title() == "December 2025"


def test_time_log_fetches_pages_as_it_scrolls(
    qtbot: QtBot, ledger: Ledger, window: MainWindow
) -> None:
    ledger.demo.fill(people=40, entries=PAGE_SIZE * 2 + 50, seed=2)
    window.tabs.setCurrentWidget(window.time_log)
    window.refresh()
    model = window.time_log.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5000)
    assert model.rowCount() == PAGE_SIZE
    dates = [model.line(r).entry.date for r in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)
    _scroll_to_the_end(qtbot, window.time_log)
    assert model.rowCount() == PAGE_SIZE * 2 + 50
    ids = [model.line(r).entry.id for r in range(model.rowCount())]
    assert len(set(ids)) == len(ids)  # keyset pages neither repeat nor skip


def _scroll_to_the_end(qtbot: QtBot, page: TimeLogPage) -> None:
    """Ctrl+End until nothing more arrives, as a reader holding the key down."""
    model, table = page.model, page.table
    table.setFocus()
    while True:
        qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: not model.fetching(), timeout=10_000)
        if not model.canFetchMore(QModelIndex()):
            return


def _top_line(page: TimeLogPage) -> int:
    return page.model.line(page.table.rowAt(0)).entry.id


def test_the_time_log_holds_a_window_of_lines_and_fetches_back_what_it_let_go(
    qtbot: QtBot, ledger: Ledger, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(entry_table, "WINDOW", PAGE_SIZE * 2)
    total = PAGE_SIZE * 5 + 30
    ledger.demo.fill(people=40, entries=total, seed=3)
    everything = [line.entry.id for line in ledger.listing.page(LogQuery(), limit=total)]
    window.tabs.setCurrentWidget(window.time_log)
    window.refresh()
    page, model = window.time_log, window.time_log.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not model.fetching(), timeout=10_000)
    reading = _top_line(page)
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: model.more_above() and not model.fetching(), timeout=10_000)
    assert _top_line(page) != reading  # the reader moved on...
    _scroll_to_the_end(qtbot, page)
    held = [line.entry.id for line in model.lines()]
    assert model.rowCount() == PAGE_SIZE * 2 and model.more_above()
    assert held == everything[-PAGE_SIZE * 2 :]  # the last lines, in order
    reading = _top_line(page)
    qtbot.keyClick(page.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not model.fetching(), timeout=10_000)
    assert _top_line(page) != reading
    while model.more_above():  # back to the top, a page at a time
        qtbot.keyClick(page.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: not model.fetching(), timeout=10_000)
    assert [line.entry.id for line in model.lines()] == everything[: PAGE_SIZE * 2]
    assert model.canFetchMore(QModelIndex())  # what was let go below comes back too


def test_time_log_says_when_there_is_nothing(qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.time_log)
    window.refresh()
    notice = window.time_log.message
    qtbot.waitUntil(lambda: notice.text().startswith("No entries yet"), timeout=5000)


def test_time_log_shows_words_not_enum_values(
    qtbot: QtBot, ledger: Ledger, window: MainWindow
) -> None:
    dual_role_person(ledger)
    log(ledger, date(2026, 3, 7), hours="1.5", category="education")
    window.tabs.setCurrentWidget(window.time_log)
    window.refresh()
    model = window.time_log.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row == [
        "07/03/2026",  # English (en_GB) as the application shows it
        "",
        "1.50",  # decimal hours unless Settings says h:mm
        "Siti Rahmawati",
        "RS Harapan",
        "Volunteer",
        "Tutor",
        "Education",
        "Submitted",
        "",  # no description
    ]


def test_entry_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, ledger: Ledger, window: MainWindow
) -> None:
    ledger.demo.fill(people=40, entries=300, seed=4)
    window.stop_watching()  # no reload from the notice of the fill while the tester works
    window.tabs.setCurrentWidget(window.time_log)
    window.refresh()
    model = window.time_log.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5000)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_okuvol_without_a_command_opens_the_window(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("okuvol_desktop.ui.application.wants_sample_data", lambda _w: False)
    seen: list[str] = []
    icons: list[QIcon] = []

    def look_and_close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget.windowTitle())
                icons.append(widget.windowIcon())
                widget.close()

    QTimer.singleShot(300, look_and_close)
    assert run_application(Settings(str(db_path), "Asia/Jakarta")) == 0
    assert seen == [f"okuvol {__version__} — paid and volunteer hours"]
    # The title bar and the task bar show okuvol's mark, drawn for small sizes too.
    assert {16, 32, 256} <= {size.width() for size in icons[0].availableSizes()}
    assert not icons[0].pixmap(16).isNull()
    assert QApplication.desktopFileName() == "org.okuvol.Okuvol"
    assert QApplication.applicationVersion() == __version__


def test_a_damaged_database_is_reported_not_raised(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 100)
    shown: list[str] = []
    monkeypatch.setattr(
        "okuvol_desktop.ui.application.QMessageBox.critical",
        lambda _parent, _title, text: shown.append(text),
    )
    assert run_application(Settings(str(bad), "UTC")) == 1
    assert len(shown) == 1 and "bad.sqlite3" in shown[0]


def test_window_geometry_is_remembered(qtbot: QtBot, ledger: Ledger, db_path: Path) -> None:
    first = MainWindow(ledger, str(db_path))
    qtbot.addWidget(first)
    first.show()
    first.resize(790, 560)  # inside the 800x600 offscreen screen
    first.close()
    second = MainWindow(ledger, str(db_path))
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (790, 560)
