"""A person's portfolio (whole history by default), read back from the PDF."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from okuvol_desktop.domain.errors import NotFound, OkuvolError, ValidationError
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import RoleDetails
from okuvol_desktop.domain.period import Period
from okuvol_desktop.domain.progress import Cancelled
from okuvol_desktop.reports.data import ReviewSplit
from okuvol_desktop.services.certificates import CertificateRequest
from okuvol_desktop.services.ledger import Ledger
from tests.services.helpers import log

P, V = WorkKind.PROFESSIONAL, WorkKind.VOLUNTEER
NAME = "Siti Rahmawati"
HOSPITAL, FOUNDATION = "RS Harapan", "Yayasan Pelita"
AWARD = "Organisation's own award (example)"
CPD = "Ward CPD (example)"


def pdf_text(path: Path) -> str:
    """The document's text, whitespace collapsed."""
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def ward_cpd() -> str:
    """A requirement of 20 approved professional hours a year."""
    return json.dumps(
        {
            "format": "okuvol-scheme",
            "version": 1,
            "name": CPD,
            "type": "requirement",
            "source": "a test",
            "measure": "hours",
            "cycle_years": 1,
            "target": 20,
            "counts": ["professional"],
            "minimums": [],
        }
    )


def nurse_who_tutors(ledger: Ledger, name: str = NAME) -> Ledger:
    """A nurse paid by a hospital (2025-2026) who tutors for a foundation as a volunteer:
    skills on entries, a certificate for 2026, an award reached and a requirement kept."""
    ledger.people.add(name)
    ledger.organisations.add(HOSPITAL, type="Hospital")
    ledger.organisations.add(FOUNDATION, signatory_name="Dr. Ratna Kusuma")
    start = RoleDetails(title="Nurse", start_date=date(2024, 1, 1))
    ledger.roles.add(ledger.names.person(name), ledger.names.organisation(HOSPITAL), P, start)
    ledger.roles.add(
        ledger.names.person(name),
        ledger.names.organisation(FOUNDATION),
        V,
        RoleDetails(title="Reading tutor", start_date=date(2024, 1, 1)),
    )
    approve = []
    for day in (date(2025, 3, 3), date(2025, 6, 2), date(2025, 9, 1)):  # 24 h paid in 2025
        approve.append(
            log(ledger, day, kind=P, hours="8", person=name, org=HOSPITAL, skills=("triage",))
        )
    approve.append(  # 8 h paid in 2026, with two skills
        log(
            ledger,
            date(2026, 2, 2),
            kind=P,
            hours="8",
            person=name,
            org=HOSPITAL,
            skills=("triage", "wound care"),
        )
    )
    for month in range(1, 12):  # 5 h of tutoring a month in 2026: 55 h, Bronze at 50
        approve.append(
            log(
                ledger,
                date(2026, month, 10),
                hours="5",
                person=name,
                org=FOUNDATION,
                category="education",
                skills=("mentoring",),
            )
        )
    approve.append(log(ledger, date(2025, 10, 4), hours="3", person=name, org=FOUNDATION))
    log(ledger, date(2026, 11, 20), hours="2", person=name, org=FOUNDATION, skills=("mentoring",))
    ledger.approvals.approve([e.id for e in approve])  # the last 2 h await review
    ledger.schemes.assign(AWARD, person=ledger.names.person(name))
    ledger.schemes.add(ward_cpd())
    ledger.schemes.assign(CPD, person=ledger.names.person(name), starts_on=date(2025, 1, 1))
    return ledger


@pytest.fixture
def nurse(ledger: Ledger) -> Ledger:
    return nurse_who_tutors(ledger)


@pytest.fixture
def certificate(nurse: Ledger, tmp_path: Path) -> str:
    issued = nurse.certificates.issue(
        CertificateRequest(
            nurse.names.person(NAME), nurse.names.organisation(FOUNDATION), Period.year(2026)
        ),
        tmp_path / "certificate.pdf",
    )
    return issued.certificate.number


def test_data_covers_the_whole_history_with_approved_and_pending_apart(
    nurse: Ledger, certificate: str
) -> None:
    data = nurse.portfolio.data(nurse.names.person(NAME))
    assert (data.period_start, data.period_end) == (date(2025, 3, 3), date(2026, 11, 28))
    assert data.totals == ReviewSplit("", 32 * 60, 0, 58 * 60, 120)
    skills = {s.label: s for s in data.skills}
    assert skills["triage"] == ReviewSplit("triage", 32 * 60, 0, 0, 0)
    assert skills["wound care"] == ReviewSplit("wound care", 8 * 60, 0, 0, 0)
    assert skills["mentoring"] == ReviewSplit("mentoring", 0, 0, 55 * 60, 120)
    served = {(s.organisation, s.role, s.kind): s for s in data.served}
    nurse_role = served[(HOSPITAL, "Nurse", "professional")]
    assert (nurse_role.first_day, nurse_role.last_day) == (date(2025, 3, 3), date(2026, 2, 2))
    tutor = served[(FOUNDATION, "Reading tutor", "volunteer")]
    assert (tutor.first_day, tutor.last_day) == (date(2025, 10, 4), date(2026, 11, 20))
    assert (tutor.approved_minutes, tutor.pending_minutes) == (58 * 60, 120)
    # The award year by year: 3 h in 2025 reach nothing, 55 h in 2026 reach Bronze.
    assert [(a.year, a.reached, a.approved_minutes) for a in data.awards] == [
        (2025, None, 180),
        (2026, "Bronze", 55 * 60),
    ]
    cycles = [(r.cycle_start.year, float(r.approved), r.met) for r in data.requirements]
    assert cycles == [(2025, 24.0, True), (2026, 8.0, False)]
    (issued,) = data.certificates
    assert (issued.number, issued.organisation, issued.minutes) == (
        certificate,
        FOUNDATION,
        55 * 60,
    )


def test_portfolio_pdf_in_english(nurse: Ledger, certificate: str, tmp_path: Path) -> None:
    out = tmp_path / "portfolio.pdf"
    nurse.portfolio.write(nurse.names.person(NAME), out)
    text = pdf_text(out)
    assert f"Portfolio: {NAME}" in text
    assert "Work from 3 March 2025 to 28 November 2026" in text
    assert "Made on 28 November 2026" in text
    assert "Professional (paid) 32.00 0.00" in text
    assert "Volunteer 58.00 2.00" in text
    assert "Skills practised, with hours in each kind of work" in text
    assert "triage 32.00 0.00 0.00 0.00" in text
    assert "mentoring 0.00 0.00 55.00 2.00" in text
    assert "wound care 8.00" in text
    assert f"{HOSPITAL} Nurse Professional (paid) 3 Mar 2025 – 2 Feb 2026 32.00 0.00" in text
    assert f"{FOUNDATION} Reading tutor Volunteer 4 Oct 2025 – 20 Nov 2026 58.00 2.00" in text
    assert f"{AWARD} 2026 Bronze 55.00" in text
    assert f"{AWARD} 2025 no tier reached 3.00" in text
    assert f"{CPD} 1 Jan 2025 – 31 Dec 2025 20.00 hours 24.00 0.00 Met" in text
    assert f"{CPD} 1 Jan 2026 – 31 Dec 2026 20.00 hours 8.00 0.00 Not yet" in text
    assert f"{certificate} {FOUNDATION} 1 Jan 2026 – 28 Nov 2026 55.00 28 Nov 2026" in text
    assert "PVSA" not in text and "USD" not in text  # nothing assigned, nothing shown


def test_portfolio_pdf_in_indonesian(nurse: Ledger, certificate: str, tmp_path: Path) -> None:
    out = tmp_path / "portofolio.pdf"
    nurse.portfolio.write(nurse.names.person(NAME), out, "id")
    text = pdf_text(out)
    assert f"Portofolio: {NAME}" in text
    assert "Kegiatan dari 3 Maret 2025 sampai 28 November 2026" in text
    assert "Profesional (berbayar) 32,00 0,00" in text
    assert "Keterampilan yang dipraktikkan" in text
    assert "mentoring 0,00 0,00 55,00 2,00" in text
    assert f"{FOUNDATION} Reading tutor Relawan 4 Okt 2025 – 20 Nov 2026 58,00 2,00" in text
    assert f"{AWARD} 2026 Bronze 55,00" in text
    assert f"{AWARD} 2025 tidak mencapai tingkat mana pun 3,00" in text
    assert f"{CPD} 1 Jan 2025 – 31 Des 2025 20,00 jam 24,00 0,00 Terpenuhi" in text
    assert f"{CPD} 1 Jan 2026 – 31 Des 2026 20,00 jam 8,00 0,00 Belum" in text
    assert f"{certificate} {FOUNDATION}" in text and "Sertifikat yang diterbitkan" in text


def test_from_and_to_narrow_the_period(nurse: Ledger, certificate: str, tmp_path: Path) -> None:
    data = nurse.portfolio.data(
        nurse.names.person(NAME), date_from=date(2025, 1, 1), date_to=date(2025, 12, 31)
    )
    assert data.totals == ReviewSplit("", 24 * 60, 0, 180, 0)
    assert {s.label for s in data.skills} == {"triage"}
    assert [a.year for a in data.awards] == [2025]
    assert data.certificates == ()  # the 2026 certificate lies outside


def test_revoked_certificates_are_left_out_and_counted(
    nurse: Ledger, certificate: str, tmp_path: Path
) -> None:
    nurse.certificates.revoke(certificate, "Issued to the wrong person")
    out = tmp_path / "portfolio.pdf"
    data = nurse.portfolio.write(nurse.names.person(NAME), out)
    assert (data.certificates, data.revoked_left_out) == ((), 1)
    text = pdf_text(out)
    assert certificate not in text
    assert "One revoked certificate is left out." in text


def test_a_person_with_nothing_is_refused_with_the_reason(ledger: Ledger, tmp_path: Path) -> None:
    ledger.people.add("Budi Santoso")
    out = tmp_path / "empty.pdf"
    with pytest.raises(ValidationError, match="no hours approved or awaiting review"):
        ledger.portfolio.write(ledger.names.person("Budi Santoso"), out)
    assert not out.exists()
    with pytest.raises(NotFound):
        ledger.portfolio.data(ledger.names.person("Nobody At All"))


def test_the_ledger_file_is_never_written_over(nurse: Ledger) -> None:
    ledger_file = nurse.ctx.ledger_file()
    if ledger_file is None:
        pytest.skip("a ledger on a server has no file to write over")
    before = ledger_file.read_bytes()
    with pytest.raises(OkuvolError, match="ledger"):
        nurse.portfolio.write(nurse.names.person(NAME), ledger_file)
    assert ledger_file.read_bytes() == before


def test_cancelling_writes_nothing(nurse: Ledger, tmp_path: Path) -> None:
    class CancelAfterGathering:
        def __init__(self) -> None:
            self.reports: list[int] = []

        def report(self, done: int, total: int) -> None:
            self.reports.append(done)

        def cancelled(self) -> bool:
            return bool(self.reports)

    out = tmp_path / "cancelled.pdf"
    progress = CancelAfterGathering()
    with pytest.raises(Cancelled):
        nurse.portfolio.write(nurse.names.person(NAME), out, progress=progress)
    assert progress.reports == [1] and not out.exists()


def test_a_long_name_and_many_skills_lay_out(ledger: Ledger, tmp_path: Path) -> None:
    name = "Raden Ayu Sekar Kedhaton Kusumawardhani Prawirodirdjo Hadiningrat Nguyễn Thị Hương"
    nurse_who_tutors(ledger, name)
    for index in range(40):
        log(
            ledger,
            date(2026, 5, 1 + index % 28),
            hours="1",
            person=name,
            org=FOUNDATION,
            skills=(f"keterampilan nomor {index:02d}", "pertolongan pertama"),
        )
    out = tmp_path / "long.pdf"
    ledger.portfolio.write(ledger.names.person(name), out, "id")
    text = pdf_text(out)
    assert "keterampilan nomor 39" in text and "pertolongan pertama 0,00 0,00 0,00 40,00" in text
    assert len(PdfReader(out).pages) >= 2
