"""A week of one person's hours at once: a row per role, a column per day.

The week grid of the desktop application reads a sheet to show what is already logged, and
saves the hours typed into its cells as new entries, all of them or none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from okuvol_desktop.domain.errors import OkuvolError, ValidationError
from okuvol_desktop.domain.kinds import EntryStatus
from okuvol_desktop.domain.load import week_start
from okuvol_desktop.domain.model import Entry, Role
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.entries import EntryInput, record_in_role
from okuvol_desktop.storage.aggregates import Aggregates, EntryFilter
from okuvol_desktop.storage.repositories import OrganisationRepo, PersonRepo, RoleRepo

DAYS_IN_WEEK = 7
# Rejected hours are not the person's hours any more; everything else has been logged.
_LOGGED = (EntryStatus.DRAFT, EntryStatus.SUBMITTED, EntryStatus.APPROVED)


@dataclass(frozen=True, slots=True)
class WeekRow:
    """One role of the person, with the minutes already logged on each day of the week."""

    role: Role
    organisation: str
    logged: tuple[int, ...]

    def open_on(self, day: date) -> bool:
        """Whether hours may be logged in this role on ``day``."""
        return self.role.is_active_on(day)


@dataclass(frozen=True, slots=True)
class WeekSheet:
    """A person's roles that are open during a week, and what each already holds."""

    person_id: int
    person: str
    days: tuple[date, ...]
    rows: tuple[WeekRow, ...]


@dataclass(frozen=True, slots=True)
class WeekCell:
    """Hours typed for one role on one day."""

    role_id: int
    day: date
    hours: Decimal


class CellError(ValidationError):
    """One cell of a week breaks a rule; nothing of the week was saved.

    Attributes:
        role_id, day: The cell, so the grid can select it.
        reason: The rule's own error.
    """

    def __init__(self, role: Role, day: date, reason: OkuvolError) -> None:
        super().__init__(
            "cell",
            "{role} on {day}: {reason}",
            role=role.title,
            day=day.isoformat(),
            reason=reason.text,
        )
        self.role_id = role.id
        self.day = day
        self.reason = reason


class WeekSheetService:
    """Reading a week's grid and saving the hours typed into it."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def load(self, person_id: int, any_day: date, first_weekday: int = 0) -> WeekSheet:
        """The week holding ``any_day`` for a person: their roles open in it, oldest first.

        Archived roles and roles of archived organisations are left out: no hours can go there.
        """
        start = week_start(any_day, first_weekday)
        days = tuple(start + timedelta(days=i) for i in range(DAYS_IN_WEEK))
        with self._ctx.sessions() as s:  # only reads
            person = PersonRepo(s).get(person_id)
            organisations = {o.id: o for o in OrganisationRepo(s).by_name(include_archived=True)}
            roles = [
                r
                for r in RoleRepo(s).held(person_id=person_id)
                if not organisations[r.organisation_id].archived
                and any(r.is_active_on(d) for d in days)
            ]
            logged = Aggregates(s).minutes_by_role_and_day(
                EntryFilter(days[0], days[-1], _LOGGED, person_id=person_id)
            )
        rows = tuple(
            WeekRow(
                role,
                organisations[role.organisation_id].name,
                tuple(logged.get((role.id, d), 0) for d in days),
            )
            for role in roles
        )
        return WeekSheet(person.id, person.full_name, days, rows)

    def save(self, person_id: int, cells: Sequence[WeekCell], *, draft: bool) -> list[Entry]:
        """One new entry per cell, in one transaction: a cell that breaks a rule saves none.

        Raises:
            CellError: the first cell (in the order given) that breaks a rule.
            ValidationError: a cell's role belongs to someone else.
        """
        entries = []
        with self._ctx.transaction() as s:
            roles = RoleRepo(s)
            for cell in cells:
                role = roles.get(cell.role_id)
                if role.person_id != person_id:
                    raise ValidationError("role", "This role belongs to someone else.")
                details = EntryInput(date=cell.day, hours=cell.hours)
                try:
                    entries.append(record_in_role(s, self._ctx, role, details, draft=draft))
                except OkuvolError as error:
                    raise CellError(role, cell.day, error) from error
        return entries
