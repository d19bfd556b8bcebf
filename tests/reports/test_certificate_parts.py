"""Pieces of the documents tested without drawing: rows, sentences, numbers in two languages."""

from __future__ import annotations

from datetime import date

from okuvol_desktop.reports.certificate import details_rows, itemised_rows, served_sentence
from okuvol_desktop.reports.data import CertificateData, ItemisedEntry
from okuvol_desktop.reports.direction import FSI, PDI
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


def test_numbers_and_dates_in_both_languages() -> None:
    assert number(1234.5, "en") == "1,234.50"
    assert number(1234.5, "id") == "1.234,50"
    assert hours_text(765, "en") == "12.75" and hours_text(1, "id") == "0,02"
    assert long_date(date(2026, 8, 17), "id") == "17 Agustus 2026"
    assert long_date(date(2026, 8, 17), "en") == "17 August 2026"


def test_details_rows_name_where_as_what_and_when_and_leave_out_unrecorded_beneficiaries() -> None:
    # Plain text, never markup: UserText draws the values, so "&" and "<" need no escaping.
    assert details_rows(_data(role_titles=("Tutor", "Cook & <helper>"))) == [
        ["Organisation", "Yayasan"],
        ["Roles", f"{FSI}Tutor{PDI}, {FSI}Cook & <helper>{PDI}"],
        ["Period", "from 1 January 2026 to 31 December 2026"],
        ["Fields of service", f"{FSI}Education{PDI}"],
        ["Skills practised", "None recorded"],
    ]
    assert details_rows(_data(beneficiaries=12, language="id"))[-1] == ["Orang yang dilayani", "12"]


def test_days_served_in_both_languages() -> None:
    served = {"served_first": date(2026, 1, 5), "served_last": date(2026, 12, 20)}
    assert (
        served_sentence(_data(served_days=48, **served))
        == "served on 48 days between 5 January 2026 and 20 December 2026"
    )
    assert (
        served_sentence(_data(served_days=48, language="id", **served))
        == "bertugas pada 48 hari antara 5 Januari 2026 dan 20 Desember 2026"
    )
    one = {"served_first": date(2026, 3, 1), "served_last": date(2026, 3, 1), "served_days": 1}
    assert served_sentence(_data(**one)) == "served on one day, 1 March 2026"
    assert served_sentence(_data()) == ""  # certificates issued before days were recorded


def test_itemised_rows_have_a_header_and_one_row_an_entry() -> None:
    rows = itemised_rows(_data())
    assert rows[0] == ["Date", "Role", "Hours", "Approved by", "Approved on"]
    assert rows[1] == ["1 March 2026", "Tutor & <co>", "1.50", "Ibu Ratna", "2 March 2026"]


def test_snapshot_round_trip() -> None:
    data = _data(skills=("storytelling",), beneficiaries=3)
    assert CertificateData.from_json(data.to_json()) == data
