"""The week grid's service: what a week already holds, and saving a week of hours at once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from okuvol_desktop.domain.errors import ValidationError
from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.domain.model import RoleDetails
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.week_sheet import CellError, WeekCell
from tests.dbstate import count
from tests.services.helpers import dual_role_person, log

P, V = WorkKind.PROFESSIONAL, WorkKind.VOLUNTEER
MONDAY = date(2026, 11, 16)


def _person_id(ledger: Ledger, name: str = "Siti Rahmawati") -> int:
    return next(p.id for p in ledger.people.by_name() if p.full_name == name)


def _role_id(ledger: Ledger, title: str) -> int:
    return next(r.id for r in ledger.roles.held() if r.title == title)


def test_a_sheet_has_the_week_of_the_day_and_what_each_role_already_holds(
    ledger: Ledger,
) -> None:
    dual_role_person(ledger)
    log(ledger, date(2026, 11, 18), kind=P, hours="8")
    log(ledger, date(2026, 11, 18), kind=P, hours="1.5")
    log(ledger, date(2026, 11, 22), kind=V, hours="2")
    log(ledger, date(2026, 11, 23), kind=V, hours="3")  # next week
    rejected = log(ledger, date(2026, 11, 17), kind=V, hours="4")
    ledger.approvals.reject([rejected.id], "wrong day")

    sheet = ledger.week_sheet.load(_person_id(ledger), date(2026, 11, 19))

    assert sheet.days[0] == MONDAY and sheet.days[-1] == date(2026, 11, 22)
    assert sheet.person == "Siti Rahmawati"
    by_title = {row.role.title: row for row in sheet.rows}
    assert by_title["Nurse"].logged == (0, 0, 570, 0, 0, 0, 0)
    assert by_title["Tutor"].logged == (0, 0, 0, 0, 0, 0, 120)  # the rejected 4 h do not count
    assert by_title["Nurse"].organisation == "RS Harapan"


def test_the_week_can_start_on_sunday(ledger: Ledger) -> None:
    dual_role_person(ledger)
    sheet = ledger.week_sheet.load(_person_id(ledger), date(2026, 11, 19), first_weekday=6)
    assert sheet.days[0] == date(2026, 11, 15) and sheet.days[0].weekday() == 6


def test_roles_closed_archived_or_at_an_archived_organisation_are_left_out(
    ledger: Ledger,
) -> None:
    dual_role_person(ledger)
    ledger.organisations.add("Yayasan Lama")
    ledger.roles.add(
        ledger.names.person("Siti Rahmawati"),
        ledger.names.organisation("Yayasan Lama"),
        V,
        RoleDetails(title="Old tutor"),
    )
    ledger.organisations.set_archived(ledger.names.organisation("Yayasan Lama"))
    ledger.roles.add(
        ledger.names.person("Siti Rahmawati"),
        ledger.names.organisation("RS Harapan"),
        V,
        RoleDetails(title="Ended", start_date=date(2025, 1, 1), end_date=date(2025, 12, 31)),
    )
    sheet = ledger.week_sheet.load(_person_id(ledger), MONDAY)
    assert [row.role.title for row in sheet.rows] == ["Nurse", "Tutor"]


def test_saving_a_week_adds_one_entry_per_cell(ledger: Ledger) -> None:
    dual_role_person(ledger)
    nurse, tutor = _role_id(ledger, "Nurse"), _role_id(ledger, "Tutor")
    cells = [
        WeekCell(nurse, MONDAY, Decimal(8)),
        WeekCell(nurse, date(2026, 11, 17), Decimal("7.5")),
        WeekCell(tutor, date(2026, 11, 21), Decimal("2.25")),
    ]
    entries = ledger.week_sheet.save(_person_id(ledger), cells, draft=True)
    assert [(e.role_id, e.date, e.minutes) for e in entries] == [
        (nurse, MONDAY, 480),
        (nurse, date(2026, 11, 17), 450),
        (tutor, date(2026, 11, 21), 135),
    ]
    assert {e.status for e in entries} == {EntryStatus.DRAFT}
    assert ledger.week_sheet.load(_person_id(ledger), MONDAY).rows[0].logged[:2] == (480, 450)


def _entry_count(location: str) -> int:
    return count(location)


def test_one_bad_cell_saves_nothing_and_names_its_role_and_day(
    ledger: Ledger, db_location: str
) -> None:
    dual_role_person(ledger)
    nurse, tutor = _role_id(ledger, "Nurse"), _role_id(ledger, "Tutor")
    before = _entry_count(db_location)
    cells = [
        WeekCell(nurse, MONDAY, Decimal(8)),
        WeekCell(tutor, date(2026, 11, 30), Decimal(2)),  # after today, 28 November
    ]
    with pytest.raises(CellError) as caught:
        ledger.week_sheet.save(_person_id(ledger), cells, draft=False)
    assert caught.value.role_id == tutor and caught.value.day == date(2026, 11, 30)
    assert str(caught.value).startswith("Tutor on 2026-11-30: ")
    assert "future" in str(caught.value)
    assert _entry_count(db_location) == before


def test_a_cell_of_too_many_hours_is_refused(ledger: Ledger) -> None:
    dual_role_person(ledger)
    cells = [WeekCell(_role_id(ledger, "Nurse"), MONDAY, Decimal(25))]
    with pytest.raises(CellError, match="Nurse on 2026-11-16"):
        ledger.week_sheet.save(_person_id(ledger), cells, draft=False)


def test_someone_elses_role_is_refused(ledger: Ledger) -> None:
    dual_role_person(ledger)
    dual_role_person(ledger, "Budi Santoso")
    budi_nurse = next(
        r.id
        for r in ledger.roles.held()
        if r.title == "Nurse" and r.person_id == _person_id(ledger, "Budi Santoso")
    )
    with pytest.raises(ValidationError, match="someone else"):
        ledger.week_sheet.save(
            _person_id(ledger), [WeekCell(budi_nurse, MONDAY, Decimal(1))], draft=False
        )


def test_a_nested_reason_is_translated_with_its_cell() -> None:
    from okuvol_desktop.domain.errors import Message

    inner = Message("{day} is in the future.", {"day": "2026-11-30"})
    outer = Message(
        "{role} on {day}: {reason}", {"role": "Tutor", "day": "2026-11-30", "reason": inner}
    )
    words = {
        "{role} on {day}: {reason}": "{role} pada {day}: {reason}",
        "{day} is in the future.": "{day} ada di masa depan.",
    }
    assert outer.translated(lambda t: words.get(t, t)) == (
        "Tutor pada 2026-11-30: 2026-11-30 ada di masa depan."
    )
    assert str(outer) == "Tutor on 2026-11-30: 2026-11-30 is in the future."
