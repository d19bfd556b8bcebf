"""The records a service hands a repository (PersonDetails, OrganisationDetails, RoleDetails,
CertificateRecord) name the columns they are written to, and every field of each is kept:
written whole, read back whole, on both databases."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import inspect

from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import (
    CertificateRecord,
    OrganisationDetails,
    PersonDetails,
    RoleDetails,
)
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.storage.orm import CertificateRow, OrganisationRow, PersonRow, RoleRow
from okuvol_desktop.storage.repositories import OrganisationRepo, PersonRepo, RoleRepo


@pytest.mark.parametrize(
    ("record", "row"),
    [
        (PersonDetails, PersonRow),
        (OrganisationDetails, OrganisationRow),
        (RoleDetails, RoleRow),
        (CertificateRecord, CertificateRow),
    ],
)
def test_every_field_of_a_record_is_a_column_of_its_row(record: type, row: type) -> None:
    columns: set[str] = set(inspect(row).columns.keys())
    assert {field.name for field in fields(record)} - columns == set()


def test_a_person_is_written_and_rewritten_whole(ledger: Ledger) -> None:
    first = PersonDetails(
        full_name="Siti Rahayu",
        email="siti@example.org",
        phone="+62 812 0000",
        birth_date=date(1990, 5, 17),
        notes="Speaks Sundanese",
        weekly_limit_minutes=45 * 60,
        weekly_volunteer_minutes=6 * 60,
    )
    second = PersonDetails(full_name="Siti R.")  # every other detail cleared
    with ledger.ctx.transaction() as s:
        added = PersonRepo(s).add(first)
        assert added.details == first
        assert not added.archived
        rewritten = PersonRepo(s).update(added.id, second)
    assert rewritten.details == second
    assert ledger.people.get(added.id).details == second


def test_an_organisation_is_written_and_rewritten_whole(ledger: Ledger) -> None:
    first = OrganisationDetails(
        name="Yayasan Pelita",
        type="NGO",
        address="Jl. Merdeka 1, Bandung",
        contact="info@pelita.example",
        signatory_name="Dr. Ratna Kusuma",
        signatory_title="Director",
        certificate_language="id",
        verify_url="https://pelita.example/verify",
    )
    second = OrganisationDetails(name="Pelita")
    with ledger.ctx.transaction() as s:
        added = OrganisationRepo(s).add(first)
        assert added.details == first
        rewritten = OrganisationRepo(s).update(added.id, second)
        archived = OrganisationRepo(s).set_archived(added.id, True)
    assert rewritten.details == second
    assert archived.archived and archived.details == second


def test_a_role_is_written_and_rewritten_whole(ledger: Ledger) -> None:
    person = ledger.people.add("Budi")
    organisation = ledger.organisations.add("RS Harapan")
    first = RoleDetails(
        title="Nurse",
        field="Health",
        start_date=date(2026, 1, 1),
        end_date=date(2026, 12, 31),
        hourly_rate=Decimal("120000"),
        currency="IDR",
        weekly_minutes=40 * 60,
    )
    second = RoleDetails(title="Head nurse")
    with ledger.ctx.transaction() as s:
        role = RoleRepo(s).add(person.id, organisation.id, WorkKind.PROFESSIONAL, first)
        assert (role.person_id, role.organisation_id, role.kind) == (
            person.id,
            organisation.id,
            WorkKind.PROFESSIONAL,
        )
        assert (role.title, role.field, role.start_date, role.end_date) == (
            "Nurse",
            "Health",
            date(2026, 1, 1),
            date(2026, 12, 31),
        )
        assert (role.hourly_rate, role.currency, role.weekly_minutes) == (
            Decimal("120000"),
            "IDR",
            2400,
        )
        RoleRepo(s).update(role.id, second)
    again = ledger.roles.get(role.id)
    assert (again.title, again.field, again.hourly_rate, again.weekly_minutes) == (
        "Head nurse",
        None,
        None,
        None,
    )
