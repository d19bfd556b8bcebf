"""Yearly summaries drawn from their data: hours apart by review, headings kept with their
tables, names in any script in the tables, metadata."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import FrameBreak, Paragraph  # FrameBreak: an instance

from okuvol_desktop.reports.data import (
    GoalLine,
    OrganisationSummaryData,
    PersonSummaryData,
    ReviewSplit,
    RoleLine,
    ValueOfTime,
    VolunteerLine,
    WeekLine,
)
from okuvol_desktop.reports.flowables import KeepWithStart
from okuvol_desktop.reports.org_summary import build_organisation_summary
from okuvol_desktop.reports.person_summary import (
    build_person_summary,
    heading,
    split_rows,
    totals_rows,
)
from okuvol_desktop.reports.styles import stylesheet
from okuvol_desktop.reports.tables import table
from okuvol_desktop.reports.texts import text

ARABIC_ORG = "مؤسسة الخير للتعليم"
HEADINGS = {
    text("en", key)
    for key in (
        "by_month",
        "by_organisation",
        "by_category",
        "skills",
        "value",
        "goals",
        "awards",
        "busiest_weeks",
        "volunteer_list",
    )
}


def _split(label: str, hours: tuple[float, float, float, float]) -> ReviewSplit:
    pa, pp, va, vp = (int(h * 60) for h in hours)
    return ReviewSplit(label, pa, pp, va, vp)


def _person(roles: int = 3, name: str = "عبد الله بن محمد") -> PersonSummaryData:
    return PersonSummaryData(
        person_name=name,
        year=2026,
        language="en",
        totals=_split("", (40, 45, 4.5, 2)),
        by_role=tuple(
            RoleLine(
                (ARABIC_ORG, "RS Harapan", "王氏基金会")[i % 3], f"Role {i}", "volunteer", 90, 30
            )
            for i in range(roles)
        ),
        by_category=(_split("Health care", (40, 45, 0, 0)), _split("Education", (0, 0, 4.5, 2))),
        by_month=tuple(_split(str(m), (m, 1, 2, 0)) for m in range(1, 13)),
        skills=(("mentoring", 3), ("قراءة", 1)),
        beneficiaries=8,
        goals=(GoalLine("volunteer", 600, 270, 120),),
        awards=(),
        value=ValueOfTime(156.56, "USD", 34.79, "Independent Sector"),
        dual_role=True,
        busiest_weeks=(WeekLine(date(2026, 3, 2), _split("", (0, 45, 4.5, 0))),),
        generated=date(2026, 11, 28),
    )


def _organisation(volunteers: int = 40) -> OrganisationSummaryData:
    names = ("Siti Rahmawati", "عبد الله بن محمد", "דוד בן גוריון", "王小明", "श्रीमती क्षमा")
    return OrganisationSummaryData(
        organisation_name=ARABIC_ORG,
        year=2026,
        language="id",
        volunteers=volunteers,
        professionals=1,
        dual_role=0,
        totals=_split("", (8, 0, 90, 45)),
        value=None,
        by_month=tuple(_split(str(m), (0, 0, 10, 1)) for m in range(1, 13)),
        by_category=(_split("Pendidikan", (0, 0, 90, 45)),),
        beneficiaries=180,
        volunteer_list=tuple(
            VolunteerLine(f"{names[i % len(names)]}", 90, 45) for i in range(volunteers)
        ),
        generated=date(2026, 11, 28),
    )


def test_every_table_of_hours_has_approved_and_pending_columns() -> None:
    rows = totals_rows(_split("", (1, 2, 3, 4)), "en")
    assert rows[0] == ["Hours", "Approved", "Awaiting review"]
    assert rows[1:] == [
        ["Professional (paid)", "1.00", "2.00"],
        ["Volunteer", "3.00", "4.00"],
        ["Together", "4.00", "6.00"],
    ]
    split = split_rows((_split("Education", (1, 2, 3, 4)),), "Field of service", "en")
    assert split[0] == ["Field of service", "Professional (paid)", "", "Volunteer", ""]
    assert split[1] == ["", "Approved", "Awaiting review", "Approved", "Awaiting review"]
    assert split[2] == ["Education", "1.00", "2.00", "3.00", "4.00"]


def test_a_heading_moves_to_the_next_page_with_its_table() -> None:
    rows = [["Name", "Approved"]] + [[f"Person {i}", "1.00"] for i in range(30)]
    kept = KeepWithStart(heading("Volunteers"), table(rows, [300, 100], user=(0,)))
    kept.canv = Canvas(io.BytesIO())
    # Room for the heading and the header row but not two rows of the body: a page break.
    assert isinstance(kept.split(400, 50)[0], type(FrameBreak))
    # Room for the start of the table: it starts here and flows on.
    assert not isinstance(kept.split(400, 120)[0], type(FrameBreak))
    short = KeepWithStart(heading("Goals"), Paragraph("One line", stylesheet()["body"]))
    short.canv = Canvas(io.BytesIO())
    assert isinstance(short.split(400, 30)[0], type(FrameBreak))


@pytest.mark.parametrize("roles", range(0, 40, 3))
def test_no_page_ends_with_a_heading(roles: int) -> None:
    out = io.BytesIO()
    build_person_summary(_person(roles), out)
    for page in PdfReader(out).pages:
        body = [line.strip() for line in page.extract_text().splitlines()[1:]]  # footer first
        assert body and body[-1] not in HEADINGS, body[-3:]


def test_names_in_tables_are_shaped_and_read_back() -> None:
    out = io.BytesIO()
    build_organisation_summary(_organisation(), out)
    reader = PdfReader(out)
    page_text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    for name in ("عبد الله بن محمد", "דוד בן גוריון", "王小明", "श्रीमती क्षमा", ARABIC_ORG):
        assert name in page_text
    fonts = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert {"NotoKufiArabic-Regular", "NotoSansHebrew-Regular", "NotoSansCJKsc-Regular"} <= fonts
    # The title reads left to right with the organisation isolated at its end.
    assert f"Ringkasan dampak 2026: {ARABIC_ORG}" in page_text


def test_metadata_name_the_author_and_the_language() -> None:
    out = io.BytesIO()
    build_organisation_summary(_organisation(3), out)
    reader = PdfReader(out)
    assert reader.metadata is not None and reader.metadata["/Author"] == ARABIC_ORG
    assert reader.trailer["/Root"]["/Lang"] == "id"
    out = io.BytesIO()
    build_person_summary(_person(), out)
    reader = PdfReader(out)
    assert reader.metadata is not None and reader.metadata["/Author"] == "okuvol"
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_the_same_data_gives_the_same_bytes() -> None:
    first, again = io.BytesIO(), io.BytesIO()
    build_person_summary(_person(), first)
    build_organisation_summary(_organisation(), io.BytesIO())
    build_person_summary(_person(), again)
    assert first.getvalue() == again.getvalue()
