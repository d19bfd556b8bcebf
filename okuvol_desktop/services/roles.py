"""Roles: a person's engagement with an organisation, professional or volunteer."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from okuvol_desktop.domain.errors import Conflict, NotFound, ValidationError
from okuvol_desktop.domain.ids import OrganisationId, PersonId, RoleId
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import Organisation, Person, Role, RoleDetails
from okuvol_desktop.domain.rules import check_amount, check_text
from okuvol_desktop.domain.text import check_optional
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.storage.repositories import (
    EntryRepo,
    OrganisationRepo,
    PersonRepo,
    RoleRepo,
    TimerRepo,
)


def _checked_details(kind: WorkKind, details: RoleDetails) -> RoleDetails:
    """The terms as the role's row keeps them (texts trimmed, the currency in capitals), or
    ValidationError naming the first wrong one."""
    if details.start_date and details.end_date and details.end_date < details.start_date:
        raise ValidationError(
            "end_date",
            "The role ends ({end_date}) before it starts ({start_date}).",
            end_date=details.end_date.isoformat(),
            start_date=details.start_date.isoformat(),
        )
    currency = (details.currency or "").strip().upper() or None
    if details.hourly_rate is not None:
        if kind is WorkKind.VOLUNTEER:
            raise ValidationError("hourly_rate", "A volunteer role has no hourly rate.")
        check_amount("hourly_rate", details.hourly_rate, "The hourly rate")
        if currency is None:
            raise ValidationError("currency", "Give the currency of the hourly rate, e.g. IDR.")
    if currency is not None and not (len(currency) == 3 and currency.isalpha()):
        raise ValidationError(
            "currency",
            "'{currency}' is not a three-letter currency code such as IDR.",
            currency=details.currency,
        )
    weekly = details.weekly_minutes
    if weekly is not None and not 0 < weekly <= 168 * 60:
        raise ValidationError(
            "weekly_hours",
            ("Contracted weekly hours must be between 0 and 168 (got {weekly_hours})."),
            weekly_hours=f"{weekly / 60:g}",
        )
    return replace(
        details,
        title=check_text("title", details.title, "The role's title"),
        field=check_optional("field", details.field, "The field of work"),
        currency=currency,
    )


def _is_named(role: Role, ref: RoleId | str) -> bool:
    """Whether ``ref`` is the role's id, or what a user typed for it (its id or title)."""
    if isinstance(ref, int):
        return role.id == ref
    return str(role.id) == ref or role.title == ref


def pick_role(
    s: Session,
    *,
    person: Person,
    organisation: Organisation,
    kind: WorkKind | None,
    role_ref: RoleId | str | None,
    on: date | None,
) -> Role:
    """The one role of a person at an organisation that fits, or an error that says why not.

    ``kind`` is needed only when the person holds roles of both kinds there; among several roles
    of one kind, those active on ``on`` are preferred.
    """
    roles = RoleRepo(s).held(person_id=person.id, organisation_id=organisation.id)
    if role_ref is not None:
        roles = [r for r in roles if _is_named(r, role_ref)]
    if kind is not None:
        roles = [r for r in roles if r.kind is kind]
    if not roles:
        raise (
            NotFound(
                "{person} has no role at {organisation} that fits (kind: {kind}; role: {role}).",
                person=person.full_name,
                organisation=organisation.name,
                kind=kind or "-",  # the window names the kind in its own language
                role=role_ref or "-",
            )
            if kind or role_ref
            else NotFound(
                "{person} has no role at {organisation}.",
                person=person.full_name,
                organisation=organisation.name,
            )
        )
    if len({r.kind for r in roles}) > 1:
        raise ValidationError(
            "kind",
            (
                "{person} does both professional and volunteer work at {organisation}; say "
                "which kind (--kind professional or --kind volunteer)."
            ),
            person=person.full_name,
            organisation=organisation.name,
        )
    if len(roles) > 1 and on is not None:
        active = [r for r in roles if r.is_active_on(on)]
        roles = active or roles
    if len(roles) > 1:
        titles = ", ".join(f"'{r.title}' (id {r.id})" for r in roles)
        raise ValidationError(
            "role",
            "{person} has several roles at {organisation}: {titles}; name one with --role.",
            person=person.full_name,
            organisation=organisation.name,
            titles=titles,
        )
    return roles[0]


def refuse_while_timing(s: Session, role_ids: list[int]) -> None:
    """Refuse to delete what a running timer is timing: its time would have nowhere to go.

    Raises:
        Conflict: naming the person whose timer runs.
    """
    timers = TimerRepo(s).in_roles(role_ids)
    if timers:
        raise Conflict(
            "{name}'s timer is running; stop it (the time becomes an entry) or cancel it first.",
            name=PersonRepo(s).get(timers[0].person_id).full_name,
        )


class RoleService:
    """Use cases about roles."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def add(
        self,
        person_id: PersonId,
        organisation_id: OrganisationId,
        kind: WorkKind,
        details: RoleDetails,
    ) -> Role:
        """Give a person a role of one kind at an organisation, on these terms."""
        details = _checked_details(kind, details)
        with self._ctx.transaction() as s:
            person = PersonRepo(s).get(person_id)
            organisation = OrganisationRepo(s).get(organisation_id)
            return RoleRepo(s).add(person.id, organisation.id, kind, details)

    def edit(self, role_id: RoleId, details: RoleDetails) -> Role:
        """Change a role's terms; its period must still hold every entry logged in it."""
        with self._ctx.transaction() as s:
            repo = RoleRepo(s)
            role = repo.get(role_id)
            details = _checked_details(role.kind, details)
            first, last = EntryRepo(s).date_range_of_role(role_id)
            start, end = details.start_date, details.end_date
            if first is not None and start is not None and first < start:
                raise ValidationError(
                    "start_date",
                    ("Entries from {first} are logged in this role; the role must start by then."),
                    first=first.isoformat(),
                )
            if last is not None and end is not None and last > end:
                raise ValidationError(
                    "end_date",
                    ("Entries up to {last} are logged in this role; the role must not end before."),
                    last=last.isoformat(),
                )
            return repo.update(role_id, details)

    def get(self, role_id: RoleId) -> Role:
        """One role."""
        with self._ctx.reading() as s:
            return RoleRepo(s).get(role_id)

    def set_archived(self, role_id: RoleId, archived: bool = True) -> Role:
        """Archive a role (no new entries; old ones still count), or bring it back."""
        with self._ctx.transaction() as s:
            return RoleRepo(s).set_archived(role_id, archived)

    def delete(self, role_id: RoleId) -> Role:
        """Delete a role in which nothing was logged and no timer runs."""
        with self._ctx.transaction() as s:
            role = RoleRepo(s).get(role_id)
            refuse_while_timing(s, [role_id])
            count = EntryRepo(s).count_for(role_id=role_id)
            if count:
                raise Conflict(
                    (
                        "The role '{title}' has {count} entries and cannot be deleted; archive "
                        "it instead."
                    ),
                    title=role.title,
                    count=count,
                )
            s.delete(RoleRepo(s).row(role_id))
            return role

    def held(
        self,
        person_id: PersonId | None = None,
        organisation_id: OrganisationId | None = None,
        include_archived: bool = False,
    ) -> list[Role]:
        """Roles, optionally of one person and/or at one organisation."""
        with self._ctx.reading() as s:
            return RoleRepo(s).held(person_id, organisation_id, include_archived)
