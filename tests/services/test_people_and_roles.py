"""People, organisations and roles: names in any script, archive instead of delete."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from okuvol_desktop.domain.errors import Conflict, NotFound, ValidationError
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import RoleDetails
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.organisations import OrganisationChanges
from okuvol_desktop.services.people import PersonChanges
from tests.services.helpers import dual_role_person, log

NAMES = ["Nguyễn Thị Hương", "Şükrü Öztürk", "فاطمة الزهراء", "王小明", "Putu Ayu Wulandari"]


@pytest.mark.parametrize("name", NAMES)
def test_names_are_kept_exactly_and_found_by_name(ledger: Ledger, name: str) -> None:
    person = ledger.people.add(f"  {name} ")
    assert person.full_name == name
    assert ledger.people.get(ledger.names.person(name)) == person
    assert ledger.people.get(ledger.names.person(str(person.id))) == person


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"full_name": "   "}, "The name must not be empty"),
        ({"full_name": "A", "email": "not-an-address"}, "not an e-mail address"),
        ({"full_name": "A", "birth_date": date(2030, 1, 1)}, "in the future"),
    ],
)
def test_bad_person_details_are_refused(
    ledger: Ledger, kwargs: dict[str, object], words: str
) -> None:
    with pytest.raises(ValidationError, match=words):
        ledger.people.add(**kwargs)  # type: ignore[arg-type]
    assert ledger.people.by_name(include_archived=True) == []


def test_two_people_of_one_name_must_be_named_by_id(ledger: Ledger) -> None:
    a = ledger.people.add("Budi Santoso")
    b = ledger.people.add("Budi Santoso")
    with pytest.raises(Conflict, match=f"2 people are called 'Budi Santoso'.*{a.id}, {b.id}"):
        ledger.people.get(ledger.names.person("Budi Santoso"))


def test_organisation_names_are_unique(ledger: Ledger) -> None:
    ledger.organisations.add("RS Harapan")
    with pytest.raises(Conflict, match="'RS Harapan' already exists"):
        ledger.organisations.add("RS Harapan")
    other = ledger.organisations.add("Sekolah Alam")
    with pytest.raises(Conflict, match="already exists"):
        ledger.organisations.edit(
            ledger.names.organisation(str(other.id)), OrganisationChanges(name="RS Harapan")
        )


def test_people_with_entries_are_archived_not_deleted(ledger: Ledger) -> None:
    dual_role_person(ledger)
    log(ledger, date(2026, 3, 2), hours="1")
    with pytest.raises(Conflict, match="has 1 entries and cannot be deleted; archive"):
        ledger.people.delete(ledger.names.person("Siti Rahmawati"))
    with pytest.raises(Conflict, match="archive it instead"):
        ledger.organisations.delete(ledger.names.organisation("RS Harapan"))
    ledger.people.set_archived(ledger.names.person("Siti Rahmawati"))
    assert ledger.people.by_name() == []
    assert [p.full_name for p in ledger.people.by_name(include_archived=True)] == ["Siti Rahmawati"]
    ledger.people.add("Nobody Yet")
    ledger.people.delete(ledger.names.person("Nobody Yet"))
    with pytest.raises(NotFound):
        ledger.people.get(ledger.names.person("Nobody Yet"))


def test_edit_person(ledger: Ledger) -> None:
    ledger.people.add("Ayse Yilmaz")
    person = ledger.people.edit(
        ledger.names.person("Ayse Yilmaz"),
        PersonChanges(full_name="Ayşe Yılmaz", email="ayse@example.org"),
    )
    assert (person.full_name, person.email) == ("Ayşe Yılmaz", "ayse@example.org")


@pytest.mark.parametrize(
    ("kind", "terms", "words"),
    [
        (
            WorkKind.PROFESSIONAL,
            RoleDetails(title="Nurse", hourly_rate=Decimal(-5), currency="IDR"),
            "cannot be negative",
        ),
        (
            WorkKind.PROFESSIONAL,
            RoleDetails(title="Nurse", hourly_rate=Decimal(5)),
            "Give the currency",
        ),
        (
            WorkKind.VOLUNTEER,
            RoleDetails(title="Tutor", hourly_rate=Decimal(5), currency="IDR"),
            "A volunteer role has no hourly rate",
        ),
        (
            WorkKind.PROFESSIONAL,
            RoleDetails(title="Nurse", start_date=date(2026, 5, 1), end_date=date(2026, 4, 1)),
            "ends .* before it starts",
        ),
        (WorkKind.PROFESSIONAL, RoleDetails(title="  "), "title must not be empty"),
        (
            WorkKind.PROFESSIONAL,
            RoleDetails(title="Nurse", hourly_rate=Decimal(5), currency="rupiah"),
            "three-letter currency",
        ),
    ],
)
def test_bad_role_terms_are_refused(
    ledger: Ledger, kind: WorkKind, terms: RoleDetails, words: str
) -> None:
    ledger.people.add("Siti")
    ledger.organisations.add("RS Harapan")
    with pytest.raises(ValidationError, match=words):
        ledger.roles.add(
            ledger.names.person("Siti"), ledger.names.organisation("RS Harapan"), kind, terms
        )
    assert ledger.roles.held() == []


def test_role_period_cannot_shrink_past_its_entries(ledger: Ledger) -> None:
    dual_role_person(ledger)
    entry = log(ledger, date(2026, 3, 2), hours="1")
    with pytest.raises(ValidationError, match="Entries up to 2026-03-02"):
        ledger.roles.edit(
            entry.role_id,
            RoleDetails(title="Tutor", start_date=date(2024, 1, 1), end_date=date(2026, 3, 1)),
        )
    role = ledger.roles.edit(
        entry.role_id,
        RoleDetails(title="Reading tutor", start_date=date(2024, 1, 1), end_date=date(2026, 3, 2)),
    )
    assert (role.title, role.end_date) == ("Reading tutor", date(2026, 3, 2))


def test_what_a_ledger_lacks_before_hours_can_be_logged(ledger: Ledger) -> None:
    """People, organisations, then a role between them; archived ones do not count."""
    assert ledger.directory.lacking() == "person"
    siti = ledger.people.add("Siti Rahmawati")
    assert ledger.directory.lacking() == "organisation"
    harapan = ledger.organisations.add("RS Harapan", type="Hospital")
    assert ledger.directory.lacking() == "role"
    nurse = ledger.roles.add(siti.id, harapan.id, WorkKind.PROFESSIONAL, RoleDetails(title="Nurse"))
    assert ledger.directory.lacking() is None
    ledger.roles.set_archived(nurse.id)
    assert ledger.directory.lacking() == "role"
    ledger.people.set_archived(siti.id)
    assert ledger.directory.lacking() == "person"
