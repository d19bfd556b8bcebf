"""What a certificate's QR code holds: words a phone shows, saying what the code is.

A phone that scans a bare code shows a long string no one can read. With an organisation's own
verification address, the QR code holds that address with the code (a phone opens it); without
one, it holds a few words naming the certificate and how to check it, then the code, which
``okuvol verify`` finds inside that text.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

from okuvol_desktop.reports.texts import hours_text

_WORDS = {
    "en": (
        "Volunteer certificate {number}\n{person}: {hours} approved volunteer hours at "
        "{organisation}, {start} to {end}.\nCheck it with: okuvol verify {code}"
    ),
    "id": (
        "Sertifikat relawan {number}\n{person}: {hours} jam relawan yang disetujui di "
        "{organisation}, {start} sampai {end}.\nPeriksa dengan: okuvol verify {code}"
    ),
}


def verification_address(verify_url: str, code: str) -> str:
    """The organisation's address with the code: in place of ``{code}``, else as a query."""
    quoted = quote(code, safe="")
    if "{code}" in verify_url:
        return verify_url.replace("{code}", quoted)
    return f"{verify_url}{'&' if '?' in verify_url else '?'}code={quoted}"


def qr_text(
    *,
    language: str,
    number: str,
    person: str,
    organisation: str,
    minutes: int,
    start: date,
    end: date,
    code: str,
    verify_url: str | None,
) -> str:
    """The text of a certificate's QR code."""
    if verify_url:
        return verification_address(verify_url, code)
    return _WORDS[language].format(
        number=number,
        person=person,
        hours=hours_text(minutes, language),
        organisation=organisation,
        start=start.isoformat(),
        end=end.isoformat(),
        code=code,
    )
