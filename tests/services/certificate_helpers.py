"""Volunteers with approved hours, and a forger's tools, for the certificate tests."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import RoleDetails
from okuvol_desktop.domain.period import Period
from okuvol_desktop.services.ledger import Ledger
from tests.services.helpers import log

VIETNAMESE = "Nguyễn Thị Hương"
ARABIC = "فاطمة الزهراء"
ORG = "Yayasan Pelita & <Anak>"
YEAR = Period.year(2026)


def volunteer(ledger: Ledger, name: str, org: str = ORG) -> None:
    """A person with a volunteer role (Reading tutor) at ``org``, created if need be."""
    ledger.people.add(name)
    if not any(o.name == org for o in ledger.organisations.by_name()):
        ledger.organisations.add(org, signatory_name="Dr. Ratna Kusuma", signatory_title="Ketua")
    ledger.roles.add(
        ledger.names.person(name),
        ledger.names.organisation(org),
        WorkKind.VOLUNTEER,
        RoleDetails(title="Reading tutor"),
    )


def hours(
    ledger: Ledger, name: str, *spans: tuple[date, str], approve: bool = True, org: str = ORG
) -> list[int]:
    """Log (and approve) volunteer hours; the entries' ids."""
    ids = []
    for day, amount in spans:
        entry = log(
            ledger,
            day,
            hours=amount,
            person=name,
            org=org,
            category="education",
            skills=("storytelling",),
            beneficiaries=6,
            description="Cerita & <dongeng>",
        )
        if approve:
            ledger.approvals.approve([entry.id])
        ids.append(entry.id)
    return ids


def page_text(path: Path, page: int = 0) -> str:
    """The text of a page, whitespace collapsed."""
    return " ".join(PdfReader(path).pages[page].extract_text().split())


def needs(tool: str) -> str:
    """The path of a command-line tool the test drives (.ci/run installs it)."""
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is not installed")
    return found


# --- forgeries ----------------------------------------------------------------------------------


def rewritten_by_qpdf(genuine: Path, out: Path) -> Path:
    """The file as qpdf writes it again: same pages, new byte layout."""
    subprocess.run([needs("qpdf"), str(genuine), str(out)], check=True)
    return out


def with_text_drawn_over(genuine: Path, out: Path, text: bytes = b"5,000 hours") -> Path:
    """An incremental update (the signed bytes untouched) that draws text over page 1."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(genuine.read_bytes()))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    drawing = writer.add_object(
        generic.StreamObject(stream_data=b"BT /F1 40 Tf 100 400 Td (" + text + b") Tj ET")
    )
    contents = page["/Contents"]
    old = list(contents) if isinstance(contents, generic.ArrayObject) else [contents]
    page["/Contents"] = generic.ArrayObject([*old, drawing])
    writer.update_container(page)
    buffer = io.BytesIO()
    writer.write(buffer)
    out.write_bytes(buffer.getvalue())
    return out


def with_page_added(genuine: Path, out: Path) -> Path:
    """An incremental update that appends a page."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(genuine.read_bytes()))
    first = writer.root["/Pages"]["/Kids"][0].get_object()
    writer.insert_page(
        generic.DictionaryObject(
            {
                generic.NameObject("/Type"): generic.NameObject("/Page"),
                generic.NameObject("/MediaBox"): first["/MediaBox"],
            }
        )
    )
    buffer = io.BytesIO()
    writer.write(buffer)
    out.write_bytes(buffer.getvalue())
    return out


def hand_made(out: Path, code: str, words: str) -> Path:
    """A one-page PDF made by hand that carries a genuine code in its keywords."""
    from reportlab.pdfgen.canvas import Canvas

    from okuvol_desktop.reports.certificate import KEYWORD_PREFIX

    canvas = Canvas(str(out))
    canvas.setKeywords(KEYWORD_PREFIX + code)
    canvas.drawString(72, 700, words)
    canvas.save()
    return out


def signed_by_a_stranger(snapshot: str, out: Path, organisation: str) -> Path:
    """The certificate as issued (same page, same code), signed by a key that merely calls
    itself the organisation: anyone can make such a key and certificate."""
    from datetime import UTC, datetime

    from okuvol_desktop.domain.keys import new_signing_key
    from okuvol_desktop.reports.certificate import build_certificate
    from okuvol_desktop.reports.data import CertificateData
    from okuvol_desktop.reports.pdf_signature import SignatureDetails, sign_pdf

    unsigned = io.BytesIO()
    build_certificate(CertificateData.from_json(snapshot), unsigned)
    forger = new_signing_key(organisation, datetime.now(UTC))
    out.write_bytes(sign_pdf(unsigned.getvalue(), forger, SignatureDetails(organisation, "forged")))
    return out
