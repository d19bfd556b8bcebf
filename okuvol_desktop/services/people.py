"""Adding, editing, archiving and listing people."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from okuvol_desktop.domain.errors import Conflict, ValidationError
from okuvol_desktop.domain.ids import PersonId
from okuvol_desktop.domain.load import check_budget_within_limit, weekly_minutes
from okuvol_desktop.domain.model import Person, PersonDetails
from okuvol_desktop.domain.rules import check_text
from okuvol_desktop.domain.text import edited_text, trimmed
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.roles import refuse_while_timing
from okuvol_desktop.storage.repositories import EntryRepo, PersonRepo, RoleRepo


def _check_email(email: str | None) -> str | None:
    if email is None or not email.strip():
        return None
    email = email.strip()
    local, at, domain = email.partition("@")
    if not (local and at and "." in domain):
        raise ValidationError("email", "'{email}' is not an e-mail address.", email=email)
    return email


def _check_birth_date(birth_date: date | None, today: date) -> date | None:
    if birth_date is not None and birth_date > today:
        raise ValidationError(
            "birth_date",
            "The birth date {birth_date} is in the future.",
            birth_date=birth_date.isoformat(),
        )
    return birth_date


def _weekly_minutes(field: str, hours: Decimal | None) -> int | None:
    """Whole minutes of a weekly limit or budget given in hours; 0 means "not chosen"."""
    return None if hours is None or hours == 0 else weekly_minutes(field, hours)


@dataclass(frozen=True, slots=True)
class PersonChanges:
    """Fields to change on a person; None leaves a field as it is, "" clears a text and 0
    clears a weekly limit or budget (back to "not chosen")."""

    full_name: str | None = None
    email: str | None = None
    phone: str | None = None
    birth_date: date | None = None
    notes: str | None = None
    weekly_limit_hours: Decimal | None = None
    weekly_budget_hours: Decimal | None = None


def _edited(details: PersonDetails, changes: PersonChanges, today: date) -> PersonDetails:
    """``details`` with ``changes`` checked and made (None keeps a field as it is)."""
    c = changes
    return PersonDetails(
        full_name=details.full_name
        if c.full_name is None
        else check_text("full_name", c.full_name, "The name"),
        email=details.email if c.email is None else _check_email(c.email),
        phone=edited_text(details.phone, c.phone),
        birth_date=details.birth_date
        if c.birth_date is None
        else _check_birth_date(c.birth_date, today),
        notes=edited_text(details.notes, c.notes),
        weekly_limit_minutes=details.weekly_limit_minutes
        if c.weekly_limit_hours is None
        else _weekly_minutes("weekly_limit", c.weekly_limit_hours),
        weekly_volunteer_minutes=details.weekly_volunteer_minutes
        if c.weekly_budget_hours is None
        else _weekly_minutes("weekly_budget", c.weekly_budget_hours),
    )


class PeopleService:
    """Use cases about people."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def add(
        self,
        full_name: str,
        *,
        email: str | None = None,
        phone: str | None = None,
        birth_date: date | None = None,
        notes: str | None = None,
        weekly_limit_hours: Decimal | None = None,
        weekly_budget_hours: Decimal | None = None,
    ) -> Person:
        """Record a new person; the name is kept exactly as typed (any script).

        ``weekly_limit_hours`` (both kinds of work together) and ``weekly_budget_hours``
        (volunteering) are 1 to 168 hours, the budget not above the limit; None or 0 leaves
        them not chosen.
        """
        details = PersonDetails(
            full_name=check_text("full_name", full_name, "The name"),
            email=_check_email(email),
            phone=trimmed(phone),
            birth_date=_check_birth_date(birth_date, self._ctx.today()),
            notes=trimmed(notes),
            weekly_limit_minutes=_weekly_minutes("weekly_limit", weekly_limit_hours),
            weekly_volunteer_minutes=_weekly_minutes("weekly_budget", weekly_budget_hours),
        )
        check_budget_within_limit(details.weekly_limit_minutes, details.weekly_volunteer_minutes)
        with self._ctx.transaction() as s:
            return PersonRepo(s).add(details)

    def edit(self, person_id: PersonId, changes: PersonChanges) -> Person:
        """Change a person's details."""
        with self._ctx.transaction() as s:
            repo = PersonRepo(s)
            person = repo.get(person_id)
            details = _edited(person.details, changes, self._ctx.today())
            # The budget is checked against the limit the person will have, changed or kept.
            check_budget_within_limit(
                details.weekly_limit_minutes, details.weekly_volunteer_minutes
            )
            return repo.update(person.id, details)

    def set_archived(self, person_id: PersonId, archived: bool = True) -> Person:
        """Archive a person (hidden from lists, kept in every total), or bring them back."""
        with self._ctx.transaction() as s:
            return PersonRepo(s).set_archived(person_id, archived)

    def delete(self, person_id: PersonId) -> Person:
        """Delete a person who has no entries; one with entries can only be archived."""
        with self._ctx.transaction() as s:
            repo = PersonRepo(s)
            person = repo.get(person_id)
            count = EntryRepo(s).count_for(person_id=person.id)
            if count:
                raise Conflict(
                    (
                        "{full_name} has {count} entries and cannot be deleted; archive them "
                        "instead."
                    ),
                    full_name=person.full_name,
                    count=count,
                )
            refuse_while_timing(
                s, [r.id for r in RoleRepo(s).held(person_id=person.id, include_archived=True)]
            )
            repo.delete(person.id)
            return person

    def get(self, person_id: PersonId) -> Person:
        """One person."""
        with self._ctx.reading() as s:
            return PersonRepo(s).get(person_id)

    def by_name(self, include_archived: bool = False) -> list[Person]:
        """Everyone, by name."""
        with self._ctx.reading() as s:
            return PersonRepo(s).by_name(include_archived)
