"""User text in any script laid out in lines: a font per script, shaping, bidi order, breaks.

Names of people, organisations, roles and signatories may be written in any script. A line of
ReportLab's Paragraph shapes each word with one font, cannot reorder right-to-left runs across
fragments, and breaks only at spaces. This module does what those names need instead:

1. the text is split into atoms, the places a line may break: at spaces, between CJK
   characters, after a hyphen inside a word, and (for a word wider than the line) between
   grapheme clusters;
2. each character gets the first font that has it (reports/fonts.py); marks, joiners,
   punctuation and spaces stay in the font of what they follow when it has them;
3. each character gets its bidi embedding level for the whole paragraph (reports/direction.py);
4. runs of one font and one level are measured: complex scripts and right-to-left runs are
   shaped with HarfBuzz (uharfbuzz), other text is drawn character by character, which keeps
   the PDF text of Latin names exactly what was typed;
5. lines are filled greedily in logical order (the first line holds the first words, whatever
   the direction), and each line's runs are put in visual order by rule L2.

Why uharfbuzz directly and not ReportLab's ``shaping=1``: ReportLab shapes a space-separated
fragment in one font and cannot order right-to-left runs across fragments (its bidi needs
``rlbidi``, which is not on PyPI); here each run gets its own font and direction.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby

import uharfbuzz
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

from okuvol_desktop.reports.direction import IGNORED_CONTROLS, embedding_levels, visual_order
from okuvol_desktop.reports.fonts import BOLD, REGULAR, FontSpec, ShapingFont, font

ELLIPSIS = "\u2026"
# Characters that draw nothing and must stay with their neighbours: joiners (Persian names
# use ZWNJ inside words), direction marks and isolates, variation selectors, soft hyphen,
# word joiner.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u061c\u2060\u2068\u2069\u00ad\ufeff") | (
    frozenset(chr(c) for c in range(0xFE00, 0xFE10))
)
# Of those, the ones that only steer the bidi algorithm: never drawn, never in the PDF's text.
_BIDI_MARKS = frozenset("\u200e\u200f\u061c\u2068\u2069")
# Characters that make a run need shaping even in a simple script: marks and joiners.
_SHAPING = frozenset("\u200c\u200d") | frozenset(chr(c) for c in range(0xFE00, 0xFE10))
# Spaces that must not break a line.
_NO_BREAK_SPACES = frozenset("\u00a0\u2007\u202f")
_HYPHENS = frozenset("-\u2010\u2013")
# Punctuation that may not start (closing) or end (opening) a line between CJK characters.
_CLOSING = frozenset("、。，．：；！？）」』】〕〉》〗〙〛ー々ゝゞヽヾ・")
_OPENING = frozenset("（「『【〔〈《〖〘〚")
_EPSILON = 0.01  # points: sums of widths may differ by rounding


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of a line drawn in one font and direction.

    Attributes:
        font: the ReportLab font name.
        drawn: what to hand to ReportLab's textOut: plain text, or a ShapedStr whose
            characters are glyph codes positioned by HarfBuzz (reports/fonts.py).
        width: the advance in points.
        rtl: drawn right to left (its glyphs are already in drawing order).
        source: the logical text the run stands for.
    """

    font: str
    drawn: str
    width: float
    rtl: bool
    source: str


@dataclass(frozen=True, slots=True)
class Line:
    """One line of laid out text: its runs in drawing order (left to right) and its width."""

    runs: tuple[Run, ...]
    width: float
    start: int  # the line's first character in the prepared text
    end: int

    @property
    def fonts(self) -> tuple[str, ...]:
        """The fonts of the runs, left to right."""
        return tuple(run.font for run in self.runs)


@dataclass(frozen=True, slots=True)
class Atom:
    """A stretch of text between two places where a line may break."""

    start: int
    end: int
    space_before: bool  # a space separates it from the atom before


def prepare(text: str | None) -> str:
    """User text as it is laid out: composed (NFC), spaces collapsed, explicit bidi controls
    dropped (see reports/direction.py)."""
    if not text:
        return ""
    composed = unicodedata.normalize("NFC", text)
    kept = []
    for char in composed:
        if char in IGNORED_CONTROLS:
            continue
        is_space = char in "\t\n\r\f\v" or (
            unicodedata.category(char) in ("Zs", "Zl", "Zp") and char not in _NO_BREAK_SPACES
        )
        kept.append(" " if is_space else char)
    return " ".join(part for part in "".join(kept).split(" ") if part)


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7A3
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
    )


def _attaches(char: str) -> bool:
    """Whether ``char`` belongs to the grapheme before it (marks, joiners, selectors)."""
    return unicodedata.category(char) in ("Mn", "Mc", "Me") or char in _INVISIBLE


def _break_before(text: str, i: int) -> bool:
    """Whether a line may break between text[i - 1] and text[i] (no space between)."""
    before, char = text[i - 1], text[i]
    if _attaches(char) or before in _INVISIBLE:
        return False
    if _is_cjk(before) or _is_cjk(char):
        return char not in _CLOSING and before not in _OPENING
    return before in _HYPHENS and i >= 2 and text[i - 2].isalpha() and char.isalpha()


def atoms(text: str) -> list[Atom]:
    """The atoms of prepared text, in logical order."""
    found: list[Atom] = []
    start: int | None = None
    space = False
    for i, char in enumerate(text):
        if char == " ":
            if start is not None:
                found.append(Atom(start, i, space))
                start = None
            space = True
        elif start is None:
            start = i
        elif _break_before(text, i):
            found.append(Atom(start, i, space))
            start, space = i, False
    if start is not None:
        found.append(Atom(start, len(text), space))
    return found


def graphemes(text: str, start: int, end: int) -> list[int]:
    """Where grapheme clusters begin in text[start:end] (an approximation of UAX #29 that
    also keeps an Indic conjunct, consonant + virama + consonant, together)."""
    bounds = [start]
    for i in range(start + 1, end):
        before, char = text[i - 1], text[i]
        joined = (
            _attaches(char)
            or before == "\u200d"
            or (unicodedata.combining(before) == 9 and char.isalpha())  # after a virama
        )
        if not joined:
            bounds.append(i)
    return bounds


def font_indexes(text: str, family: tuple[FontSpec, ...]) -> list[int]:
    """For each character, the index in ``family`` of the font that draws it.

    A letter takes the first font that has it. Marks, joiners, punctuation, digits and spaces
    stay in the font of the character before them when it has them too, so that "عبد الله"
    is one run of one Arabic font, spaces included, and a mark is shaped with its letter.
    Then a word whose letters ended up in two fonts of the fallback chain moves to the first
    font that has them all: shaping joins letters only within one font.
    """
    chosen: list[int] = []
    current: int | None = None
    for char in text:
        code = ord(char)
        follows = not unicodedata.category(char).startswith("L")
        if current is not None and follows and _covers(family[current], code):
            chosen.append(current)
            continue
        current = next(
            (i for i, spec in enumerate(family) if _covers(spec, code)),
            current if current is not None else 0,  # nobody has it: .notdef of the first
        )
        chosen.append(current)
    start = 0
    for word in text.split(" "):
        _one_font_per_word(text, start, start + len(word), family, chosen)
        start += len(word) + 1
    return chosen


def _one_font_per_word(
    text: str, start: int, end: int, family: tuple[FontSpec, ...], chosen: list[int]
) -> None:
    # The characters the first font (Latin) does not draw: one script's letters and marks.
    foreign = [i for i in range(start, end) if chosen[i] != 0]
    if len({chosen[i] for i in foreign}) < 2:
        return
    codes = [ord(text[i]) for i in foreign]
    for index, spec in enumerate(family[1:], start=1):
        if all(_covers(spec, code) for code in codes):
            for i in foreign:
                chosen[i] = index
            return


def _covers(spec: FontSpec, code: int) -> bool:
    if chr(code) in _INVISIBLE:
        return True  # drawn by nobody: stays in the current run
    return spec.may_cover(code) and font(spec).has(code)


@lru_cache(maxsize=8192)
def _shape(font_name: str, text: str, rtl: bool) -> tuple[ShapedStr, float]:
    """``text`` shaped by HarfBuzz in one font: the glyph codes to draw and the advance in
    thousandths of the font size.

    Each glyph is drawn with a code whose ToUnicode text is the part of ``text`` it stands
    for (reports/fonts.py), so that PDF readers extract the logical text. Right-to-left runs
    are read back one character per glyph, so there the characters are given out in reverse
    order, and the extra characters of a ligature ride on zero-width carrier glyphs.
    """
    target = _font_named(font_name)
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    uharfbuzz.shape(target.hb_font, buffer, {})
    scale = 1000 / target.units_per_em
    starts = sorted({info.cluster for info in buffer.glyph_infos})
    cluster_end = {
        c: (starts[k + 1] if k + 1 < len(starts) else len(text)) for k, c in enumerate(starts)
    }
    # (glyph, text it stands for, advance, x offset, y offset), in drawing order.
    glyphs: list[tuple[int, str, float, float, float]] = []
    pairs = zip(buffer.glyph_infos, buffer.glyph_positions, strict=True)
    for cluster, group in groupby(pairs, key=lambda pair: pair[0].cluster):
        cluster_glyphs = list(group)
        part = text[cluster : cluster_end[cluster]]
        # One character per glyph and the rest on the last one, so that the glyphs, read in
        # the order they are drawn, give the cluster's text: in reading order for left to
        # right (a reordered vowel sign's glyph comes first but gives the first letter),
        # reversed for right to left (extractors reverse right-to-left text). A glyph left
        # over (a vowel sign drawn in two parts) gives nothing.
        ordered = part[::-1] if rtl else part
        count = len(cluster_glyphs)
        pieces = [*ordered[: count - 1], ordered[count - 1 :]]
        pieces += [""] * (count - len(pieces))
        for (info, position), piece in zip(cluster_glyphs, pieces, strict=True):
            x_advance, x_offset = position.x_advance * scale, position.x_offset * scale
            y_offset = position.y_offset * scale
            if rtl and len(piece) > 1 and target.carrier is not None:
                glyphs.append((info.codepoint, piece[0], x_advance, x_offset, y_offset))
                glyphs += [(target.carrier, char, 0.0, 0.0, 0.0) for char in piece[1:]]
            else:
                # Without a carrier the whole text rides on the glyph, in reading order.
                text_of = piece[::-1] if rtl else piece
                glyphs.append((info.codepoint, text_of, x_advance, x_offset, y_offset))
    # Each glyph's PDF width is the distance from where it is drawn to where the next one is
    # drawn, so only the first glyph's horizontal offset needs moving to (ShapedStr turns
    # offsets into TJ moves, and extractors read a move to the right as a space).
    codes: list[str] = []
    data: list[ShapeData] = []
    for i, (glyph, part, x_advance, x_offset, y_offset) in enumerate(glyphs):
        following = glyphs[i + 1][3] if i + 1 < len(glyphs) else 0.0
        width = round(x_advance + following - x_offset, 3)
        code = target.code(glyph, part, width)
        codes.append(chr(code))
        first = x_offset if i == 0 else 0.0
        data.append(ShapeData(0, width + first, 0, first, y_offset, target.face.charWidths[code]))
    width = sum(d.x_advance for d in data)
    return ShapedStr("".join(codes), shapeData=data), width


def _font_named(name: str) -> ShapingFont:
    for spec in (*REGULAR, *BOLD):
        if spec.name == name:
            return font(spec)
    raise KeyError(name)


class Layout:
    """One user text prepared for layout in a family and size: fonts, levels and atoms.

    Args:
        text: the user's text (any script); None or empty lays out as nothing.
        size: the font size in points.
        bold: the bold family instead of the regular one.
        base: the paragraph's direction, 0 (left to right) or 1; None takes it from the text's
            first strong letter. A sentence of the document's language with a name inside
            passes 0.
    """

    def __init__(
        self, text: str | None, size: float, *, bold: bool = False, base: int | None = None
    ) -> None:
        self.text = prepare(text)
        self.size = size
        self.family = BOLD if bold else REGULAR
        self.fonts = font_indexes(self.text, self.family)
        self.base, self.levels = embedding_levels(self.text, base)
        self.atoms = atoms(self.text)
        # Breaking lines measures each word, then lays the chosen ones out again; a flowable
        # may be wrapped more than once at the same width.
        self._runs: dict[tuple[int, int], list[tuple[int, Run]]] = {}
        self._lines: dict[float, list[Line]] = {}

    def runs(self, start: int, end: int) -> list[tuple[int, Run]]:
        """The runs of text[start:end] in logical order, each with its bidi level."""
        found = self._runs.get((start, end))
        if found is None:
            found = self._runs[start, end] = self._make_runs(start, end)
        return found

    def _make_runs(self, start: int, end: int) -> list[tuple[int, Run]]:
        found: list[tuple[int, Run]] = []
        i = start
        while i < end:
            j = i + 1
            while j < end and self.fonts[j] == self.fonts[i] and self.levels[j] == self.levels[i]:
                j += 1
            found.append((self.levels[i], self._run(i, j)))
            i = j
        return found

    def _run(self, start: int, end: int) -> Run:
        spec = self.family[self.fonts[start]]
        source = self.text[start:end]
        rtl = self.levels[start] % 2 == 1
        marked = any(c in _SHAPING or unicodedata.category(c).startswith("M") for c in source)
        if spec.complex or rtl or marked:
            kept = "".join(c for c in source if c not in _BIDI_MARKS)
            if not kept:
                return Run(spec.name, "", 0.0, rtl, source)
            shaped, units = _shape(spec.name, kept, rtl)
            return Run(spec.name, shaped, units * self.size / 1000, rtl, source)
        drawn = "".join(c for c in source if c not in _INVISIBLE)
        width = font(spec).stringWidth(drawn, self.size)
        return Run(spec.name, drawn, width, rtl, source)

    def width(self, start: int, end: int) -> float:
        """The advance of text[start:end] on one line, in points."""
        return sum(run.width for _, run in self.runs(start, end))

    def line(self, pieces: list[tuple[int, int]]) -> Line:
        """A line of the given stretches of text (logical order, spaces included)."""
        items = [item for start, end in pieces for item in self.runs(start, end)]
        ordered = visual_order([run for _, run in items], [level for level, _ in items])
        ordered = [run for run in ordered if run.drawn]  # an isolate's marks alone
        merged: list[Run] = []
        for run in ordered:
            last = merged[-1] if merged else None
            if last is not None and last.font == run.font and last.rtl == run.rtl:
                both_plain = not isinstance(last.drawn, ShapedStr) and not isinstance(
                    run.drawn, ShapedStr
                )
                both_shaped = isinstance(last.drawn, ShapedStr) and isinstance(run.drawn, ShapedStr)
                if both_plain or both_shaped:
                    source = run.source + last.source if run.rtl else last.source + run.source
                    merged[-1] = Run(
                        run.font, last.drawn + run.drawn, last.width + run.width, run.rtl, source
                    )
                    continue
            merged.append(run)
        start = pieces[0][0] if pieces else 0
        end = pieces[-1][1] if pieces else 0
        return Line(tuple(merged), sum(run.width for run in merged), start, end)

    def lines(self, width: float) -> list[Line]:
        """The text broken into lines no wider than ``width`` (greedy, in logical order)."""
        found = self._lines.get(width)
        if found is None:
            found = self._lines[width] = self._break(width)
        return found

    def _break(self, width: float) -> list[Line]:
        lines: list[Line] = []
        current: list[tuple[int, int]] = []
        current_width = 0.0
        for atom in self.atoms:
            atom_width = self.width(atom.start, atom.end)
            if current:
                gap = self.width(atom.start - 1, atom.start) if atom.space_before else 0.0
                if current_width + gap + atom_width <= width + _EPSILON:
                    if atom.space_before:
                        current.append((atom.start - 1, atom.start))
                    current.append((atom.start, atom.end))
                    current_width += gap + atom_width
                    continue
                lines.append(self.line(current))
            if atom_width <= width + _EPSILON:
                current, current_width = [(atom.start, atom.end)], atom_width
                continue
            pieces = self._split(atom.start, atom.end, width)
            lines.extend(self.line([piece]) for piece in pieces[:-1])
            current = [pieces[-1]]
            current_width = self.width(*pieces[-1])
        if current:
            lines.append(self.line(current))
        return lines

    def _split(self, start: int, end: int, width: float) -> list[tuple[int, int]]:
        """A word wider than the line, cut between grapheme clusters into pieces that fit
        (each piece holds one cluster at least)."""
        bounds = graphemes(self.text, start, end) + [end]
        pieces: list[tuple[int, int]] = []
        first = 0
        while bounds[first] < end:
            low, high = first + 1, len(bounds) - 1  # the piece ends at bounds[k], k in low..high
            while low < high:
                middle = (low + high + 1) // 2
                if self.width(bounds[first], bounds[middle]) <= width + _EPSILON:
                    low = middle
                else:
                    high = middle - 1
            pieces.append((bounds[first], bounds[low]))
            first = low
        return pieces


def lay_out(
    text: str | None, width: float, size: float, *, bold: bool = False, base: int | None = None
) -> list[Line]:
    """``text`` broken into lines no wider than ``width`` points (see Layout)."""
    return Layout(text, size, bold=bold, base=base).lines(width)


def one_line_width(text: str | None, size: float, *, bold: bool = False) -> float:
    """The width of ``text`` set on one line."""
    layout = Layout(text, size, bold=bold)
    return layout.line([(0, len(layout.text))]).width if layout.text else 0.0


def shorten(text: str | None, width: float, size: float, *, bold: bool = False) -> str:
    """``text``, or as much of it as fits on one line of ``width`` points followed by "…".

    The cut falls between grapheme clusters, so no letter loses its marks; for right-to-left
    text the ellipsis ends the text logically and so stands at its left.
    """
    prepared = prepare(text)
    if one_line_width(prepared, size, bold=bold) <= width + _EPSILON:
        return prepared
    bounds = graphemes(prepared, 0, len(prepared))
    fits = 0  # how many clusters fit with the ellipsis
    low, high = 0, len(bounds) - 1
    while low <= high:
        middle = (low + high) // 2
        candidate = prepared[: bounds[middle]].rstrip(" ") + ELLIPSIS if middle else ELLIPSIS
        if one_line_width(candidate, size, bold=bold) <= width + _EPSILON:
            fits, low = middle, middle + 1
        else:
            high = middle - 1
    return prepared[: bounds[fits]].rstrip(" ") + ELLIPSIS if fits else ELLIPSIS
