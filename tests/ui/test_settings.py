"""Settings: language, week, limit, value of an hour, and opening another database."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from okuvol_desktop.config import Settings
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.application import DesktopSession
from okuvol_desktop.ui.i18n import LanguageSwitcher
from okuvol_desktop.ui.main_window import MainWindow
from okuvol_desktop.ui.preferences import Preferences


@pytest.fixture
def window(qtbot: QtBot, ledger: Ledger, db_path: Path) -> MainWindow:
    w = MainWindow(ledger, str(db_path))
    qtbot.addWidget(w)
    w.show()
    w.tabs.setCurrentWidget(w.settings)
    return w


def test_week_and_limit_are_kept(qtbot: QtBot, window: MainWindow) -> None:
    page = window.settings
    page.week_start.setCurrentIndex(6)  # Sunday
    page.weekly_limit.setValue(40)
    prefs = Preferences()
    assert (prefs.week_start, prefs.weekly_limit_minutes) == (6, 40 * 60)
    assert page.week_start.currentText() == "Sunday"


def test_a_value_of_an_hour_in_rupiah(qtbot: QtBot, window: MainWindow, ledger: Ledger) -> None:
    rates = window.settings.rates
    window.settings.sections.setCurrentWidget(rates)
    rates.amount.setValue(50000)
    rates.currency.setText("idr")
    rates.method.setCurrentIndex(rates.method.findText("Opportunity cost"))
    qtbot.keyClicks(rates.source, "Board decision 2026")
    rates.add_button.click()
    qtbot.waitUntil(  # kept in the write thread
        lambda: any(r.currency == "IDR" and r.amount == 50000 for r in ledger.rates.oldest_first()),
        timeout=5000,
    )
    qtbot.waitUntil(lambda: rates.model.rowCount() == 1, timeout=5000)
    shown = [rates.model.data(rates.model.index(0, c)) for c in range(4)]
    assert shown[0] == "50,000.00 IDR"
    assert shown[2:] == ["Opportunity cost", "Board decision 2026"]


def test_a_rate_of_nothing_cannot_be_added_by_one_click(
    qtbot: QtBot, window: MainWindow, ledger: Ledger
) -> None:
    rates = window.settings.rates
    window.settings.sections.setCurrentWidget(rates)
    before = ledger.rates.oldest_first()
    assert rates.amount.value() == 0 and not rates.add_button.isEnabled()
    qtbot.mouseClick(rates.add_button, Qt.MouseButton.LeftButton)
    assert ledger.rates.oldest_first() == before
    rates.amount.setFocus()
    rates.amount.selectAll()  # as tabbing into it does
    qtbot.keyClicks(rates.amount, "35000")
    assert rates.add_button.isEnabled()
    rates.currency.clear()
    qtbot.keyClicks(rates.currency, "Rp")  # not a currency code
    assert not rates.add_button.isEnabled()


def test_choosing_indonesian_in_settings(qtbot: QtBot, window: MainWindow) -> None:
    try:
        window.settings.language.setCurrentIndex(window.settings.language.findData("id"))
        qtbot.waitUntil(
            lambda: window.tabs.tabText(window.tabs.indexOf(window.settings)) == "&Pengaturan",
            timeout=3000,
        )
        assert window.settings.week_start.itemText(0) == "Senin"
        assert Preferences().language == "id"
    finally:
        window.switch_language("en")


def test_opening_another_database_swaps_the_window(
    qtbot: QtBot, db_path: Path, tmp_path: Path, template_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("okuvol_desktop.ui.application.wants_sample_data", lambda _w: False)
    other = tmp_path / "other.sqlite3"
    shutil.copyfile(template_db, other)
    session = DesktopSession(Settings(str(db_path), "UTC"), LanguageSwitcher())
    try:
        assert session.open(str(db_path))
        first = session.window
        assert first is not None
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
        first.settings.open_button.click()
        assert session.window is not first and session.window is not None
        assert session.window.settings.database.text() == str(other)
        assert Preferences().database == str(other)
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path), "")
        )  # a folder: refused
        monkeypatch.setattr("okuvol_desktop.ui.application.QMessageBox.critical", lambda *a: None)
        kept = session.window
        kept.settings.open_button.click()
        assert session.window is kept
    finally:
        if session.window is not None:
            session.window.close()
        session.close()
