"""Reports view: make and preview a certificate, batch it, reprint, and check codes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import RoleDetails
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.main_window import MainWindow
from okuvol_desktop.ui.pages.reports import BATCH, PERSON_SUMMARY, PORTFOLIO, ReportsPage
from tests.services.helpers import dual_role_person, log


@pytest.fixture
def window(qtbot: QtBot, ledger: Ledger, db_path: Path) -> MainWindow:
    dual_role_person(ledger)
    ledger.people.add("Budi Santoso")
    ledger.roles.add(
        ledger.names.person("Budi Santoso"),
        ledger.names.organisation("RS Harapan"),
        WorkKind.VOLUNTEER,
        RoleDetails(title="Companion"),
    )
    for person, hours in (("Siti Rahmawati", "30"), ("Budi Santoso", "4")):
        for day in (2, 3):
            entry = log(ledger, date(2026, 3, day), hours=str(int(hours) // 2), person=person)
            ledger.approvals.approve([entry.id])
    w = MainWindow(ledger, str(db_path))
    qtbot.addWidget(w)
    w.show()
    w.tabs.setCurrentWidget(w.reports)
    w.refresh()
    qtbot.waitUntil(lambda: w.reports.person.count() == 2, timeout=5000)
    return w


def _preview(qtbot: QtBot, page: ReportsPage) -> None:
    page.person.setCurrentIndex(page.person.findText("Siti Rahmawati"))
    page.make_button.click()
    qtbot.waitUntil(page.issue_button.isEnabled, timeout=10_000)
    qtbot.waitUntil(lambda: page.document.status() == QPdfDocument.Status.Ready, timeout=10_000)


def test_preview_issue_and_check_a_certificate(
    qtbot: QtBot, window: MainWindow, ledger: Ledger
) -> None:
    page = window.reports
    _preview(qtbot, page)
    # A preview issues nothing and is neither saved nor printed.
    assert "Nothing is issued until you choose Issue" in page.message.text()
    assert not page.save_button.isEnabled() and not page.print_button.isEnabled()
    assert ledger.certificates.newest_first() == []
    qtbot.keyClick(page.issue_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.issued.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "Issued certificate" in page.message.text(), timeout=10_000)
    assert page.save_button.isEnabled() and page.print_button.isEnabled()
    assert not page.issue_button.isEnabled()
    issued = page.issued.row(0)
    assert (issued.person_name, issued.minutes) == ("Siti Rahmawati", 30 * 60)
    # Making it again shows the certificate in force; issuing gives the same number.
    _preview(qtbot, page)
    assert f"Certificate {issued.number}" in page.message.text()
    page.issue_button.click()
    qtbot.waitUntil(lambda: "was issued before" in page.message.text(), timeout=10_000)
    assert len(ledger.certificates.newest_first()) == 1
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


def test_revoke_from_the_issued_list(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    page = window.reports
    _preview(qtbot, page)
    page.issue_button.click()
    qtbot.waitUntil(lambda: page.issued.rowCount() == 1, timeout=10_000)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Hours were logged twice", True))
    page.issued_view.selectRow(0)
    page.revoke_button.click()
    qtbot.waitUntil(lambda: page.issued.row(0).revoked_at is not None, timeout=10_000)
    page.code.setText(page.issued.row(0).code)
    page.check_button.click()
    qtbot.waitUntil(lambda: page.verdict.text().startswith("Not valid"), timeout=5000)
    assert "Hours were logged twice" in page.verdict.text()


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


def _make_summary(qtbot: QtBot, page: ReportsPage) -> None:
    page.kind.setCurrentIndex(page.kind.findData(PERSON_SUMMARY))
    page.person.setCurrentIndex(page.person.findText("Siti Rahmawati"))
    page.make_button.click()
    qtbot.waitUntil(lambda: page.document.status() == QPdfDocument.Status.Ready, timeout=10_000)


def test_printing_sends_every_page_whole_to_the_chosen_printer(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.reports
    _make_summary(qtbot, page)
    pages = page.document.pageCount()
    assert pages > 1
    printed = tmp_path / "printed.pdf"

    def choose_a_pdf_printer(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))  # the summary is A4
        return QPrintDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", choose_a_pdf_printer)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "sent to the printer" in page.message.text(), timeout=30_000)
    assert page.message.text() == f"{pages} pages sent to the printer."

    result = QPdfDocument()
    assert result.load(str(printed)) == QPdfDocument.Error.None_
    assert result.pageCount() == pages
    letter = result.pagePointSize(0)
    assert (round(letter.width()), round(letter.height())) == (612, 792)
    # The first page carries the document, not a blank sheet: most of it is paper, some ink.
    rendered = result.render(0, QSize(306, 396))
    image = QImage(rendered.size(), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.magenta)  # shows through wherever the printout left no paper
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    samples = [image.pixelColor(x, y) for y in range(0, 396, 3) for x in range(0, 306, 3)]
    paper = [c for c in samples if c != Qt.GlobalColor.magenta]
    ink = [c for c in paper if c.value() < 128]
    assert len(paper) > 0.7 * len(samples)  # the page fills the printable area
    assert 50 < len(ink) < 0.5 * len(paper)  # words and a chart on white paper


def test_cancelled_printing_says_nothing_and_keeps_the_preview(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.reports
    _make_summary(qtbot, page)
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QPrintDialog.DialogCode.Rejected.value)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert "printer" not in page.message.text()
    assert page.document.status() == QPdfDocument.Status.Ready


def test_a_persons_portfolio_made_saved_and_in_indonesian(
    qtbot: QtBot,
    window: MainWindow,
    ledger: Ledger,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pypdf import PdfReader

    page = window.reports
    page.kind.setCurrentIndex(page.kind.findData(PORTFOLIO))
    # The portfolio covers every year: the year is not asked; the paper is always A4.
    assert not page.year.isEnabled() and not page.paper.isEnabled()
    assert page.person.isEnabled() and not page.organisation.isEnabled()
    page.person.setCurrentIndex(page.person.findText("Siti Rahmawati"))
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.document.status() == QPdfDocument.Status.Ready, timeout=10_000)
    assert page.save_button.isEnabled() and page.print_button.isEnabled()
    offered: list[str] = []
    saved = tmp_path / "siti-portfolio.pdf"

    def choose(_parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
        offered.append(name)
        return str(saved), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert offered == ["Portfolio Siti Rahmawati.pdf"]
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(saved).pages).split())
    assert "Portfolio: Siti Rahmawati" in text
    assert "RS Harapan Tutor Volunteer 2 Mar 2026 – 3 Mar 2026 30.00 0.00" in text

    english = page.current
    page.language.setCurrentIndex(page.language.findData("id"))
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.current not in (None, english), timeout=10_000)
    qtbot.waitUntil(lambda: page.document.status() == QPdfDocument.Status.Ready, timeout=10_000)
    assert page.current is not None
    shown = " ".join(PdfReader(page.current).pages[0].extract_text().split())
    assert "Portofolio: Siti Rahmawati" in shown and "Relawan" in shown


def test_a_portfolio_of_nobody_with_hours_says_why(
    qtbot: QtBot, window: MainWindow, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    from okuvol_desktop.ui.pages import reports

    ledger.people.add("Ani Wijaya")
    window.refresh()
    page = window.reports
    qtbot.waitUntil(lambda: page.person.findText("Ani Wijaya") >= 0, timeout=5000)
    said: list[str] = []
    monkeypatch.setattr(reports, "show_error", lambda _parent, message: said.append(message))
    page.kind.setCurrentIndex(page.kind.findData(PORTFOLIO))
    page.person.setCurrentIndex(page.person.findText("Ani Wijaya"))
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert "a portfolio would be empty" in said[0]
    assert page.current is None
