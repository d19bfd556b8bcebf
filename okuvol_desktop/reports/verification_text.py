"""What a certificate's QR code holds: words a phone shows, saying what the code is.

A phone that scans a bare code shows a long string no one can read. With an organisation's own
verification address, the QR code holds that address with the code (a phone opens it); without
one, it holds a few words naming the certificate and how to check it, then the code, which
``okuvol verify`` finds inside that text.
"""

from __future__ import annotations

from urllib.parse import quote

# Few words: every character makes the code's squares smaller on paper. The facts are in the
# code itself, and `okuvol verify` prints them.
_WORDS = {
    "en": "Volunteer certificate {number}.\nCheck it: okuvol verify {code}",
    "id": "Sertifikat relawan {number}.\nPeriksa: okuvol verify {code}",
}


def verification_address(verify_url: str, code: str) -> str:
    """The organisation's address with the code: in place of ``{code}``, else as a query."""
    quoted = quote(code, safe="")
    if "{code}" in verify_url:
        return verify_url.replace("{code}", quoted)
    return f"{verify_url}{'&' if '?' in verify_url else '?'}code={quoted}"


def qr_text(*, language: str, number: str, code: str, verify_url: str | None) -> str:
    """The text of a certificate's QR code."""
    if verify_url:
        return verification_address(verify_url, code)
    return _WORDS[language].format(number=number, code=code)
