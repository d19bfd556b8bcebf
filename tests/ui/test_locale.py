"""Language, formats and looks: numbers, dates and durations in the window's locale and the
notation chosen in Settings; messages that name entries as the time log does; totals; a dark
palette; the shipped fonts; the Help menu; previews removed; a new ledger's first steps."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtGui import QColor, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from okuvol_desktop import __version__
from okuvol_desktop.domain.durations import DurationNotation
from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import RoleDetails
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.dialogs.people_dialogs import PersonDialog
from okuvol_desktop.ui.errors import error_text
from okuvol_desktop.ui.formats import date_text, duration_text
from okuvol_desktop.ui.help_menu import DataLocationDialog, ShortcutsDialog
from okuvol_desktop.ui.i18n import LanguageSwitcher
from okuvol_desktop.ui.main_window import MainWindow
from okuvol_desktop.ui.models.entry_table import COL_DESCRIPTION, COL_DURATION, COL_STATUS
from okuvol_desktop.ui.pages.reports import PERSON_SUMMARY
from okuvol_desktop.ui.palette import contrast_ratio, error_color, kind_colors, warning_colors
from tests.i18n_catalog import templates
from tests.services.helpers import dual_role_person, log

LANGUAGES = ["en", "id"]


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, english: LanguageSwitcher) -> Iterator[str]:
    """Each test that asks for it runs in English and in Bahasa Indonesia."""
    code = str(request.param)
    english.use(code)
    yield code
    english.use("en")  # the locale too: the next test module expects English


@pytest.fixture
def window(qtbot: QtBot, ledger: Ledger, db_path: Path, language: str) -> MainWindow:
    w = MainWindow(ledger, str(db_path))
    qtbot.addWidget(w)
    w.show()
    return w


def _time_log(qtbot: QtBot, window: MainWindow, rows: int) -> None:
    window.tabs.setCurrentWidget(window.time_log)
    window.refresh()
    model = window.time_log.model
    qtbot.waitUntil(lambda: model.rowCount() == rows, timeout=5000)


def test_numbers_and_dates_follow_the_language(language: str) -> None:
    decimal = duration_text(150, DurationNotation.DECIMAL_HOURS)
    assert decimal == ("2,50" if language == "id" else "2.50")
    assert duration_text(150, DurationNotation.HOURS_MINUTES) == "2:30"
    assert "2026" in date_text(date(2026, 3, 2))  # the year in full, never "26"


def test_an_overlap_names_the_entry_as_the_time_log_shows_it(ledger: Ledger, language: str) -> None:
    dual_role_person(ledger)
    log(ledger, date(2026, 3, 2), kind=WorkKind.PROFESSIONAL, start=time(8), end=time(16))
    with pytest.raises(OkuvolError) as refused:
        log(ledger, date(2026, 3, 2), start=time(15), end=time(17))
    shown = error_text(refused.value)
    assert f"{date_text(date(2026, 3, 2))} 08:00–16:00, Nurse" in shown
    assert "entry 1" not in shown and "2026-03-02" not in shown


def test_a_date_outside_a_role_is_written_in_the_windows_language(
    ledger: Ledger, language: str
) -> None:
    dual_role_person(ledger)
    with pytest.raises(OkuvolError) as refused:
        log(ledger, date(2023, 5, 1), hours="1")
    shown = error_text(refused.value)
    assert date_text(date(2023, 5, 1)) in shown and "2023-05-01" not in shown
    # "the present" and "the beginning" go to the translators with the other sentences.
    assert {"the present", "the beginning"} <= set(templates())


def _choose(combo: QComboBox, data: str) -> None:
    """Pick an item of a combo box, as choosing it in its list does."""
    combo.setCurrentIndex(combo.findData(data))


def test_the_notation_chosen_in_settings_reaches_every_view(
    qtbot: QtBot, ledger: Ledger, window: MainWindow
) -> None:
    dual_role_person(ledger)
    log(ledger, date(2026, 3, 7), hours="1.5")
    _time_log(qtbot, window, 1)
    model = window.time_log.model
    assert model.data(model.index(0, COL_DURATION)) == duration_text(
        90, DurationNotation.DECIMAL_HOURS
    )
    window.tabs.setCurrentWidget(window.settings)
    _choose(window.settings.notation, DurationNotation.HOURS_MINUTES.value)
    assert window.preferences.duration_notation is DurationNotation.HOURS_MINUTES
    assert model.data(model.index(0, COL_DURATION)) == "1:30"
    assert "1:30" in window.time_log.totals.text()
    window.tabs.setCurrentWidget(window.dashboard)
    qtbot.waitUntil(lambda: "1:30" in window.dashboard.year_box.total.text(), timeout=5000)


def test_the_time_log_totals_every_match_and_the_chosen_rows(
    qtbot: QtBot, ledger: Ledger, window: MainWindow
) -> None:
    dual_role_person(ledger)
    log(ledger, date(2026, 3, 2), hours="2", description="Reading club")
    log(ledger, date(2026, 3, 3), kind=WorkKind.PROFESSIONAL, hours="8", description="Ward")
    _time_log(qtbot, window, 2)
    page = window.time_log
    total = duration_text(600, DurationNotation.DECIMAL_HOURS)
    qtbot.waitUntil(lambda: total in page.totals.text(), timeout=5000)
    assert page.model.data(page.model.index(1, COL_DESCRIPTION)) == "Reading club"
    page.table.selectionModel().select(
        page.model.index(1, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    chosen = duration_text(120, DurationNotation.DECIMAL_HOURS)
    assert page.totals.text().count(chosen) >= 1 and "1" in page.totals.text()
    # The description takes the width left over, not the status.
    header = page.table.horizontalHeader()
    assert header.sectionSize(COL_DESCRIPTION) > header.sectionSize(COL_STATUS)


def test_columns_fit_rows_fetched_after_the_first_page(
    qtbot: QtBot, ledger: Ledger, window: MainWindow
) -> None:
    dual_role_person(ledger)
    for day in range(1, 29):
        for _ in range(8):  # 224 entries: more than a page
            log(ledger, date(2026, 2, day), hours="0.25")
    ledger.organisations.add("Yayasan Pendidikan Anak Bangsa Nusantara Raya", type="School")
    ledger.roles.add(
        ledger.names.person("Siti Rahmawati"),
        ledger.names.organisation("Yayasan Pendidikan Anak Bangsa Nusantara Raya"),
        WorkKind.VOLUNTEER,
        RoleDetails(title="Mentor"),
    )
    log(ledger, date(2026, 1, 5), hours="1", org="Yayasan Pendidikan Anak Bangsa Nusantara Raya")
    _time_log(qtbot, window, 200)
    page = window.time_log
    narrow = page.table.horizontalHeader().sectionSize(4)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 225, timeout=5000)
    long_name = page.table.fontMetrics().horizontalAdvance(
        "Yayasan Pendidikan Anak Bangsa Nusantara Raya"
    )
    assert page.table.horizontalHeader().sectionSize(4) > max(narrow, long_name)


def test_undo_and_redo_speak_the_windows_language(window: MainWindow, language: str) -> None:
    texts = {window.undo_action.text(), window.redo_action.text()}
    if language == "id":
        assert not texts & {"&Undo", "&Redo", "Undo", "Redo"}
    else:
        assert texts == {"&Undo", "&Redo"}


DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#171717",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#303134",
    QPalette.ColorRole.ButtonText: "#e8eaed",
}


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    before = qapp.palette()
    chosen = QPalette(before)
    if request.param == "dark":
        for role, color in DARK.items():
            chosen.setColor(role, QColor(color))
    else:
        chosen.setColor(QPalette.ColorRole.Window, QColor("#f0f0f0"))
        chosen.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    qapp.setPalette(chosen)
    yield chosen
    qapp.setPalette(before)


def test_warning_error_and_chart_colours_are_readable_on_either_palette(
    qtbot: QtBot, ledger: Ledger, window: MainWindow, palette: QPalette
) -> None:
    dual_role_person(ledger)
    for day in range(23, 28):
        log(ledger, date(2026, 11, day), kind=WorkKind.PROFESSIONAL, start=time(6), end=time(20))
    window.refresh()
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: dashboard.person.count() == 2, timeout=5000)
    _choose(dashboard.person, dashboard.person.itemData(1))
    qtbot.waitUntil(dashboard.overload.isVisible, timeout=5000)
    text, background = warning_colors(dashboard.palette())
    assert f"color: {text.name()}" in dashboard.overload.styleSheet()
    assert contrast_ratio(text, background) >= 4.5
    window_color = palette.color(QPalette.ColorRole.Window)
    assert contrast_ratio(error_color(palette), window_color) >= 4.5
    chart_background = dashboard.chart.backgroundBrush().color()
    assert chart_background == palette.color(QPalette.ColorRole.Base)
    for color in kind_colors(palette):
        assert contrast_ratio(color, chart_background) >= 3.0  # bars: graphics, WCAG 1.4.11
    assert contrast_ratio(dashboard.chart.titleBrush().color(), chart_background) >= 4.5


def test_the_window_loads_the_fonts_it_ships(window: MainWindow) -> None:
    families = QFontDatabase.families()
    assert any(f.startswith("Noto Sans CJK") for f in families)
    assert "Noto Sans" in families


def test_help_lists_the_shortcuts_and_says_where_the_data_lives(
    qtbot: QtBot, window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: shown.append(self) or 0)
    window.help.shortcuts_action.trigger()
    window.help.data_action.trigger()
    shortcuts, where = shown
    assert isinstance(shortcuts, ShortcutsDialog) and isinstance(where, DataLocationDialog)
    listed = shortcuts.shortcuts()
    new_entry = window.new_entry_action.text().replace("&", "").rstrip("…")
    assert listed[new_entry] == window.new_entry_action.shortcut().toString(
        window.new_entry_action.shortcut().SequenceFormat.NativeText
    )
    assert len(listed) >= 8  # the window's and the time log's
    assert str(db_path) in where.text.text()
    assert "okuvol-backups" in where.text.text()
    assert QSettings().fileName() in where.text.text()


def test_about_shows_the_icon_the_version_and_the_ledger(
    window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self) or 0)
    window.help.about_action.trigger()
    (about,) = shown
    assert f"okuvol {__version__}" in about.text()
    assert str(db_path) in about.text()
    assert not about.iconPixmap().isNull() and about.iconPixmap().width() >= 64


def test_previews_are_removed_when_the_window_closes(
    qtbot: QtBot, ledger: Ledger, window: MainWindow
) -> None:
    dual_role_person(ledger)
    log(ledger, date(2026, 3, 2), hours="2")
    page = window.reports
    window.tabs.setCurrentWidget(page)
    window.refresh()
    qtbot.waitUntil(lambda: page.person.count() > 0, timeout=5000)
    page.kind.setCurrentIndex(page.kind.findData(PERSON_SUMMARY))
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.current is not None, timeout=15000)
    preview = page.current
    assert preview is not None and preview.exists()
    window.close()
    assert not preview.exists() and not preview.parent.exists()


def test_a_fresh_ledger_says_what_to_add_first(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[PersonDialog] = []

    def run(dialog: PersonDialog) -> None:
        asked.append(dialog)

    monkeypatch.setattr(PersonDialog, "run", run)
    window.tabs.setCurrentWidget(window.dashboard)
    window.refresh()
    dashboard = window.dashboard
    qtbot.waitUntil(dashboard.empty_box.isVisible, timeout=5000)
    assert dashboard.empty_button.text().replace("&", "").endswith("…")
    qtbot.mouseClick(dashboard.empty_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.people
    assert len(asked) == 1


def test_the_next_step_follows_what_the_ledger_holds(
    qtbot: QtBot, ledger: Ledger, window: MainWindow
) -> None:
    ledger.people.add("Siti Rahmawati")
    window.refresh()
    dashboard = window.dashboard
    first = dashboard.empty_text.text()
    qtbot.waitUntil(lambda: dashboard.empty_text.text() != first, timeout=5000)
    asks_for_organisation = dashboard.empty_text.text()
    dual_role_person(ledger, "Budi Santoso")
    window.refresh()
    qtbot.waitUntil(
        lambda: dashboard.empty_text.text() not in (first, asks_for_organisation), timeout=5000
    )
    # Roles exist now: the last step is the first hours, and its button opens the entry dialog.
    assert dashboard.empty_box.isVisible()


def test_filters_make_room_for_their_words_after_a_language_switch(
    window: MainWindow, english: LanguageSwitcher, language: str
) -> None:
    window.switch_language("id" if language == "en" else "en")
    bar = window.time_log.filters
    for box in (bar.date_from, bar.date_to):
        needed = box.fontMetrics().horizontalAdvance(box.specialValueText())
        assert box.sizeHint().width() > needed
    placeholder = bar.text.fontMetrics().horizontalAdvance(bar.text.placeholderText())
    assert bar.text.minimumWidth() > placeholder
    window.switch_language("en")  # its own translators go; the fixture resets the rest


def test_large_counts_have_the_locales_thousands_separator(qtbot: QtBot, language: str) -> None:
    from okuvol_desktop.services.listing import LogTotals
    from okuvol_desktop.ui.log_summary import LogTotalsLabel

    label = LogTotalsLabel()
    qtbot.addWidget(label)
    label.show_found(LogTotals(1_234_567, 60, 120))
    # "1,234,567 entries match" in English, "1.234.567 catatan cocok" in Indonesian.
    assert ("1,234,567" if language == "en" else "1.234.567") in label.text()
