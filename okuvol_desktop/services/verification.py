"""Checking a certificate, from its PDF or its code, with no network.

A PDF must carry one standard PDF signature covering every byte of the file, made with a key
of the organisation the certificate names; its verification code (in the signed file's
keywords) must be signed with a key of that same organisation. A code alone is checked the
same way and its facts are shown for comparison with the paper. Keys come from this ledger or
from the file an organisation published (``okuvol org export-key``), which also lists the
certificates it revoked. When this ledger issued the certificate, the records are compared
with what was certified, and a revocation recorded here refuses it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from okuvol_desktop.domain import keys, signing
from okuvol_desktop.domain.errors import Message, ValidationError
from okuvol_desktop.domain.keys import KeyRecord, PublishedKeys, Revocation
from okuvol_desktop.services.certificates import CertificateService
from okuvol_desktop.services.signing_keys import KeyService


class RecordsCheck(StrEnum):
    """How the certified facts compare with this ledger's records."""

    AGREE = "agree"
    CHANGED = "changed"  # approved hours were added or withdrawn since the certificate
    UNKNOWN = "unknown"  # this ledger did not issue the certificate


@dataclass(frozen=True, slots=True)
class Verification:
    """The outcome of checking a certificate (or another signed okuvol document)."""

    valid: bool
    reason: Message
    facts: signing.CertifiedFacts | None
    signer: str | None = None  # who signed: the organisation, or None with a key file
    records: RecordsCheck = RecordsCheck.UNKNOWN
    current_minutes: int | None = None
    document_title: str | None = None  # a signed document that is not a certificate
    signed_at: datetime | None = None


def _refuse(
    reason: str, facts: signing.CertifiedFacts | None = None, /, **params: object
) -> Verification:
    return Verification(False, Message(reason, params), facts)


@dataclass(frozen=True, slots=True)
class _Signer:
    """A key found for a fingerprint, with the organisation names it may sign for."""

    record: KeyRecord | None  # None for a bare legacy key from a key file
    public_key: bytes
    certificate: bytes | None
    names: frozenset[str]  # empty: no name to check against (a legacy key in a key file)
    shown: str | None  # how to name the signer to the user
    organisation_id: int | None = None


class _Trust:
    """Where keys and revocations come from: this ledger, or a published key file."""

    def signer(self, fingerprint: str) -> _Signer | None:
        raise NotImplementedError

    def revocation(self, number: str, signer: _Signer) -> Revocation | None:
        raise NotImplementedError

    def unknown_key(self, fingerprint: str) -> Message:
        raise NotImplementedError

    def unknown_signer(self, fingerprint: str, holder: str) -> Message:
        raise NotImplementedError


class _LedgerTrust(_Trust):
    def __init__(self, key_service: KeyService, certificates: CertificateService) -> None:
        self._keys = key_service
        self._certificates = certificates

    def signer(self, fingerprint: str) -> _Signer | None:
        known = self._keys.known(fingerprint)
        if known is None:
            return None
        record = known.record
        names = {n for n in (known.organisation_name, record.holder) if n}
        return _Signer(
            record,
            record.public_key,
            record.certificate,
            frozenset(names),
            known.organisation_name or "this ledger",
            known.organisation_id,
        )

    def revocation(self, number: str, signer: _Signer) -> Revocation | None:
        issued = self._certificates.issued(number)
        if issued is None or issued.revoked_at is None:
            return None
        return Revocation(number, issued.revoked_at, issued.revoked_reason or "")

    def unknown_key(self, fingerprint: str) -> Message:
        return Message(
            "No organisation in this ledger has the key {key_fingerprint}; check it with --key "
            "and the key file the organisation published.",
            {"key_fingerprint": fingerprint},
        )

    def unknown_signer(self, fingerprint: str, holder: str) -> Message:
        return Message(
            "No organisation in this ledger has the key that signed this file (a key in the "
            "name of {holder}, {key_fingerprint}); anyone can make a key in any name. Check it "
            "with --key and the key file the organisation published.",
            {"holder": holder, "key_fingerprint": fingerprint},
        )


class _FileTrust(_Trust):
    def __init__(self, published: PublishedKeys) -> None:
        self._published = published
        crl = published.crl
        if crl is not None and not any(
            keys.crl_is_signed_by(crl, c) for c in published.certificates
        ):
            raise ValidationError(
                "key",
                "The list of revoked certificates in the key file is not signed by the keys "
                "in it; get the file again from the organisation.",
            )

    def signer(self, fingerprint: str) -> _Signer | None:
        for certificate in self._published.certificates:
            public = keys.public_key_of(certificate)
            if keys.fingerprint(public) == fingerprint:
                holder = keys.holder_of(certificate)
                return _Signer(None, public, certificate, frozenset({holder}), None)
        for public in self._published.legacy_keys:
            if keys.fingerprint(public) == fingerprint:
                return _Signer(None, public, None, frozenset(), None)
        return None

    def revocation(self, number: str, signer: _Signer) -> Revocation | None:
        crl = self._published.crl
        return None if crl is None else keys.revoked_in(crl, number)

    def unknown_key(self, fingerprint: str) -> Message:
        return Message(
            "The certificate was signed with another key than those in the key file (it "
            "names key {key_fingerprint}).",
            {"key_fingerprint": fingerprint},
        )

    def unknown_signer(self, fingerprint: str, holder: str) -> Message:
        return Message(
            "The file was signed with a key that is not in the key file given (a key in the "
            "name of {holder}, {key_fingerprint}); anyone can make a key in any name.",
            {"holder": holder, "key_fingerprint": fingerprint},
        )


def _is_file(target: str) -> bool:
    try:
        return Path(target).is_file()
    except (OSError, ValueError):  # a name too long for a path, a NUL...
        return False


def _integrity_reason(integrity: str) -> Message:
    """Why a file whose signature is not whole is refused (each a sentence of its own, so that
    each translates as one)."""
    if integrity == "unsigned":
        return Message(
            "The file carries no PDF signature, so nothing shows who made it or that it is "
            "unchanged: it is not a certificate as okuvol issues it. Check its code instead, or "
            "ask the organisation for the signed file."
        )
    if integrity == "signed_twice":
        return Message(
            "The file carries more than one signature; okuvol signs a certificate once, so it "
            "was changed after it was issued."
        )
    if integrity == "altered":
        return Message(
            "The file was changed after it was signed: its content no longer matches its signature."
        )
    if integrity == "appended":
        return Message(
            "Something was added to the file after it was signed (an update on top of the "
            "signed document), so what it shows now is not what was signed."
        )
    return Message("The file's signature is damaged and cannot be checked.")


def _signer_of(read: signing.ReadCode, trust: _Trust) -> _Signer | Message:
    """The key that signed a code, or why the code is refused."""
    facts = read.facts
    signer = trust.signer(facts.key_fingerprint)
    if signer is None:
        return trust.unknown_key(facts.key_fingerprint)
    if not keys.signature_is_valid(signer.public_key, read.payload, read.signature):
        return Message(
            "The signature does not match the facts: the code was altered or signed with "
            "another key."
        )
    if signer.names and facts.organisation not in signer.names:
        return Message(
            "The code names {organisation}, but it was signed with the key of {signer}: an "
            "organisation can only certify its own volunteers.",
            {"organisation": facts.organisation, "signer": sorted(signer.names)[0]},
        )
    return signer


class VerificationService:
    """Use case: is this certificate genuine, and do the records still agree?"""

    def __init__(self, certificates: CertificateService, key_service: KeyService) -> None:
        self._certificates = certificates
        self._keys = key_service

    def verify(self, target: str, key_file: bytes | None = None) -> Verification:
        """Check a certificate given as a PDF path, or as its code (alone or in the text a QR
        code holds).

        Raises:
            ValidationError: the file cannot be read, or the key file is not one.
        """
        trust: _Trust = (
            _LedgerTrust(self._keys, self._certificates)
            if key_file is None
            else _FileTrust(PublishedKeys.from_pem(key_file))
        )
        if _is_file(target):
            return self._verify_pdf(Path(target), trust)
        if "OKV" not in target and target.lower().endswith(".pdf"):
            raise ValidationError("file", "There is no file {path}.", path=target)
        return self._verify_code(target, trust, key_file is None)

    def _verify_pdf(self, path: Path, trust: _Trust) -> Verification:
        from okuvol_desktop.reports.certificate import KEYWORD_PREFIX
        from okuvol_desktop.reports.pdf_signature import Integrity, read_signed_pdf

        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ValidationError(
                "file", "Cannot read {path}: {reason}.", path=path, reason=exc.strerror
            ) from exc
        signed = read_signed_pdf(data, str(path))
        if signed.integrity is not Integrity.WHOLE or signed.signer_certificate is None:
            return Verification(False, _integrity_reason(signed.integrity.value), None)
        certificate = signed.signer_certificate
        fingerprint = keys.fingerprint(keys.public_key_of(certificate))
        signer = trust.signer(fingerprint)
        if signer is None or signer.certificate != certificate:
            return Verification(
                False, trust.unknown_signer(fingerprint, keys.holder_of(certificate)), None
            )
        if not signed.keywords.startswith(KEYWORD_PREFIX):
            # A summary or another document okuvol signed: intact and signed by whom it says.
            return Verification(
                True,
                Message("The document's signature is valid and covers the whole file."),
                None,
                signer.shown,
                document_title=signed.title,
                signed_at=signed.signed_at,
            )
        result = self._verify_code(
            signed.keywords.removeprefix(KEYWORD_PREFIX), trust, signer.record is not None
        )
        if not result.valid or result.facts is None:
            return result
        if signer.names and result.facts.organisation not in signer.names:
            return _refuse(
                "The file was signed with the key of {signer}, not of {organisation}, which the "
                "certificate names.",
                result.facts,
                signer=sorted(signer.names)[0],
                organisation=result.facts.organisation,
            )
        return Verification(
            True,
            result.reason,
            result.facts,
            result.signer,
            result.records,
            result.current_minutes,
            signed_at=signed.signed_at,
        )

    def _verify_code(self, text: str, trust: _Trust, on_ledger: bool) -> Verification:
        try:
            read = signing.read_code(text)
        except ValidationError as exc:
            return Verification(False, exc.text, None)
        facts = read.facts
        signer = _signer_of(read, trust)
        if isinstance(signer, Message):
            return Verification(False, signer, facts)
        revoked = trust.revocation(facts.number, signer)
        if revoked is not None:
            return _refuse(
                "Certificate {number} was revoked by {organisation} on {day}: {reason}",
                facts,
                number=facts.number,
                organisation=facts.organisation,
                day=self._certificates.day_of(revoked.revoked_at).isoformat(),
                reason=revoked.reason or "no reason given",
            )
        if not on_ledger:
            return Verification(True, Message("The signature is valid."), facts, signer.shown)
        return self._compare_records(facts, signer)

    def _compare_records(self, facts: signing.CertifiedFacts, signer: _Signer) -> Verification:
        valid = Message("The signature is valid.")
        issued = self._certificates.issued(facts.number)
        if issued is None:
            return Verification(True, valid, facts, signer.shown)
        if (
            issued.organisation_id != signer.organisation_id
            or issued.period_start != facts.period_start
            or issued.period_end != facts.period_end
            or issued.minutes != facts.approved_minutes
            or issued.issue_date != facts.issue_date
        ):
            return _refuse(
                "This ledger issued certificate {number} with other facts than the code "
                "states; ask {organisation} which one is theirs.",
                facts,
                number=facts.number,
                organisation=facts.organisation,
            )
        current = self._certificates.current_minutes(issued)
        records = RecordsCheck.AGREE if current == facts.approved_minutes else RecordsCheck.CHANGED
        return Verification(True, valid, facts, signer.shown, records, current)
