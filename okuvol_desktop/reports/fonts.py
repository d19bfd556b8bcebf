"""Fonts embedded in every document, and user text made safe and legible for ReportLab.

The standard PDF fonts lack ğ, ş, ư or any Arabic or Chinese letter, so documents embed TTF
fonts shipped in resources/fonts: DejaVu Sans for Latin, Vietnamese, Turkish and Arabic, and
Droid Sans Fallback for Chinese, Japanese and Korean, chosen character by character.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from okuvol_desktop.resources import resource_path

SANS = "OkuvolSans"
SANS_BOLD = "OkuvolSans-Bold"
CJK = "OkuvolCJK"
MONO = "Courier"  # the code is ASCII; Courier keeps its characters apart


@cache
def register_fonts() -> frozenset[int]:
    """Register the fonts with ReportLab once per process; returns the CJK font's characters."""
    pdfmetrics.registerFont(TTFont(SANS, resource_path("fonts/DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(SANS_BOLD, resource_path("fonts/DejaVuSans-Bold.ttf")))
    cjk = TTFont(CJK, resource_path("fonts/DroidSansFallbackFull.ttf"))
    pdfmetrics.registerFont(cjk)
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD
    )
    return frozenset(cjk.face.charToGlyph)


@cache
def _base_characters() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(SANS)
    assert isinstance(font, TTFont)
    return frozenset(font.face.charToGlyph)


def _is_right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def visual(text: str) -> str:
    """Arabic letters joined into their contextual forms and laid out right to left.

    ReportLab draws characters in the order given and does not shape scripts, so Arabic is
    shaped (arabic-reshaper) and put in visual order (python-bidi) before it is drawn.
    """
    if not _is_right_to_left(text):
        return text
    return str(get_display(arabic_reshaper.reshape(text)))


def rich(text: str | None) -> str:
    """User text as Paragraph markup: escaped (& < > are text), shaped, and CJK runs set in the
    CJK font."""
    if not text:
        return ""
    shown = visual(text)
    base, cjk = _base_characters(), register_fonts()
    parts: list[str] = []
    run: list[str] = []
    run_is_cjk = False
    for char in shown:
        needs_cjk = ord(char) not in base and ord(char) in cjk
        if run and needs_cjk != run_is_cjk:
            parts.append(_run("".join(run), run_is_cjk))
            run = []
        run.append(char)
        run_is_cjk = needs_cjk
    if run:
        parts.append(_run("".join(run), run_is_cjk))
    return "".join(parts)


def _run(text: str, is_cjk: bool) -> str:
    escaped = escape(text)
    return f'<font name="{CJK}">{escaped}</font>' if is_cjk else escaped
