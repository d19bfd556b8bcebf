"""Certificates end to end: issued from approved hours, read back, reprinted, verified."""

from __future__ import annotations

import base64
import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from okuvol_desktop.domain import signing
from okuvol_desktop.domain.errors import OkuvolError, ValidationError
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.period import Period
from okuvol_desktop.domain.progress import Cancelled
from okuvol_desktop.reports.certificate import build_certificate
from okuvol_desktop.reports.data import CertificateData
from okuvol_desktop.services.certificates import CertificateRequest
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.organisations import OrganisationChanges
from okuvol_desktop.services.roles import RoleTerms
from okuvol_desktop.services.verification import RecordsCheck
from tests.services.helpers import log

VIETNAMESE = "Nguyễn Thị Hương"
ARABIC = "فاطمة الزهراء"
YEAR = Period.year(2026)


def _volunteer(ledger: Ledger, name: str, org: str = "Yayasan Pelita & <Anak>") -> None:
    ledger.people.add(name)
    if not any(o.name == org for o in ledger.organisations.list()):
        ledger.organisations.add(org, signatory_name="Dr. Ratna Kusuma", signatory_title="Ketua")
    ledger.roles.add(name, org, WorkKind.VOLUNTEER, RoleTerms("Reading tutor"))


def _hours(
    ledger: Ledger,
    name: str,
    *spans: tuple[date, str],
    approve: bool = True,
    org: str = "Yayasan Pelita & <Anak>",
) -> None:
    for day, hours in spans:
        entry = log(
            ledger,
            day,
            hours=hours,
            person=name,
            org=org,
            category="education",
            skills=("storytelling",),
            beneficiaries=6,
            description="Cerita & <dongeng>",
        )
        if approve:
            ledger.approvals.approve([entry.id], "Ibu Ratna")


def _page_text(path: Path) -> str:
    return " ".join(PdfReader(path).pages[0].extract_text().split())


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """Where documents go: a folder of their own, apart from the ledger file."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def two_volunteers(ledger: Ledger) -> Ledger:
    _volunteer(ledger, VIETNAMESE)
    _volunteer(ledger, ARABIC)
    _hours(ledger, VIETNAMESE, (date(2026, 2, 1), "2.5"), (date(2026, 3, 1), "10.25"))
    _hours(ledger, VIETNAMESE, (date(2026, 4, 1), "7"), approve=False)  # pending: not counted
    _hours(ledger, ARABIC, (date(2026, 5, 5), "0.5"))
    return ledger


def test_certificate_carries_name_org_period_and_exact_approved_hours(
    two_volunteers: Ledger, out_dir: Path
) -> None:
    out = out_dir / "huong.pdf"
    issued = two_volunteers.certificates.issue(
        CertificateRequest(VIETNAMESE, "Yayasan Pelita & <Anak>", YEAR), out
    )
    assert issued.minutes == 12 * 60 + 45  # 2.5 + 10.25; the 7 pending hours are not counted
    text = _page_text(out)
    assert VIETNAMESE in text
    assert "Yayasan Pelita & <Anak>" in text
    assert "from 1 January 2026 to 31 December 2026" in text
    assert "12.75 approved volunteer hours" in text
    assert "19.75" not in text  # pending hours are neither counted nor implied
    assert issued.number in text
    assert "Dr. Ratna Kusuma" in text
    assert "storytelling" in text and "Education" in text
    keywords = PdfReader(out).metadata["/Keywords"]
    assert keywords == f"okuvol-verification-code:{issued.code}"


def test_arabic_name_in_indonesian_on_letter_paper(two_volunteers: Ledger, out_dir: Path) -> None:
    out = out_dir / "fatimah.pdf"
    two_volunteers.certificates.issue(
        CertificateRequest(ARABIC, "Yayasan Pelita & <Anak>", YEAR, "id", "letter"), out
    )
    reader = PdfReader(out)
    page = reader.pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (612, 792)
    text = " ".join(page.extract_text().split())
    assert "Sertifikat Pengabdian Relawan" in text
    assert "0,50 jam relawan yang disetujui" in text
    assert "dari 1 Januari 2026 sampai 31 Desember 2026" in text
    import unicodedata

    assert unicodedata.normalize("NFKC", ARABIC) in unicodedata.normalize("NFKC", text)


def test_no_approved_hours_is_refused_and_nothing_is_kept(ledger: Ledger, out_dir: Path) -> None:
    _volunteer(ledger, "Budi Santoso")
    _hours(ledger, "Budi Santoso", (date(2026, 3, 3), "4"), approve=False)
    out = out_dir / "budi.pdf"
    with pytest.raises(ValidationError, match="Budi Santoso has no approved volunteer hours"):
        ledger.certificates.issue(CertificateRequest("Budi Santoso", "1", YEAR), out)
    assert not out.exists()
    assert list(out_dir.iterdir()) == []
    assert ledger.certificates.list() == []


def test_a_missing_logo_is_reported_and_nothing_is_kept(
    two_volunteers: Ledger, out_dir: Path
) -> None:
    logo = out_dir / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    two_volunteers.organisations.edit("1", OrganisationChanges(logo_path=str(logo)))
    logo.unlink()
    out = out_dir / "certs" / "huong.pdf"
    with pytest.raises(ValidationError, match="logo file .*logo.png cannot be found"):
        two_volunteers.certificates.issue(CertificateRequest(VIETNAMESE, "1", YEAR), out)
    assert list(out.parent.iterdir()) == []
    assert two_volunteers.certificates.list() == []


def test_numbers_are_unique_and_reprints_are_identical(
    two_volunteers: Ledger, out_dir: Path
) -> None:
    first = two_volunteers.certificates.issue(
        CertificateRequest(VIETNAMESE, "1", YEAR, itemised=True), out_dir / "a.pdf"
    )
    second = two_volunteers.certificates.issue(
        CertificateRequest(ARABIC, "1", YEAR), out_dir / "b.pdf"
    )
    assert (first.number, second.number) == ("YPA-2026-0001", "YPA-2026-0002")
    # Records change after issue; the reprint still shows what was certified.
    _hours(two_volunteers, VIETNAMESE, (date(2026, 6, 1), "3"))
    two_volunteers.certificates.reprint(first.number, out_dir / "again.pdf")
    assert (out_dir / "again.pdf").read_bytes() == (out_dir / "a.pdf").read_bytes()
    assert "Itemised record" in PdfReader(out_dir / "a.pdf").pages[1].extract_text()


def test_batch_writes_one_file_per_qualifying_volunteer(
    two_volunteers: Ledger, out_dir: Path
) -> None:
    reports: list[tuple[int, int]] = []

    class Watch:
        def report(self, done: int, total: int) -> None:
            reports.append((done, total))

        def cancelled(self) -> bool:
            return False

    issued = two_volunteers.certificates.issue_batch("1", 2026, 1.0, out_dir, progress=Watch())
    assert [c.person_name for c in issued] == [VIETNAMESE]  # 0.5 h is under the minimum
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
        two_volunteers.certificates.issue_batch("1", 2026, 0, out_dir, progress=StopAfterOne())
    files = list(out_dir.iterdir())
    assert len(files) == 1 and files[0].suffix == ".pdf"  # no .part file left behind
    assert len(two_volunteers.certificates.list()) == 1


def test_a_failure_while_writing_leaves_no_file_and_no_record(
    two_volunteers: Ledger, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(data: object, out: object) -> None:
        Path(str(out)).write_bytes(b"%PDF-1.4 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("okuvol_desktop.reports.certificate.build_certificate", disk_full)
    with pytest.raises(OkuvolError, match="Could not write .*No space left on device"):
        two_volunteers.certificates.issue(
            CertificateRequest(VIETNAMESE, "1", YEAR), out_dir / "x.pdf"
        )
    assert list(out_dir.iterdir()) == []
    assert two_volunteers.certificates.list() == []


# --- verification -------------------------------------------------------------------------------


@pytest.fixture
def certificate(two_volunteers: Ledger, out_dir: Path) -> tuple[Path, str]:
    out = out_dir / "huong.pdf"
    issued = two_volunteers.certificates.issue(CertificateRequest(VIETNAMESE, "1", YEAR), out)
    return out, issued.code


def test_a_genuine_certificate_verifies_and_the_records_agree(
    two_volunteers: Ledger, certificate: tuple[Path, str]
) -> None:
    out, code = certificate
    for target in (str(out), code):
        result = two_volunteers.verification.verify(target)
        assert result.valid, result.reason
        assert result.facts is not None and result.facts.approved_minutes == 765
        assert result.records is RecordsCheck.AGREE
    _hours(two_volunteers, VIETNAMESE, (date(2026, 6, 1), "1"))
    later = two_volunteers.verification.verify(code)
    assert later.valid and later.records is RecordsCheck.CHANGED
    assert later.current_minutes == 825


def _tampered(code: str, **changes: object) -> str:
    facts, _payload, signature = signing.read_code(code)
    forged = replace(facts, **changes).payload()  # type: ignore[arg-type]
    encode = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()  # noqa: E731
    return f"OKV1.{encode(forged)}.{encode(signature)}"


def test_a_changed_digit_of_the_hours_is_caught(
    two_volunteers: Ledger, certificate: tuple[Path, str]
) -> None:
    _, code = certificate
    result = two_volunteers.verification.verify(_tampered(code, approved_minutes=7650))
    assert not result.valid
    assert "signature does not match" in str(result.reason)


def test_a_swapped_name_is_caught(two_volunteers: Ledger, certificate: tuple[Path, str]) -> None:
    _, code = certificate
    assert not two_volunteers.verification.verify(_tampered(code, person=ARABIC)).valid


def test_a_code_signed_with_another_key_is_caught(
    two_volunteers: Ledger, certificate: tuple[Path, str], out_dir: Path
) -> None:
    _, code = certificate
    facts, _, _ = signing.read_code(code)
    forger = signing.new_key_pair()
    forged = signing.sign(facts, forger.private)  # claims the organisation's fingerprint
    result = two_volunteers.verification.verify(forged)
    assert not result.valid and "signature does not match" in str(result.reason)
    # And with the forger's own key given as --key, the fingerprint gives it away.
    pem = signing.public_key_pem(forger.public).encode()
    assert "another key" in str(two_volunteers.verification.verify(code, pem).reason)


def test_a_pdf_whose_page_was_altered_is_caught(
    two_volunteers: Ledger, certificate: tuple[Path, str], out_dir: Path
) -> None:
    out, code = certificate
    (issued,) = two_volunteers.certificates.list()
    genuine = CertificateData.from_json(issued.snapshot)
    for change, words in (
        ({"approved_minutes": 7650}, "hours"),
        ({"person_name": "Someone Else"}, "name"),
    ):
        forged = out_dir / "forged.pdf"
        build_certificate(replace(genuine, **change), forged)  # type: ignore[arg-type]
        result = two_volunteers.verification.verify(str(forged))
        assert not result.valid
        assert f"does not show the certified {words}" in str(result.reason)


@pytest.mark.parametrize(
    "text", ["", "hello", "OKV1.x.y", "OKV1.!!!.???", "OKV2.a.b", "OKV1.aGVsbG8.c2ln"]
)
def test_malformed_codes_are_refused_plainly(ledger: Ledger, text: str) -> None:
    result = ledger.verification.verify(text)
    assert not result.valid
    assert "not a valid okuvol verification code" in str(result.reason)


def test_verify_needs_no_ledger_with_the_published_key(
    two_volunteers: Ledger, certificate: tuple[Path, str], out_dir: Path, template_db: Path
) -> None:
    out, _ = certificate
    pem = two_volunteers.certificates.public_key_pem("1").encode()
    stranger_db = out_dir / "stranger.sqlite3"
    import shutil

    shutil.copyfile(template_db, stranger_db)
    stranger = Ledger.open(str(stranger_db), timezone="UTC")
    try:
        assert not stranger.verification.verify(str(out)).valid  # no key known here
        result = stranger.verification.verify(str(out), pem)
    finally:
        stranger.close()
    assert result.valid and result.records is RecordsCheck.UNKNOWN
    assert os.path.getsize(out) > 0
