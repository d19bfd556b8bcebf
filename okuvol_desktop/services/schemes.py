"""Award and requirement schemes: the presets okuvol ships, the ones a ledger keeps, whom they
are assigned to, and where each person stands.

No scheme is assigned to anyone by default. A scheme given to a person counts all their work
of the kinds it counts; one given to an organisation applies to each of its volunteers and
counts their work there.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

from sqlalchemy.orm import Session

from okuvol_desktop.domain.errors import Conflict, NotFound, ValidationError
from okuvol_desktop.domain.ids import OrganisationId, PersonId
from okuvol_desktop.domain.kinds import EntryStatus
from okuvol_desktop.domain.model import Organisation, Person
from okuvol_desktop.domain.period import Period
from okuvol_desktop.domain.schemes import (
    AwardPeriod,
    AwardScheme,
    AwardStanding,
    Measure,
    RequirementScheme,
    RequirementStanding,
    Scheme,
    age_on,
    award_standing,
    cycle_around,
    requirement_standing,
)
from okuvol_desktop.interchange import scheme_file
from okuvol_desktop.resources import resource_path
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.files import write_file
from okuvol_desktop.storage.repositories import OrganisationRepo, PersonRepo
from okuvol_desktop.storage.schemes import (
    Assignment,
    SchemeRepo,
    StoredScheme,
    WorkAmount,
    person_amounts,
)

# The first day a lifetime award counts from: before any entry okuvol accepts.
_LIFETIME_START = date(1900, 1, 1)


@cache
def presets() -> tuple[Scheme, ...]:
    """The schemes okuvol ships (resources/schemes), by name."""
    folder = resource_path("schemes")
    found = [scheme_file.parse(p.read_text(encoding="utf-8")) for p in folder.glob("*.json")]
    return tuple(sorted(found, key=lambda s: s.about.name.casefold()))


@dataclass(frozen=True, slots=True)
class SchemeListing:
    """A scheme as `scheme list` and Settings show it."""

    scheme: Scheme
    preset: bool
    in_ledger: bool
    people: tuple[Person, ...]  # those it is assigned to
    organisations: tuple[Organisation, ...]  # whose volunteers it is assigned to


@dataclass(frozen=True, slots=True)
class PersonProgress:
    """Where a person stands in every scheme assigned to them, for a year (a requirement: in
    the cycle that holds the year's last day, or today within the current year)."""

    person: Person
    year: int
    awards: tuple[AwardStanding, ...]
    requirements: tuple[RequirementStanding, ...]


def _named(name: str, schemes: Iterable[Scheme]) -> Scheme | None:
    wanted = name.strip().casefold()
    return next((s for s in schemes if s.about.name.casefold() == wanted), None)


class SchemeService:
    """Use cases about schemes."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def listings(self) -> list[SchemeListing]:
        """The ledger's schemes and the presets it has not taken in, by name."""
        with self._ctx.reading() as s:
            repo = SchemeRepo(s)
            stored = repo.every()
            assignments = repo.assignments()
            people: dict[int, Person] = {
                p.id: p for p in PersonRepo(s).by_name(include_archived=True)
            }
            organisations: dict[int, Organisation] = {
                o.id: o for o in OrganisationRepo(s).by_name(include_archived=True)
            }
        preset_names = {p.about.name.casefold() for p in presets()}
        listings = [
            SchemeListing(
                scheme_file.parse(row.document),
                row.name.casefold() in preset_names,
                True,
                tuple(
                    people[a.person_id]
                    for a in assignments
                    if a.scheme_id == row.id and a.person_id
                ),
                tuple(
                    organisations[a.organisation_id]
                    for a in assignments
                    if a.scheme_id == row.id and a.organisation_id
                ),
            )
            for row in stored
        ]
        taken = {row.name.casefold() for row in stored}
        listings += [
            SchemeListing(p, True, False, (), ())
            for p in presets()
            if p.about.name.casefold() not in taken
        ]
        return sorted(listings, key=lambda x: x.scheme.about.name.casefold())

    def scheme(self, name: str) -> Scheme:
        """The scheme of this name: the ledger's, else a preset's.

        Raises:
            NotFound: neither the ledger nor the presets have it.
        """
        with self._ctx.reading() as s:
            row = SchemeRepo(s).named(name)
        if row is not None:
            return scheme_file.parse(row.document)
        found = _named(name, presets())
        if found is None:
            raise NotFound("No scheme is called {name}; okuvol scheme list shows them.", name=name)
        return found

    def export(self, name: str, out: Path) -> Scheme:
        """Write the okuvol-scheme file of a scheme (the ledger's or a preset) at ``out``,
        whole or not at all, never over the ledger."""
        scheme = self.scheme(name)
        text = scheme_file.dumps(scheme)
        write_file(
            out,
            lambda path: path.write_text(text, encoding="utf-8"),
            self._ctx.ledger_files(),
        )
        return scheme

    def add_file(self, path: Path, *, replace: bool = False) -> Scheme:
        """Keep the scheme of an okuvol-scheme file (see add).

        Raises:
            ValidationError: the file cannot be read, or is no valid scheme file.
        """
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except OSError as exc:
            raise ValidationError(
                "file",
                "{file} cannot be read: {reason}.",
                file=str(path),
                reason=exc.strerror or str(exc),
            ) from exc
        except UnicodeDecodeError:
            raise ValidationError(
                "file", "{file} is not a text file in UTF-8; save it as UTF-8.", file=str(path)
            ) from None
        return self.add(text, replace=replace)

    def add(self, text: str, *, replace: bool = False) -> Scheme:
        """Keep the scheme of an okuvol-scheme file's text in the ledger; ``replace`` puts it
        in place of the one of the same name (its assignments stay).

        Raises:
            ValidationError: the text is not a valid scheme file.
            Conflict: a scheme of that name exists and ``replace`` was not asked for.
        """
        scheme = scheme_file.parse(text)
        document = scheme_file.dumps(scheme)
        name = scheme.about.name
        with self._ctx.transaction() as s:
            repo = SchemeRepo(s)
            existing = repo.named(name)
            if existing is None:
                repo.add(name, scheme.kind.value, document)
            elif replace:
                repo.replace(existing.id, name, scheme.kind.value, document)
            else:
                raise Conflict(
                    "The ledger has a scheme called {name} already; to change it, add the "
                    "file with --replace (its assignments stay).",
                    name=existing.name,
                )
        return scheme

    def assign(
        self,
        name: str,
        *,
        person: PersonId | None = None,
        organisation: OrganisationId | None = None,
        starts_on: date | None = None,
    ) -> bool:
        """Give a scheme to a person or to an organisation's volunteers (a preset is taken
        into the ledger first); a requirement's cycles count from ``starts_on`` (default:
        1 January of this year). False when they had it already from that day.
        """
        _one_of(person, organisation)
        scheme = self.scheme(name)
        if starts_on is None and isinstance(scheme, RequirementScheme):
            starts_on = date(self._ctx.today().year, 1, 1)
        with self._ctx.transaction() as s:
            repo = SchemeRepo(s)
            stored = self._stored(repo, scheme)
            if person is not None:
                return repo.assign(
                    stored.id, person_id=PersonRepo(s).get(person).id, starts_on=starts_on
                )
            assert organisation is not None
            org = OrganisationRepo(s).get(organisation)
            return repo.assign(stored.id, organisation_id=org.id, starts_on=starts_on)

    def unassign(
        self,
        name: str,
        *,
        person: PersonId | None = None,
        organisation: OrganisationId | None = None,
    ) -> None:
        """Take a scheme back from a person or an organisation.

        Raises:
            NotFound: they did not have it.
        """
        _one_of(person, organisation)
        with self._ctx.transaction() as s:
            repo = SchemeRepo(s)
            stored = repo.named(name)
            if person is not None:
                who = PersonRepo(s).get(person)
                removed = repo.unassign(stored.id, person_id=who.id) if stored else 0
                whom = who.full_name
            else:
                assert organisation is not None
                org = OrganisationRepo(s).get(organisation)
                removed = repo.unassign(stored.id, organisation_id=org.id) if stored else 0
                whom = org.name
            if not removed:
                raise NotFound(
                    "{whom} does not have the scheme {name}.", whom=whom, name=name.strip()
                )

    def progress(self, person_id: PersonId, year: int) -> PersonProgress:
        """Where a person stands in each scheme assigned to them, for ``year``."""
        Period.year(year)
        with self._ctx.reading() as s:
            person = PersonRepo(s).get(person_id)
            awards, requirements = standings(s, person, year, self._ctx.today())
        return PersonProgress(person, year, awards, requirements)

    def _stored(self, repo: SchemeRepo, scheme: Scheme) -> StoredScheme:
        stored = repo.named(scheme.about.name)
        if stored is not None:
            return stored
        return repo.add(scheme.about.name, scheme.kind.value, scheme_file.dumps(scheme))


def standings(
    s: Session, person: Person, year: int, today: date
) -> tuple[tuple[AwardStanding, ...], tuple[RequirementStanding, ...]]:
    """A person's awards and requirements for ``year``: an award counts the year (or a
    lifetime to its end), age taken on its last day (today, within this year); a
    requirement counts the cycle that holds that day."""
    day = min(date(year, 12, 31), today) if year == today.year else date(year, 12, 31)
    awards: list[AwardStanding] = []
    requirements: list[RequirementStanding] = []
    seen: set[str] = set()
    for stored, assignment in SchemeRepo(s).of_person(person.id):
        if stored.name in seen:  # given twice (to them and to their organisation)
            continue
        seen.add(stored.name)
        scheme = scheme_file.parse(stored.document)
        if isinstance(scheme, AwardScheme):
            lifetime = scheme.period is AwardPeriod.LIFETIME
            start = _LIFETIME_START if lifetime else date(year, 1, 1)
            amounts = person_amounts(s, person.id, start, date(year, 12, 31))
            approved, pending = _minutes(scheme, assignment, amounts)
            awards.append(award_standing(scheme, age_on(person.birth_date, day), approved, pending))
        else:
            first = assignment.starts_on or date(year, 1, 1)
            cycle = cycle_around(first, scheme.cycle_years, day)
            amounts = person_amounts(s, person.id, *cycle)
            requirements.append(
                requirement_standing(
                    scheme,
                    cycle,
                    _by_field(scheme, assignment, amounts, EntryStatus.APPROVED),
                    _by_field(scheme, assignment, amounts, EntryStatus.SUBMITTED),
                )
            )
    return tuple(awards), tuple(requirements)


def _one_of(person: PersonId | None, organisation: OrganisationId | None) -> None:
    if (person is None) == (organisation is None):
        raise ValidationError(
            "person", "Name either a person or an organisation (--person or --org), not both."
        )


def _counted(scheme: Scheme, assignment: Assignment, amount: WorkAmount) -> bool:
    """Work of a kind the scheme counts, at the organisation it was given through."""
    if amount.kind not in {k.value for k in scheme.counts}:
        return False
    return (
        assignment.organisation_id is None or amount.organisation_id == assignment.organisation_id
    )


def _minutes(
    scheme: AwardScheme, assignment: Assignment, amounts: Iterable[WorkAmount]
) -> tuple[int, int]:
    approved = pending = 0
    for amount in amounts:
        if not _counted(scheme, assignment, amount):
            continue
        if amount.status == EntryStatus.APPROVED.value:
            approved += amount.minutes
        else:
            pending += amount.minutes
    return approved, pending


def _by_field(
    scheme: RequirementScheme,
    assignment: Assignment,
    amounts: Iterable[WorkAmount],
    status: EntryStatus,
) -> dict[str, Decimal]:
    """Hours or credits of one status by field key (work without a field under "")."""
    totals: dict[str, Decimal] = {}
    for amount in amounts:
        if amount.status != status.value or not _counted(scheme, assignment, amount):
            continue
        value = (
            amount.credits if scheme.measure is Measure.CREDITS else Decimal(amount.minutes) / 60
        )
        key = amount.category_key or ""
        totals[key] = totals.get(key, Decimal(0)) + value
    return totals
