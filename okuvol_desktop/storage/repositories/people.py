"""People: the repository and the Person a row makes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row, delete, select

from okuvol_desktop.domain.errors import NotFound
from okuvol_desktop.domain.ids import PersonId
from okuvol_desktop.domain.model import Person
from okuvol_desktop.storage.orm import AccessVolunteerRow, GoalRow, PersonRow, RoleRow
from okuvol_desktop.storage.repositories._common import Repository, apply_changes, as_id, by_ref

# A Person's fields in its order: a listing reads these as plain rows, not ORM objects,
# which cost 25,000 people two seconds in Python before (the SQL took a millisecond).
_PERSON_COLUMNS = (
    PersonRow.id,
    PersonRow.full_name,
    PersonRow.email,
    PersonRow.phone,
    PersonRow.birth_date,
    PersonRow.notes,
    PersonRow.archived,
    PersonRow.weekly_limit_minutes,
    PersonRow.weekly_volunteer_minutes,
)


def _person(row: PersonRow | Row[*tuple[Any, ...]]) -> Person:
    """The person of an ORM row, or of a plain row of _PERSON_COLUMNS."""
    return Person(
        id=PersonId(row.id),
        full_name=row.full_name,
        email=row.email,
        phone=row.phone,
        birth_date=row.birth_date,
        notes=row.notes,
        archived=row.archived,
        weekly_limit_minutes=row.weekly_limit_minutes,
        weekly_volunteer_minutes=row.weekly_volunteer_minutes,
    )


class PersonRepo(Repository):
    """People."""

    def add(self, **fields: Any) -> Person:
        row = PersonRow(**fields)
        self._s.add(row)
        self._s.flush()
        return _person(row)

    def row(self, person_id: int) -> PersonRow:
        row = self._s.get(PersonRow, person_id)
        if row is None:
            raise NotFound("There is no person with id {person_id}.", person_id=person_id)
        return row

    def get(self, person_id: int) -> Person:
        return _person(self.row(person_id))

    def resolve(self, ref: str) -> Person:
        """A person named by id or by exact full name."""
        ref = ref.strip()
        if (number := as_id(ref)) is not None:
            row = self._s.get(PersonRow, number)
            if row is not None:
                return _person(row)
        stmt = select(PersonRow).where(PersonRow.full_name == ref).order_by(PersonRow.id)
        return _person(
            by_ref(
                self._s,
                stmt,
                ref,
                "No person is called '{ref}'.",
                "{count} people are called '{ref}'; name one by its id ({ids}).",
            )
        )

    def list(self, include_archived: bool = False) -> list[Person]:
        stmt = select(*_PERSON_COLUMNS).order_by(PersonRow.full_name, PersonRow.id)
        if not include_archived:
            stmt = stmt.where(PersonRow.archived.is_(False))
        return [_person(row) for row in self._s.execute(stmt)]

    def update(self, person_id: int, **changes: Any) -> Person:
        row = self.row(person_id)
        apply_changes(row, changes)
        self._s.flush()
        return _person(row)

    def delete(self, person_id: int) -> None:
        """Delete a person with what only describes them: their roles, goals and the login
        tied to them. The caller has made sure that no entry, certificate or running timer
        refers to them."""
        for table in (GoalRow, AccessVolunteerRow, RoleRow):
            self._s.execute(delete(table).where(table.person_id == person_id))
        self._s.delete(self.row(person_id))
        self._s.flush()
