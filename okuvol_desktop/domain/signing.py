"""Verification codes: a certificate's facts, signed with its organisation's Ed25519 key.

A code reads ``OKV1.<facts>.<signature>``, both parts base64url without padding. The facts are
UTF-8 fields joined by the ASCII unit separator, so that no name can shift one field into the
next. Anyone with the organisation's public key can check a code offline.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from datetime import date

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from okuvol_desktop.domain.errors import ValidationError

CODE_PREFIX = "OKV1"
_SEPARATOR = "\x1f"
_FIELDS = 8


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
class KeyPair:
    """An organisation's signing key and its public half, as raw bytes."""

    private: bytes
    public: bytes


def new_key_pair() -> KeyPair:
    """A fresh Ed25519 key pair."""
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    public = key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return KeyPair(private, public)


def fingerprint(public_key: bytes) -> str:
    """A short, printable name of a public key: 16 hex digits of its SHA-256, in groups."""
    digest = hashlib.sha256(public_key).hexdigest()[:16].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise MalformedCode("it contains characters that do not belong in a code") from exc


def sign(facts: CertifiedFacts, private_key: bytes) -> str:
    """The verification code of ``facts``, signed with ``private_key``."""
    payload = facts.payload()
    signature = Ed25519PrivateKey.from_private_bytes(private_key).sign(payload)
    return f"{CODE_PREFIX}.{_b64(payload)}.{_b64(signature)}"


def read_code(code: str) -> tuple[CertifiedFacts, bytes, bytes]:
    """The facts, signed bytes and signature in a code; MalformedCode when it is not one."""
    parts = "".join(code.split()).split(".")  # printed codes may be wrapped over lines
    if len(parts) != 3 or parts[0] != CODE_PREFIX:
        raise MalformedCode("it should start with OKV1. and have three parts")
    payload, signature = _unb64(parts[1]), _unb64(parts[2])
    if len(signature) != 64:
        raise MalformedCode("its signature is cut short")
    return CertifiedFacts.from_payload(payload), payload, signature


def signature_is_valid(payload: bytes, signature: bytes, public_key: bytes) -> bool:
    """Whether ``signature`` over ``payload`` was made with the key whose public half is given."""
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, payload)
    except (InvalidSignature, ValueError):
        return False
    return True


def public_key_pem(public_key: bytes) -> str:
    """The public key as PEM, the usual file to publish."""
    key = Ed25519PublicKey.from_public_bytes(public_key)
    pem = key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return pem.decode("ascii")


def public_key_from_pem(pem: bytes) -> bytes:
    """Raw public key bytes from a PEM file, or ValidationError when it is not an Ed25519 key."""
    try:
        key = serialization.load_pem_public_key(pem)
    except ValueError as exc:
        raise ValidationError("key", "The key file is not a PEM public key.") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise ValidationError("key", "The key file holds a key of another kind, not Ed25519.")
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
