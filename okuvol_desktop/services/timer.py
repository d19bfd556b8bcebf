"""The live timer: started for a role, kept in the database, stopped into a normal entry."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from okuvol_desktop.domain import rules
from okuvol_desktop.domain.durations import MINUTES_PER_DAY, utc_instant, zone
from okuvol_desktop.domain.errors import Conflict, NotFound, ValidationError
from okuvol_desktop.domain.ids import CategoryId, OrganisationId, PersonId, RoleId
from okuvol_desktop.domain.kinds import EntrySource, WorkKind
from okuvol_desktop.domain.model import Entry, Person, Role, RunningTimer, TimerStatus
from okuvol_desktop.domain.text import check_optional
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.entries import EntryInput, LogEntry, check_open, record_entry
from okuvol_desktop.services.roles import pick_role
from okuvol_desktop.storage.repositories import (
    EntryRepo,
    OrganisationRepo,
    PersonRepo,
    RoleRepo,
    TimerRepo,
)

# TimerStatus (imported above) lives in the domain, so that storage.quick_read returns it too;
# the ui imports it from here.
__all__ = ["TimerService", "TimerStatus", "TimerTooShort"]


class TimerTooShort(ValidationError):
    """The timer has run for under a minute: there is nothing to log, only to discard."""

    def __init__(self) -> None:
        super().__init__(
            "end",
            "The timer has run for less than a minute; there is "
            "nothing to log yet (cancel it to discard it).",
        )


def _description(text: str | None) -> str | None:
    # Checked as the entry will check it, so that a timer never runs towards an entry that
    # stopping would refuse.
    return check_optional("description", text, "The description", limit=None, lines=True)


class TimerService:
    """Use cases of the live timer."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def start(
        self,
        person_id: PersonId,
        organisation_id: OrganisationId,
        *,
        kind: WorkKind | None = None,
        role: RoleId | None = None,
        description: str | None = None,
        category: CategoryId | None = None,
        timezone: str | None = None,
    ) -> TimerStatus:
        """Start timing work in a role; a person runs one timer at a time."""
        tz = timezone or self._ctx.timezone
        zone(tz)
        now = self._ctx.clock()
        with self._ctx.transaction() as s:
            person = PersonRepo(s).get(person_id)
            organisation = OrganisationRepo(s).get(organisation_id)
            picked = pick_role(
                s,
                person=person,
                organisation=organisation,
                kind=kind,
                role_ref=role,
                on=now.astimezone(zone(tz)).date(),
            )
            return _begin(
                s, person, picked, now=now, tz=tz, description=description, category_id=category
            )

    def resume(self, entry_id: int) -> TimerStatus:
        """Start the timer again on what an entry was about: its role, description, category
        (Toggl's and Clockify's "continue")."""
        now = self._ctx.clock()
        with self._ctx.transaction() as s:
            entry = EntryRepo(s).get(entry_id)
            person = PersonRepo(s).get(entry.person_id)
            role = RoleRepo(s).get(entry.role_id)
            return _begin(
                s,
                person,
                role,
                now=now,
                tz=self._ctx.timezone,
                description=entry.description,
                category_id=entry.category_id,
            )

    def status(self) -> list[TimerStatus]:
        """Every running timer with how long it has run."""
        now = self._ctx.clock()
        with self._ctx.reading() as s:
            statuses = []
            for timer in TimerRepo(s).running():
                role = RoleRepo(s).get(timer.role_id)
                statuses.append(
                    TimerStatus(
                        timer,
                        PersonRepo(s).get(timer.person_id).full_name,
                        OrganisationRepo(s).get(role.organisation_id).name,
                        role.title,
                        role.kind,
                        now - timer.started_at,
                    )
                )
            return statuses

    def _pick(self, person_id: PersonId | None) -> RunningTimer:
        with self._ctx.transaction() as s:
            if person_id is not None:
                return _running_for(s, PersonRepo(s).get(person_id))
            running = TimerRepo(s).running()
        if not running:
            raise NotFound("No timer is running.")
        if len(running) > 1:
            raise ValidationError(
                "person",
                "{count} timers are running; say whose to stop with --person.",
                count=len(running),
            )
        return running[0]

    def stop(self, person_id: PersonId | None = None) -> Entry:
        """Stop a timer and log its span as an entry, through the same rules as any entry.

        If the entry breaks a rule (it overlaps another, say), nothing changes: the timer keeps
        running and the error says why.
        """
        timer = self._pick(person_id)
        now = self._ctx.clock()
        tz = zone(timer.timezone)
        begin, end = timer.started_at.astimezone(tz), now.astimezone(tz)
        elapsed = int((now - timer.started_at).total_seconds() // 60)
        if elapsed >= MINUTES_PER_DAY:  # a whole day would read as no time at all (10:00-10:00)
            raise ValidationError(
                "end",
                (
                    "The timer has run since {begin:%Y-%m-%d %H:%M}, more than 24 hours; "
                    "cancel it and log the hours by hand."
                ),
                begin=begin,
            )
        if elapsed < 1:
            raise TimerTooShort()
        with self._ctx.transaction() as s:
            role = RoleRepo(s).get(timer.role_id)
            details = EntryInput(
                date=begin.date(),
                start=_minute(begin),
                end=_minute(end),
                timezone=timer.timezone,
                description=timer.description,
                category=timer.category_id,
            )
            entry = record_entry(
                s,
                self._ctx,
                LogEntry(
                    person=timer.person_id,
                    organisation=role.organisation_id,
                    details=details,
                    role=role.id,
                    source=EntrySource.TIMER,
                ),
            )
            TimerRepo(s).remove(timer.id)
            return entry

    def cancel(self, person_id: PersonId | None = None) -> RunningTimer:
        """Discard a running timer without logging anything."""
        timer = self._pick(person_id)
        with self._ctx.transaction() as s:
            TimerRepo(s).remove(timer.id)
        return timer

    def move_start(self, person_id: PersonId, day: date, at: time) -> TimerStatus:
        """Say when the work really began ("I started at 08:30 and forgot the timer").

        ``day`` and ``at`` are wall-clock time in the timer's zone, to the minute. The start
        may not be still to come, nor 24 hours or more ago (stopping would refuse such a
        span), nor make the running span overlap an entry of the person.
        """
        now = self._ctx.clock()
        with self._ctx.transaction() as s:
            person = PersonRepo(s).get(person_id)
            timer = _running_for(s, person)
            tz = zone(timer.timezone)
            begin = utc_instant(datetime.combine(day, at.replace(second=0, microsecond=0)), tz.key)
            local = begin.astimezone(tz)
            if begin > now:
                raise ValidationError(
                    "start",
                    "{start:%Y-%m-%d %H:%M} is still to come; the timer can only have started "
                    "by now ({now:%H:%M}).",
                    start=local,
                    now=now.astimezone(tz),
                )
            if now - begin >= timedelta(minutes=MINUTES_PER_DAY):
                raise ValidationError(
                    "start",
                    "{start:%Y-%m-%d %H:%M} is 24 hours ago or more; a timer spans less than a "
                    "day. Log longer work by hand.",
                    start=local,
                )
            role = RoleRepo(s).get(timer.role_id)
            rules.check_in_role_period(local.date(), role)
            rules.check_no_overlap(
                begin, now, EntryRepo(s).timed_spans_between(person.id, begin, now, None)
            )
            moved = TimerRepo(s).move_start(timer.id, begin)
            return _status(s, moved, person, role, now)

    def describe(
        self, person_id: PersonId, description: str | None, category: CategoryId | None
    ) -> TimerStatus:
        """Change what a running timer's entry will say: its description and category."""
        now = self._ctx.clock()
        with self._ctx.transaction() as s:
            person = PersonRepo(s).get(person_id)
            timer = _running_for(s, person)
            changed = TimerRepo(s).describe(timer.id, _description(description), category)
            return _status(s, changed, person, RoleRepo(s).get(timer.role_id), now)


def _running_for(s: Session, person: Person) -> RunningTimer:
    timer = TimerRepo(s).for_person(person.id)
    if timer is None:
        raise NotFound("No timer is running for {full_name}.", full_name=person.full_name)
    return timer


def _status(
    s: Session, timer: RunningTimer, person: Person, role: Role, now: datetime
) -> TimerStatus:
    organisation = OrganisationRepo(s).get(role.organisation_id)
    return TimerStatus(
        timer, person.full_name, organisation.name, role.title, role.kind, now - timer.started_at
    )


def _begin(
    s: Session,
    person: Person,
    role: Role,
    *,
    now: datetime,
    tz: str,
    description: str | None,
    category_id: int | None,
) -> TimerStatus:
    """Start a person's timer in a role, inside an open transaction."""
    running = TimerRepo(s).for_person(person.id)
    if running is not None:
        started = running.started_at.astimezone(zone(running.timezone))
        raise Conflict(
            (
                "A timer is already running for {full_name} since {started:%Y-%m-%d "
                "%H:%M}; stop it first."
            ),
            full_name=person.full_name,
            started=started,
        )
    check_open(person, OrganisationRepo(s).get(role.organisation_id), role)
    # Checked now, not only when stopping: a timer in a role that has ended (or not begun)
    # would run for hours towards an entry that could never be logged.
    rules.check_in_role_period(now.astimezone(zone(tz)).date(), role)
    timer = TimerRepo(s).start(
        person_id=person.id,
        role_id=role.id,
        started_at=now,
        timezone=tz,
        description=_description(description),
        category_id=category_id,
    )
    return _status(s, timer, person, role, now)


def _minute(moment: datetime) -> time:
    return moment.time().replace(second=0, microsecond=0)
