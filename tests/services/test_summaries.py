"""Yearly summaries of a person and an organisation, read back from the PDF."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from okuvol_desktop.domain.errors import ValidationError
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import RoleDetails
from okuvol_desktop.reports.data import ReviewSplit
from okuvol_desktop.services.entries import EntryInput, LogEntry
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.people import PersonChanges
from tests.services.helpers import dual_role_person, log, us_rates

P, V = WorkKind.PROFESSIONAL, WorkKind.VOLUNTEER


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def _draft(
    ledger: Ledger, day: date, hours: str, kind: WorkKind, person: str = "Siti Rahmawati"
) -> None:
    """Hours written down but not submitted: a summary counts them nowhere."""
    details = EntryInput(date=day, hours=Decimal(hours))
    ledger.entries.log(
        LogEntry(
            ledger.names.person(person),
            ledger.names.organisation("RS Harapan"),
            details,
            kind=kind,
            draft=True,
        )
    )


@pytest.fixture
def siti(ledger: Ledger) -> Ledger:
    dual_role_person(ledger)
    us_rates(ledger)
    ledger.schemes.assign(
        "President's Volunteer Service Award (US)", person=ledger.names.person("Siti Rahmawati")
    )
    ledger.people.edit(
        ledger.names.person("Siti Rahmawati"), PersonChanges(birth_date=date(1990, 5, 1))
    )
    for day in range(2, 7):  # a heavy week: 5 x 9 h paid
        log(ledger, date(2026, 3, day), kind=P, hours="9", category="health_care")
    tutoring = log(
        ledger,
        date(2026, 3, 7),
        kind=V,
        start=time(9),
        end=time(13, 30),
        category="education",
        skills=("mentoring",),
        beneficiaries=8,
    )
    log(ledger, date(2026, 4, 4), kind=V, hours="2")  # submitted: awaiting review
    _draft(ledger, date(2026, 3, 3), "7", P)  # drafts: neither approved nor pending
    _draft(ledger, date(2026, 4, 5), "3", V)
    ledger.approvals.approve([tutoring.id])
    ledger.goals.put(ledger.names.person("Siti Rahmawati"), 2026, V, Decimal(10))
    return ledger


def test_person_data_keeps_approved_and_pending_apart_and_drafts_out(siti: Ledger) -> None:
    data = siti.summaries.person_data(siti.names.person("Siti Rahmawati"), 2026)
    # 45 h of paid work submitted, 4.5 h of tutoring approved, 2 h submitted; 10 h of drafts.
    assert data.totals == ReviewSplit("", 0, 45 * 60, 270, 120)
    by_role = {(r.role, r.approved_minutes, r.pending_minutes) for r in data.by_role}
    assert by_role == {("Nurse", 0, 45 * 60), ("Tutor", 270, 120)}
    assert sum(m.pending + m.approved for m in data.by_month) == 45 * 60 + 390
    assert data.by_month[3] == ReviewSplit("4", 0, 0, 0, 120)  # April: the draft is absent
    assert sum(c.pending + c.approved for c in data.by_category) == 45 * 60 + 390
    (goal,) = data.goals
    assert (goal.approved_minutes, goal.pending_minutes) == (270, 120)
    assert data.busiest_weeks[0].minutes == ReviewSplit("", 0, 45 * 60, 270, 0)


def test_person_summary_shows_both_kinds_goals_awards_and_value(
    siti: Ledger, tmp_path: Path
) -> None:
    out = tmp_path / "siti.pdf"
    siti.summaries.write_person(siti.names.person("Siti Rahmawati"), 2026, out)
    text = _text(out)
    assert "2026 in hours: Siti Rahmawati" in text
    # Approved and awaiting review in columns of their own; the 10 h of drafts in neither.
    assert "Hours Approved Awaiting review" in text
    assert "Professional (paid) 0.00 45.00" in text
    assert "Volunteer 4.50 2.00" in text
    assert "Together 4.50 47.00" in text
    assert "87% professional, 13% volunteer" in text  # dual-role share, drafts left out
    assert "Organisation Role Kind Approved Awaiting review" in text
    assert "RS Harapan Nurse Professional (paid) 0.00 45.00" in text
    assert "RS Harapan Tutor Volunteer 4.50 2.00" in text
    assert "Health care 0.00 45.00 0.00 0.00" in text  # field of service, both kinds
    assert "mentoring (1)" in text and "People served: 8" in text
    assert "Volunteer: 4.50 of 10.00 hours (45%)" in text  # goals count approved hours
    assert "Adults (26+): no tier reached yet; 95.50 more approved hours for Bronze" in text
    assert "156.56 USD at 34.79 USD an hour" in text  # 4.5 approved h x 34.79
    assert "Week of 2 March 2026 0.00 45.00 4.50 0.00" in text  # busiest week first
    assert "Jan Feb Mar" in text  # the chart's month axis
    assert "52.00" not in text and "9.50" not in text  # drafts counted nowhere


def test_person_summary_in_indonesian(siti: Ledger, tmp_path: Path) -> None:
    out = tmp_path / "siti-id.pdf"
    siti.summaries.write_person(siti.names.person("Siti Rahmawati"), 2026, out, "id")
    text = _text(out)
    assert "2026 dalam jam: Siti Rahmawati" in text
    assert "Jam Disetujui Menunggu tinjauan" in text
    assert "Profesional (berbayar) 0,00 45,00" in text
    assert "Layanan kesehatan" in text and "Pendidikan" in text


def test_organisation_summary_lists_volunteers_on_pages_with_headers(
    ledger: Ledger, tmp_path: Path
) -> None:
    us_rates(ledger)
    ledger.organisations.add("Yayasan Pelita")
    ledger.people.add("Dokter Budi")
    ledger.roles.add(
        ledger.names.person("Dokter Budi"),
        ledger.names.organisation("Yayasan Pelita"),
        P,
        RoleDetails(title="Doctor"),
    )
    log(ledger, date(2026, 2, 2), kind=P, hours="8", person="Dokter Budi", org="Yayasan Pelita")
    for index in range(90):
        name = f"Relawan Nomor {index:02d}"
        ledger.people.add(name)
        ledger.roles.add(
            ledger.names.person(name),
            ledger.names.organisation("Yayasan Pelita"),
            V,
            RoleDetails(title="Tutor"),
        )
        entry = log(
            ledger,
            date(2026, 1 + index % 11, 3),
            hours="1.5",
            person=name,
            org="Yayasan Pelita",
            beneficiaries=2,
        )
        if index % 3:
            ledger.approvals.approve([entry.id])
    ledger.people.add("Relawan Draf")
    ledger.roles.add(
        ledger.names.person("Relawan Draf"),
        ledger.names.organisation("Yayasan Pelita"),
        V,
        RoleDetails(title="Tutor"),
    )
    draft = EntryInput(date=date(2026, 5, 5), hours=Decimal(4))
    ledger.entries.log(
        LogEntry(
            ledger.names.person("Relawan Draf"),
            ledger.names.organisation("Yayasan Pelita"),
            draft,
            kind=V,
            draft=True,
        )
    )
    out = tmp_path / "org.pdf"
    ledger.summaries.write_organisation(ledger.names.organisation("Yayasan Pelita"), 2026, out)
    reader = PdfReader(out)
    assert len(reader.pages) >= 3
    first = " ".join(reader.pages[0].extract_text().split())
    assert "2026 impact summary: Yayasan Pelita" in first
    # The draft's author is not counted among the volunteers, nor its 4 hours anywhere.
    assert "Volunteers (people) 90" in first and "Professionals (people) 1" in first
    assert "Professional (paid) 0.00 8.00" in first
    assert "Volunteer 90.00 45.00" in first  # 60 of 90 entries approved x 1.5 h, 30 pending
    assert "People served 180" in first
    assert "3,131.10 USD at 34.79 USD an hour (Independent Sector" in first
    pages = [" ".join(p.extract_text().split()) for p in reader.pages]
    listing = [p for p in pages if "Relawan Nomor" in p]
    assert len(listing) >= 2
    assert all("Person Approved hours Awaiting review" in p for p in listing)  # repeated header
    assert sum(p.count("Relawan Nomor") for p in pages) == 90
    assert "Relawan Draf" not in " ".join(pages)


def test_unknown_language_is_refused(siti: Ledger, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="en or id, not 'fr'"):
        siti.summaries.write_person(
            siti.names.person("Siti Rahmawati"), 2026, tmp_path / "x.pdf", "fr"
        )
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "en",
            (
                "Requirements",
                "Nursing CPD, 1 January 2026 to 31 December 2030: 6 of 20 credits approved, "
                "2.50 awaiting review; not met yet",
                "Evidence kept with the entries",
                "2 March 2026 pelatihan.pdf intact",
                "3 March 2026 scan.png CHANGED since it was kept",
            ),
        ),
        (
            "id",
            (
                "Persyaratan",
                "Nursing CPD, 1 Januari 2026 sampai 31 Desember 2030: 6 dari 20 kredit "
                "disetujui, 2,50 menunggu peninjauan; belum terpenuhi",
                "2 Maret 2026 pelatihan.pdf utuh",
                "3 Maret 2026 scan.png BERUBAH sejak disimpan",
            ),
        ),
    ],
)
def test_person_summary_lists_requirements_and_evidence(
    ledger: Ledger, tmp_path: Path, language: str, words: tuple[str, ...]
) -> None:
    from sqlalchemy import text as sql

    dual_role_person(ledger)
    scheme = tmp_path / "cpd.json"
    scheme.write_text(
        '{"format": "okuvol-scheme", "version": 1, "type": "requirement", "name": '
        '"Nursing CPD", "source": "test", "measure": "credits", "cycle_years": 5, '
        '"target": 20, "counts": ["professional", "volunteer"]}',
        encoding="utf-8",
    )
    ledger.schemes.add_file(scheme)
    ledger.schemes.assign("Nursing CPD", person=ledger.names.person("Siti Rahmawati"))
    paper, picture = tmp_path / "pelatihan.pdf", tmp_path / "scan.png"
    paper.write_bytes(b"%PDF-1.7 course")
    picture.write_bytes(b"\x89PNG scan")
    course = log(ledger, date(2026, 3, 2), kind=P, hours="6", credits=Decimal(6), evidence=(paper,))
    log(ledger, date(2026, 3, 3), hours="2", credits=Decimal("2.5"), evidence=(picture,))
    ledger.approvals.approve([course.id])
    with ledger.ctx.sessions.begin() as s:
        s.execute(
            sql("UPDATE entry_evidence SET data = :d WHERE file_name = 'scan.png'"), {"d": b"x"}
        )
    out = tmp_path / "summary.pdf"
    ledger.summaries.write_person(
        ledger.names.person("Siti Rahmawati"), 2026, out, language=language
    )
    said = _text(out)
    for expected in words:
        assert expected in said
