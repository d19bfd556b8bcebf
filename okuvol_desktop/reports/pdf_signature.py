"""Standard PDF signatures (PAdES) on documents, and reading them back.

Signing and checking go through pyHanko, a maintained library made for PDF signatures, so the
result is what any PDF reader and poppler's ``pdfsig`` check: a CAdES detached signature over
the whole file, made as a *certification* signature that permits no change at all (readers
then call any later change a breach, not an acceptable form fill). pyHanko is imported only
when a document is signed or checked: it takes half a second to load.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from okuvol_desktop.domain.errors import ValidationError
from okuvol_desktop.domain.keys import SigningKey

FIELD_NAME = "okuvol"


@dataclass(frozen=True, slots=True)
class SignatureDetails:
    """What a signature says about the signer, shown to readers of the document."""

    signer_name: str
    reason: str
    location: str | None = None
    contact: str | None = None


def sign_pdf(pdf: bytes, key: SigningKey, details: SignatureDetails) -> bytes:
    """``pdf`` with a certification signature made with ``key`` (no later change allowed)."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import MDPPerm, SigSeedSubFilter
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    certificate = asn1_x509.Certificate.load(key.certificate)
    others = [asn1_x509.Certificate.load(c) for c in key.chain]
    signer = signers.SimpleSigner(
        signing_cert=certificate,
        signing_key=asn1_keys.PrivateKeyInfo.load(key.private_key),
        cert_registry=SimpleCertificateStore.from_certs([certificate, *others]),
    )
    metadata = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        reason=details.reason,
        location=details.location,
        contact_info=details.contact,
        name=details.signer_name,
        certify=True,
        docmdp_permissions=MDPPerm.NO_CHANGES,
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    signed = signers.sign_pdf(writer, metadata, signer=signer)
    return bytes(signed.getbuffer())


class Integrity(StrEnum):
    """How a signed file stands."""

    WHOLE = "whole"  # the signature covers every byte, and the bytes are as signed
    UNSIGNED = "unsigned"  # no PDF signature at all
    SIGNED_TWICE = "signed_twice"  # more than one signature: not a file okuvol wrote
    ALTERED = "altered"  # the signed bytes were changed (a rewrite, an edit)
    APPENDED = "appended"  # something was added after the signature (an incremental update)
    BROKEN = "broken"  # the signature itself does not check out


@dataclass(frozen=True, slots=True)
class SignedPdf:
    """A PDF's signature as found, and what the signed file carries."""

    integrity: Integrity
    signer_certificate: bytes | None  # DER of the certificate that signed, if any
    signed_at: datetime | None
    keywords: str  # the document's keywords (okuvol keeps the verification code there)
    title: str | None = None


def read_signed_pdf(data: bytes, name: str) -> SignedPdf:
    """Check the signature of a PDF and read its keywords.

    Raises:
        ValidationError: ``data`` is not a PDF file (``name`` is how the user named it).
    """
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.errors import SignatureValidationError

    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)  # it logs every refusal it finds
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        keywords, title = _info(reader)
        signatures = reader.embedded_signatures
    except (PdfError, ValueError, KeyError, TypeError, IndexError, OSError) as exc:
        raise ValidationError(
            "file", "{name} cannot be read as a PDF: {reason}.", name=name, reason=exc
        ) from exc
    if not signatures:
        return SignedPdf(Integrity.UNSIGNED, None, None, keywords, title)
    if len(signatures) > 1:
        return SignedPdf(Integrity.SIGNED_TWICE, None, None, keywords, title)
    signature = signatures[0]
    try:
        certificate = signature.signer_cert.dump()
        return SignedPdf(
            _integrity(signature), certificate, signature.self_reported_timestamp, keywords, title
        )
    except (SignatureValidationError, PdfError, ValueError, KeyError, TypeError) as exc:
        logging.getLogger(__name__).info("signature of %s not readable: %s", name, exc)
        return SignedPdf(Integrity.BROKEN, None, None, keywords, title)


def _integrity(signature: object) -> Integrity:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    assert isinstance(signature, EmbeddedPdfSignature)
    # The signer's own certificate as the trust root: whether that certificate belongs to the
    # organisation is decided by the caller, against the keys it knows; here only the bytes.
    context = ValidationContext(trust_roots=[signature.signer_cert], allow_fetching=False)
    try:
        status = validate_pdf_signature(signature, context, skip_diff=True)
    except SignatureValidationError:
        return Integrity.BROKEN
    if not status.intact:
        return Integrity.ALTERED
    if not status.valid:
        return Integrity.BROKEN
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        return Integrity.APPENDED
    return Integrity.WHOLE


def _info(reader: object) -> tuple[str, str | None]:
    """The document's keywords and title."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    assert isinstance(reader, PdfFileReader)
    info = reader.trailer_view.get("/Info")
    if info is None:
        return "", None
    fields = info.get_object()
    keywords, title = fields.get("/Keywords"), fields.get("/Title")
    return ("" if keywords is None else str(keywords)), (None if title is None else str(title))
