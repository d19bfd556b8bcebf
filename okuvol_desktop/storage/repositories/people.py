"""People: the repository and the Person a row makes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row, delete, select

from okuvol_desktop.domain.errors import NotFound
from okuvol_desktop.domain.ids import PersonId
from okuvol_desktop.domain.model import Person, PersonDetails
from okuvol_desktop.storage.orm import AccessVolunteerRow, GoalRow, PersonRow, RoleRow
from okuvol_desktop.storage.repositories.base import DirectoryRepository, as_id, by_ref

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


class PersonRepo(DirectoryRepository[PersonRow, Person, PersonDetails]):
    """People."""

    _table = PersonRow

    def _thing(self, row: PersonRow) -> Person:
        return _person(row)

    def _missing(self, record_id: int) -> NotFound:
        return NotFound("There is no person with id {person_id}.", person_id=record_id)

    def add(self, details: PersonDetails) -> Person:
        return self._written(PersonRow(), details)

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

    def by_name(self, include_archived: bool = False) -> list[Person]:
        stmt = select(*_PERSON_COLUMNS).order_by(PersonRow.full_name, PersonRow.id)
        if not include_archived:
            stmt = stmt.where(PersonRow.archived.is_(False))
        return [_person(row) for row in self._s.execute(stmt)]

    def delete(self, person_id: int) -> None:
        """Delete a person with what only describes them: their roles, goals and the login
        tied to them. The caller has made sure that no entry, certificate or running timer
        refers to them."""
        for table in (GoalRow, AccessVolunteerRow, RoleRow):
            self._s.execute(delete(table).where(table.person_id == person_id))
        self._s.delete(self.row(person_id))
        self._s.flush()
