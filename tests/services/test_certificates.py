"""Certificates issued from approved hours: one per set of facts, signed, reprinted, revoked."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from okuvol_desktop.domain.errors import Conflict, OkuvolError, ValidationError
from okuvol_desktop.domain.period import Period
from okuvol_desktop.domain.progress import Cancelled
from okuvol_desktop.services.certificates import CertificateRequest
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.organisations import OrganisationChanges
from tests.services.certificate_helpers import (
    ARABIC,
    ORG,
    VIETNAMESE,
    YEAR,
    hours,
    needs,
    page_text,
    volunteer,
)


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """Where documents go: a folder of their own, apart from the ledger file."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def two_volunteers(ledger: Ledger) -> Ledger:
    volunteer(ledger, VIETNAMESE)
    volunteer(ledger, ARABIC)
    hours(ledger, VIETNAMESE, (date(2026, 2, 1), "2.5"), (date(2026, 3, 1), "10.25"))
    hours(ledger, VIETNAMESE, (date(2026, 4, 1), "7"), approve=False)  # pending: not counted
    hours(ledger, ARABIC, (date(2026, 5, 5), "0.5"))
    return ledger


def test_certificate_carries_name_org_period_and_exact_approved_hours(
    two_volunteers: Ledger, out_dir: Path
) -> None:
    out = out_dir / "huong.pdf"
    issued = two_volunteers.certificates.issue(
        CertificateRequest(
            two_volunteers.names.person(VIETNAMESE), two_volunteers.names.organisation(ORG), YEAR
        ),
        out,
    )
    certificate = issued.certificate
    assert not issued.reused
    assert certificate.minutes == 12 * 60 + 45  # 2.5 + 10.25; the 7 pending hours do not count
    # The year is not over: the certified period ends on the day of issue (the test's today).
    assert (certificate.period_start, certificate.period_end) == (
        date(2026, 1, 1),
        date(2026, 11, 28),
    )
    text = page_text(out)
    for shown in (VIETNAMESE, ORG, "12.75", certificate.number, "Dr. Ratna Kusuma"):
        assert shown in text, shown
    assert "1 January 2026" in text and "28 November 2026" in text
    assert "1 February 2026" in text and "1 March 2026" in text  # the days actually served
    assert "19.75" not in text  # pending hours are neither counted nor implied
    assert "storytelling" in text and "Education" in text
    keywords = PdfReader(out).metadata["/Keywords"]
    assert keywords == f"okuvol-verification-code:{certificate.code}"


def test_a_period_ending_in_the_future_ends_today_and_one_starting_later_is_refused(
    two_volunteers: Ledger, out_dir: Path
) -> None:
    later = Period(date(2026, 1, 1), date(2030, 12, 31))
    issued = two_volunteers.certificates.issue(
        CertificateRequest(
            two_volunteers.names.person(VIETNAMESE), two_volunteers.names.organisation(ORG), later
        ),
        out_dir / "a.pdf",
    ).certificate
    assert issued.period_end == date(2026, 11, 28)
    with pytest.raises(ValidationError, match="starts on 2026-12-01, after today"):
        two_volunteers.certificates.issue(
            CertificateRequest(
                two_volunteers.names.person(VIETNAMESE),
                two_volunteers.names.organisation(ORG),
                Period(date(2026, 12, 1), date(2026, 12, 31)),
            ),
            out_dir / "b.pdf",
        )


def test_arabic_name_in_indonesian_on_letter_paper(two_volunteers: Ledger, out_dir: Path) -> None:
    out = out_dir / "fatimah.pdf"
    two_volunteers.certificates.issue(
        CertificateRequest(
            two_volunteers.names.person(ARABIC),
            two_volunteers.names.organisation(ORG),
            YEAR,
            "id",
            "letter",
        ),
        out,
    )
    page = PdfReader(out).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (612, 792)
    text = page_text(out)
    assert "Sertifikat Pengabdian Relawan" in text
    assert "0,50" in text
    assert "1 Januari 2026" in text and "28 November 2026" in text


def test_no_approved_hours_is_refused_and_nothing_is_kept(ledger: Ledger, out_dir: Path) -> None:
    volunteer(ledger, "Budi Santoso")
    hours(ledger, "Budi Santoso", (date(2026, 3, 3), "4"), approve=False)
    out = out_dir / "budi.pdf"
    with pytest.raises(ValidationError, match="Budi Santoso has no approved volunteer hours"):
        ledger.certificates.issue(
            CertificateRequest(
                ledger.names.person("Budi Santoso"), ledger.names.organisation("1"), YEAR
            ),
            out,
        )
    assert list(out_dir.iterdir()) == []
    assert ledger.certificates.newest_first() == []


def test_the_same_facts_give_the_same_certificate_unless_reissued(
    two_volunteers: Ledger, out_dir: Path
) -> None:
    certificates = two_volunteers.certificates
    request = CertificateRequest(
        two_volunteers.names.person(VIETNAMESE), two_volunteers.names.organisation(ORG), YEAR
    )
    first = certificates.issue(request, out_dir / "a.pdf")
    again = certificates.issue(request, out_dir / "b.pdf")
    assert again.reused and again.certificate.number == first.certificate.number
    assert page_text(out_dir / "b.pdf") == page_text(out_dir / "a.pdf")
    preview = certificates.preview(request)
    assert preview.already is not None and preview.already.number == first.certificate.number
    # A batch run again gives the certificates in force, not new numbers.
    batch = certificates.issue_batch(
        two_volunteers.names.organisation("1"), 2026, 1.0, out_dir / "batch"
    )
    assert [(i.certificate.number, i.reused) for i in batch] == [(first.certificate.number, True)]
    reissued = certificates.issue(
        CertificateRequest(
            two_volunteers.names.person(VIETNAMESE),
            two_volunteers.names.organisation(ORG),
            YEAR,
            reissue=True,
        ),
        out_dir / "c.pdf",
    )
    assert not reissued.reused and reissued.certificate.number != first.certificate.number
    # New approved hours are new facts: a new certificate.
    hours(two_volunteers, VIETNAMESE, (date(2026, 6, 1), "3"))
    more = certificates.issue(request, out_dir / "d.pdf")
    assert not more.reused and more.certificate.minutes == 765 + 180
    assert len(certificates.newest_first()) == 3


def test_a_preview_records_nothing_and_says_preview(two_volunteers: Ledger) -> None:
    preview = two_volunteers.certificates.preview(
        CertificateRequest(
            two_volunteers.names.person(VIETNAMESE), two_volunteers.names.organisation(ORG), YEAR
        )
    )
    assert preview.already is None and preview.minutes == 765
    assert preview.pdf.startswith(b"%PDF")
    assert two_volunteers.certificates.newest_first() == []
    import io

    text = " ".join(PdfReader(io.BytesIO(preview.pdf)).pages[0].extract_text().split())
    assert "PREVIEW" in text and VIETNAMESE in text


def test_the_logo_is_kept_in_the_ledger_and_reprints_need_no_file(
    two_volunteers: Ledger, out_dir: Path
) -> None:
    from PIL import Image

    logo = out_dir / "logo.png"
    Image.new("RGB", (60, 30), (11, 110, 79)).save(logo)
    two_volunteers.organisations.edit(
        two_volunteers.names.organisation("1"), OrganisationChanges(logo_path=str(logo))
    )
    kept = logo.read_bytes()
    logo.unlink()
    assert two_volunteers.organisations.logo(two_volunteers.names.organisation("1")) == kept
    issued = two_volunteers.certificates.issue(
        CertificateRequest(
            two_volunteers.names.person(VIETNAMESE), two_volunteers.names.organisation("1"), YEAR
        ),
        out_dir / "a.pdf",
    ).certificate
    # The organisation changes its logo; the reprint shows the one it was issued with.
    Image.new("RGB", (60, 30), (200, 0, 0)).save(logo)
    two_volunteers.organisations.edit(
        two_volunteers.names.organisation("1"), OrganisationChanges(logo_path=str(logo))
    )
    two_volunteers.certificates.reprint(issued.number, out_dir / "again.pdf")
    images = [
        [i.data for i in PdfReader(out_dir / name).pages[0].images]
        for name in ("a.pdf", "again.pdf")
    ]
    assert images[0] and images[0] == images[1]
    with pytest.raises(ValidationError, match="must be a PNG or JPEG"):
        two_volunteers.organisations.edit(
            two_volunteers.names.organisation("1"), OrganisationChanges(logo_path=__file__)
        )


def test_numbers_are_unique_and_reprints_show_what_was_issued(
    two_volunteers: Ledger, out_dir: Path
) -> None:
    first = two_volunteers.certificates.issue(
        CertificateRequest(
            two_volunteers.names.person(VIETNAMESE),
            two_volunteers.names.organisation("1"),
            YEAR,
            itemised=True,
        ),
        out_dir / "a.pdf",
    ).certificate
    second = two_volunteers.certificates.issue(
        CertificateRequest(
            two_volunteers.names.person(ARABIC), two_volunteers.names.organisation("1"), YEAR
        ),
        out_dir / "b.pdf",
    ).certificate
    assert (first.number, second.number) == ("YPA-2026-0001", "YPA-2026-0002")
    # Records change after issue; the reprint still shows what was certified.
    hours(two_volunteers, VIETNAMESE, (date(2026, 6, 1), "3"))
    two_volunteers.certificates.reprint(first.number, out_dir / "again.pdf")
    for page in (0, 1):
        assert page_text(out_dir / "again.pdf", page) == page_text(out_dir / "a.pdf", page)
    assert PdfReader(out_dir / "again.pdf").metadata["/Keywords"].endswith(first.code)
    assert "Itemised record" in page_text(out_dir / "a.pdf", 1)


def test_batch_writes_one_file_per_qualifying_volunteer(
    two_volunteers: Ledger, out_dir: Path
) -> None:
    reports: list[tuple[int, int]] = []

    class Watch:
        def report(self, done: int, total: int) -> None:
            reports.append((done, total))

        def cancelled(self) -> bool:
            return False

    issued = two_volunteers.certificates.issue_batch(
        two_volunteers.names.organisation("1"), 2026, 1.0, out_dir, progress=Watch()
    )
    assert [i.certificate.person_name for i in issued] == [VIETNAMESE]  # 0.5 h is too little
    assert sorted(p.name for p in out_dir.iterdir()) == [f"YPA-2026-0001 {VIETNAMESE}.pdf"]
    assert reports == [(0, 1), (1, 1)]


def test_cancelling_a_batch_keeps_whole_certificates_only(
    two_volunteers: Ledger, out_dir: Path
) -> None:
    class StopAfterOne:
        done = 0

        def report(self, done: int, total: int) -> None:
            self.done = done

        def cancelled(self) -> bool:
            return self.done >= 1

    with pytest.raises(Cancelled, match="Stopped after 1 of 2"):
        two_volunteers.certificates.issue_batch(
            two_volunteers.names.organisation("1"), 2026, 0, out_dir, progress=StopAfterOne()
        )
    files = list(out_dir.iterdir())
    assert len(files) == 1 and files[0].suffix == ".pdf"  # no .part file left behind
    assert len(two_volunteers.certificates.newest_first()) == 1


def test_a_failure_while_writing_leaves_no_file_and_no_record(
    two_volunteers: Ledger, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(data: object, out: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("pathlib.Path.write_bytes", disk_full)
    with pytest.raises(OkuvolError, match="Could not write .*No space left on device"):
        two_volunteers.certificates.issue(
            CertificateRequest(
                two_volunteers.names.person(VIETNAMESE),
                two_volunteers.names.organisation("1"),
                YEAR,
            ),
            out_dir / "x.pdf",
        )
    monkeypatch.undo()
    assert list(out_dir.iterdir()) == []
    assert two_volunteers.certificates.newest_first() == []


def test_revoked_certificates_are_not_reprinted_and_not_revoked_twice(
    two_volunteers: Ledger, out_dir: Path
) -> None:
    certificates = two_volunteers.certificates
    issued = certificates.issue(
        CertificateRequest(
            two_volunteers.names.person(VIETNAMESE), two_volunteers.names.organisation("1"), YEAR
        ),
        out_dir / "a.pdf",
    ).certificate
    with pytest.raises(ValidationError, match="The reason must not be empty"):
        certificates.revoke(issued.number, "  ")
    revoked = certificates.revoke(issued.number, "Hours were logged twice")
    assert revoked.revoked_reason == "Hours were logged twice"
    assert revoked.revoked_at == two_volunteers.ctx.clock()
    with pytest.raises(Conflict, match="already revoked on 2026-11-28"):
        certificates.revoke(issued.number, "again")
    with pytest.raises(Conflict, match="was revoked on 2026-11-28"):
        certificates.reprint(issued.number, out_dir / "again.pdf")
    # The facts are no longer certified by anything in force: issuing gives a new number.
    again = certificates.issue(
        CertificateRequest(
            two_volunteers.names.person(VIETNAMESE), two_volunteers.names.organisation("1"), YEAR
        ),
        out_dir / "b.pdf",
    )
    assert not again.reused and again.certificate.number != issued.number


def test_pdfsig_reports_every_certificate_valid_and_whole(
    two_volunteers: Ledger, out_dir: Path
) -> None:
    pdfsig = needs("pdfsig")
    for name in (VIETNAMESE, ARABIC):
        out = out_dir / f"{len(name)}.pdf"
        two_volunteers.certificates.issue(
            CertificateRequest(
                two_volunteers.names.person(name), two_volunteers.names.organisation("1"), YEAR
            ),
            out,
        )
        report = subprocess.run(
            [pdfsig, str(out)], capture_output=True, text=True, check=True
        ).stdout
        assert "Signature Validation: Signature is Valid." in report
        assert "Total document signed" in report
        assert f"Signer Certificate Common Name: {ORG}" in report


def test_organisations_with_the_same_initials_never_share_a_number(
    ledger: Ledger, out_dir: Path
) -> None:
    for org in ("RS Harapan", "Rumah Hijau"):
        volunteer(ledger, f"Ani {org}", org=org)
        hours(ledger, f"Ani {org}", (date(2026, 3, 2), "2"), org=org)
    first = ledger.certificates.issue(
        CertificateRequest(
            ledger.names.person("Ani RS Harapan"), ledger.names.organisation("RS Harapan"), YEAR
        ),
        out_dir / "a.pdf",
    ).certificate
    second = ledger.certificates.issue(
        CertificateRequest(
            ledger.names.person("Ani Rumah Hijau"), ledger.names.organisation("Rumah Hijau"), YEAR
        ),
        out_dir / "b.pdf",
    ).certificate
    hijau = next(o for o in ledger.organisations.by_name() if o.name == "Rumah Hijau")
    assert (first.number, second.number) == ("RH-2026-0001", f"RH{hijau.id}-2026-0001")
