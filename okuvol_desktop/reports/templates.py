"""Page templates: margins, paper size, and a footer with the page number on every page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from okuvol_desktop.reports.fonts import SANS, visual
from okuvol_desktop.reports.styles import MUTED
from okuvol_desktop.reports.texts import long_date, text

PAGE_SIZES = {"a4": A4, "letter": LETTER}
MARGIN = 18 * mm


class DocumentTemplate(BaseDocTemplate):
    """A document with one page template whose footer names the document and numbers pages.

    ``invariant`` makes the same data give the same bytes (no creation time, fixed ids), which
    is what lets an issued certificate be reprinted identically.
    """

    def __init__(
        self,
        out: Path | BinaryIO,
        *,
        paper: str,
        footer: Callable[[int], str],
        title: str,
        subject: str,
        keywords: str = "",
    ) -> None:
        super().__init__(
            str(out) if isinstance(out, Path) else out,
            pagesize=PAGE_SIZES[paper],
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + 6 * mm,
            title=visual(title),
            subject=subject,
            keywords=keywords,
            author="okuvol",
            creator="okuvol",
            invariant=1,
        )
        self._footer = footer
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate("page", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(self.leftMargin, MARGIN, visual(self._footer(doc.page)))
        canvas.restoreState()


def yearly_summary_document(
    out: Path | BinaryIO,
    *,
    subject_name: str,
    year: int,
    language: str,
    generated: date,
    title: str,
    subject: str,
) -> DocumentTemplate:
    """An A4 yearly summary whose footer names whom it is about, the year and when it was made."""
    made = text(language, "generated", date=long_date(generated, language))
    return DocumentTemplate(
        out,
        paper="a4",
        title=title,
        subject=subject,
        footer=lambda page: (
            f"{subject_name} · {year} · {made} · {text(language, 'page', page=page)}"
        ),
    )
