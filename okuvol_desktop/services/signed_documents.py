"""Documents written whole and signed: every certificate and summary carries a PDF signature.

The report is drawn into memory, signed with the key of whoever vouches for it (an
organisation, or the ledger itself for a person's own summary), and only then written, whole
or not at all, under its name.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Collection
from pathlib import Path
from typing import BinaryIO

from okuvol_desktop.domain.keys import SigningKey
from okuvol_desktop.reports.pdf_signature import SignatureDetails
from okuvol_desktop.services.files import check_output, write_atomically, write_file


def signed_pdf(
    build: Callable[[BinaryIO], None], key: SigningKey, details: SignatureDetails
) -> bytes:
    """The document ``build`` draws, signed with ``key``."""
    from okuvol_desktop.reports.pdf_signature import sign_pdf

    unsigned = io.BytesIO()
    build(unsigned)
    return sign_pdf(unsigned.getvalue(), key, details)


def write_signed(
    out: Path,
    build: Callable[[BinaryIO], None],
    key: SigningKey,
    details: SignatureDetails,
    protected: Collection[Path] = (),
) -> None:
    """Draw, sign and write a document to ``out``, whole or not at all."""
    check_output(out, protected)  # before the work of drawing and signing
    pdf = signed_pdf(build, key, details)
    write_file(out, lambda path: path.write_bytes(pdf), protected)


def place_signed(out: Path, pdf: bytes, protected: Collection[Path] = ()) -> Path:
    """Write signed bytes to a temporary file beside ``out``; the caller puts it in place
    (services.files.place) once its record is committed."""
    return write_atomically(out, lambda path: path.write_bytes(pdf), protected)
