"""Reading back what an okuvol PDF carries: its verification code and its visible text."""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from okuvol_desktop.domain.errors import ValidationError
from okuvol_desktop.reports.certificate import KEYWORD_PREFIX
from okuvol_desktop.reports.fonts import visual


@dataclass(frozen=True, slots=True)
class CertificateFile:
    """The code in a certificate PDF's keywords and the text of its first page."""

    code: str
    text: str

    def shows(self, value: str) -> bool:
        """Whether the page shows ``value`` (compared after Unicode normalisation, in reading
        or in drawn order, since right-to-left names are drawn reversed)."""
        page = _normal(self.text)
        return any(_normal(form) in page for form in (value, visual(value)))


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def read_certificate_pdf(path: Path) -> CertificateFile:
    """The code and first-page text of a certificate, or ValidationError naming the file."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # it warns on harmless font quirks
    try:
        reader = PdfReader(path)
        keywords = str((reader.metadata or {}).get("/Keywords") or "")
        text = reader.pages[0].extract_text() if reader.pages else ""
    except (PdfReadError, OSError, ValueError, KeyError) as exc:
        raise ValidationError(
            "file", "{path} cannot be read as a PDF: {exc}.", path=path, exc=exc
        ) from exc
    if not keywords.startswith(KEYWORD_PREFIX):
        raise ValidationError(
            "file",
            "{path} is not an okuvol certificate: it carries no verification code.",
            path=path,
        )
    return CertificateFile(keywords.removeprefix(KEYWORD_PREFIX), text)
