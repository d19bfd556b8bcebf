"""User text in any script: which font draws each run, in which order, where lines break."""

from __future__ import annotations

import unicodedata

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr

from okuvol_desktop.reports.fonts import (
    CJK_BOLD,
    SANS,
    SANS_BOLD,
    ShapingFont,
    register_fonts,
)
from okuvol_desktop.reports.textlayout import (
    ELLIPSIS,
    Layout,
    Line,
    graphemes,
    lay_out,
    one_line_width,
    prepare,
    shorten,
)

ARABIC = "OkuvolKufiArabic-Regular"
ARABIC_BOLD = "OkuvolKufiArabic-Bold"
HEBREW_BOLD = "OkuvolSansHebrew-Bold"
DEVANAGARI_BOLD = "OkuvolSansDevanagari-Bold"

# The names of the issue: each must print in a font that has its letters.
NAMES = {
    "latin": ("Siti Rahmawati", SANS_BOLD),
    "vietnamese": ("Nguyễn Thị Hương", SANS_BOLD),
    "arabic": ("عبد الله بن محمد", ARABIC_BOLD),
    "hebrew": ("דוד בן גוריון", HEBREW_BOLD),
    "devanagari": ("श्रीमती क्षमा द्विवेदी", DEVANAGARI_BOLD),
    "chinese": ("王小明", CJK_BOLD),
    "korean": ("김민준", CJK_BOLD),
    "japanese": ("山田はなこ", CJK_BOLD),
}
LONG_ARABIC = "عبد الله بن محمد بن عبد الرحمن بن إبراهيم آل الشيخ الفلاني القحطاني"
UNSPACED = "Abcdefghijklmnopqrstuvwxyz" * 2 + "abcdefgh"  # 60 letters


@pytest.fixture(autouse=True, scope="module")
def _fonts() -> None:
    register_fonts()


def _logical(line: Line) -> str:
    return " ".join(run.source for run in line.runs)


def _glyphs_exist(line: Line) -> bool:
    """Every code drawn maps to a glyph of its font other than .notdef (glyph 0)."""
    for run in line.runs:
        face = pdfmetrics.getFont(run.font).face
        if any(face.charToGlyph.get(ord(c), 0) == 0 for c in run.drawn if c != " "):
            return False
    return True


@pytest.mark.parametrize("key", NAMES)
def test_each_script_is_drawn_in_a_bold_font_that_has_its_letters(key: str) -> None:
    name, expected = NAMES[key]
    lines = lay_out(name, 400, 24, bold=True)
    assert len(lines) == 1
    assert set(lines[0].fonts) == {expected}
    assert _glyphs_exist(lines[0])


def test_latin_and_vietnamese_are_drawn_as_typed() -> None:
    for name in ("Siti Rahmawati", "Nguyễn Thị Hương", "Ayşe Yılmaz & <Co>"):
        (line,) = lay_out(name, 400, 12)
        (run,) = line.runs
        # Not shaped: the drawn characters are the name's own, so the PDF's text is exact.
        assert not isinstance(run.drawn, ShapedStr)
        assert run.drawn == name


def test_decomposed_vietnamese_is_composed_first() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hương")
    assert prepare(decomposed) == "Nguyễn Thị Hương"
    (line,) = lay_out(decomposed, 400, 12)
    assert line.runs[0].drawn == "Nguyễn Thị Hương"


def test_prepare_collapses_spaces_and_drops_embedding_controls() -> None:
    assert prepare("  Siti \n\t Rahmawati  ") == "Siti Rahmawati"
    assert prepare("\u202bعبد\u202c") == "عبد"
    assert prepare("Dr.\u00a0Ratna") == "Dr.\u00a0Ratna"  # a no-break space stays
    assert prepare(None) == ""


def test_allah_is_one_shaped_arabic_run_with_its_ligature() -> None:
    (line,) = lay_out("عبد الله", 400, 24)
    (run,) = line.runs
    assert run.font == ARABIC and run.rtl and isinstance(run.drawn, ShapedStr)
    font = pdfmetrics.getFont(ARABIC)
    assert isinstance(font, ShapingFont)
    glyphs = [font.face.charToGlyph[ord(c)] for c in run.drawn]
    visible = [g for g in glyphs if g != font.carrier]
    # Eight letters and a space drawn in fewer glyphs: "لله" is one ligature, whose two
    # extra letters ride on zero-width carriers for text extraction.
    assert len(visible) < len("عبد الله")
    own_glyphs = {font.face.charToGlyph[ord(c)] for c in "عبد اله"}
    assert any(g not in own_glyphs for g in visible)  # joining forms and the ligature
    assert _glyphs_exist(line)


def test_a_wrapped_arabic_name_starts_with_its_first_words() -> None:
    lines = lay_out(LONG_ARABIC, 250, 24, bold=True)
    assert len(lines) >= 2
    assert all(line.width <= 250 for line in lines)
    words = LONG_ARABIC.split()
    # Lines are filled in reading order: the first line holds the first words...
    assert _logical(lines[0]).split()[:3] == words[:3]
    assert lines[0].start == 0 and lines[-1].end == len(LONG_ARABIC)
    # ...and every word appears once, in order, across the lines.
    assert " ".join(_logical(line) for line in lines).split() == words
    assert all(_glyphs_exist(line) for line in lines)


def test_runs_of_a_mixed_line_are_in_visual_order() -> None:
    (line,) = lay_out("Ali عبد الله 123", 400, 12)
    assert [run.source for run in line.runs] == ["Ali ", "123", "عبد الله "]
    assert line.fonts == (SANS, ARABIC, ARABIC)


def test_each_run_has_one_font_even_inside_a_word() -> None:
    (line,) = lay_out("Lê王小明", 400, 12, bold=True)
    assert [(run.font, run.source) for run in line.runs] == [
        (SANS_BOLD, "Lê"),
        (CJK_BOLD, "王小明"),
    ]


def test_a_long_name_without_spaces_breaks_between_letters_and_fits() -> None:
    lines = lay_out(UNSPACED, 200, 24, bold=True)
    assert len(lines) > 1
    assert all(line.width <= 200 for line in lines)
    assert "".join(_logical(line) for line in lines) == UNSPACED


def test_cjk_breaks_between_characters_but_not_before_closing_punctuation() -> None:
    text = "王小明、李小龙、张三丰、赵四"
    lines = lay_out(text, 40, 12)
    assert all(line.width <= 40 for line in lines)
    assert "".join(_logical(line) for line in lines) == text
    assert not any(_logical(line).startswith("、") for line in lines)


def test_an_indic_conjunct_stays_in_one_piece() -> None:
    text = "क्षत्रिय"
    starts = graphemes(text, 0, len(text))
    # क + virama + ष is one cluster, त + virama + र + ि another, then य.
    assert [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)] == [
        "क्ष",
        "त्रि",
        "य",
    ]


def test_shorten_fits_with_an_ellipsis_at_the_logical_end() -> None:
    organisation = "Yayasan Pendidikan dan Pemberdayaan Masyarakat Pesisir " * 4
    short = shorten(organisation, 150, 7.5)
    assert short.endswith(ELLIPSIS) and one_line_width(short, 7.5) <= 150
    assert organisation.startswith(short[:-1].rstrip())
    assert shorten("Siti", 150, 7.5) == "Siti"
    arabic = shorten(LONG_ARABIC, 100, 7.5)
    assert arabic.endswith(ELLIPSIS) and LONG_ARABIC.startswith(arabic[:-1].rstrip())


def test_the_same_text_shapes_to_the_same_glyphs_every_time() -> None:
    first = lay_out("عبد الله", 400, 12)[0].runs[0].drawn
    lay_out("محمد الله الرحمن", 400, 12)  # other ligatures in between
    assert lay_out("عبد الله", 400, 12)[0].runs[0].drawn == first


def test_the_paragraph_direction_can_be_forced_for_a_sentence() -> None:
    layout = Layout("عبد Made", 12, base=0)
    assert layout.base == 0
    assert Layout("عبد Made", 12).base == 1


def test_a_name_in_brackets_keeps_its_brackets() -> None:
    (line,) = lay_out("Ahmad (أحمد) 2026", 400, 12)
    assert [run.source for run in line.runs] == ["Ahmad (", "أحمد", ") 2026"]
