"""Signing keys of organisations: X.509 certificates, fingerprints, and revocation lists.

Every organisation signs its documents with a key of its own. The key is an ECDSA P-256 key
with a self-signed X.509 certificate naming the organisation (PDF readers and poppler's
``pdfsig`` check ECDSA and RSA signatures; few can check Ed25519 inside a PDF), or a key and
certificate the organisation imports from a PKCS#12 file issued to it by someone else.

What an organisation publishes is a PEM file: its certificates (the current key's and every
earlier one's, so that documents signed before a rotation still verify) and an X.509
certificate revocation list (CRL) signed with the current key, which names the certificate
numbers it withdrew. Both are standard structures: ``openssl x509`` and ``openssl crl`` read
them.

Keys made before certificates were PDF-signed were bare Ed25519 keys; their public halves are
still known (as "legacy" keys, fingerprinted over the raw key as they were then), so that the
codes they signed still verify.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from asn1crypto.core import UTF8String
from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from okuvol_desktop.domain.errors import ValidationError

ECDSA_P256 = "ecdsa-p256"
RSA = "rsa"
ECDSA = "ecdsa"  # another curve, from an imported PKCS#12 file
LEGACY_ED25519 = "ed25519"
# The name in the certificate of a ledger's own key, which signs people's yearly summaries.
LEDGER_HOLDER = "okuvol ledger"

# Private object identifiers under 2.25 (ITU-T X.667: an OID made of a UUID needs no
# registration), for two CRL entry extensions: the certificate number and the reason in words.
_NUMBER_OID = x509.ObjectIdentifier("2.25.288350719497018862474338209391693905419")
_REASON_OID = x509.ObjectIdentifier("2.25.111870436245563785063702617788302839727")
_CERTIFICATE_YEARS = 100  # the key is retired by rotation, not by expiry
_MIN_RSA_BITS = 2048


@dataclass(frozen=True, slots=True)
class SigningKey:
    """A key that signs: its private half (PKCS#8 DER), its certificate (DER) and the
    certificates of whoever vouches for it (DER, leaf's issuer first; empty when self-signed)."""

    private_key: bytes
    certificate: bytes
    chain: tuple[bytes, ...] = ()

    @property
    def public_key(self) -> bytes:
        """The public half, as SubjectPublicKeyInfo DER."""
        return public_key_of(self.certificate)

    @property
    def fingerprint(self) -> str:
        """The short name of the key printed on documents."""
        return fingerprint(self.public_key)

    @property
    def algorithm(self) -> str:
        """ecdsa-p256, ecdsa (another curve) or rsa."""
        return algorithm_of(self.public_key)


@dataclass(frozen=True, slots=True)
class KeyRecord:
    """A signing key the ledger knows: public half, certificate, and when it served."""

    id: int
    organisation_id: int | None  # None: the ledger's own key
    fingerprint: str
    algorithm: str
    public_key: bytes  # SubjectPublicKeyInfo DER, or 32 raw bytes of a legacy Ed25519 key
    certificate: bytes | None  # DER; None for a legacy key
    chain: tuple[bytes, ...]
    created_at: datetime
    retired_at: datetime | None

    @property
    def holder(self) -> str | None:
        """The name its certificate gives, if it has one."""
        return holder_of(self.certificate) if self.certificate else None


@dataclass(frozen=True, slots=True)
class Revocation:
    """A certificate number an organisation withdrew, when and why."""

    number: str
    revoked_at: datetime
    reason: str


def fingerprint(public_key: bytes) -> str:
    """A short, printable name of a public key: 16 hex digits of its SHA-256, in groups.

    ``public_key`` is SubjectPublicKeyInfo DER, or the 32 raw bytes of a legacy Ed25519 key.
    """
    digest = hashlib.sha256(public_key).hexdigest()[:16].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def public_key_of(certificate: bytes) -> bytes:
    """The SubjectPublicKeyInfo DER of a DER certificate."""
    return (
        x509.load_der_x509_certificate(certificate)
        .public_key()
        .public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    )


def is_sound(record: KeyRecord) -> bool:
    """Whether a key on record is what it says: a public key okuvol reads, whose fingerprint is
    the one recorded, and whose certificate (if any) holds that very key."""
    try:
        algorithm_of(record.public_key)
        if fingerprint(record.public_key) != record.fingerprint:
            return False
        return record.certificate is None or public_key_of(record.certificate) == record.public_key
    except ValueError:  # cryptography raises ValueError for every malformed key or certificate
        return False


def algorithm_of(public_key: bytes) -> str:
    """The algorithm of a SubjectPublicKeyInfo DER key, or of 32 raw legacy Ed25519 bytes."""
    if len(public_key) == 32:
        return LEGACY_ED25519
    key = serialization.load_der_public_key(public_key)
    if isinstance(key, ec.EllipticCurvePublicKey):
        return ECDSA_P256 if isinstance(key.curve, ec.SECP256R1) else ECDSA
    if isinstance(key, rsa.RSAPublicKey):
        return RSA
    if isinstance(key, Ed25519PublicKey):
        return LEGACY_ED25519
    raise ValueError("unsupported key")


def holder_of(certificate: bytes) -> str:
    """The organisation a certificate names (its O, else its CN)."""
    subject = x509.load_der_x509_certificate(certificate).subject
    for oid in (NameOID.ORGANIZATION_NAME, NameOID.COMMON_NAME):
        found = subject.get_attributes_for_oid(oid)
        if found:
            return str(found[0].value)
    return subject.rfc4514_string()


def _x509_name(holder: str) -> x509.Name:
    # X.509 names take at most 64 characters in O and CN (RFC 5280's upper bounds).
    short = holder[:64]
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, short),
            x509.NameAttribute(NameOID.COMMON_NAME, short),
        ]
    )


def _signing_key(
    key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey,
    certificate: x509.Certificate,
    chain: Iterable[x509.Certificate] = (),
) -> SigningKey:
    """``key`` (PKCS#8), its certificate and the certificates that vouch for it, as DER."""
    return SigningKey(
        key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
        certificate.public_bytes(serialization.Encoding.DER),
        tuple(c.public_bytes(serialization.Encoding.DER) for c in chain),
    )


def new_signing_key(holder: str, now: datetime) -> SigningKey:
    """A fresh ECDSA P-256 key and a self-signed certificate naming ``holder``."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = _x509_name(holder)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        # A day's margin: readers on another clock must not find it "not yet valid".
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365 * _CERTIFICATE_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return _signing_key(key, certificate)


def signing_key_from_pkcs12(data: bytes, password: bytes | None) -> SigningKey:
    """The key and certificate of a PKCS#12 (.p12, .pfx) file.

    Raises:
        ValidationError: not a PKCS#12 file, a wrong password, no key or certificate in it, or
            a key PDF readers cannot check (only ECDSA and RSA of 2048 bits or more are taken).
    """
    try:
        key, certificate, others = pkcs12.load_key_and_certificates(data, password)
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise ValidationError(
            "key",
            "The file is not a PKCS#12 key file, or the password is wrong.",
        ) from exc
    if key is None or certificate is None:
        raise ValidationError("key", "The PKCS#12 file holds no key with its certificate.")
    if isinstance(key, rsa.RSAPrivateKey):
        if key.key_size < _MIN_RSA_BITS:
            raise ValidationError(
                "key",
                "The RSA key has {bits} bits; take a key of at least 2048 bits.",
                bits=key.key_size,
            )
    elif not isinstance(key, ec.EllipticCurvePrivateKey):
        raise ValidationError(
            "key", "The key is neither ECDSA nor RSA; PDF readers could not check its signatures."
        )
    public = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    if public != certificate.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    ):
        raise ValidationError("key", "The certificate in the file belongs to another key.")
    return _signing_key(key, certificate, others or ())


def sign(private_key: bytes, payload: bytes) -> bytes:
    """A signature over ``payload``: deterministic ECDSA (RFC 6979) as raw r||s, or RSA PKCS#1
    v1.5, with SHA-256. The same facts then give the same code."""
    key = serialization.load_der_private_key(private_key, password=None)
    if isinstance(key, ec.EllipticCurvePrivateKey):
        der = key.sign(payload, ec.ECDSA(hashes.SHA256(), deterministic_signing=True))
        r, s = decode_dss_signature(der)
        size = (key.curve.key_size + 7) // 8
        return r.to_bytes(size, "big") + s.to_bytes(size, "big")
    if isinstance(key, rsa.RSAPrivateKey):
        return key.sign(payload, padding.PKCS1v15(), hashes.SHA256())
    raise ValueError("unsupported key")


def signature_is_valid(public_key: bytes, payload: bytes, signature: bytes) -> bool:
    """Whether ``signature`` over ``payload`` was made with the private half of ``public_key``
    (SubjectPublicKeyInfo DER, or 32 raw bytes of a legacy Ed25519 key)."""
    try:
        if len(public_key) == 32:
            Ed25519PublicKey.from_public_bytes(public_key).verify(signature, payload)
            return True
        key = serialization.load_der_public_key(public_key)
        if isinstance(key, ec.EllipticCurvePublicKey):
            size = (key.curve.key_size + 7) // 8
            if len(signature) != 2 * size:
                return False
            der = encode_dss_signature(
                int.from_bytes(signature[:size], "big"), int.from_bytes(signature[size:], "big")
            )
            key.verify(der, payload, ec.ECDSA(hashes.SHA256()))
        elif isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, payload, padding.PKCS1v15(), hashes.SHA256())
        elif isinstance(key, Ed25519PublicKey):
            key.verify(signature, payload)
        else:
            return False
    except (InvalidSignature, ValueError):
        return False
    return True


def _serial(number: str) -> int:
    """The CRL serial of a certificate number: 127 bits of its SHA-256 (positive, < 20 bytes)."""
    return int.from_bytes(hashlib.sha256(number.encode("utf-8")).digest()[:16], "big") >> 1


def _utf8_string(text: str) -> bytes:
    return bytes(UTF8String(text).dump())


def _read_utf8_string(der: bytes) -> str:
    try:
        return str(UTF8String.load(der).native)
    except ValueError:
        return ""


def revocation_list(key: SigningKey, revocations: list[Revocation], now: datetime) -> bytes:
    """An X.509 CRL (DER) signed with ``key``, naming every withdrawn certificate number."""
    certificate = x509.load_der_x509_certificate(key.certificate)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(certificate.subject)
        .last_update(now)
        .next_update(now + timedelta(days=365 * _CERTIFICATE_YEARS))
    )
    for revocation in sorted(revocations, key=lambda r: r.number):
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(_serial(revocation.number))
            .revocation_date(revocation.revoked_at)
            .add_extension(
                x509.UnrecognizedExtension(_NUMBER_OID, _utf8_string(revocation.number)),
                critical=False,
            )
            .add_extension(
                x509.UnrecognizedExtension(_REASON_OID, _utf8_string(revocation.reason)),
                critical=False,
            )
            .build()
        )
    private = serialization.load_der_private_key(key.private_key, password=None)
    if not isinstance(private, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise ValueError("unsupported key")
    return builder.sign(private, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def revoked_in(crl: bytes, number: str) -> Revocation | None:
    """The entry for ``number`` in a CRL (DER), if it lists it."""
    found = x509.load_der_x509_crl(crl).get_revoked_certificate_by_serial_number(_serial(number))
    if found is None:
        return None
    reason = ""
    for extension in found.extensions:
        if extension.oid == _REASON_OID and isinstance(extension.value, x509.UnrecognizedExtension):
            reason = _read_utf8_string(extension.value.value)
    return Revocation(number, found.revocation_date_utc, reason)


def crl_is_signed_by(crl: bytes, certificate: bytes) -> bool:
    """Whether the CRL was signed with the key of ``certificate``."""
    key = x509.load_der_x509_certificate(certificate).public_key()
    if not isinstance(key, ec.EllipticCurvePublicKey | rsa.RSAPublicKey):
        return False
    return x509.load_der_x509_crl(crl).is_signature_valid(key)


@dataclass(frozen=True, slots=True)
class PublishedKeys:
    """What an organisation publishes: its certificates, legacy public keys and its CRL."""

    certificates: tuple[bytes, ...]
    legacy_keys: tuple[bytes, ...] = ()
    crl: bytes | None = None

    def to_pem(self, holder: str) -> str:
        """The PEM file: a comment naming the holder, then every block."""
        blocks = [f"# Public signing keys of {holder.splitlines()[0] if holder else ''}\n"]
        blocks += [
            x509.load_der_x509_certificate(c).public_bytes(serialization.Encoding.PEM).decode()
            for c in self.certificates
        ]
        blocks += [
            Ed25519PublicKey.from_public_bytes(k)
            .public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
            .decode()
            for k in self.legacy_keys
        ]
        if self.crl is not None:
            blocks.append(
                x509.load_der_x509_crl(self.crl).public_bytes(serialization.Encoding.PEM).decode()
            )
        return "".join(blocks)

    @classmethod
    def from_pem(cls, data: bytes) -> PublishedKeys:
        """The blocks of a published key file (or of a single PEM public key, as earlier
        versions wrote).

        Raises:
            ValidationError: the file holds no certificate or public key.
        """
        certificates: list[bytes] = []
        legacy: list[bytes] = []
        crl: bytes | None = None
        for block in _pem_blocks(data):
            label, der = block
            try:
                if label == "CERTIFICATE":
                    certificates.append(
                        x509.load_der_x509_certificate(der).public_bytes(serialization.Encoding.DER)
                    )
                elif label == "X509 CRL":
                    crl = x509.load_der_x509_crl(der).public_bytes(serialization.Encoding.DER)
                elif label == "PUBLIC KEY":
                    key = serialization.load_der_public_key(der)
                    if isinstance(key, Ed25519PublicKey):
                        legacy.append(
                            key.public_bytes(
                                serialization.Encoding.Raw, serialization.PublicFormat.Raw
                            )
                        )
            except ValueError as exc:
                raise ValidationError(
                    "key", "The key file holds a damaged {label} block.", label=label
                ) from exc
        if not certificates and not legacy:
            raise ValidationError(
                "key",
                "The key file holds no certificate or public key; it should be the file "
                "'okuvol org export-key' wrote.",
            )
        return cls(tuple(certificates), tuple(legacy), crl)


def _pem_blocks(data: bytes) -> list[tuple[str, bytes]]:
    blocks: list[tuple[str, bytes]] = []
    pattern = rb"-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \1-----"
    for match in re.finditer(pattern, data, re.DOTALL):
        try:
            der = base64.b64decode(b"".join(match.group(2).split()), validate=True)
        except binascii.Error as exc:
            raise ValidationError("key", "The key file holds a damaged PEM block.") from exc
        blocks.append((match.group(1).decode("ascii"), der))
    return blocks
