"""One style sheet for every document, derived from a single base style."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1

from okuvol_desktop.reports.fonts import MONO, SANS, SANS_BOLD, register_fonts

INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#0b6e4f")  # volunteer green
PAID = colors.HexColor("#2e5eaa")  # professional blue
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#c9d2dc")


class Styles(StyleSheet1):
    """The style sheet, whose every style is a paragraph style (ReportLab's own sheet may hold
    other kinds, so it promises less)."""

    def __getitem__(self, key: str) -> ParagraphStyle:
        style = super().__getitem__(key)
        if not isinstance(style, ParagraphStyle):
            raise TypeError(f"{key} is not a paragraph style")
        return style


@cache
def stylesheet() -> Styles:
    """Named paragraph styles; each derives from ``body`` with ``parent=``."""
    register_fonts()
    sheet = Styles()
    body = ParagraphStyle(
        "body", fontName=SANS, fontSize=10, leading=14, textColor=INK, alignment=TA_LEFT
    )
    sheet.add(body)
    sheet.add(ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=MUTED))
    sheet.add(
        ParagraphStyle(
            "heading",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=13,
            leading=17,
            spaceBefore=10,
            spaceAfter=4,
            textColor=ACCENT,
        )
    )
    sheet.add(
        ParagraphStyle(
            "title", parent=body, fontName=SANS_BOLD, fontSize=20, leading=25, spaceAfter=6
        )
    )
    sheet.add(
        ParagraphStyle(
            "organisation",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=15,
            leading=20,
            alignment=TA_CENTER,
            textColor=MUTED,
        )
    )
    sheet.add(
        ParagraphStyle(
            "certificate_title",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=26,
            leading=32,
            alignment=TA_CENTER,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=14,
        )
    )
    sheet.add(ParagraphStyle("centered", parent=body, fontSize=12, leading=17, alignment=TA_CENTER))
    sheet.add(
        ParagraphStyle(
            "recipient",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=24,
            leading=32,
            alignment=TA_CENTER,
            spaceBefore=8,
            spaceAfter=8,
        )
    )
    sheet.add(ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5))
    sheet.add(
        ParagraphStyle("cell_bold", parent=body, fontName=SANS_BOLD, fontSize=9, leading=11.5)
    )
    sheet.add(ParagraphStyle("cell_right", parent=body, fontSize=9, leading=11.5, alignment=2))
    sheet.add(
        ParagraphStyle("cell_centred", parent=body, fontSize=9, leading=11.5, alignment=TA_CENTER)
    )
    sheet.add(
        ParagraphStyle("code", parent=body, fontName=MONO, fontSize=6.5, leading=8, textColor=MUTED)
    )
    sheet.add(
        ParagraphStyle(
            "signatory",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=10,
            leading=13,
            alignment=TA_CENTER,
        )
    )
    sheet.add(
        ParagraphStyle(
            "address", parent=body, fontSize=9, leading=12, alignment=TA_CENTER, textColor=MUTED
        )
    )
    sheet.add(ParagraphStyle("footer", parent=body, fontSize=7.5, leading=9, textColor=MUTED))
    return sheet
