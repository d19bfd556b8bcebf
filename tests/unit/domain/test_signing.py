"""Verification codes: round trip, and no random or damaged text ever passes."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okuvol_desktop.domain import signing
from okuvol_desktop.domain.errors import ValidationError

KEYS = signing.new_key_pair()
FACTS = signing.CertifiedFacts(
    "YPA-2026-0001",
    "فاطمة الزهراء",
    "Yayasan & <Pelita>",
    date(2026, 1, 1),
    date(2026, 12, 31),
    765,
    date(2026, 11, 28),
    signing.fingerprint(KEYS.public),
)


def test_round_trip() -> None:
    code = signing.sign(FACTS, KEYS.private)
    facts, payload, signature = signing.read_code(code)
    assert facts == FACTS
    assert signing.signature_is_valid(payload, signature, KEYS.public)
    assert not signing.signature_is_valid(payload, signature, signing.new_key_pair().public)


def test_a_code_wrapped_over_lines_still_reads() -> None:
    code = signing.sign(FACTS, KEYS.private)
    wrapped = "\n".join(code[i : i + 60] for i in range(0, len(code), 60))
    assert signing.read_code(wrapped)[0] == FACTS


def test_fingerprint_is_short_and_stable() -> None:
    assert signing.fingerprint(b"\0" * 32) == signing.fingerprint(b"\0" * 32)
    assert len(signing.fingerprint(KEYS.public)) == 19  # 4 groups of 4 hex digits


def test_pem_round_trip_and_wrong_files() -> None:
    pem = signing.public_key_pem(KEYS.public).encode()
    assert signing.public_key_from_pem(pem) == KEYS.public
    with pytest.raises(ValidationError, match="not a PEM public key"):
        signing.public_key_from_pem(b"hello")


@settings(max_examples=300)
@given(st.text())
def test_random_text_is_refused_plainly(text: str) -> None:
    try:
        facts, payload, signature = signing.read_code(text)
    except signing.MalformedCode:
        return
    assert not signing.signature_is_valid(payload, signature, KEYS.public)
    assert facts is not None


@settings(max_examples=300)
@given(st.binary(min_size=1, max_size=300), st.binary(min_size=64, max_size=64))
def test_random_codes_of_the_right_shape_never_verify(payload: bytes, signature: bytes) -> None:
    import base64

    def encode(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    try:
        _, read_payload, read_signature = signing.read_code(
            f"OKV1.{encode(payload)}.{encode(signature)}"
        )
    except signing.MalformedCode:
        return
    assert not signing.signature_is_valid(read_payload, read_signature, KEYS.public)
