"""Reports view: make and preview a certificate, batch it, reprint, and check codes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.roles import RoleTerms
from okuvol_desktop.ui.main_window import MainWindow
from okuvol_desktop.ui.pages.reports import BATCH, PERSON_SUMMARY
from tests.services.helpers import dual_role_person, log


@pytest.fixture
def window(qtbot: QtBot, ledger: Ledger, db_path: Path) -> MainWindow:
    dual_role_person(ledger)
    ledger.people.add("Budi Santoso")
    ledger.roles.add("Budi Santoso", "RS Harapan", WorkKind.VOLUNTEER, RoleTerms("Companion"))
    for person, hours in (("Siti Rahmawati", "30"), ("Budi Santoso", "4")):
        for day in (2, 3):
            entry = log(ledger, date(2026, 3, day), hours=str(int(hours) // 2), person=person)
            ledger.approvals.approve([entry.id], "Coordinator")
    w = MainWindow(ledger, str(db_path))
    qtbot.addWidget(w)
    w.show()
    w.tabs.setCurrentWidget(w.reports)
    w.refresh()
    qtbot.waitUntil(lambda: w.reports.person.count() == 2, timeout=5000)
    return w


def test_make_preview_and_check_a_certificate(qtbot: QtBot, window: MainWindow) -> None:
    page = window.reports
    page.person.setCurrentIndex(page.person.findText("Siti Rahmawati"))
    page.make_button.click()
    qtbot.waitUntil(lambda: page.document.status() == QPdfDocument.Status.Ready, timeout=10_000)
    assert page.document.pageCount() == 1
    assert page.save_button.isEnabled() and page.print_button.isEnabled()
    qtbot.waitUntil(lambda: page.issued.rowCount() == 1, timeout=5000)
    issued = page.issued.row(0)
    assert (issued.person_name, issued.minutes) == ("Siti Rahmawati", 30 * 60)
    page.code.setText(issued.code)
    page.check_button.click()
    qtbot.waitUntil(lambda: page.verdict.text() != "", timeout=5000)
    assert page.verdict.text().startswith("Valid certificate")
    assert "The records still agree." in page.verdict.text()
    page.code.setText(issued.code[:-3] + "AAA")
    page.check_button.click()
    qtbot.waitUntil(lambda: page.verdict.text().startswith("Not valid"), timeout=5000)
    page.issued_view.selectRow(0)
    page.reprint_button.click()
    qtbot.waitUntil(
        lambda: page.current is not None and "reprint" in page.current.name, timeout=5000
    )


def test_batch_writes_qualifying_volunteers_with_progress(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.reports
    page.kind.setCurrentIndex(page.kind.findData(BATCH))
    page.min_hours.setValue(10)
    out = tmp_path / "batch"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    page.make_button.click()
    qtbot.waitUntil(lambda: "written to" in page.message.text(), timeout=20_000)
    assert [p.name for p in out.iterdir()] == ["RH-2026-0001 Siti Rahmawati.pdf"]
    assert page.message.text() == f"1 certificate written to {out}"


def test_a_persons_year_in_the_preview(qtbot: QtBot, window: MainWindow) -> None:
    page = window.reports
    page.kind.setCurrentIndex(page.kind.findData(PERSON_SUMMARY))
    assert not page.paper.isEnabled()
    page.make_button.click()
    qtbot.waitUntil(lambda: page.document.status() == QPdfDocument.Status.Ready, timeout=10_000)
    assert page.document.pageCount() >= 1
