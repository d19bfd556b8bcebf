"""Verification codes: a certificate's facts, signed with its organisation's key, for paper.

A code reads ``OKV2.<facts>.<signature>``, both parts base64url without padding. The facts are
UTF-8 fields joined by the ASCII unit separator, so that no name can shift one field into the
next; the signature is deterministic ECDSA P-256 (or RSA, for an imported key) over them.
Codes of earlier versions (``OKV1``, Ed25519) still read. Anyone with the organisation's
published keys can check a code offline; the PDF itself carries a standard PDF signature.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from datetime import date

from okuvol_desktop.domain import keys
from okuvol_desktop.domain.errors import ValidationError

CODE_PREFIX = "OKV2"
_PREFIXES = ("OKV1", "OKV2")
_SEPARATOR = "\x1f"
_FIELDS = 8
# A code inside other text (what the QR code holds, a pasted e-mail): the prefix, then the
# two base64url parts, possibly wrapped over lines.
_CODE_IN_TEXT = re.compile(r"OKV[12]\.[A-Za-z0-9_\-\s]+\.[A-Za-z0-9_\-\s]+")


class MalformedCode(ValidationError):
    """The text is not an okuvol verification code (cut short, mistyped, or not one at all)."""

    def __init__(self, reason: str) -> None:
        # Each reason is a whole sentence of its own, so each translates as one.
        super().__init__("code", "This is not a valid okuvol verification code: " + reason + ".")


@dataclass(frozen=True, slots=True)
class CertifiedFacts:
    """What a certificate states, exactly as signed."""

    number: str
    person: str
    organisation: str
    period_start: date
    period_end: date
    approved_minutes: int
    issue_date: date
    key_fingerprint: str

    def payload(self) -> bytes:
        """The signed bytes."""
        fields = [
            self.number,
            self.person,
            self.organisation,
            self.period_start.isoformat(),
            self.period_end.isoformat(),
            str(self.approved_minutes),
            self.issue_date.isoformat(),
            self.key_fingerprint,
        ]
        if any(_SEPARATOR in field for field in fields):
            raise ValidationError("code", "A certified text contains a control character.")
        return _SEPARATOR.join(fields).encode("utf-8")

    @classmethod
    def from_payload(cls, payload: bytes) -> CertifiedFacts:
        """The facts in signed bytes, or MalformedCode."""
        try:
            fields = payload.decode("utf-8").split(_SEPARATOR)
        except UnicodeDecodeError as exc:
            raise MalformedCode("its facts are not readable text") from exc
        if len(fields) != _FIELDS:
            raise MalformedCode("it does not hold the facts of a certificate")
        number, person, org, start, end, minutes, issued, fingerprint = fields
        try:
            return cls(
                number,
                person,
                org,
                date.fromisoformat(start),
                date.fromisoformat(end),
                int(minutes),
                date.fromisoformat(issued),
                fingerprint,
            )
        except ValueError as exc:
            raise MalformedCode("a date or the hours in it are damaged") from exc


@dataclass(frozen=True, slots=True)
class ReadCode:
    """A code taken apart: the facts, the bytes that were signed and the signature."""

    facts: CertifiedFacts
    payload: bytes
    signature: bytes


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise MalformedCode("it contains characters that do not belong in a code") from exc


def sign(facts: CertifiedFacts, private_key: bytes) -> str:
    """The verification code of ``facts``, signed with ``private_key`` (PKCS#8 DER)."""
    payload = facts.payload()
    return f"{CODE_PREFIX}.{_b64(payload)}.{_b64(keys.sign(private_key, payload))}"


def find_code(text: str) -> str:
    """The code inside ``text`` (a bare code, or the words a QR code holds around it)."""
    match = _CODE_IN_TEXT.search(text)
    return match.group(0) if match else text


def read_code(code: str) -> ReadCode:
    """The facts, signed bytes and signature in a code; MalformedCode when it is not one."""
    parts = "".join(find_code(code).split()).split(".")  # printed codes may wrap over lines
    if len(parts) != 3 or parts[0] not in _PREFIXES:
        raise MalformedCode("it should start with OKV2. and have three parts")
    payload, signature = _unb64(parts[1]), _unb64(parts[2])
    if len(signature) < 64:
        raise MalformedCode("its signature is cut short")
    return ReadCode(CertifiedFacts.from_payload(payload), payload, signature)
