"""Verification codes: round trip, and no random or damaged text ever passes."""

from __future__ import annotations

import base64
from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from okuvol_desktop.domain import keys, signing

KEY = keys.new_signing_key("Yayasan & <Pelita>", datetime(2026, 11, 28, tzinfo=UTC))
FACTS = signing.CertifiedFacts(
    "YPA-2026-0001",
    "فاطمة الزهراء",
    "Yayasan & <Pelita>",
    date(2026, 1, 1),
    date(2026, 11, 28),
    765,
    date(2026, 11, 28),
    KEY.fingerprint,
)


def test_round_trip() -> None:
    code = signing.sign(FACTS, KEY.private_key)
    assert code.startswith("OKV2.")
    read = signing.read_code(code)
    assert read.facts == FACTS
    assert keys.signature_is_valid(KEY.public_key, read.payload, read.signature)
    other = keys.new_signing_key("Someone else", datetime(2026, 11, 28, tzinfo=UTC))
    assert not keys.signature_is_valid(other.public_key, read.payload, read.signature)


def test_the_same_facts_give_the_same_code() -> None:
    # Deterministic ECDSA (RFC 6979): a reprint carries the very code first printed.
    assert signing.sign(FACTS, KEY.private_key) == signing.sign(FACTS, KEY.private_key)


def test_a_code_wrapped_over_lines_or_inside_words_still_reads() -> None:
    code = signing.sign(FACTS, KEY.private_key)
    wrapped = "\n".join(code[i : i + 60] for i in range(0, len(code), 60))
    assert signing.read_code(wrapped).facts == FACTS
    qr = f"Volunteer certificate YPA-2026-0001\nCheck it with: okuvol verify {code}"
    assert signing.read_code(qr).facts == FACTS


def test_fingerprint_is_short_and_stable() -> None:
    assert keys.fingerprint(b"\0" * 32) == keys.fingerprint(b"\0" * 32)
    assert len(KEY.fingerprint) == 19  # 4 groups of 4 hex digits


def test_a_legacy_ed25519_code_still_verifies_with_its_raw_key() -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    legacy = Ed25519PrivateKey.generate()
    raw = legacy.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    payload = FACTS.payload()

    def encode(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    code = f"OKV1.{encode(payload)}.{encode(legacy.sign(payload))}"
    read = signing.read_code(code)
    assert keys.signature_is_valid(raw, read.payload, read.signature)
    assert keys.algorithm_of(raw) == keys.LEGACY_ED25519


@settings(max_examples=300)
@given(st.text())
def test_random_text_is_refused_plainly(text: str) -> None:
    try:
        read = signing.read_code(text)
    except signing.MalformedCode:
        return
    assert not keys.signature_is_valid(KEY.public_key, read.payload, read.signature)


@settings(max_examples=300)
@given(st.binary(min_size=1, max_size=300), st.binary(min_size=64, max_size=64))
def test_random_codes_of_the_right_shape_never_verify(payload: bytes, signature: bytes) -> None:
    def encode(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    try:
        read = signing.read_code(f"OKV2.{encode(payload)}.{encode(signature)}")
    except signing.MalformedCode:
        return
    assert not keys.signature_is_valid(KEY.public_key, read.payload, read.signature)
