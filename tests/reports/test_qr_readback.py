"""The QR code printed on a certificate scans back to words naming it, around its code.

The page is rendered with QtPdf (already part of PySide6) and the code read with zxing-cpp,
as a phone would read the paper.
"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from okuvol_desktop.domain import keys, signing
from okuvol_desktop.reports.certificate import build_certificate
from okuvol_desktop.reports.data import CertificateData
from okuvol_desktop.reports.verification_text import qr_text


def _render_first_page(path: Path, dpi: int = 150) -> Image.Image:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    points = document.pagePointSize(0)
    image = document.render(
        0, QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72))
    )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    page = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")
    paper = Image.new("RGBA", page.size, "white")  # Qt leaves the page transparent
    return Image.alpha_composite(paper, page).convert("L")


@pytest.mark.parametrize(
    ("person", "organisation"),
    [
        ("Nguyễn Thị Hương", "Yayasan Pelita"),
        # A long name at a long-named foundation: the code, and so the QR code, grows with them.
        (
            "Muhammad Rizky Pratama Wijayakusuma Hadiningrat",
            "Yayasan Pendidikan Anak Bangsa Nusantara Cabang Daerah Istimewa Yogyakarta",
        ),
    ],
)
def test_the_qr_code_scans_back_to_the_verification_code(
    qapp: QApplication, tmp_path: Path, person: str, organisation: str
) -> None:
    key = keys.new_signing_key(organisation, datetime(2026, 11, 28, tzinfo=UTC))
    facts = signing.CertifiedFacts(
        "YPA-2026-0042",
        person,
        organisation,
        date(2026, 1, 1),
        date(2026, 12, 31),
        6150,
        date(2026, 11, 28),
        key.fingerprint,
    )
    code = signing.sign(facts, key.private_key)
    words = qr_text(language="en", number=facts.number, code=code, verify_url=None)
    data = CertificateData(
        number=facts.number,
        person_name=facts.person,
        organisation_name=facts.organisation,
        role_titles=("Tutor",),
        period_start=facts.period_start,
        period_end=facts.period_end,
        approved_minutes=6150,
        categories=(),
        skills=(),
        beneficiaries=None,
        signatory_name=None,
        signatory_title=None,
        issue_date=facts.issue_date,
        language="en",
        paper="a4",
        code=code,
        key_fingerprint=facts.key_fingerprint,
        qr_text=words,
    )
    out = tmp_path / "c.pdf"
    build_certificate(data, out)
    found = [result.text for result in zxingcpp.read_barcodes(_render_first_page(out))]
    # A phone shows what the code is; okuvol verify finds the code inside those words.
    assert found == [words]
    assert found[0].startswith("Volunteer certificate YPA-2026-0042.\nCheck it: okuvol verify")
    assert signing.read_code(found[0]).facts == facts
