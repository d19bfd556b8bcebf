"""Certificates for names in every script, rendered: fonts, fit, text, metadata, bytes.

Pages are read back with pypdf and rendered to PNG with pdftoppm (poppler-utils), which is
also how they were looked at while this layout was made.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Table

from okuvol_desktop.reports.certificate import KEYWORD_PREFIX, _story, build_certificate
from okuvol_desktop.reports.data import CertificateData, ItemisedEntry
from okuvol_desktop.reports.flowables import SignatureLine, UserText
from okuvol_desktop.reports.fonts import CJK_BOLD, SANS_BOLD
from okuvol_desktop.reports.templates import MARGIN, PAGE_SIZES, Footer, footer_line
from okuvol_desktop.reports.texts import text

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")

NAMES = {
    "latin": "Siti Rahmawati",
    "vietnamese": "Nguyễn Thị Hương",
    "arabic": "عبد الله بن محمد",
    "arabic_long": "عبد الله بن محمد بن عبد الرحمن بن إبراهيم آل الشيخ الفلاني القحطاني",
    "hebrew": "דוד בן גוריון",
    "devanagari": "श्रीमती क्षमा द्विवेदी",
    "chinese": "王小明",
    "unspaced": "Abcdefghijklmnopqrstuvwxyz" * 2 + "abcdefgh",
}
# The PostScript names of the fonts that must draw each name (embedded as subsets "ABCDEF+").
NAME_FONTS = {
    "latin": "NotoSans-Bold",
    "vietnamese": "NotoSans-Bold",
    "arabic": "NotoKufiArabic-Bold",
    "arabic_long": "NotoKufiArabic-Bold",
    "hebrew": "NotoSansHebrew-Bold",
    "devanagari": "NotoSansDevanagari-Bold",
    "chinese": "NotoSansCJKsc-Bold",
    "unspaced": "NotoSans-Bold",
}
LONG_ORGANISATION = ("Yayasan Pendidikan dan Pemberdayaan Masyarakat Pesisir " * 4)[:200]
LONG_SIGNATORY = "Prof. Dr. Raden Mas Haji Bambang Soemantri Wirjosoedarmo Kusumanegara, M.Hum."


def _logo() -> bytes:
    picture = io.BytesIO()
    Image.new("RGB", (120, 60), "#0b6e4f").save(picture, "PNG")
    return picture.getvalue()


def _data(name: str, **changes: object) -> CertificateData:
    data = CertificateData(
        number="YPA-2026-0042",
        person_name=name,
        organisation_name="Yayasan Pelita Harapan",
        role_titles=("Reading tutor", "معلم القراءة"),
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
        approved_minutes=6150,
        categories=("Education",),
        skills=("storytelling",),
        beneficiaries=12,
        signatory_name="Dr. Ratna Kusuma",
        signatory_title="Ketua",
        issue_date=date(2026, 11, 28),
        language="en",
        paper="a4",
        code="OKV1." + "A1b2C3d4" * 20,
        key_fingerprint="3F2A 9C1B 77D0 4E5A",
        organisation_address="Jl. Merdeka No. 1, Jakarta",
        organisation_contact="info@pelita.example",
        served_first=date(2026, 1, 5),
        served_last=date(2026, 12, 20),
        served_days=48,
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def _build(data: CertificateData, path: Path) -> PdfReader:
    build_certificate(data, path)
    return PdfReader(path)


def _fonts(reader: PdfReader) -> dict[str, bool]:
    """The fonts of every page by PostScript name (subset tag removed): embedded or not."""
    found: dict[str, bool] = {}
    for page in reader.pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            name = str(font["/BaseFont"]).lstrip("/").split("+")[-1]
            descriptor = font.get("/FontDescriptor")
            found[name] = descriptor is not None and "/FontFile2" in descriptor.get_object()
    return found


def _render(path: Path, dpi: int = 72) -> list[Image.Image]:
    out = path.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(path), str(out)], check=True)
    pages = sorted(path.parent.glob(f"{out.name}-*.png"))
    return [Image.open(p).convert("L") for p in pages]


def _user_texts(flowable: object) -> Iterator[UserText]:
    """Every UserText inside a (wrapped) flowable: in table cells, kept groups, signatures."""
    if isinstance(flowable, UserText):
        yield flowable
    elif isinstance(flowable, SignatureLine):
        yield flowable._name
        yield flowable._title
    elif isinstance(flowable, KeepTogether):
        for part in flowable._content:
            yield from _user_texts(part)
    elif isinstance(flowable, Table):
        for row in flowable._cellvalues:
            for cell in row:
                for part in cell if isinstance(cell, (list, tuple)) else [cell]:
                    yield from _user_texts(part)


@pytest.mark.parametrize("key", NAMES)
def test_the_name_prints_in_its_own_font_and_reads_back(key: str, tmp_path: Path) -> None:
    name = NAMES[key]
    reader = _build(_data(name), tmp_path / f"{key}.pdf")
    fonts = _fonts(reader)
    assert NAME_FONTS[key] in fonts
    assert all(fonts.values()), fonts  # every font is embedded, the code's included
    page = reader.pages[0].extract_text()
    # pypdf reads right-to-left runs back into reading order; a wrapped name reads back
    # with a line break where it wrapped (between words).
    assert name in " ".join(page.split())
    assert len(reader.pages) == 1
    (png,) = _render(tmp_path / f"{key}.pdf")
    assert png.getextrema()[0] < 100  # something was drawn


def test_latin_names_read_back_exactly(tmp_path: Path) -> None:
    for key in ("latin", "vietnamese", "unspaced"):
        reader = _build(_data(NAMES[key]), tmp_path / f"{key}.pdf")
        lines = reader.pages[0].extract_text().splitlines()
        assert NAMES[key] in [line.strip() for line in lines]  # on a line of its own


def test_chinese_is_as_bold_as_latin_in_the_recipient_line() -> None:
    width = PAGE_SIZES["a4"][0] - 2 * MARGIN
    for name, font in (("王小明", CJK_BOLD), ("Siti", SANS_BOLD), ("Lê 王小明", None)):
        recipient = next(
            f
            for f in _story(_data(name), width)
            if isinstance(f, UserText) and f.style.name == "recipient"
        )
        recipient.wrap(width, 800)
        fonts = {run.font for line in recipient.lines for run in line.runs}
        assert fonts == ({font} if font else {SANS_BOLD, CJK_BOLD})


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("key", NAMES)
def test_nothing_is_wider_than_the_frame(key: str, paper: str) -> None:
    data = _data(
        NAMES[key],
        paper=paper,
        organisation_name=LONG_ORGANISATION,
        signatory_name=LONG_SIGNATORY,
        signatory_title=LONG_ORGANISATION,
        role_titles=(LONG_ORGANISATION, NAMES[key]),
        entries=(ItemisedEntry(date(2026, 3, 1), NAMES[key], 90, NAMES[key], None),),
    )
    width = PAGE_SIZES[paper][0] - 2 * MARGIN
    height = PAGE_SIZES[paper][1] - 2 * MARGIN
    texts = 0
    canvas = Canvas(io.BytesIO())
    for flowable in _story(data, width):
        wrapped_width, _ = flowable.wrapOn(canvas, width, height)
        assert wrapped_width <= width + 0.01, flowable
        if isinstance(flowable, Table):
            assert sum(flowable._colWidths) <= width + 0.01
        for user_text in _user_texts(flowable):
            texts += 1
            assert user_text.width <= width + 0.01
            assert all(line.width <= user_text.width + 0.01 for line in user_text.lines), (
                user_text.text
            )
    assert texts >= 8  # organisation, recipient, table values, number, signatory, title...
    footer = Footer(LONG_ORGANISATION, f" · {text('en', 'number')} YPA-2026-0042 · Page 12")
    line = footer_line(footer, width)
    assert line.width <= width
    assert "Page 12" in line.runs[-1].source  # the figures are never cut


def test_ink_stays_inside_the_margins(tmp_path: Path) -> None:
    data = _data(
        NAMES["unspaced"],
        organisation_name=LONG_ORGANISATION,
        signatory_name=LONG_SIGNATORY,
        logo=_logo(),
        entries=(ItemisedEntry(date(2026, 3, 1), NAMES["arabic_long"], 90, "Ibu Ratna", None),),
    )
    path = tmp_path / "long.pdf"
    reader = _build(data, path)
    assert "…" in reader.pages[0].extract_text()  # the footer shortened the organisation
    margin = int(MARGIN) - 3  # points = pixels at 72 dpi; anti-aliasing may bleed a little
    for page in _render(path):
        inside = page.crop((margin, margin, page.width - margin, page.height - margin))
        assert inside.getextrema()[0] < 100
        left = page.crop((0, 0, margin, page.height))
        right = page.crop((page.width - margin, 0, page.width, page.height))
        bottom = page.crop((0, page.height - margin + 20, page.width, page.height))
        for strip in (left, right, bottom):
            assert strip.getextrema()[0] >= 250  # nothing but paper


def test_metadata_name_the_organisation_the_language_and_carry_the_code(tmp_path: Path) -> None:
    data = _data("Budi Santoso", language="id")
    metadata = _build(data, tmp_path / "c.pdf").metadata
    assert metadata is not None
    assert metadata["/Author"] == "Yayasan Pelita Harapan"
    assert metadata["/Title"] == "Sertifikat Pengabdian Relawan: Budi Santoso"
    assert metadata["/Keywords"] == f"{KEYWORD_PREFIX}{data.code}"
    assert PdfReader(tmp_path / "c.pdf").trailer["/Root"]["/Lang"] == "id"


def test_the_same_data_gives_the_same_bytes(tmp_path: Path) -> None:
    first, other, again = io.BytesIO(), io.BytesIO(), io.BytesIO()
    build_certificate(_data("عبد الله"), first)
    # Other shaped names in between create other private glyph codes in this process.
    build_certificate(_data("محمد الله الرحمن श्रीमती"), other)
    build_certificate(_data("عبد الله"), again)
    assert first.getvalue() == again.getvalue()


def test_address_contact_and_days_served_are_printed(tmp_path: Path) -> None:
    page = " ".join(_build(_data("Siti"), tmp_path / "c.pdf").pages[0].extract_text().split())
    assert "Jl. Merdeka No. 1, Jakarta info@pelita.example" in page
    assert "served on 48 days between 5 January 2026 and 20 December 2026" in page
    bare = replace(_data("Siti"), organisation_address=None, organisation_contact=None)
    assert "Jakarta" not in _build(bare, tmp_path / "b.pdf").pages[0].extract_text()


def test_the_logo_comes_from_the_data_not_a_file(tmp_path: Path) -> None:
    reader = _build(_data("Siti", logo=_logo()), tmp_path / "c.pdf")
    images = reader.pages[0].images
    assert len(images) == 1 and images[0].image.size == (120, 60)


def test_the_qr_code_holds_the_qr_text_when_given(tmp_path: Path) -> None:
    verify = "https://pelita.example/verify?code=OKV1.A1b2"
    for qr_text, expected in ((verify, verify), ("", _data("Siti").code)):
        path = tmp_path / f"qr{len(qr_text)}.pdf"
        _build(_data("Siti", qr_text=qr_text), path)
        (page,) = _render(path, dpi=150)
        assert [r.text for r in zxingcpp.read_barcodes(page)] == [expected]


def test_the_code_is_printed_in_the_embedded_monospace_font(tmp_path: Path) -> None:
    fonts = _fonts(_build(_data("Siti"), tmp_path / "c.pdf"))
    assert fonts.get("NotoSansMono-Regular") is True
    assert not any(name.startswith("Courier") for name in fonts)


def test_long_names_keep_the_certificate_on_one_page(tmp_path: Path) -> None:
    data = _data(
        NAMES["arabic_long"],
        organisation_name=LONG_ORGANISATION,
        signatory_name=LONG_SIGNATORY,
        signatory_title=LONG_ORGANISATION,
    )
    assert len(_build(data, tmp_path / "c.pdf").pages) == 1


@pytest.mark.parametrize(
    "name",
    [
        "مُحَمَّد عَبْدُ اللّٰه",  # harakat and a shadda
        "דָּוִד בֶּן־גּוּרְיוֹן",  # Hebrew points
        "রবীন্দ্রনাথ ঠাকুর",  # a Bengali vowel sign below
        "محمدرضا شجریان‌زاده",  # Persian, with a zero-width non-joiner
    ],
)
def test_marks_read_back_as_typed(name: str) -> None:
    out = io.BytesIO()
    build_certificate(_data(name), out)
    # Glyphs are placed by their PDF widths, not by moves that would read as spaces.
    assert name in " ".join(PdfReader(out).pages[0].extract_text().split())
