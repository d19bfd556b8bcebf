"""Schemes and values of an hour in Settings, and a person's schemes on the People view."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.dialogs.form import FormDialog
from okuvol_desktop.ui.dialogs.scheme_dialogs import AssignSchemeDialog, RatePresetDialog
from okuvol_desktop.ui.i18n import LanguageSwitcher
from okuvol_desktop.ui.main_window import MainWindow
from okuvol_desktop.ui.mnemonics import mnemonic
from okuvol_desktop.ui.pages.scheme_settings import SchemesPanel
from tests.services.helpers import dual_role_person, log
from tests.ui.test_accessibility import collisions, nameless

OWN_AWARD = "Organisation's own award (example)"
TEXAS = "Texas teacher CPE (US, example)"


@pytest.fixture
def window(qtbot: QtBot, ledger: Ledger, db_path: Path) -> MainWindow:
    w = MainWindow(ledger, str(db_path))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.tabs.setCurrentWidget(w.settings)
    return w


def _schemes(qtbot: QtBot, window: MainWindow) -> SchemesPanel:
    """Settings → Schemes, reached with its Alt+letter, loaded."""
    page = window.settings
    page.sections.setCurrentWidget(page.schemes)
    panel = page.schemes
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    return panel


def _names(panel: SchemesPanel) -> list[str]:
    return [panel.model.data(panel.model.index(r, 0)) for r in range(panel.model.rowCount())]


def _row(panel: SchemesPanel, name: str) -> list[str]:
    row = _names(panel).index(name)
    return [panel.model.data(panel.model.index(row, c)) for c in range(panel.model.columnCount())]


def _when_a_dialog_shows(act: Callable[[QWidget], None]) -> None:
    """Do ``act`` with the modal dialog once it is open (its exec() holds the test's click)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, look)
            return
        act(dialog)

    QTimer.singleShot(0, look)


def _ok(dialog: QWidget) -> None:
    assert isinstance(dialog, FormDialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _award_file(folder: Path, name: str = "Rumah Belajar stars", **changes: object) -> Path:
    document = {
        "format": "okuvol-scheme",
        "version": 1,
        "name": name,
        "type": "award",
        "source": "Rumah Belajar board, 2026",
        "example": False,
        "period": "year",
        "counts": ["volunteer"],
        "bands": [
            {
                "name": "Everyone",
                "min_age": None,
                "max_age": None,
                "tiers": [{"name": "One star", "hours": 20}, {"name": "Two stars", "hours": 40}],
            }
        ],
        **changes,
    }
    path = folder / f"{name}.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_the_schemes_okuvol_ships_are_listed_in_words(
    qtbot: QtBot, window: MainWindow, qtmodeltester: object
) -> None:
    panel = _schemes(qtbot, window)
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    assert _row(panel, "President's Volunteer Service Award (US)") == [
        "President's Volunteer Service Award (US)",
        "Award: hours in a calendar year",
        "US",
        "2024",
        "Preset",
        "Nobody",
    ]
    assert _row(panel, TEXAS)[1].startswith("Requirement: 150 h every 5 year")
    assert _row(panel, TEXAS)[4] == "Preset, example"
    assert panel.choose("New York CLE, experienced attorneys (US)")
    details = panel.details.text()
    assert "24 credits" in details and "22 NYCRR 1500.22" in details
    # Fields no category of the ledger has yet, by their keys.
    assert "At least, in credits each cycle: ethics 4; diversity_bias 1" in details
    assert panel.choose("President's Volunteer Service Award (US)")
    tooltip = panel.table.currentIndex().siblingAtColumn(0).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("AmeriCorps") and "paused in 2025" in tooltip  # source and note
    assert "Adults (26+)" in panel.details.text()
    assert "Bronze 100 h · Silver 250 h · Gold 500 h" in panel.details.text()


def test_a_scheme_from_a_file_and_a_broken_one(
    qtbot: QtBot,
    window: MainWindow,
    ledger: Ledger,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = _schemes(qtbot, window)
    good = _award_file(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Rumah Belajar stars" in _names(panel), timeout=5000)
    assert _row(panel, "Rumah Belajar stars")[4] == "In this ledger"
    assert panel.chosen() is not None
    assert panel.chosen().scheme.about.name == "Rumah Belajar stars"  # type: ignore[union-attr]
    assert "One star 20 h · Two stars 40 h" in panel.details.text()
    assert "Added the scheme Rumah Belajar stars" in panel.message.text()
    before = ledger.schemes.listings()

    broken = _award_file(
        tmp_path,
        "Broken",
        bands=[{"name": "All", "min_age": None, "max_age": None, "tiers": [{"name": "x"}]}],
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.message.text().startswith("Broken.json"), timeout=5000)
    assert panel.message.isVisible()
    assert panel.message.text() == (
        "Broken.json was not added: bands[0].tiers[0].hours is missing from the scheme file."
    )
    assert ledger.schemes.listings() == before
    qtbot.waitUntil(lambda: not panel._runner.busy(), timeout=5000)
    assert "Broken" not in _names(panel)


def test_replacing_a_scheme_of_the_same_name_asks_first(
    qtbot: QtBot,
    window: MainWindow,
    ledger: Ledger,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = _schemes(qtbot, window)
    ledger.schemes.add_file(_award_file(tmp_path))
    changed = _award_file(tmp_path, source="Rumah Belajar board, 2027")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(changed), ""))
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent: QWidget, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=5000)  # the file is read in the write thread
    assert "Rumah Belajar stars" in asked[0]
    assert ledger.schemes.scheme("Rumah Belajar stars").about.source == "Rumah Belajar board, 2026"
    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            ledger.schemes.scheme("Rumah Belajar stars").about.source == "Rumah Belajar board, 2027"
        ),
        timeout=5000,
    )
    assert len(asked) == 2


def test_a_scheme_is_exported_where_the_user_says(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = _schemes(qtbot, window)
    out = tmp_path / "own.json"
    seen: list[str] = []

    def save_as(_parent: QWidget, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        seen.append(suggested)
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    assert panel.choose(OWN_AWARD)
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert seen == ["organisation-s-own-award-example.json"]
    qtbot.waitUntil(out.exists, timeout=5000)  # written in a worker
    qtbot.waitUntil(lambda: str(out) in panel.message.text(), timeout=5000)
    assert json.loads(out.read_text(encoding="utf-8"))["name"] == OWN_AWARD


def _person_with_approved_hours(ledger: Ledger) -> None:
    """Siti, with 60 approved volunteer hours this year and 5 awaiting review."""
    dual_role_person(ledger)
    entries = [log(ledger, date(2026, 3, day), hours="10") for day in range(2, 8)]
    ledger.approvals.approve([e.id for e in entries])
    log(ledger, date(2026, 3, 9), hours="5")
    log(ledger, date(2026, 3, 10), kind=WorkKind.PROFESSIONAL, hours="8")


def test_a_preset_assigned_through_the_dialog_shows_on_the_people_view(
    qtbot: QtBot, window: MainWindow, ledger: Ledger
) -> None:
    _person_with_approved_hours(ledger)
    panel = _schemes(qtbot, window)
    qtbot.waitUntil(lambda: len(panel._snapshot.people) == 1, timeout=5000)
    assert panel.choose(OWN_AWARD)

    def give_to_siti(dialog: QWidget) -> None:
        assert isinstance(dialog, AssignSchemeDialog)
        assert not dialog.starts_on.isVisible()  # an award has no cycles
        dialog.whom.setCurrentIndex(dialog.whom.findText("Siti Rahmawati"))
        _ok(dialog)

    _when_a_dialog_shows(give_to_siti)
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == f"{OWN_AWARD} now applies to Siti Rahmawati."
    qtbot.waitUntil(lambda: _row(panel, OWN_AWARD)[5] == "Siti Rahmawati", timeout=5000)
    assert _row(panel, OWN_AWARD)[4] == "Preset, in this ledger, example"

    window.tabs.setCurrentWidget(window.people)
    people = window.people
    qtbot.waitUntil(lambda: people.model.rowCount() == 1, timeout=5000)
    people.table.selectRow(0)
    qtbot.waitUntil(lambda: OWN_AWARD in people.schemes.text.text(), timeout=5000)
    shown = people.schemes.text.text()
    assert "Everyone: Bronze reached · 40.00 h to Silver" in shown
    assert "60.00 h approved, 5.00 h awaiting review" in shown


def test_a_requirement_asks_the_first_day_of_its_cycles(
    qtbot: QtBot, window: MainWindow, ledger: Ledger
) -> None:
    _person_with_approved_hours(ledger)
    ledger.organisations.add("Yayasan Pelita")
    panel = _schemes(qtbot, window)
    qtbot.waitUntil(lambda: len(panel._snapshot.organisations) == 2, timeout=5000)
    assert panel.choose(TEXAS)

    def from_march_2025(dialog: QWidget) -> None:
        assert isinstance(dialog, AssignSchemeDialog)
        assert dialog.starts_on.isVisible()
        assert dialog.whom.findText("Every volunteer of RS Harapan") >= 0
        dialog.whom.setCurrentIndex(dialog.whom.findText("Siti Rahmawati"))
        dialog.starts_on.setDate(QDate(2025, 3, 1))
        _ok(dialog)

    _when_a_dialog_shows(from_march_2025)
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    window.tabs.setCurrentWidget(window.people)
    people = window.people
    qtbot.waitUntil(lambda: people.model.rowCount() == 1, timeout=5000)
    people.table.selectRow(0)
    qtbot.waitUntil(lambda: TEXAS in people.schemes.text.text(), timeout=5000)
    shown = people.schemes.text.text()
    assert "Cycle 01/03/2025 – 28/02/2030, counted in hours" in shown
    # Paid and volunteer work count: the 8 paid hours await review with the 5 volunteer ones.
    assert "60 of 150 approved, 13 awaiting review" in shown
    assert "Not met yet: 90 still needed" in shown


def test_someone_without_schemes_is_told_where_to_assign_one(
    qtbot: QtBot, window: MainWindow, ledger: Ledger
) -> None:
    ledger.people.add("Budi Santoso")
    window.tabs.setCurrentWidget(window.people)
    people = window.people
    qtbot.waitUntil(lambda: people.model.rowCount() == 1, timeout=5000)
    people.table.selectRow(0)
    qtbot.waitUntil(lambda: "No scheme applies" in people.schemes.text.text(), timeout=5000)
    assert people.schemes.text.text() == ("No scheme applies — assign one in Settings → Schemes.")


def test_unassign_takes_a_scheme_back(qtbot: QtBot, window: MainWindow, ledger: Ledger) -> None:
    ledger.people.add("Budi Santoso")
    ledger.schemes.assign(OWN_AWARD, person=ledger.names.person("Budi Santoso"))
    panel = _schemes(qtbot, window)
    # Given outside the window: the view follows the ledger's change within a second.
    qtbot.waitUntil(lambda: _row(panel, OWN_AWARD)[5] == "Budi Santoso", timeout=5000)
    assert panel.choose(OWN_AWARD)
    assert panel.unassign_button.isEnabled()
    _when_a_dialog_shows(_ok)
    qtbot.mouseClick(panel.unassign_button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == f"{OWN_AWARD} no longer applies to Budi Santoso."
    qtbot.waitUntil(lambda: _row(panel, OWN_AWARD)[5] == "Nobody", timeout=5000)
    assert ledger.schemes.progress(ledger.names.person("Budi Santoso"), 2026).awards == ()


def test_a_value_of_an_hour_from_a_preset(qtbot: QtBot, window: MainWindow, ledger: Ledger) -> None:
    rates = window.settings.rates
    window.settings.sections.setCurrentWidget(rates)

    def take_jakarta(dialog: QWidget) -> None:
        assert isinstance(dialog, RatePresetDialog)
        row = next(
            r
            for r in range(dialog.presets.rowCount())
            if dialog.presets.item(r, 1).text() == "42,831.00 IDR"
        )
        assert dialog.presets.item(row, 4).text() == "Example: check it"
        dialog.presets.selectRow(row)
        assert "A lower bound" in dialog.about.text()  # the preset's note
        _ok(dialog)

    _when_a_dialog_shows(take_jakarta)
    qtbot.mouseClick(rates.preset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rates.model.rowCount() == 1, timeout=5000)
    shown = [rates.model.data(rates.model.index(0, c)) for c in range(4)]
    assert shown[:3] == ["42,831.00 IDR", "01/01/2025", "Replacement cost"]
    assert shown[3].startswith("UMP DKI Jakarta 2025")
    (rate,) = ledger.rates.oldest_first()
    assert (rate.currency, rate.method) == ("IDR", "replacement")


@pytest.mark.parametrize("language", ["en", "id"])
def test_every_section_and_form_is_named_and_reached_by_keyboard(
    qtbot: QtBot, window: MainWindow, ledger: Ledger, english: LanguageSwitcher, language: str
) -> None:
    english.use(language)
    ledger.people.add("Budi Santoso")
    ledger.schemes.assign(OWN_AWARD, person=ledger.names.person("Budi Santoso"))
    settings = window.settings
    panel = _schemes(qtbot, window)
    qtbot.waitUntil(lambda: _row(panel, OWN_AWARD)[5] == "Budi Santoso", timeout=5000)
    for section in (settings.rates, settings.schemes):
        settings.sections.setCurrentWidget(section)
        qtbot.waitUntil(lambda: collisions(window) == [], timeout=2000)  # settled when shown
        assert nameless(window) == []
    # The section tabs and the buttons of the section shown never share an Alt+letter.
    window.activateWindow()
    settings.sections.setCurrentWidget(settings.schemes)
    qtbot.waitUntil(lambda: collisions(window) == [], timeout=2000)
    letter = mnemonic(settings.sections.tabText(1))
    assert letter
    qtbot.keyClick(window, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
    assert settings.sections.currentWidget() is settings.rates
    assert panel.choose(TEXAS)
    forms = [
        RatePresetDialog(ledger, ledger.rates.presets(), window),
        AssignSchemeDialog(ledger, panel.chosen(), ledger.people.by_name(), (), window),  # type: ignore[arg-type]
    ]
    for dialog in forms:
        qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))  # type: ignore[attr-defined]
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        qtbot.waitUntil(lambda dialog=dialog: collisions(dialog) == [], timeout=2000)
        assert nameless(dialog) == [], dialog.windowTitle()
    assign = forms[1]
    assert isinstance(assign, AssignSchemeDialog)
    assert QApplication.focusWidget() is assign.whom  # the form opens on its first field
    qtbot.keyClick(assign.whom, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is assign.starts_on
    letter = mnemonic(assign._labels["whom"].text())
    assert letter
    qtbot.keyClick(assign.starts_on, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is assign.whom
