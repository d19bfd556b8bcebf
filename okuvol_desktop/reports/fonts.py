"""The fonts embedded in every document, one family per script, and how shaped glyphs are named.

The standard PDF fonts lack ğ, ư and every Arabic, Devanagari or Chinese letter, so documents
embed the Noto fonts of resources/fonts (see its README): Noto Sans for Latin, Vietnamese,
Greek and Cyrillic, Noto Kufi Arabic, then Noto Sans Arabic, Hebrew, Devanagari, Bengali,
Tamil and Thai, then Noto Sans CJK. Each comes in the same two weights, so a bold Chinese
name is as bold as a Latin one. User text picks its font run by run (reports/textlayout.py).

Shaped glyphs (Arabic joining forms, the ligature of "الله", Devanagari conjuncts) have no
character of their own. ReportLab gives each a private-use code and writes that code into the
PDF's ToUnicode map, so copying or extracting the name yields private-use garbage.
``ShapingFont`` instead records, for each glyph drawn, the text it stands for and writes that
text into the ToUnicode map: "عبد الله" extracts as "عبد الله".
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache

import uharfbuzz
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from okuvol_desktop.resources import resource_path

SANS = "OkuvolSans"
SANS_BOLD = "OkuvolSans-Bold"
CJK = "OkuvolCJK"
CJK_BOLD = "OkuvolCJK-Bold"
# The verification code is ASCII; a monospaced face keeps 0/O and 1/l apart, and it is
# embedded like the others (Courier is not embedded, so a viewer substitutes whatever it has).
MONO = "OkuvolMono"

# Private-use code points (plane 15) for glyphs that are not one character's own glyph. They
# never reach the PDF: its ToUnicode map names the text instead.
_FIRST_PRIVATE = 0xF0000
# Zero-width, empty glyphs that can carry a character in the ToUnicode map (see ``carrier``).
_ZERO_WIDTH = (0x200B, 0x2060, 0xFEFF, 0x200C, 0x200D)

# What the CJK fonts hold (the ranges resources/fonts/build_fonts.py keeps): checked before
# loading them, since each takes a sixth of a second to read and most documents need neither.
CJK_RANGES = (
    (0x3000, 0x303F),
    (0x3040, 0x30FF),
    (0x31F0, 0x31FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xAC00, 0xD7A3),
    (0xFF00, 0xFFEF),
)


@dataclass(frozen=True, slots=True)
class FontSpec:
    """One embedded font: its ReportLab name, file, and how its text is drawn.

    Attributes:
        name: the name registered with ReportLab.
        file: the file under resources/fonts.
        complex: its script needs shaping (joining, reordering, marks): always shape with
            HarfBuzz. Other text is drawn character by character, which keeps it exact.
        ranges: when set, the only code points it may cover (so it loads on first use).
    """

    name: str
    file: str
    complex: bool = False
    ranges: tuple[tuple[int, int], ...] = ()

    def may_cover(self, code: int) -> bool:
        """False when the font certainly lacks ``code`` (without loading it)."""
        return not self.ranges or any(low <= code <= high for low, high in self.ranges)


def _family(weight: str, latin: str, cjk: str) -> tuple[FontSpec, ...]:
    complex_scripts = ("Arabic", "Hebrew", "Devanagari", "Bengali", "Tamil", "Thai")
    return (
        FontSpec(latin, f"NotoSans-{weight}.ttf"),
        # Arabic script first in Noto Kufi Arabic: it has the ligature of "الله" and a bold
        # as heavy as Noto Sans Bold. Noto Sans Arabic (next) draws the words with letters
        # Kufi lacks (Kashmiri, Arabic Extended-A, presentation forms pasted from elsewhere).
        FontSpec(f"OkuvolKufiArabic-{weight}", f"NotoKufiArabic-{weight}.ttf", True),
        *(
            FontSpec(f"OkuvolSans{script}-{weight}", f"NotoSans{script}-{weight}.ttf", True)
            for script in complex_scripts
        ),
        FontSpec(cjk, f"NotoSansCJK-{weight}.ttf", ranges=CJK_RANGES),
    )


# Fonts in the order user text tries them: the first one that has a letter draws it.
REGULAR = _family("Regular", SANS, CJK)
BOLD = _family("Bold", SANS_BOLD, CJK_BOLD)
MONO_SPEC = FontSpec(MONO, "NotoSansMono-Regular.ttf")


class ShapingFont(TTFont):
    """A TrueType font whose shaped glyphs extract as the text they stand for.

    ``code(glyph, text, width)`` returns the character to draw ``glyph`` with: the glyph's
    own character when it has one, stands for it alone and keeps its own advance, else a
    private-use code created for this glyph, text and width. ``addObjects`` then writes
    ``text`` for that code into ToUnicode.
    The codes depend on what this process drew before, but never appear in a PDF, so the same
    data still gives the same bytes.
    """

    def __init__(self, name: str, path: str) -> None:
        super().__init__(name, path)
        self._lock = threading.Lock()
        self._codes: dict[tuple[int, str, float], int] = {}
        self._texts: dict[int, str] = {}
        self._next_private = _FIRST_PRIVATE
        # The bytes ReportLab already read (its own TTFont.hbFace shares them the same way).
        data = self.face._ttf_data
        self.hb_font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob(data)))
        self.units_per_em = self.face.unitsPerEm
        self.carrier = self._find_carrier()

    def _find_carrier(self) -> int | None:
        """A glyph without outline to carry characters that have no glyph of their own.

        PDF text extractors read right-to-left text one character per glyph, so "لله" drawn
        as one ligature is written as that glyph (for "ه") followed by two carriers of no
        advance (for the two "ل"). A zero-width glyph serves; else the space glyph, drawn
        with no advance; None if the font has neither (the CJK fonts, never shaped).
        """
        face = self.face
        for code in _ZERO_WIDTH:
            glyph = face.charToGlyph.get(code)
            empty = glyph is not None and face.glyphPos[glyph + 1] == face.glyphPos[glyph]
            if empty and self.hb_font.get_glyph_h_advance(glyph) == 0:
                return glyph
        return face.charToGlyph.get(0x20)

    def has(self, code: int) -> bool:
        """Whether the font has a glyph of its own for the character ``code``."""
        return code in self.face.charToGlyph and code < _FIRST_PRIVATE

    def advance(self, glyph: int) -> float:
        """The glyph's advance in thousandths of the font size."""
        return self.hb_font.get_glyph_h_advance(glyph) * 1000 / self.units_per_em

    def code(self, glyph: int, text: str, width: float | None = None) -> int:
        """The character that draws ``glyph`` ``width`` thousandths of an em wide (its own
        advance when None) and extracts as ``text`` (possibly empty).

        The width is the PDF's: where the next glyph starts. Shaped glyphs get the width
        HarfBuzz placed them at, so the PDF needs no positioning between them; a move to the
        right between glyphs would read as a space to text extractors.
        """
        natural = self.advance(glyph)
        width = natural if width is None else round(width, 3)
        own = len(text) == 1 and self.face.charToGlyph.get(ord(text)) == glyph
        if own and abs(width - natural) < 0.001:
            return ord(text)
        key = (glyph, text, width)
        found = self._codes.get(key)
        if found is not None:
            return found
        with self._lock:  # batches may run in a worker thread beside a preview
            found = self._codes.get(key)
            if found is None:
                face = self.face
                found = self._next_private
                while found in face.charToGlyph:
                    found += 1
                self._next_private = found + 1
                face.charToGlyph[found] = glyph
                face.charWidths[found] = width
                self._texts[found] = text
                self._codes[key] = found
        return found

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:
        """Override of TTFont.addObjects: the same font objects, with our ToUnicode texts.

        A copy of ReportLab 5.1's method in which only the ToUnicode map differs.
        """
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = TTFont.State(self._asciiReadable)
        state.frozen = 1
        for n, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(n, doc)[1:]
            base_font_name = (
                b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
            ).decode("pdfdoc")
            pdf_font = pdfdoc.PDFTrueTypeFont()
            pdf_font.__Comment__ = f"Font {self.fontName} subset {n}"
            pdf_font.Name = internal_name
            pdf_font.BaseFont = base_font_name
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(subset) - 1
            pdf_font.Widths = pdfdoc.PDFArray(list(map(self.face.getCharWidth, subset)))
            cmap = pdfdoc.PDFStream()
            cmap.content = self._to_unicode(base_font_name, subset)
            if doc.compression:
                cmap.filters = [pdfdoc.PDFZCompress]
            pdf_font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base_font_name)
            pdf_font.FontDescriptor = self.face.addSubsetObjects(doc, base_font_name, subset)
            doc.Reference(pdf_font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = pdf_font
        del self.state[doc]

    def _to_unicode(self, name: str, subset: list[int]) -> str:
        """A ToUnicode CMap mapping each code of ``subset`` to its text (UTF-16BE)."""
        entries = []
        for index, code in enumerate(subset):
            text = self._texts.get(code, chr(code))
            entries.append(f"<{index:02X}> <{text.encode('utf-16-be').hex().upper()}>")
        return "\n".join(
            [
                "/CIDInit /ProcSet findresource begin",
                "12 dict begin",
                "begincmap",
                f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
                f"/CMapName /{name} def",
                "/CMapType 2 def",
                "1 begincodespacerange",
                f"<00> <{len(subset) - 1:02X}>",
                "endcodespacerange",
                f"{len(entries)} beginbfchar",
                *entries,
                "endbfchar",
                "endcmap",
                "CMapName currentdict /CMap defineresource pop",
                "end",
                "end",
            ]
        )


@cache
def register_fonts() -> None:
    """Register the fonts with ReportLab once per process (the CJK fonts wait for first use)."""
    for spec in (*REGULAR, *BOLD, MONO_SPEC):
        if not spec.ranges:
            font(spec)
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD
    )


_loading = threading.Lock()


@cache
def font(spec: FontSpec) -> ShapingFont:
    """The registered font of ``spec``, loaded and registered on first use."""
    with _loading:  # two threads must not register two fonts of one name
        if spec.name not in pdfmetrics.getRegisteredFontNames():
            path = resource_path(f"fonts/{spec.file}")
            pdfmetrics.registerFont(ShapingFont(spec.name, str(path)))
        found = pdfmetrics.getFont(spec.name)
    assert isinstance(found, ShapingFont), spec.name
    return found
