"""`okuvol demo`: a realistic ledger for trying the application and for benchmarks.

Several organisations of both kinds, professional-only, volunteer-only and dual-role people with
names in several scripts, and entries over the last two years in every status. Timed entries are
laid in fixed slots (professional by day, volunteer in the evening) so none overlap, and every
entry is built with the same duration rules as a logged one. Entries go in by executemany inside
one transaction: a million of them fit in well under two minutes, and a cancel leaves nothing.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from okuvol_desktop.domain.durations import span_of, zone
from okuvol_desktop.domain.errors import Conflict, ValidationError
from okuvol_desktop.domain.kinds import EntrySource, EntryStatus, WorkKind
from okuvol_desktop.domain.model import OrganisationDetails, PersonDetails, RoleDetails
from okuvol_desktop.domain.progress import NoProgress, Progress
from okuvol_desktop.services import demo_names as names
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.organisations import record_organisation
from okuvol_desktop.storage.bulk import BulkEntryWriter
from okuvol_desktop.storage.entry_values import EntryRecord, EntryWork, WorkTimes, entry_work
from okuvol_desktop.storage.repositories import (
    CategoryRepo,
    GoalRepo,
    PersonRepo,
    RoleRepo,
    SkillRepo,
)
from okuvol_desktop.storage.writer_note import DEMO, writing

DAYS = 730  # two years back from today
# A person fills at most this many (day, kind) slots on average, so big demos stay believable.
ENTRIES_PER_PERSON = 400


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What the demo created."""

    people: int
    organisations: int
    roles: int
    entries: int


@dataclass(frozen=True, slots=True)
class _DemoRole:
    id: int
    person_id: int
    organisation_id: int
    kind: WorkKind
    timezone: str
    categories: tuple[int, ...]
    category_keys: tuple[str, ...]


def default_people(entries: int) -> int:
    """Enough people that nobody logs an unbelievable number of entries."""
    return max(40, -(-entries // ENTRIES_PER_PERSON))


def _pool_names(
    rng: random.Random, given: tuple[str, ...], family: tuple[str, ...], pattern: str
) -> Iterator[str]:
    """Every name of one pool once, shuffled: single given names first, then double ones."""
    singles = [pattern.format(given=g, family=f) for g in given for f in family]
    doubles = [
        pattern.format(given=f"{g} {h}", family=f)
        for g in given
        for h in given
        if g != h
        for f in family
    ]
    rng.shuffle(singles)
    rng.shuffle(doubles)
    yield from singles
    yield from doubles


def _names(rng: random.Random, count: int) -> Iterator[str]:
    """``count`` distinct names, taking the scripts in turn so every one is represented."""
    pools = [_pool_names(rng, *pool) for pool in names.NAME_POOLS]
    produced = 0
    while pools and produced < count:
        for pool in list(pools):
            name = next(pool, None)
            if name is None:
                pools.remove(pool)
                continue
            produced += 1
            yield name
            if produced == count:
                return
    for extra in range(produced, count):  # more people than names: number the rest
        yield f"Relawan {extra + 1}"


class DemoService:
    """Fills an empty ledger with sample data."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def fill(
        self,
        *,
        people: int | None = None,
        entries: int = 2000,
        seed: int = 1,
        progress: Progress | None = None,
    ) -> DemoSummary:
        """Create people, organisations, roles, goals and ``entries`` entries.

        Raises:
            Conflict: the ledger already holds people or entries.
            ValidationError: the numbers cannot make a believable ledger.
            Cancelled: the progress asked to stop; nothing is kept.
        """
        progress = progress or NoProgress()
        if entries < 0 or (people is not None and people < 1):
            raise ValidationError("entries", "Give at least one person and no negative counts.")
        people = people if people is not None else default_people(entries)
        if entries > people * DAYS:
            raise ValidationError(
                "people",
                (
                    "{entries} entries need at least {needed} people (one entry a day each "
                    "at most in two years); raise --people."
                ),
                entries=entries,
                needed=-(-entries // DAYS),
            )
        rng = random.Random(seed)
        today = self._ctx.today()
        note = writing(self._ctx.ledger_file(), DEMO, self._ctx.user, self._ctx.clock())
        with note, self._ctx.transaction() as s:
            writer = BulkEntryWriter(s, progress, entries)
            if writer.has_any_entry() or PersonRepo(s).by_name(include_archived=True):
                raise Conflict("The database already holds data; demo fills an empty one only.")
            orgs, roles = self._people_and_roles(s, rng, people, today)
            categories = {c.key: c.id for c in CategoryRepo(s).every()}
            skill_ids = SkillRepo(s).ids_for(
                sorted({k for ks in names.SKILLS_BY_CATEGORY.values() for k in ks})
            )
            demo_roles = self._demo_roles(roles, orgs, categories)
            writer.defer_upkeep(entries)
            self._write_entries(writer, rng, demo_roles, total=entries, skill_ids=skill_ids)
            writer.restore_upkeep()
            summary = DemoSummary(people, len(orgs), len(roles), entries)
        writer.settle(self._ctx.sessions)
        return summary

    def _people_and_roles(
        self, s: Any, rng: random.Random, count: int, today: date
    ) -> tuple[dict[int, tuple[Any, ...]], list[Any]]:
        orgs: dict[int, tuple[Any, ...]] = {}
        now = self._ctx.clock()
        for spec in names.ORGANISATIONS:
            org = record_organisation(
                s,
                now,
                OrganisationDetails(
                    name=spec[0],
                    type=spec[1],
                    signatory_name="Dr. Ratna Kusuma",
                    signatory_title="Director",
                    certificate_language="id" if spec[2] == "Asia/Jakarta" else "en",
                ),
            )
            orgs[org.id] = spec
        offering = {
            kind: [oid for oid, spec in orgs.items() if spec[3] in (kind.value, "both")]
            for kind in WorkKind
        }
        roles = []
        start = today - timedelta(days=DAYS + rng.randrange(30, 400))
        for index, full_name in enumerate(_names(rng, count)):
            email = f"person{index + 1}@example.org"
            person = PersonRepo(s).add(PersonDetails(full_name=full_name, email=email))
            # 25 % professional only, 35 % volunteer only, 40 % both: dual-role people matter.
            draw = rng.random()
            kinds = (
                [WorkKind.PROFESSIONAL]
                if draw < 0.25
                else [WorkKind.VOLUNTEER]
                if draw < 0.6
                else [WorkKind.PROFESSIONAL, WorkKind.VOLUNTEER]
            )
            for kind in kinds:
                org_id = rng.choice(offering[kind])
                spec = orgs[org_id]
                titles = spec[5] if kind is WorkKind.PROFESSIONAL else spec[6]
                professional = kind is WorkKind.PROFESSIONAL
                roles.append(
                    RoleRepo(s).add(
                        person.id,
                        org_id,
                        kind,
                        RoleDetails(
                            title=rng.choice(titles),
                            start_date=start,
                            hourly_rate=Decimal(rng.choice((75000, 120000, 250000)))
                            if professional
                            else None,
                            currency="IDR" if professional else None,
                            weekly_minutes=40 * 60 if professional else None,
                        ),
                    )
                )
                if kind is WorkKind.VOLUNTEER:
                    GoalRepo(s).put(person.id, today.year, kind, rng.choice((50, 100, 150)) * 60)
        return orgs, roles

    @staticmethod
    def _demo_roles(
        roles: list[Any], orgs: dict[int, tuple[Any, ...]], categories: Mapping[str, int]
    ) -> list[_DemoRole]:
        result = []
        home: dict[int, str] = {}  # a person logs in one zone, that of their first role, so
        # that slots laid out in local time cannot overlap in real time
        for role in roles:
            spec = orgs[role.organisation_id]
            timezone = home.setdefault(role.person_id, spec[2])
            keys = tuple(spec[4])
            result.append(
                _DemoRole(
                    role.id,
                    role.person_id,
                    role.organisation_id,
                    role.kind,
                    timezone,
                    tuple(categories[k] for k in keys),
                    keys,
                )
            )
        return result

    def _write_entries(
        self,
        writer: BulkEntryWriter,
        rng: random.Random,
        roles: list[_DemoRole],
        *,
        total: int,
        skill_ids: dict[str, int],
    ) -> None:
        by_person: dict[int, list[_DemoRole]] = {}
        for role in roles:
            by_person.setdefault(role.person_id, []).append(role)
        people = list(by_person)
        # Each person gets a share of the entries, never more than their free (day, kind) slots.
        shares = dict.fromkeys(people, 0)
        capacity = {p: DAYS * len(by_person[p]) for p in people}
        for index in range(total):
            person = people[index % len(people)]
            while shares[person] >= capacity[person]:
                person = rng.choice(people)
            shares[person] += 1
        now = self._ctx.clock()
        today = self._ctx.today()
        # Up to yesterday where each person is: a day of demo work is over, in every zone.
        yesterday = {
            tz: now.astimezone(zone(tz)).date() - timedelta(days=1)
            for tz in {r.timezone for r in roles}
        }
        for person, share in shares.items():
            for slot in rng.sample(range(capacity[person]), share):
                role = by_person[person][slot // DAYS]
                day = yesterday[role.timezone] - timedelta(days=slot % DAYS)
                work, record, skills = self._entry(rng, role, day, today, now)
                writer.add(work, record, [skill_ids[k] for k in skills])
        writer.flush()

    @staticmethod
    def _entry(
        rng: random.Random, role: _DemoRole, day: date, today: date, now: datetime
    ) -> tuple[EntryWork, EntryRecord, list[str]]:
        professional = role.kind is WorkKind.PROFESSIONAL
        times: WorkTimes | None = None
        # Slots that never overlap: professional work between 07:00 and 18:00, volunteer
        # work after 18:00 or as a date with hours only.
        if professional or rng.random() < 0.5:
            first = (7, 8) if professional else (18, 19)
            start = time(rng.randint(*first), rng.choice((0, 15, 30, 45)))
            length = rng.randint(4 * 4, 9 * 4) * 15 if professional else rng.randint(2, 14) * 15
            end_dt = datetime.combine(day, start) + timedelta(minutes=length)
            span = span_of(day, start, end_dt.time(), role.timezone)
            minutes = span.minutes
            times = WorkTimes(start, end_dt.time(), span.start_utc, span.end_utc)
        else:
            minutes = rng.randint(2, 16) * 15
        category_index = rng.randrange(len(role.categories))
        key = role.category_keys[category_index]
        skills = (
            rng.sample(names.SKILLS_BY_CATEGORY[key], rng.randint(1, 2))
            if key in names.SKILLS_BY_CATEGORY and rng.random() < 0.5
            else []
        )
        age = (today - day).days
        status = _status(rng, age)
        reviewed = status in (EntryStatus.APPROVED, EntryStatus.REJECTED)
        reviewed_at = (
            datetime.combine(day + timedelta(days=min(age, 3)), time(10), tzinfo=UTC)
            if reviewed
            else None
        )
        work = entry_work(
            role,
            day,
            minutes=minutes,
            timezone=role.timezone,
            times=times,
            category_id=role.categories[category_index],
            description=rng.choice(names.DESCRIPTIONS[role.kind.value]),
            beneficiaries=None if professional or rng.random() < 0.4 else rng.randint(1, 30),
        )
        record = EntryRecord(
            status=status.value,
            reviewer="Coordinator" if reviewed else None,
            reviewed_at=reviewed_at,
            review_note=(
                rng.choice(names.REJECTION_NOTES) if status is EntryStatus.REJECTED else None
            ),
            source=EntrySource.DEMO.value,
            source_id=None,
            created_at=now,
            updated_at=now,
        )
        return work, record, skills


def _status(rng: random.Random, age_days: int) -> EntryStatus:
    draw = rng.random()
    if age_days > 30:
        return (
            EntryStatus.APPROVED
            if draw < 0.82
            else EntryStatus.SUBMITTED
            if draw < 0.95
            else EntryStatus.REJECTED
        )
    return (
        EntryStatus.SUBMITTED
        if draw < 0.5
        else EntryStatus.APPROVED
        if draw < 0.8
        else EntryStatus.DRAFT
        if draw < 0.95
        else EntryStatus.REJECTED
    )
