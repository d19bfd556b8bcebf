"""Checking a certificate, from its PDF or its code, with no network.

The signature is checked with the organisation's public key, from this ledger or from a key
file the organisation published. A PDF must also still show the certified facts on its page.
When this ledger issued the certificate, the records are compared with what was certified.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from okuvol_desktop.domain import signing
from okuvol_desktop.domain.errors import Message, ValidationError
from okuvol_desktop.reports.texts import LANGUAGES, hours_text
from okuvol_desktop.services.certificates import CertificateService


class RecordsCheck(StrEnum):
    """How the certified facts compare with this ledger's records."""

    AGREE = "agree"
    CHANGED = "changed"  # approved hours were added or withdrawn since the certificate
    UNKNOWN = "unknown"  # this ledger did not issue the certificate


@dataclass(frozen=True, slots=True)
class Verification:
    """The outcome of checking a certificate."""

    valid: bool
    reason: Message
    facts: signing.CertifiedFacts | None
    signer: str | None = None  # the organisation; None when checked with a key file
    records: RecordsCheck = RecordsCheck.UNKNOWN
    current_minutes: int | None = None


def _refuse(
    reason: str, facts: signing.CertifiedFacts | None = None, /, **params: object
) -> Verification:
    return Verification(False, Message(reason, params), facts)


class VerificationService:
    """Use case: is this certificate genuine, and do the records still agree?"""

    def __init__(self, certificates: CertificateService) -> None:
        self._certificates = certificates

    def verify(self, code_or_file: str, key_pem: bytes | None = None) -> Verification:
        """Check a certificate given as a PDF path or as its code text."""
        page = None
        path = Path(code_or_file)
        if code_or_file.lower().endswith(".pdf") or path.is_file():
            from okuvol_desktop.reports.reading import read_certificate_pdf

            page = read_certificate_pdf(path)
            code = page.code
        else:
            code = code_or_file
        try:
            facts, payload, signature = signing.read_code(code)
        except ValidationError as exc:
            return Verification(False, exc.text, None)
        if key_pem is not None:
            public_key = signing.public_key_from_pem(key_pem)
            signer = None
            if signing.fingerprint(public_key) != facts.key_fingerprint:
                return _refuse(
                    (
                        "The certificate was signed with another key than the one given (it "
                        "names key {key_fingerprint})."
                    ),
                    facts,
                    key_fingerprint=facts.key_fingerprint,
                )
        else:
            known = self._certificates.known_public_key(facts.key_fingerprint)
            if known is None:
                return _refuse(
                    (
                        "No organisation in this ledger has the key {key_fingerprint}; check "
                        "it with --key and the public key the organisation published."
                    ),
                    facts,
                    key_fingerprint=facts.key_fingerprint,
                )
            public_key, signer = known
        if not signing.signature_is_valid(payload, signature, public_key):
            return _refuse(
                "The signature does not match the facts: the code was altered or "
                "signed with another key.",
                facts,
            )
        if page is not None:
            missing = self._missing_on_page(page, facts)
            if missing:
                return Verification(False, missing, facts)
        return self._compare_records(facts, signer)

    @staticmethod
    def _missing_on_page(page: object, facts: signing.CertifiedFacts) -> Message | None:
        from okuvol_desktop.reports.reading import CertificateFile

        assert isinstance(page, CertificateFile)
        hours_forms = [hours_text(facts.approved_minutes, lang) for lang in LANGUAGES]
        if not page.shows(facts.number):
            return Message(
                "The PDF was altered: its page does not show the certified number {number}.",
                {"number": facts.number},
            )
        if not page.shows(facts.person):
            return Message(
                "The PDF was altered: its page does not show the certified name {person}.",
                {"person": facts.person},
            )
        if not any(page.shows(form) for form in hours_forms):
            return Message(
                "The PDF was altered: its page does not show the certified hours ({hours}).",
                {"hours": hours_forms[0]},
            )
        return None

    def _compare_records(self, facts: signing.CertifiedFacts, signer: str | None) -> Verification:
        valid = Message("The signature is valid.")
        issued = self._certificates.issued(facts.number)
        if issued is None:
            return Verification(True, valid, facts, signer)
        current = self._certificates.current_minutes(issued)
        records = RecordsCheck.AGREE if current == facts.approved_minutes else RecordsCheck.CHANGED
        return Verification(True, valid, facts, signer, records, current)
