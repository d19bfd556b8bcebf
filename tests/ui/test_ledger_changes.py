"""New names and others' hours reach every view without View > Refresh."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import RoleDetails
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.dialogs.entry_dialog import EntryDialog
from okuvol_desktop.ui.dialogs.week_grid_dialog import WeekGridDialog
from okuvol_desktop.ui.lookups import Lookups
from okuvol_desktop.ui.main_window import MainWindow
from tests.services.helpers import dual_role_person, log


@pytest.fixture
def window(qtbot: QtBot, ledger: Ledger, db_path: Path) -> MainWindow:
    w = MainWindow(ledger, str(db_path))
    qtbot.addWidget(w)
    w.show()
    w.tabs.setCurrentWidget(w.people)
    w.refresh()
    return w


def _add_nurse(ledger: Ledger) -> None:
    ledger.people.add("Dewi Lestari")
    ledger.organisations.add("Puskesmas Ciputat")
    ledger.roles.add(
        ledger.names.person("Dewi Lestari"),
        ledger.names.organisation("Puskesmas Ciputat"),
        WorkKind.VOLUNTEER,
        RoleDetails(title="Nurse"),
    )


def test_ctrl_n_right_after_adding_a_person_offers_her(
    qtbot: QtBot, window: MainWindow, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[Lookups] = []
    monkeypatch.setattr(
        EntryDialog,
        "ask",
        classmethod(lambda cls, parent, led, lookups, *a, **k: offered.append(lookups)),
    )
    _add_nurse(ledger)  # as the People view does, a moment before the shortcut
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(offered), timeout=5000)  # once the names are read again
    assert [p.full_name for p in offered[0].people] == ["Dewi Lestari"]
    assert [r.title for r in offered[0].roles] == ["Nurse"]


def test_the_week_grid_and_the_filters_know_new_names_without_refresh(
    qtbot: QtBot, window: MainWindow, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_nurse(ledger)
    window.tabs.setCurrentWidget(window.time_log)
    person = window.time_log.filters.person
    qtbot.waitUntil(lambda: person.findText("Dewi Lestari") >= 0, timeout=5000)
    shown: list[WeekGridDialog] = []

    def look(dialog: WeekGridDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(WeekGridDialog, "exec", look)
    window.time_log.table.setFocus()
    qtbot.keyClick(
        window.time_log.table,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert shown[0].person.findText("Dewi Lestari") >= 0
    assert "Add a person and a role first" not in shown[0].message.text()


def test_hours_another_program_logs_appear_in_the_open_time_log(
    qtbot: QtBot, window: MainWindow, ledger: Ledger, db_path: Path
) -> None:
    dual_role_person(ledger)
    window.tabs.setCurrentWidget(window.time_log)
    page = window.time_log
    qtbot.waitUntil(lambda: page.filters.person.count() > 1, timeout=5000)
    script = (
        "import sys\n"
        "from okuvol_desktop.cli.main import run\n"
        "sys.exit(run(['--db', sys.argv[1], 'log', '--person', 'Siti Rahmawati', '--org',\n"
        "              'RS Harapan', '--date', '2026-03-02', '--hours', '1',\n"
        "              '--kind', 'volunteer'],\n"
        "             sys.stdout, sys.stderr))\n"
    )
    subprocess.run([sys.executable, "-c", script, str(db_path)], check=True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)  # no F5


def test_a_reader_keeps_her_place_and_is_told_instead(
    qtbot: QtBot, window: MainWindow, ledger: Ledger
) -> None:
    dual_role_person(ledger)
    log(ledger, date(2026, 3, 2), hours="1")
    window.tabs.setCurrentWidget(window.time_log)
    page = window.time_log
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.selectionModel().select(
        page.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    log(ledger, date(2026, 3, 3), hours="1")
    qtbot.waitUntil(lambda: "Press F5" in page.message.text(), timeout=5000)
    assert page.model.rowCount() == 1 and page.table.selectionModel().hasSelection()
    window.refresh_action.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
