"""Rebuild the fonts of this folder from Debian's Noto packages (a maintainer's tool).

    apt-get install fonts-noto-core fonts-noto-mono fonts-noto-cjk
    pip install '.[fonts]'        # fontTools
    python resources/fonts/build_fonts.py

Not imported by okuvol, and fontTools is not one of its dependencies: only this script needs
it. The static Noto TTFs are copied as they are. Two files are derived:

- NotoSansMono-Regular.ttf keeps only Basic Latin and Latin-1 (the verification code is ASCII),
  which makes it a twentieth of its size.
- NotoSansCJK-Regular.ttf and -Bold.ttf: Debian ships Noto Sans CJK as CFF (PostScript) outlines
  in a .ttc, which ReportLab cannot embed. The Simplified Chinese face is subset to what names
  need (CJK Unified Ideographs, Extension A, Hangul syllables, kana, CJK punctuation, fullwidth
  forms) and its cubic outlines are turned into TrueType quadratics with cu2qu, as fontTools'
  otf2ttf snippet does. Without hints, glyph names, shaping tables (CJK names are drawn from
  the cmap alone) and vertical metrics the two files stay near 11 MB each.

The result is deterministic for the same packages (the build pins the fonts' timestamps).
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

NOTO = Path("/usr/share/fonts/truetype/noto")
NOTO_CJK = Path("/usr/share/fonts/opentype/noto")
HERE = Path(__file__).resolve().parent

# Static TrueType fonts copied unchanged: one family per script a name may be written in.
# Noto Kufi Arabic draws Arabic script first (it has the ligature of "الله" and a bold that
# matches Noto Sans Bold); Noto Sans Arabic covers the letters Kufi lacks.
COPIED = [
    f"Noto{family}-{weight}.ttf"
    for family in (
        "Sans",
        "KufiArabic",
        "SansArabic",
        "SansHebrew",
        "SansDevanagari",
        "SansBengali",
        "SansTamil",
        "SansThai",
    )
    for weight in ("Regular", "Bold")
]

# Code points kept in the CJK fonts: what Chinese, Japanese and Korean names are written in.
CJK_RANGES = [
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3040, 0x30FF),  # hiragana and katakana
    (0x31F0, 0x31FF),  # katakana phonetic extensions
    (0x3400, 0x4DBF),  # CJK Unified Ideographs Extension A
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xAC00, 0xD7A3),  # Hangul syllables
    (0xFF00, 0xFFEF),  # halfwidth and fullwidth forms
]
MONO_RANGES = [(0x20, 0x7E), (0xA0, 0xFF)]

# 2022-01-27, the date of the fonts-noto-cjk release: stable bytes on every rebuild.
FIXED_TIMESTAMP = 3726172800


def _subset(font: TTFont, ranges: list[tuple[int, int]], *, layout: bool) -> None:
    """Keep the code points of ``ranges``; ``layout`` keeps the OpenType shaping tables."""
    options = subset.Options()
    options.hinting = False  # TrueType conversion drops CFF hints anyway; ReportLab ignores them
    options.desubroutinize = True
    options.glyph_names = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    if layout:
        options.layout_features = ["*"]
    else:
        # okuvol draws CJK from the cmap without shaping; the locale and vertical variants
        # that GSUB reaches are 19,000 glyphs (a third of the file) nobody would print.
        options.layout_features = []
        options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "vhea", "vmtx", "VORG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[c for low, high in ranges for c in range(low, high + 1)])
    subsetter.subset(font)


def _to_truetype(font: TTFont, max_err: float = 1.0) -> None:
    """Replace the CFF table with quadratic glyf outlines (fontTools' otf2ttf snippet)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        advance, _ = hmtx[name]
        hmtx[name] = (advance, glyph.xMin if hasattr(glyph, "xMin") else 0)
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for attribute in (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
    ):
        setattr(maxp, attribute, 0)
    maxp.maxComponentElements = max(len(getattr(g, "components", [])) for g in glyf.glyphs.values())
    maxp.compile(font)
    post = font["post"]
    post.formatType = 3.0  # no glyph names: 40,000 CID names would add a megabyte
    post.extraNames = []
    post.mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"


def _cjk(weight: str, out: Path) -> None:
    collection = TTCollection(NOTO_CJK / f"NotoSansCJK-{weight}.ttc")
    font = next(f for f in collection.fonts if f["name"].getDebugName(1) == "Noto Sans CJK SC")
    _subset(font, CJK_RANGES, layout=False)
    _to_truetype(font)
    # A Modified Version under the OFL says so; its names keep "Noto" (the Reserved Font
    # Name of Noto Sans CJK is "Source", which it never carried).
    name = font["name"]
    version = name.getDebugName(5)
    name.setName(f"{version}; okuvol subset, TrueType outlines", 5, 3, 1, 0x409)
    _save(font, out)


def _mono(out: Path) -> None:
    font = TTFont(NOTO / "NotoSansMono-Regular.ttf")
    _subset(font, MONO_RANGES, layout=True)
    _save(font, out)


def _save(font: TTFont, out: Path) -> None:
    font.recalcTimestamp = False
    font["head"].created = font["head"].modified = FIXED_TIMESTAMP
    font.save(out)


def main() -> None:
    """Write every font file of this folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE)
    out: Path = parser.parse_args().out
    for name in COPIED:
        shutil.copyfile(NOTO / name, out / name)
    _mono(out / "NotoSansMono-Regular.ttf")
    for weight in ("Regular", "Bold"):
        _cjk(weight, out / f"NotoSansCJK-{weight}.ttf")
    for path in sorted(out.glob("*.ttf")):
        print(f"{path.name:36} {path.stat().st_size / 1e6:6.2f} MB")


if __name__ == "__main__":
    main()
