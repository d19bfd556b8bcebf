"""Verifying certificates as a sceptical recipient would, and as a forger would try to pass.

Every forgery here is refused with a reason of its own: a code with a changed fact, a code
signed by another organisation of the same ledger or by a stranger's key, a PDF rewritten by
qpdf, an incremental update drawing new text or adding a page, a hand-made PDF carrying a
genuine code, a PDF signed by a key that only calls itself the organisation, and a revoked
certificate, on the issuing ledger and offline with the published key file.
"""

from __future__ import annotations

import base64
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from okuvol_desktop.domain import keys, signing
from okuvol_desktop.services.certificates import CertificateRequest
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.verification import RecordsCheck, Verification
from tests.services.certificate_helpers import (
    ARABIC,
    ORG,
    VIETNAMESE,
    YEAR,
    hand_made,
    hours,
    rewritten_by_qpdf,
    signed_by_a_stranger,
    volunteer,
    with_page_added,
    with_text_drawn_over,
)

OTHER = "Rumah Hijau"


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def issued(ledger: Ledger, out_dir: Path) -> tuple[Ledger, Path, str]:
    """Two organisations in one ledger; a certificate of the first, as PDF and code."""
    volunteer(ledger, VIETNAMESE)
    volunteer(ledger, ARABIC, org=OTHER)
    hours(ledger, VIETNAMESE, (date(2026, 2, 1), "2.5"), (date(2026, 3, 1), "10.25"))
    hours(ledger, ARABIC, (date(2026, 5, 5), "4"), org=OTHER)
    out = out_dir / "huong.pdf"
    certificate = ledger.certificates.issue(
        CertificateRequest(ledger.names.person(VIETNAMESE), ledger.names.organisation(ORG), YEAR),
        out,
    )
    return ledger, out, certificate.certificate.code


def _refused(result: Verification, *words: str) -> None:
    assert not result.valid, "a forgery passed"
    for word in words:
        assert word in str(result.reason), str(result.reason)


def _encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _tampered(code: str, **changes: object) -> str:
    read = signing.read_code(code)
    forged = replace(read.facts, **changes).payload()  # type: ignore[arg-type]
    return f"OKV2.{_encode(forged)}.{_encode(read.signature)}"


def _stranger(template_db: Path, out_dir: Path) -> Ledger:
    path = out_dir / "stranger.sqlite3"
    shutil.copyfile(template_db, path)
    return Ledger.open(str(path), timezone="UTC")


# --- genuine ------------------------------------------------------------------------------------


def test_a_genuine_certificate_verifies_as_file_code_and_qr_text(
    issued: tuple[Ledger, Path, str],
) -> None:
    ledger, out, code = issued
    qr = f"Volunteer certificate YPA-2026-0001\nCheck it with: okuvol verify {code}"
    for target in (str(out), code, qr):
        result = ledger.verification.verify(target)
        assert result.valid, result.reason
        assert result.signer == ORG
        assert result.facts is not None and result.facts.approved_minutes == 765
        assert result.facts.period_end == date(2026, 11, 28)
        assert result.records is RecordsCheck.AGREE
    hours(ledger, VIETNAMESE, (date(2026, 6, 1), "1"))
    later = ledger.verification.verify(code)
    assert later.valid and later.records is RecordsCheck.CHANGED
    assert later.current_minutes == 825


def test_codes_of_any_length_are_read_without_a_traceback(ledger: Ledger) -> None:
    long_name = "Muhammad Rizky Pratama " * 20
    _refused(ledger.verification.verify("OKV2." + "A" * 5000 + ".abc"), "not a valid")
    _refused(ledger.verification.verify(long_name), "not a valid")


@pytest.mark.parametrize(
    "text", ["", "hello", "OKV1.x.y", "OKV2.!!!.???", "OKV3.a.b", "OKV2.aGVsbG8.c2ln"]
)
def test_malformed_codes_are_refused_plainly(ledger: Ledger, text: str) -> None:
    _refused(ledger.verification.verify(text), "not a valid okuvol verification code")


# --- forged codes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "changes",
    [
        {"approved_minutes": 19155},  # 319.25 h -> 1319.25 h, the old figure inside the new
        {"person": ARABIC},
        {"organisation": "Yayasan Pelita"},
        {"period_start": date(2025, 1, 1)},
        {"issue_date": date(2026, 1, 2)},
        {"number": "YPA-2026-0099"},
    ],
)
def test_a_code_with_any_fact_changed_is_refused(
    issued: tuple[Ledger, Path, str], changes: dict[str, object]
) -> None:
    ledger, _, code = issued
    _refused(ledger.verification.verify(_tampered(code, **changes)), "signature does not match")


def test_a_code_signed_by_another_organisation_of_the_ledger_is_refused(
    issued: tuple[Ledger, Path, str],
) -> None:
    ledger, _, code = issued
    read = signing.read_code(code)
    (other_key,) = ledger.keys.keys(ledger.names.organisation(OTHER))
    from okuvol_desktop.storage.keys import KeyRepo

    with ledger.ctx.reading() as s:
        private = KeyRepo(s).current(other_key.organisation_id).private_key
    # Organisation B signs facts that name organisation A, with B's own fingerprint.
    forged = signing.sign(replace(read.facts, key_fingerprint=other_key.fingerprint), private)
    _refused(ledger.verification.verify(forged), f"names {ORG}", f"key of {OTHER}")


def test_a_code_signed_by_a_strangers_key_is_refused(
    issued: tuple[Ledger, Path, str], template_db: Path, out_dir: Path
) -> None:
    ledger, _, code = issued
    read = signing.read_code(code)
    forger = keys.new_signing_key(ORG, ledger.ctx.clock())
    claims_the_organisations_key = signing.sign(read.facts, forger.private_key)
    _refused(ledger.verification.verify(claims_the_organisations_key), "signature does not match")
    own_fingerprint = signing.sign(
        replace(read.facts, key_fingerprint=forger.fingerprint), forger.private_key
    )
    _refused(ledger.verification.verify(own_fingerprint), "No organisation in this ledger")
    # Offline: the forger's own key file does not make the organisation's code valid either.
    pem = keys.PublishedKeys((forger.certificate,)).to_pem(ORG).encode()
    _refused(ledger.verification.verify(code, pem), "another key than those in the key file")


# --- forged files -------------------------------------------------------------------------------


def test_a_pdf_rewritten_by_qpdf_is_refused(
    issued: tuple[Ledger, Path, str], out_dir: Path
) -> None:
    ledger, out, _ = issued
    rewritten = rewritten_by_qpdf(out, out_dir / "rewritten.pdf")
    _refused(ledger.verification.verify(str(rewritten)), "changed after it was signed")


def test_an_incremental_update_drawing_new_hours_is_refused(
    issued: tuple[Ledger, Path, str], out_dir: Path
) -> None:
    ledger, out, _ = issued
    drawn = with_text_drawn_over(out, out_dir / "drawn.pdf")
    _refused(ledger.verification.verify(str(drawn)), "added to the file after it was signed")


def test_a_page_added_after_signing_is_refused(
    issued: tuple[Ledger, Path, str], out_dir: Path
) -> None:
    ledger, out, _ = issued
    longer = with_page_added(out, out_dir / "longer.pdf")
    _refused(ledger.verification.verify(str(longer)), "added to the file after it was signed")


def test_a_hand_made_pdf_carrying_a_genuine_code_is_refused(
    issued: tuple[Ledger, Path, str], out_dir: Path
) -> None:
    ledger, _, code = issued
    fake = hand_made(out_dir / "fake.pdf", code, f"{VIETNAMESE} gave 5,000 volunteer hours")
    _refused(ledger.verification.verify(str(fake)), "carries no PDF signature")


def test_a_pdf_signed_by_a_key_calling_itself_the_organisation_is_refused(
    issued: tuple[Ledger, Path, str], out_dir: Path
) -> None:
    ledger, _, _ = issued
    (record,) = ledger.certificates.newest_first(ledger.names.organisation(ORG))
    forged = signed_by_a_stranger(record.snapshot, out_dir / "forged.pdf", ORG)
    _refused(ledger.verification.verify(str(forged)), "anyone can make a key in any name")


def test_a_file_that_is_not_a_pdf_is_refused_with_its_name(ledger: Ledger, out_dir: Path) -> None:
    from okuvol_desktop.domain.errors import ValidationError

    junk = out_dir / "junk.pdf"
    junk.write_bytes(b"not a pdf at all")
    with pytest.raises(ValidationError, match="junk.pdf cannot be read as a PDF"):
        ledger.verification.verify(str(junk))
    with pytest.raises(ValidationError, match="There is no file"):
        ledger.verification.verify(str(out_dir / "missing.pdf"))


# --- revocation and rotation --------------------------------------------------------------------


def test_a_revoked_certificate_is_refused_on_the_ledger_and_offline(
    issued: tuple[Ledger, Path, str], template_db: Path, out_dir: Path
) -> None:
    ledger, out, code = issued
    number = signing.read_code(code).facts.number
    _, before = ledger.keys.published(ledger.names.organisation(ORG))
    ledger.certificates.revoke(number, "Hours were logged twice")
    for target in (str(out), code):
        _refused(
            ledger.verification.verify(target),
            f"{number} was revoked by {ORG} on 2026-11-28: Hours were logged twice",
        )
    holder, after = ledger.keys.published(ledger.names.organisation(ORG))
    stranger = _stranger(template_db, out_dir)
    try:
        _refused(stranger.verification.verify(str(out)), "No organisation in this ledger")
        # The key file published before the revocation cannot know of it; the one after does.
        assert stranger.verification.verify(str(out), before.to_pem(holder).encode()).valid
        _refused(
            stranger.verification.verify(str(out), after.to_pem(holder).encode()),
            "was revoked",
            "Hours were logged twice",
        )
    finally:
        stranger.close()


def test_a_key_file_whose_revocation_list_was_swapped_is_refused(
    issued: tuple[Ledger, Path, str],
) -> None:
    ledger, out, _ = issued
    holder, published = ledger.keys.published(ledger.names.organisation(ORG))
    forger = keys.new_signing_key(ORG, ledger.ctx.clock())
    empty_list = keys.revocation_list(forger, [], ledger.ctx.clock())
    swapped = replace(published, crl=empty_list).to_pem(holder).encode()
    from okuvol_desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="not signed by the keys in it"):
        ledger.verification.verify(str(out), swapped)


def test_after_a_rotation_old_and_new_certificates_verify(
    issued: tuple[Ledger, Path, str], template_db: Path, out_dir: Path
) -> None:
    ledger, old_pdf, old_code = issued
    (first_key,) = ledger.keys.keys(ledger.names.organisation(ORG))
    new_key = ledger.keys.rotate(ledger.names.organisation(ORG))
    assert new_key.fingerprint != first_key.fingerprint
    hours(ledger, VIETNAMESE, (date(2026, 6, 1), "1"))
    new_pdf = out_dir / "new.pdf"
    new = ledger.certificates.issue(
        CertificateRequest(ledger.names.person(VIETNAMESE), ledger.names.organisation(ORG), YEAR),
        new_pdf,
    )
    assert signing.read_code(new.certificate.code).facts.key_fingerprint == new_key.fingerprint
    listed = ledger.keys.keys(ledger.names.organisation(ORG))
    assert [k.fingerprint for k in listed] == [new_key.fingerprint, first_key.fingerprint]
    assert listed[1].retired_at is not None
    for target in (str(old_pdf), old_code, str(new_pdf), new.certificate.code):
        assert ledger.verification.verify(target).valid, target
    holder, published = ledger.keys.published(ledger.names.organisation(ORG))
    pem = published.to_pem(holder).encode()
    stranger = _stranger(template_db, out_dir)
    try:
        for target in (str(old_pdf), str(new_pdf)):
            assert stranger.verification.verify(target, pem).valid, target
    finally:
        stranger.close()
    # A reprint of the old certificate is signed with the new key and still verifies.
    ledger.certificates.reprint(signing.read_code(old_code).facts.number, out_dir / "re.pdf")
    assert ledger.verification.verify(str(out_dir / "re.pdf")).valid


def test_verify_needs_no_ledger_with_the_published_key_file(
    issued: tuple[Ledger, Path, str], template_db: Path, out_dir: Path
) -> None:
    ledger, out, code = issued
    holder, published = ledger.keys.published(ledger.names.organisation(ORG))
    pem = published.to_pem(holder).encode()
    stranger = _stranger(template_db, out_dir)
    try:
        _refused(stranger.verification.verify(str(out)), "No organisation in this ledger")
        for target in (str(out), code):
            result = stranger.verification.verify(target, pem)
            assert result.valid and result.records is RecordsCheck.UNKNOWN
            assert result.signer is None
    finally:
        stranger.close()


def test_summaries_are_signed_and_any_change_is_refused(
    issued: tuple[Ledger, Path, str], out_dir: Path
) -> None:
    ledger, _, _ = issued
    organisation, person = out_dir / "org.pdf", out_dir / "person.pdf"
    ledger.summaries.write_organisation(ledger.names.organisation(ORG), 2026, organisation)
    ledger.summaries.write_person(ledger.names.person(VIETNAMESE), 2026, person)
    for path, signer in ((organisation, ORG), (person, "this ledger")):
        result = ledger.verification.verify(str(path))
        assert result.valid and result.facts is None, result.reason
        assert result.signer == signer
        drawn = with_text_drawn_over(path, out_dir / f"drawn-{path.name}")
        _refused(ledger.verification.verify(str(drawn)), "added to the file after it was signed")


@pytest.mark.parametrize(
    "name",
    [
        "Siti Rahmawati",
        "Nguyễn Thị Hương",
        "عبد الله بن محمد الأنصاري",
        "יעל בן־דוד",
        "देवनागरी प्रियंका शर्मा",
        "王秀英",
        "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaf",  # 60 letters, no space
    ],
)
def test_genuine_certificates_in_every_script_verify(
    ledger: Ledger, out_dir: Path, name: str
) -> None:
    volunteer(ledger, name)
    hours(ledger, name, (date(2026, 4, 7), "3.5"))
    out = out_dir / "c.pdf"
    issued = ledger.certificates.issue(
        CertificateRequest(ledger.names.person(name), ledger.names.organisation(ORG), YEAR), out
    ).certificate
    for target in (str(out), issued.code):
        result = ledger.verification.verify(target)
        assert result.valid, result.reason
        assert result.facts is not None and result.facts.person == name
