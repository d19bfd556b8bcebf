"""Signing keys: X.509 certificates, PKCS#12 import, published key files and revocation lists."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from okuvol_desktop.domain import keys
from okuvol_desktop.domain.errors import ValidationError

NOW = datetime(2026, 11, 28, 5, tzinfo=UTC)


def test_a_new_key_has_a_self_signed_certificate_naming_the_organisation() -> None:
    key = keys.new_signing_key("Yayasan Pendidikan Anak Bangsa", NOW)
    certificate = x509.load_der_x509_certificate(key.certificate)
    assert keys.holder_of(key.certificate) == "Yayasan Pendidikan Anak Bangsa"
    assert certificate.issuer == certificate.subject
    assert key.algorithm == keys.ECDSA_P256
    usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment
    assert certificate.not_valid_before_utc <= NOW < certificate.not_valid_after_utc


def test_a_long_name_is_cut_to_what_x509_allows() -> None:
    key = keys.new_signing_key("Y" * 300, NOW)
    assert keys.holder_of(key.certificate) == "Y" * 64


def _pkcs12(key: object, name: str, password: bytes | None, *, other: object = None) -> bytes:
    subject = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, name)])
    public = (other or key).public_key()  # type: ignore[attr-defined]
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public)
        .serial_number(7)
        .not_valid_before(NOW - timedelta(days=1))
        .not_valid_after(NOW + timedelta(days=365))
        .sign(key, hashes.SHA256())  # type: ignore[arg-type]
    )
    encryption = (
        serialization.BestAvailableEncryption(password)
        if password
        else serialization.NoEncryption()
    )
    return pkcs12.serialize_key_and_certificates(
        b"k",
        key,
        certificate,
        None,
        encryption,  # type: ignore[arg-type]
    )


def test_pkcs12_rsa_and_ecdsa_keys_are_taken_with_their_password() -> None:
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    taken = keys.signing_key_from_pkcs12(_pkcs12(rsa_key, "RS Harapan", b"s3cret"), b"s3cret")
    assert taken.algorithm == keys.RSA and keys.holder_of(taken.certificate) == "RS Harapan"
    payload = b"facts"
    assert keys.signature_is_valid(taken.public_key, payload, keys.sign(taken.private_key, payload))
    ec_key = ec.generate_private_key(ec.SECP384R1())
    assert keys.signing_key_from_pkcs12(_pkcs12(ec_key, "X", None), None).algorithm == keys.ECDSA


def test_pkcs12_mistakes_are_refused_plainly() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    with pytest.raises(ValidationError, match="password is wrong"):
        keys.signing_key_from_pkcs12(_pkcs12(key, "X", b"right"), b"wrong")
    with pytest.raises(ValidationError, match="not a PKCS#12"):
        keys.signing_key_from_pkcs12(b"hello", None)
    small = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    with pytest.raises(ValidationError, match="1024 bits"):
        keys.signing_key_from_pkcs12(_pkcs12(small, "X", None), None)


def test_published_keys_round_trip_and_the_crl_names_revoked_numbers() -> None:
    old = keys.new_signing_key("RS Harapan", NOW - timedelta(days=400))
    current = keys.new_signing_key("RS Harapan", NOW)
    revoked = [keys.Revocation("RSH-2026-0002", NOW, "Hours logged twice — dihitung dua kali")]
    crl = keys.revocation_list(current, revoked, NOW)
    published = keys.PublishedKeys((current.certificate, old.certificate), (), crl)
    back = keys.PublishedKeys.from_pem(published.to_pem("RS Harapan").encode())
    assert back == published
    assert keys.crl_is_signed_by(crl, current.certificate)
    assert not keys.crl_is_signed_by(crl, old.certificate)
    found = keys.revoked_in(crl, "RSH-2026-0002")
    assert found is not None and found.reason.startswith("Hours logged twice")
    assert keys.revoked_in(crl, "RSH-2026-0001") is None
    # The file is plain PEM: other tools (openssl crl, openssl x509) read its blocks.
    text = published.to_pem("RS Harapan")
    block = text[text.index("-----BEGIN X509 CRL-----") :].encode()
    public = x509.load_der_x509_certificate(current.certificate).public_key()
    assert isinstance(public, ec.EllipticCurvePublicKey)
    assert x509.load_pem_x509_crl(block).is_signature_valid(public)


def test_a_file_without_keys_is_refused() -> None:
    with pytest.raises(ValidationError, match="no certificate or public key"):
        keys.PublishedKeys.from_pem(b"hello")
    with pytest.raises(ValidationError, match="damaged"):
        keys.PublishedKeys.from_pem(b"-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----")
