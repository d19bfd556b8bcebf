"""1,000 certificates through okuvol against a bare ReportLab script drawing the same page.

okuvol's side is the real batch: the query per volunteer, numbering, the signed code, the
stored record, platypus layout with shaped text and embedded fonts, the standard PDF signature
(pyHanko, PAdES) and an atomic write. The reference draws the same words and the same QR code
straight onto a canvas with the same embedded fonts, and signs nothing. Target: within 2x.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from reportlab.graphics import renderPDF
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from okuvol_desktop.reports.flowables import qr_code
from okuvol_desktop.reports.fonts import SANS, SANS_BOLD, register_fonts
from okuvol_desktop.services.ledger import Ledger
from tests.benchmarks.conftest import COUNT


def _bare_reportlab(out_dir: Path, ledger: Ledger) -> None:
    """The same words and QR code of each certificate, drawn directly on a canvas."""
    register_fonts()
    for issued in ledger.certificates.newest_first():
        canvas = Canvas(str(out_dir / f"{issued.number}.pdf"), pagesize=A4, invariant=1)
        width, height = A4
        canvas.setFont(SANS_BOLD, 15)
        canvas.drawCentredString(width / 2, height - 80, issued.organisation_name)
        canvas.setFont(SANS_BOLD, 26)
        canvas.drawCentredString(width / 2, height - 130, "Certificate of Volunteer Service")
        canvas.setFont(SANS, 12)
        canvas.drawCentredString(width / 2, height - 165, "This certifies that")
        canvas.setFont(SANS_BOLD, 24)
        canvas.drawCentredString(width / 2, height - 200, issued.person_name)
        canvas.setFont(SANS, 12)
        canvas.drawCentredString(
            width / 2,
            height - 230,
            f"gave {issued.minutes / 60:.2f} approved volunteer hours as Reading tutor",
        )
        canvas.drawString(60, height - 290, "Fields of service: Education")
        canvas.drawString(60, height - 310, "Skills practised: None recorded")
        canvas.drawString(60, 300, f"Issued on {issued.issue_date:%d %B %Y}")
        canvas.drawString(60, 285, f"Certificate number: {issued.number}")
        canvas.drawString(340, 285, "Dr. Ratna Kusuma, Ketua")
        renderPDF.draw(qr_code(issued.code, 85), canvas, 60, 170)
        canvas.setFont("Courier", 6.5)
        for line_no, start in enumerate(range(0, len(issued.code), 100)):
            canvas.drawString(160, 240 - 8 * line_no, issued.code[start : start + 100])
        canvas.showPage()
        canvas.save()


@pytest.mark.timeout(3600)
def test_thousand_certificates_against_bare_reportlab(
    ledger_with_volunteers: Ledger, tmp_path: Path
) -> None:
    ledger = ledger_with_volunteers
    ours_dir, bare_dir = tmp_path / "okuvol", tmp_path / "bare"
    bare_dir.mkdir()
    started = time.perf_counter()
    issued = ledger.certificates.issue_batch(ledger.names.organisation("1"), 2026, 1, ours_dir)
    ours = time.perf_counter() - started
    assert len(issued) == COUNT
    started = time.perf_counter()
    _bare_reportlab(bare_dir, ledger)
    theirs = time.perf_counter() - started
    assert len(list(bare_dir.iterdir())) == COUNT
    print(
        f"\n{COUNT} certificates: okuvol {ours:.1f} s ({1000 * ours / COUNT:.1f} ms each), "
        f"bare ReportLab {theirs:.1f} s, ratio {ours / theirs:.2f}"
    )
    assert ours / theirs < 2.0
