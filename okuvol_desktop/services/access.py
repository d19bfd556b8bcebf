"""Giving the people of a shared ledger their database roles: coordinators and volunteers."""

from __future__ import annotations

from okuvol_desktop.domain.errors import ValidationError
from okuvol_desktop.domain.ids import OrganisationId, PersonId
from okuvol_desktop.domain.text import check_name
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.storage import access
from okuvol_desktop.storage.repositories import OrganisationRepo, PersonRepo

# PostgreSQL keeps a role's name in 63 bytes and keeps names starting pg_ for itself.
_LOGIN_BYTES = 63


def check_login(name: str) -> str:
    """A database login a person can be given: printable, at most 63 bytes, not pg_...

    Raises:
        ValidationError: naming what is wrong with it.
    """
    login = check_name("login", name, "The database login", limit=_LOGIN_BYTES)
    if len(login.encode()) > _LOGIN_BYTES:
        raise ValidationError(
            "login",
            "The database login '{login}' is longer than PostgreSQL keeps ({most} bytes).",
            login=login,
            most=_LOGIN_BYTES,
        )
    if login.lower().startswith("pg_"):
        raise ValidationError(
            "login", "PostgreSQL keeps logins starting pg_ for itself; choose another name."
        )
    return login


class AccessService:
    """Use cases of `okuvol grant`, run by the owner of a PostgreSQL ledger."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def coordinator(self, role_name: str, organisation_id: OrganisationId) -> str:
        """Make ``role_name`` a coordinator of an organisation; returns the organisation's name."""
        with self._ctx.transaction() as s:
            organisation = OrganisationRepo(s).get(organisation_id)
            access.grant_coordinator(s, check_login(role_name), organisation.id)
            return organisation.name

    def volunteer(self, role_name: str, person_id: PersonId) -> str:
        """Make ``role_name`` the given person; returns the person's name."""
        with self._ctx.transaction() as s:
            person = PersonRepo(s).get(person_id)
            access.grant_volunteer(s, check_login(role_name), person.id)
            return person.full_name

    def grants(self) -> list[tuple[str, str, str]]:
        """(role, "coordinator"/"volunteer", organisation or person name) for every grant."""
        with self._ctx.reading() as s:
            organisations: dict[int, str] = {
                o.id: o.name for o in OrganisationRepo(s).by_name(include_archived=True)
            }
            people: dict[int, str] = {
                p.id: p.full_name for p in PersonRepo(s).by_name(include_archived=True)
            }
            return [
                (role, what, organisations[ref] if what == "coordinator" else people[ref])
                for role, what, ref in access.grants(s)
            ]
