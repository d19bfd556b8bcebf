"""Pieces of the documents tested without drawing: markup, rows, numbers in two languages."""

from __future__ import annotations

import unicodedata
from datetime import date

from okuvol_desktop.reports.certificate import details_rows, itemised_rows
from okuvol_desktop.reports.data import CertificateData, ItemisedEntry
from okuvol_desktop.reports.fonts import CJK, rich, visual
from okuvol_desktop.reports.texts import hours_text, long_date, number


def _data(**changes: object) -> CertificateData:
    base = {
        "number": "YPA-2026-0001",
        "person_name": "Ayşe",
        "organisation_name": "Yayasan",
        "role_titles": ("Tutor",),
        "period_start": date(2026, 1, 1),
        "period_end": date(2026, 12, 31),
        "approved_minutes": 765,
        "categories": ("Education",),
        "skills": (),
        "beneficiaries": None,
        "signatory_name": None,
        "signatory_title": None,
        "issue_date": date(2026, 11, 28),
        "language": "en",
        "paper": "a4",
        "code": "OKV1.a.b",
        "key_fingerprint": "AAAA",
        "entries": (
            ItemisedEntry(date(2026, 3, 1), "Tutor & <co>", 90, "Ibu Ratna", date(2026, 3, 2)),
        ),
    }
    return CertificateData(**{**base, **changes})  # type: ignore[arg-type]


def test_user_text_is_escaped() -> None:
    assert rich("Cerita & <dongeng> 😀") == "Cerita &amp; &lt;dongeng&gt; 😀"
    assert rich(None) == "" and rich("") == ""


def test_cjk_runs_get_the_cjk_font() -> None:
    assert rich("Lê & 王小明") == f'Lê &amp; <font name="{CJK}">王小明</font>'


def test_arabic_is_shaped_and_laid_right_to_left() -> None:
    shown = visual("فاطمة")
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in shown)  # joined presentation forms
    assert unicodedata.normalize("NFKC", shown)[::-1] == "فاطمة"  # drawn right to left
    assert visual("Ayşe Yılmaz") == "Ayşe Yılmaz"


def test_numbers_and_dates_in_both_languages() -> None:
    assert number(1234.5, "en") == "1,234.50"
    assert number(1234.5, "id") == "1.234,50"
    assert hours_text(765, "en") == "12.75" and hours_text(1, "id") == "0,02"
    assert long_date(date(2026, 8, 17), "id") == "17 Agustus 2026"
    assert long_date(date(2026, 8, 17), "en") == "17 August 2026"


def test_details_rows_leave_out_unrecorded_beneficiaries() -> None:
    assert details_rows(_data()) == [
        ["Fields of service", "Education"],
        ["Skills practised", "None recorded"],
    ]
    assert details_rows(_data(beneficiaries=12, language="id"))[-1] == ["Orang yang dilayani", "12"]


def test_itemised_rows_have_a_header_and_one_row_an_entry() -> None:
    rows = itemised_rows(_data())
    assert rows[0] == ["Date", "Role", "Hours", "Approved by", "Approved on"]
    assert rows[1] == [
        "1 March 2026",
        "Tutor &amp; &lt;co&gt;",
        "1.50",
        "Ibu Ratna",
        "2 March 2026",
    ]


def test_snapshot_round_trip() -> None:
    data = _data(skills=("storytelling",), beneficiaries=3)
    assert CertificateData.from_json(data.to_json()) == data
