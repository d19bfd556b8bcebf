"""People and organisations: created through their forms, listed, marked and archived."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import Person, RoleDetails
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.dialogs.form import FormDialog
from okuvol_desktop.ui.dialogs.people_dialogs import OrganisationDialog, PersonDialog, RoleDialog
from okuvol_desktop.ui.lookups import Lookups
from okuvol_desktop.ui.main_window import MainWindow
from tests.services.helpers import log
from tests.ui.forms import answered, press_ok


@pytest.fixture
def window(qtbot: QtBot, ledger: Ledger, db_path: Path) -> MainWindow:
    w = MainWindow(ledger, str(db_path))
    qtbot.addWidget(w)
    w.show()
    w.tabs.setCurrentWidget(w.people)
    return w


def _ok(dialog: FormDialog) -> None:
    press_ok(dialog)


def test_person_organisation_and_roles_of_both_kinds_through_the_forms(
    qtbot: QtBot, window: MainWindow, ledger: Ledger
) -> None:
    person = PersonDialog(ledger, parent=window)
    person.name.setText("Nguyễn Thị Hương")  # QTest cannot type letters outside Latin-1
    qtbot.keyClicks(person.email, "huong@example.org")
    _ok(person)
    assert person.result_value is not None
    organisation = OrganisationDialog(ledger, parent=window)
    qtbot.keyClicks(organisation.name, "RS Harapan")
    qtbot.keyClicks(organisation.signatory_name, "Dr. Ratna")
    organisation.language.setCurrentIndex(organisation.language.findData("id"))
    _ok(organisation)
    assert organisation.result_value.certificate_language == "id"
    for kind, title in ((WorkKind.PROFESSIONAL, "Nurse"), (WorkKind.VOLUNTEER, "Tutor")):
        role = RoleDialog(ledger, Lookups.load(ledger), person.result_value.id, parent=window)
        role.kind.setCurrentIndex(role.kind.findData(kind.value))
        qtbot.keyClicks(role.title, title)
        if kind is WorkKind.PROFESSIONAL:
            role.has_rate.setChecked(True)
            role.rate.setValue(85000)
            qtbot.keyClicks(role.currency, "IDR")
        _ok(role)
        assert role.result_value is not None, role.refusal()
    window.people.refresh()
    qtbot.waitUntil(lambda: window.people.model.rowCount() == 1, timeout=5000)
    model = window.people.model
    assert [model.data(model.index(0, c)) for c in range(5)] == [
        "Nguyễn Thị Hương",
        "2",
        "0.00",
        "0.00",
        "Both kinds",
    ]
    window.people.table.selectRow(0)
    details = window.people.details  # the organisations' names and goals come from a worker
    qtbot.waitUntil(lambda: "Nurse, RS Harapan (Professional)" in details.text(), timeout=5000)
    assert "Does both paid and volunteer work." in details.text()


def test_a_persons_details_are_read_off_the_gui_thread_and_only_the_chosen_ones_shown(
    qtbot: QtBot, window: MainWindow, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("Ani Wijaya", "Budi Santoso"):
        ledger.people.add(name)
    window.people.refresh()
    qtbot.waitUntil(lambda: window.people.model.rowCount() == 2, timeout=5000)
    server, threads = threading.Event(), []
    progress = ledger.goals.progress

    def slow_progress(person_id: int, year: int) -> object:
        threads.append(threading.current_thread() is threading.main_thread())
        assert server.wait(10), "the test never let the server answer"
        return progress(person_id, year)  # type: ignore[arg-type]

    monkeypatch.setattr(ledger.goals, "progress", slow_progress)
    table, details = window.people.table, window.people.details
    table.setFocus()
    table.selectRow(0)  # Ani: her details are on their way
    qtbot.waitUntil(lambda: bool(threads), timeout=2000)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # meanwhile the list takes keys: Budi is chosen
    server.set()
    qtbot.waitUntil(lambda: "Budi Santoso" in details.text(), timeout=5000)
    qtbot.wait(50)
    assert "Ani Wijaya" not in details.text() and True not in threads


def test_a_form_waits_for_a_slow_server_and_is_not_dropped_by_escape(
    qtbot: QtBot, window: MainWindow, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The form is carried out in the write thread: the window keeps working, the form holds
    OK and Cancel until the ledger answers, and Esc meanwhile does not close it on a change
    that is still on its way."""
    server = threading.Event()
    add = ledger.people.add

    def slow_add(*args: object, **kwargs: object) -> Person:
        assert server.wait(10), "the test never let the server answer"
        return add(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ledger.people, "add", slow_add)
    dialog = PersonDialog(ledger, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Siti Rahmawati")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.saving() and not dialog.buttons.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    server.set()
    answered(dialog)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert isinstance(dialog.result_value, Person)
    assert [p.full_name for p in ledger.people.by_name()] == ["Siti Rahmawati"]


def test_a_refused_form_stays_open_and_says_why(
    qtbot: QtBot, window: MainWindow, ledger: Ledger
) -> None:
    ledger.organisations.add("RS Harapan")
    dialog = OrganisationDialog(ledger, parent=window)
    qtbot.keyClicks(dialog.name, "RS Harapan")
    _ok(dialog)
    assert dialog.result_value is None
    assert "already exists" in dialog.refusal()
    role = RoleDialog(ledger, Lookups.load(ledger), parent=window)
    assert role.person.count() == 0
    _ok(role)
    assert role.refusal() != ""


def test_archiving_hides_and_restores(qtbot: QtBot, window: MainWindow, ledger: Ledger) -> None:
    ledger.people.add("Budi Santoso")
    page = window.people
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    page.archive_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    page.show_archived.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert ledger.people.by_name(include_archived=True)[0].archived


def test_organisations_list_with_figures(
    qtbot: QtBot, window: MainWindow, ledger: Ledger, qtmodeltester: object
) -> None:
    ledger.organisations.add("Yayasan Pelita", type="NGO", signatory_name="Ibu Sari")
    page = window.organisations
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    (key,) = ledger.keys.keys(ledger.names.organisation("Yayasan Pelita"))
    details = page.details.text()
    assert "Ibu Sari" in details and "Signing keys" in details
    assert key.fingerprint in details and "signs now" in details
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    qtmodeltester.check(window.people.model)  # type: ignore[attr-defined]


def test_forms_can_be_cancelled(qtbot: QtBot, window: MainWindow, ledger: Ledger) -> None:
    dialog = PersonDialog(ledger, parent=window)
    QTimer.singleShot(50, dialog.reject)
    assert dialog.run() is None
    assert QApplication.activeModalWidget() is None


def test_the_people_sort_by_a_click_on_a_header_and_the_chosen_one_stays_chosen(
    qtbot: QtBot, window: MainWindow, ledger: Ledger
) -> None:
    """Names regardless of case and accents; hours as numbers (9 after 10 would be text
    order); a reload keeps the order chosen."""
    harapan = ledger.organisations.add("RS Harapan", type="Hospital")
    for name, hours in (("budi", "10"), ("Ani", "9"), ("Citra", "0.5"), ("Ădi", "2")):
        person = ledger.people.add(name)
        ledger.roles.add(person.id, harapan.id, WorkKind.VOLUNTEER, RoleDetails(title="Tutor"))
        log(ledger, date(2026, 3, 2), hours=hours, person=name)
    page = window.people
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=5000)

    def names() -> list[str]:
        return [page.model.row(r).person.full_name for r in range(page.model.rowCount())]

    assert names() == ["Ădi", "Ani", "budi", "Citra"]
    page.table.selectRow(2)  # budi
    header = page.table.horizontalHeader()
    volunteer_hours = 3

    def click(section: int) -> None:
        x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click(volunteer_hours)
    assert names() == ["Citra", "Ădi", "Ani", "budi"]
    click(volunteer_hours)
    assert names() == ["budi", "Ani", "Ădi", "Citra"]
    assert page.selected().person.full_name == "budi"
    page.refresh()
    qtbot.waitUntil(lambda: not page._runner.busy(), timeout=5000)
    assert names() == ["budi", "Ani", "Ădi", "Citra"]
    assert page.selected().person.full_name == "budi"
