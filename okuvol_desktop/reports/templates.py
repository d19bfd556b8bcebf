"""Page templates: margins, paper size, document metadata, and a footer on every page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from okuvol_desktop.reports.direction import isolate
from okuvol_desktop.reports.flowables import draw_lines
from okuvol_desktop.reports.fonts import SANS, register_fonts
from okuvol_desktop.reports.styles import stylesheet
from okuvol_desktop.reports.textlayout import Layout, Line, one_line_width, shorten
from okuvol_desktop.reports.texts import long_date, text

PAGE_SIZES = {"a4": A4, "letter": LETTER}
MARGIN = 18 * mm


@dataclass(frozen=True, slots=True)
class Footer:
    """A page's footer: whom the document is about (user text, shortened with "…" when the
    line would not fit) and the rest, which is always shown whole."""

    lead: str
    tail: str


def footer_line(footer: Footer, width: float) -> Line:
    """The footer laid out on one line no wider than ``width``, shortening its lead."""
    size = stylesheet()["footer"].fontSize
    room = width - one_line_width(footer.tail, size)
    while True:
        lead = shorten(footer.lead, max(room, 0), size)
        # Left to right whatever the lead's script, which is isolated: the footer is a
        # sentence of the document's language. The whole can be a hair wider than its parts.
        lines = Layout(isolate(lead) + footer.tail, size, base=0).lines(float("inf"))
        if not lines or lines[0].width <= width or room <= 0:
            return lines[0] if lines else Line((), 0.0, 0, 0)
        room -= size / 2


class DocumentTemplate(BaseDocTemplate):
    """A document with one page template whose footer names the document and numbers pages.

    ``invariant`` makes the same data give the same bytes (no creation time, fixed ids), which
    is what lets an issued certificate be reprinted identically. The metadata name the author
    (the organisation that issues the document) and the document's language, which screen
    readers and text extraction use.
    """

    def __init__(
        self,
        out: Path | BinaryIO,
        *,
        paper: str,
        footer: Callable[[int], Footer],
        title: str,
        subject: str,
        author: str,
        language: str,
        keywords: str = "",
    ) -> None:
        super().__init__(
            str(out) if isinstance(out, Path) else out,
            pagesize=PAGE_SIZES[paper],
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + 6 * mm,
            title=title,
            subject=subject,
            keywords=keywords,
            author=author,
            creator="okuvol",
            lang=language,
            # Not Helvetica, which ReportLab would otherwise list on every page unembedded.
            initialFontName=SANS,
            invariant=1,
        )
        register_fonts()
        self._footer = footer
        # No side padding: flowables get the whole width between the margins, which is the
        # width the stories lay their tables out in, and the footer's left edge.
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            leftPadding=0,
            rightPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate("page", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        style = stylesheet()["footer"]
        line = footer_line(self._footer(doc.page), self.width)
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        draw_lines(
            canvas,
            [line],
            x=self.leftMargin,
            top=MARGIN + style.leading,
            width=self.width,
            size=style.fontSize,
            leading=style.leading,
            alignment=TA_LEFT,
        )
        canvas.restoreState()


def summary_document(
    out: Path | BinaryIO,
    *,
    subject_name: str,
    span: str,
    language: str,
    generated: date,
    title: str,
    subject: str,
    author: str,
) -> DocumentTemplate:
    """An A4 document whose footer names whom it is about, the time it covers (``span``, in
    the document's words) and when it was made."""
    made = text(language, "generated", date=long_date(generated, language))
    return DocumentTemplate(
        out,
        paper="a4",
        title=title,
        subject=subject,
        author=author,
        language=language,
        footer=lambda page: Footer(
            subject_name, f" · {span} · {made} · {text(language, 'page', page=page)}"
        ),
    )
