"""Schemes kept in the ledger (their okuvol-scheme documents) and whom they are assigned to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from okuvol_desktop.storage.orm import (
    CategoryRow,
    EntryCreditRow,
    EntryRow,
    RoleRow,
    SchemeAssignmentRow,
    SchemeRow,
)
from okuvol_desktop.storage.repositories.base import Repository


@dataclass(frozen=True, slots=True)
class StoredScheme:
    """A scheme row: its name, kind and document (the services read the document)."""

    id: int
    name: str
    kind: str
    document: str


@dataclass(frozen=True, slots=True)
class Assignment:
    """A scheme given to one person (``person_id``) or to an organisation's volunteers."""

    scheme_id: int
    person_id: int | None
    organisation_id: int | None
    starts_on: date | None


def _stored(row: SchemeRow) -> StoredScheme:
    return StoredScheme(row.id, row.name, row.kind, row.document)


def _assignment(row: SchemeAssignmentRow) -> Assignment:
    return Assignment(row.scheme_id, row.person_id, row.organisation_id, row.starts_on)


class SchemeRepo(Repository):
    """The scheme and scheme_assignment tables."""

    def every(self) -> list[StoredScheme]:
        """Every scheme in the ledger, by name."""
        return [_stored(r) for r in self._s.scalars(select(SchemeRow).order_by(SchemeRow.name))]

    def named(self, name: str) -> StoredScheme | None:
        """The scheme of this name, its case ignored."""
        rows = self._s.scalars(select(SchemeRow)).all()
        found = [r for r in rows if r.name.casefold() == name.strip().casefold()]
        return _stored(found[0]) if found else None

    def add(self, name: str, kind: str, document: str) -> StoredScheme:
        """Keep a new scheme."""
        row = SchemeRow(name=name, kind=kind, document=document)
        self._s.add(row)
        self._s.flush()
        return _stored(row)

    def replace(self, scheme_id: int, name: str, kind: str, document: str) -> StoredScheme:
        """Put a new document in place of a scheme's, keeping its assignments."""
        row = self._s.get_one(SchemeRow, scheme_id)
        row.name, row.kind, row.document = name, kind, document
        self._s.flush()
        return _stored(row)

    def assignments(self) -> list[Assignment]:
        """Every assignment, by scheme."""
        stmt = select(SchemeAssignmentRow).order_by(
            SchemeAssignmentRow.scheme_id, SchemeAssignmentRow.id
        )
        return [_assignment(r) for r in self._s.scalars(stmt)]

    def assign(
        self,
        scheme_id: int,
        *,
        person_id: int | None = None,
        organisation_id: int | None = None,
        starts_on: date | None = None,
    ) -> bool:
        """Give a scheme to a person or an organisation's volunteers (a new start date for
        one who has it already); False when nothing changed."""
        same = select(SchemeAssignmentRow).where(
            SchemeAssignmentRow.scheme_id == scheme_id,
            SchemeAssignmentRow.person_id == person_id
            if person_id is not None
            else SchemeAssignmentRow.organisation_id == organisation_id,
        )
        row = self._s.scalars(same).first()
        if row is not None:
            if row.starts_on == starts_on:
                return False
            row.starts_on = starts_on
        else:
            self._s.add(
                SchemeAssignmentRow(
                    scheme_id=scheme_id,
                    person_id=person_id,
                    organisation_id=organisation_id,
                    starts_on=starts_on,
                )
            )
        self._s.flush()
        return True

    def unassign(
        self, scheme_id: int, *, person_id: int | None = None, organisation_id: int | None = None
    ) -> int:
        """Take a scheme back from a person or an organisation; the rows removed."""
        stmt = delete(SchemeAssignmentRow).where(
            SchemeAssignmentRow.scheme_id == scheme_id,
            SchemeAssignmentRow.person_id == person_id
            if person_id is not None
            else SchemeAssignmentRow.organisation_id == organisation_id,
        )
        return int(self._s.execute(stmt).rowcount or 0)  # type: ignore[attr-defined]

    def of_person(self, person_id: int) -> list[tuple[StoredScheme, Assignment]]:
        """The schemes that apply to a person: given to them, or to the volunteers of an
        organisation where they hold a volunteer role."""
        volunteers_of = select(RoleRow.organisation_id).where(
            RoleRow.person_id == person_id, RoleRow.kind == "volunteer"
        )
        stmt = (
            select(SchemeRow, SchemeAssignmentRow)
            .join(SchemeAssignmentRow, SchemeAssignmentRow.scheme_id == SchemeRow.id)
            .where(
                or_(
                    SchemeAssignmentRow.person_id == person_id,
                    SchemeAssignmentRow.organisation_id.in_(volunteers_of),
                )
            )
            .order_by(SchemeRow.name, SchemeAssignmentRow.id)
        )
        return [(_stored(scheme), _assignment(given)) for scheme, given in self._s.execute(stmt)]


@dataclass(frozen=True, slots=True)
class WorkAmount:
    """A person's minutes and credits of one organisation, kind, field and status."""

    organisation_id: int
    kind: str
    category_key: str | None
    status: str
    minutes: int
    credits: Decimal


def person_amounts(s: Session, person_id: int, start: date, end: date) -> list[WorkAmount]:
    """A person's approved and submitted work from ``start`` to ``end``, grouped as schemes
    count it (one person's entries: a seek in the person index, however large the ledger)."""
    e = EntryRow
    stmt = (
        select(
            e.organisation_id,
            e.kind,
            CategoryRow.key,
            e.status,
            func.sum(e.minutes),
            func.sum(EntryCreditRow.credits),
        )
        .outerjoin(CategoryRow, CategoryRow.id == e.category_id)
        .outerjoin(EntryCreditRow, EntryCreditRow.entry_id == e.id)
        .where(
            e.person_id == person_id,
            e.work_date >= start,
            e.work_date <= end,
            e.status.in_(("approved", "submitted")),
        )
        .group_by(e.organisation_id, e.kind, CategoryRow.key, e.status)
    )
    return [
        WorkAmount(org, kind, key, status, int(minutes or 0), Decimal(credits or 0))
        for org, kind, key, status, minutes, credits in s.execute(stmt)
    ]
