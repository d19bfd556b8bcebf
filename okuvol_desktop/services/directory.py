"""Who is in the ledger, with this year's hours: the People and Organisations views."""

from __future__ import annotations

from dataclasses import dataclass

from okuvol_desktop.domain.keys import KeyRecord
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.load import is_dual_role
from okuvol_desktop.domain.model import Organisation, Person, Role
from okuvol_desktop.domain.period import Period
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.stats import COUNTED_STATUSES
from okuvol_desktop.storage.aggregates import Aggregates, Details, EntryFilter
from okuvol_desktop.storage.keys import KeyRepo
from okuvol_desktop.storage.repositories import OrganisationRepo, PersonRepo, RoleRepo


@dataclass(frozen=True, slots=True)
class PersonLine:
    """A person with their roles and this year's minutes of each kind."""

    person: Person
    roles: tuple[Role, ...]
    professional_minutes: int
    volunteer_minutes: int
    dual_role: bool


@dataclass(frozen=True, slots=True)
class OrganisationLine:
    """An organisation with its people by kind and this year's minutes of each kind."""

    organisation: Organisation
    professionals: int
    volunteers: int
    professional_minutes: int
    volunteer_minutes: int
    key_fingerprint: str
    keys: tuple[KeyRecord, ...] = ()  # every signing key, the current one first


class DirectoryService:
    """Use cases that list people and organisations with their figures."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def lacking(self) -> str | None:
        """What the ledger lacks before hours can be logged: "person", "organisation", then
        "role" (one that ties them together), counting only those not archived; None once
        it has all three. Three rows looked at, where listing them built every role (37 ms
        of 3,500 roles, each time the dashboard was shown)."""
        with self._ctx.reading() as s:
            for repo, thing in (
                (PersonRepo(s), "person"),
                (OrganisationRepo(s), "organisation"),
                (RoleRepo(s), "role"),
            ):
                if not repo.any_active():
                    return thing
        return None

    def people(self, year: int, include_archived: bool = False) -> list[PersonLine]:
        """Everyone, by name, with roles, the year's hours and whether they do both kinds."""
        period = Period.year(year)
        with self._ctx.reading() as s:
            roles: dict[int, list[Role]] = {}
            for role in RoleRepo(s).held(include_archived=True):
                roles.setdefault(role.person_id, []).append(role)
            minutes = Details(s).by_person(EntryFilter(period.start, period.end, COUNTED_STATUSES))
            return [
                PersonLine(
                    p,
                    tuple(roles.get(p.id, ())),
                    minutes.get(p.id, {}).get(WorkKind.PROFESSIONAL, 0),
                    minutes.get(p.id, {}).get(WorkKind.VOLUNTEER, 0),
                    is_dual_role(roles.get(p.id, ()), period.start, period.end),
                )
                for p in PersonRepo(s).by_name(include_archived)
            ]

    def organisations(self, year: int, include_archived: bool = False) -> list[OrganisationLine]:
        """Every organisation, by name, with its people by kind and the year's hours."""
        period = Period.year(year)
        with self._ctx.reading() as s:
            lines = []
            roles: dict[int, list[Role]] = {}
            for role in RoleRepo(s).held():
                roles.setdefault(role.organisation_id, []).append(role)
            minutes = Aggregates(s).minutes_by_organisation(
                EntryFilter(period.start, period.end, COUNTED_STATUSES)
            )
            for org in OrganisationRepo(s).by_name(include_archived):
                active = [r for r in roles.get(org.id, ()) if not r.archived]
                per_kind = {k: len({r.person_id for r in active if r.kind is k}) for k in WorkKind}
                totals = minutes.get(org.id, {})
                lines.append(
                    OrganisationLine(
                        org,
                        per_kind[WorkKind.PROFESSIONAL],
                        per_kind[WorkKind.VOLUNTEER],
                        totals.get(WorkKind.PROFESSIONAL, 0),
                        totals.get(WorkKind.VOLUNTEER, 0),
                        org.key_fingerprint,
                        tuple(KeyRepo(s).of(org.id)),
                    )
                )
            return lines
