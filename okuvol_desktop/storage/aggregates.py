"""Totals of the ledger, computed by the database with GROUP BY.

No query here loads entries into Python: each returns one row per group (kind, organisation,
category, month, person or day), however many entries there are. Totals over everyone (or an
organisation) read the kept totals (storage/kept_totals.py): whole years and months from the
coarse tables, the days around them from the fine ones, so that a year costs a few thousand
rows whatever the number of entries. One person's day-by-day totals read that person's
entries, which an index finds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    FromClause,
    Integer,
    Select,
    case,
    extract,
    func,
    literal_column,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.storage import kept_totals
from okuvol_desktop.storage.kept_totals import SqlValue
from okuvol_desktop.storage.orm import (
    CategoryRow,
    DayTotalRow,
    EntryRow,
    EntrySkillRow,
    MonthTotalRow,
    OrganisationRow,
    PersonMonthTotalRow,
    PersonYearTotalRow,
    RoleRow,
    SkillRow,
)


@dataclass(frozen=True, slots=True)
class EntryFilter:
    """Which entries a total covers. Dates are inclusive; ``statuses`` lists those that count."""

    date_from: date
    date_to: date
    statuses: tuple[EntryStatus, ...]
    person_id: int | None = None
    organisation_id: int | None = None
    kind: WorkKind | None = None
    category_id: int | None = None  # only totals by day read it (the people's have none)

    def where(
        self, table: Any = EntryRow, dated: Any = None, unit: str = "day"
    ) -> list[ColumnElement[bool]]:
        """The filter as SQL conditions on the entry table, or on a kept totals table whose
        ``dated`` column (the first day of its ``unit``: day, month or year) lies in the
        period.

        A period of one unit asks for that unit's day, not a range: the rows of one year (or
        month) then come in the order of the table's key after it, by person, and a count
        per person reads them as they come instead of sorting them (47 -> 31 ms for the
        dual-role count over 105,000 person-years at ten million entries).
        """
        dated = table.work_date if dated is None else dated
        one = self.date_to == _next_start(self.date_from, unit) - timedelta(days=1)
        conditions: list[ColumnElement[bool]] = [
            *([dated == self.date_from] if one else [dated >= self.date_from]),
            *([] if one else [dated <= self.date_to]),
            table.status.in_([s.value for s in self.statuses]),
        ]
        if self.person_id is not None:
            conditions.append(table.person_id == self.person_id)
        if self.organisation_id is not None:
            conditions.append(table.organisation_id == self.organisation_id)
        if self.kind is not None:
            conditions.append(table.kind == self.kind.value)
        if self.category_id is not None:
            conditions.append(table.category_id == self.category_id)
        return conditions

    def split(self, units: tuple[str, ...]) -> list[tuple[str, EntryFilter]]:
        """The period cut into whole units ("year", "month"; coarsest first) and the days
        left around them, each as (unit or "day", the filter over that part)."""
        pieces = [("day", self.date_from, self.date_to)]
        for unit in units:
            finer: list[tuple[str, date, date]] = []
            for grain, start, end in pieces:
                whole = _whole(start, end, unit) if grain == "day" else None
                if whole is None:
                    finer.append((grain, start, end))
                    continue
                first, last = whole
                if start < first:
                    finer.append(("day", start, first - timedelta(days=1)))
                finer.append((unit, first, last))
                if last < end:
                    finer.append(("day", last + timedelta(days=1), end))
            pieces = finer
        return [(grain, replace(self, date_from=a, date_to=b)) for grain, a, b in pieces]


def _start_of(day: date, unit: str) -> date:
    return day.replace(month=1, day=1) if unit == "year" else day.replace(day=1)


def _next_start(day: date, unit: str) -> date:
    """The first day of the unit after ``day``'s (for "day", the day after)."""
    if unit == "year":
        return date(day.year + 1, 1, 1)
    if unit == "day":
        return day + timedelta(days=1)
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def _whole(start: date, end: date, unit: str) -> tuple[date, date] | None:
    """The first and last day of the whole months or years between start and end."""
    first = start if _start_of(start, unit) == start else _next_start(start, unit)
    following = end + timedelta(days=1)
    after = following if _start_of(following, unit) == following else _start_of(following, unit)
    return (first, after - timedelta(days=1)) if first < after else None


# The columns every part of a total over days reads, whatever table it comes from.
_DAY_PARTS = ("day", "organisation_id", "kind", "category_id", "status", "entries", "minutes",
              "beneficiaries")  # fmt: skip


def _entries_part(f: EntryFilter, columns: tuple[str, ...]) -> Select[Any]:
    """The entries themselves, shaped as a kept totals table (one entry, one row)."""
    e = EntryRow
    values: dict[str, SqlValue] = {
        "day": e.work_date,
        "person_id": e.person_id,
        "organisation_id": e.organisation_id,
        "kind": e.kind,
        "category_id": e.category_id,
        "status": e.status,
        "entries": literal_column("1"),
        "minutes": e.minutes,
        "beneficiaries": func.coalesce(e.beneficiaries, literal_column("0")),
    }
    return select(*(values[c].label(c) for c in columns)).where(*f.where())


def _kept_part(
    table: Any, dated: Any, unit: str, f: EntryFilter, columns: tuple[str, ...]
) -> Select[Any]:
    values: dict[str, SqlValue] = {c: getattr(table, c) for c in columns if c != "day"}
    values["day"] = dated
    if "category_id" in columns:
        values["category_id"] = func.nullif(table.category_id, literal_column("0"))
    return select(*(values[c].label(c) for c in columns)).where(*f.where(table, dated, unit))


def _combined(parts: list[Select[Any]]) -> FromClause:
    return (parts[0] if len(parts) == 1 else union_all(*parts)).subquery()


class _Sources:
    """Where the totals a filter asks for are read: the kept totals when this login sees
    every entry and no single person is asked for, else the entries."""

    def __init__(self, session: Session) -> None:
        self._s = session
        self._kept: bool | None = None

    def kept(self, f: EntryFilter) -> bool:
        """Whether totals of ``f`` may come from the kept totals."""
        if f.person_id is not None:
            return False
        if self._kept is None:
            self._kept = kept_totals.readable(self._s)
        return self._kept

    def days(self, f: EntryFilter, *, by_day: bool = False) -> FromClause:
        """Rows with the columns of _DAY_PARTS whose sums are the totals of ``f``: whole
        months from month_total and the other days from day_total (every day from day_total
        when ``by_day``)."""
        if not self.kept(f):
            return _combined([_entries_part(f, _DAY_PARTS)])
        parts = []
        for grain, g in f.split(() if by_day else ("month",)):
            table, dated = (
                (MonthTotalRow, MonthTotalRow.month)
                if grain == "month"
                else (DayTotalRow, DayTotalRow.work_date)
            )
            parts.append(_kept_part(table, dated, grain, g, _DAY_PARTS))
        return _combined(parts)

    def people(self, f: EntryFilter) -> FromClause:
        """Rows of (person_id, kind, minutes) whose sums per person and kind are the totals
        of ``f``: whole years and months from the people's kept totals, the days around them
        from the entries."""
        columns = ("person_id", "kind", "minutes")
        if not self.kept(f) or f.category_id is not None:
            return _combined([_entries_part(f, columns)])
        parts = []
        for grain, g in f.split(("year", "month")):
            if grain == "year":
                year = PersonYearTotalRow.year
                parts.append(_kept_part(PersonYearTotalRow, year, grain, g, columns))
            elif grain == "month":
                month = PersonMonthTotalRow.month
                parts.append(_kept_part(PersonMonthTotalRow, month, grain, g, columns))
            else:
                parts.append(_entries_part(g, columns))
        return _combined(parts)


@dataclass(frozen=True, slots=True)
class KindMinutes:
    """Minutes of each kind for one group (an organisation, a category, a month)."""

    label: str
    professional: int
    volunteer: int


@dataclass(frozen=True, slots=True)
class PeopleCounts:
    """People with minutes in the period, by the kinds of work they did."""

    professional_only: int
    volunteer_only: int
    dual_role: int

    @property
    def total(self) -> int:
        return self.professional_only + self.volunteer_only + self.dual_role


def _split(rows: Iterable[Any]) -> dict[Any, dict[str, int]]:
    """Rows of (group, kind, minutes) folded into {group: {kind: minutes}}."""
    folded: dict[Any, dict[str, int]] = {}
    for group, kind, minutes in rows:
        folded.setdefault(group, {})[kind] = int(minutes or 0)
    return folded


def _kind_minutes(label: str, per_kind: dict[str, int]) -> KindMinutes:
    return KindMinutes(
        label,
        per_kind.get(WorkKind.PROFESSIONAL.value, 0),
        per_kind.get(WorkKind.VOLUNTEER.value, 0),
    )


class Aggregates:
    """Totals over the entries that a filter selects."""

    def __init__(self, session: Session) -> None:
        self._s = session
        self._sources = _Sources(session)

    def by_kind(self, f: EntryFilter) -> tuple[int, dict[WorkKind, int]]:
        """Number of entries and minutes per kind."""
        found = self.entries_and_minutes_by_kind(f)
        return sum(n for n, _ in found.values()), {k: found[k][1] for k in WorkKind}

    def entries_and_minutes_by_kind(self, f: EntryFilter) -> dict[WorkKind, tuple[int, int]]:
        """(entries, minutes) of each kind."""
        c = self._sources.days(f).c
        stmt = select(c.kind, func.sum(c.entries), func.sum(c.minutes)).group_by(c.kind)
        found = dict.fromkeys(WorkKind, (0, 0))
        for kind, n, total in self._s.execute(stmt):
            found[WorkKind(kind)] = (int(n), int(total or 0))
        return found

    def minutes_by_organisation(self, f: EntryFilter) -> dict[int, dict[WorkKind, int]]:
        """Minutes per organisation id and kind."""
        c = self._sources.days(f).c
        stmt = select(c.organisation_id, c.kind, func.sum(c.minutes)).group_by(
            c.organisation_id, c.kind
        )
        found: dict[int, dict[WorkKind, int]] = {}
        for organisation_id, kind, minutes in self._s.execute(stmt):
            found.setdefault(organisation_id, {})[WorkKind(kind)] = int(minutes or 0)
        return found

    def by_organisation(self, f: EntryFilter) -> list[KindMinutes]:
        """Minutes per organisation and kind, labelled with the organisation's name."""
        minutes = self.minutes_by_organisation(f)
        names = self._s.execute(
            select(OrganisationRow.id, OrganisationRow.name).where(OrganisationRow.id.in_(minutes))
        )
        return [
            KindMinutes(
                name,
                minutes[org_id].get(WorkKind.PROFESSIONAL, 0),
                minutes[org_id].get(WorkKind.VOLUNTEER, 0),
            )
            for org_id, name in names
        ]

    def by_category(self, f: EntryFilter, uncategorised: str) -> list[tuple[str, KindMinutes]]:
        """Minutes per category and kind as (category key, totals labelled in English).

        Entries with no category are grouped under ``uncategorised`` with the key "".
        """
        c = self._sources.days(f).c
        grouped = (
            select(c.category_id, c.kind, func.sum(c.minutes).label("minutes"))
            .group_by(c.category_id, c.kind)
            .subquery()
        )
        stmt = select(CategoryRow.key, CategoryRow.name_en, grouped.c.kind, grouped.c.minutes).join(
            CategoryRow, CategoryRow.id == grouped.c.category_id, isouter=True
        )
        folded: dict[tuple[str, str], dict[str, int]] = {}
        for key, name, kind, minutes in self._s.execute(stmt):
            folded.setdefault((key or "", name or uncategorised), {})[kind] = int(minutes or 0)
        return [(key, _kind_minutes(name, per_kind)) for (key, name), per_kind in folded.items()]

    def by_month(self, f: EntryFilter) -> dict[tuple[int, int], KindMinutes]:
        """Minutes per (year, month) and kind; months without entries are absent."""
        c = self._sources.days(f).c
        year = extract("year", c.day).cast(Integer)
        month = extract("month", c.day).cast(Integer)
        stmt = select(year, month, c.kind, func.sum(c.minutes)).group_by(year, month, c.kind)
        folded = _split(
            ((int(y), int(m)), kind, minutes) for y, m, kind, minutes in self._s.execute(stmt)
        )
        return {
            ym: _kind_minutes(f"{ym[0]:04d}-{ym[1]:02d}", per_kind)
            for ym, per_kind in folded.items()
        }

    def people(self, f: EntryFilter) -> PeopleCounts:
        """How many people did only professional work, only volunteer work, or both."""
        c = self._sources.people(f).c
        flags = (
            select(
                func.max(case((c.kind == WorkKind.PROFESSIONAL.value, 1), else_=0)).label("p"),
                func.max(case((c.kind == WorkKind.VOLUNTEER.value, 1), else_=0)).label("v"),
            )
            .group_by(c.person_id)
            .subquery()
        )
        stmt = select(
            func.coalesce(func.sum(case(((flags.c.p == 1) & (flags.c.v == 0), 1), else_=0)), 0),
            func.coalesce(func.sum(case(((flags.c.p == 0) & (flags.c.v == 1), 1), else_=0)), 0),
            func.coalesce(func.sum(case(((flags.c.p == 1) & (flags.c.v == 1), 1), else_=0)), 0),
        )
        professional_only, volunteer_only, dual = self._s.execute(stmt).one()
        return PeopleCounts(int(professional_only), int(volunteer_only), int(dual))

    def minutes_by_day(self, f: EntryFilter) -> dict[tuple[date, WorkKind], int]:
        """Minutes per day and kind: the input of weekly load and of dated valuation."""
        c = self._sources.days(f, by_day=True).c
        stmt = select(c.day, c.kind, func.sum(c.minutes)).group_by(c.day, c.kind)
        return {
            (kept_totals.read_date(day), WorkKind(kind)): int(minutes or 0)
            for day, kind, minutes in self._s.execute(stmt)
        }

    def minutes_by_stretch(self, f: EntryFilter, starts: Iterable[date]) -> dict[date, int]:
        """Minutes of each stretch of the period that begins on one of ``starts`` (and the one
        before the first), keyed by the stretch's first day: what valuing time at rates that
        change on those days needs, read from the kept totals instead of day by day."""
        cuts = sorted({d for d in starts if f.date_from < d <= f.date_to})
        firsts = [f.date_from, *cuts]
        lasts = [*(d - timedelta(days=1) for d in cuts), f.date_to]
        found = {}
        for first, last in zip(firsts, lasts, strict=True):
            minutes = sum(self.by_kind(replace(f, date_from=first, date_to=last))[1].values())
            if minutes:
                found[first] = minutes
        return found

    def minutes_by_role_and_day(self, f: EntryFilter) -> dict[tuple[int, date], int]:
        """Minutes per role and day: what a week grid shows as already logged."""
        stmt = (
            select(EntryRow.role_id, EntryRow.work_date, func.sum(EntryRow.minutes))
            .where(*f.where())
            .group_by(EntryRow.role_id, EntryRow.work_date)
        )
        return {
            (role_id, day): int(minutes or 0) for role_id, day, minutes in self._s.execute(stmt)
        }


@dataclass(frozen=True, slots=True)
class RoleMinutes:
    """Minutes in one role, with the names a reader needs."""

    role_id: int
    role_title: str
    organisation: str
    kind: WorkKind
    minutes: int
    first_day: date  # the first and last day with an entry in the role
    last_day: date


@dataclass(frozen=True, slots=True)
class SkillMinutes:
    """Entries and minutes of one kind and status in which a skill was practised."""

    name: str
    kind: WorkKind
    status: EntryStatus
    entries: int
    minutes: int


class Details:
    """Totals by role, skill, person and beneficiaries for documents."""

    def __init__(self, session: Session) -> None:
        self._s = session
        self._sources = _Sources(session)

    def by_role(self, f: EntryFilter) -> list[RoleMinutes]:
        """Minutes per role, and the first and last day worked in it; largest first."""
        grouped = (
            select(
                EntryRow.role_id.label("role_id"),
                func.sum(EntryRow.minutes).label("minutes"),
                func.min(EntryRow.work_date).label("first_day"),
                func.max(EntryRow.work_date).label("last_day"),
            )
            .where(*f.where())
            .group_by(EntryRow.role_id)
            .subquery()
        )
        stmt = (
            select(
                RoleRow.id,
                RoleRow.title,
                OrganisationRow.name,
                RoleRow.kind,
                grouped.c.minutes,
                grouped.c.first_day,
                grouped.c.last_day,
            )
            .join(grouped, grouped.c.role_id == RoleRow.id)
            .join(OrganisationRow, OrganisationRow.id == RoleRow.organisation_id)
        )
        rows = [
            RoleMinutes(
                i, t, o, WorkKind(k), int(m), kept_totals.read_date(a), kept_totals.read_date(b)
            )
            for i, t, o, k, m, a, b in self._s.execute(stmt)
        ]
        return sorted(rows, key=lambda r: (-r.minutes, r.organisation, r.role_title))

    def skills(self, f: EntryFilter) -> list[tuple[str, int]]:
        """Skills practised and in how many entries, most practised first."""
        counts: dict[str, int] = {}
        for skill in self.skill_minutes(f):
            counts[skill.name] = counts.get(skill.name, 0) + skill.entries
        return sorted(counts.items(), key=lambda r: (-r[1], r[0]))

    def skill_minutes(self, f: EntryFilter) -> list[SkillMinutes]:
        """Entries and minutes per skill, kind and status; an entry with several skills
        counts whole under each of them."""
        stmt = (
            select(
                SkillRow.name,
                EntryRow.kind,
                EntryRow.status,
                func.count(),
                func.sum(EntryRow.minutes),
            )
            .join(EntrySkillRow, EntrySkillRow.skill_id == SkillRow.id)
            .join(EntryRow, EntryRow.id == EntrySkillRow.entry_id)
            .where(*f.where())
            .group_by(SkillRow.name, EntryRow.kind, EntryRow.status)
        )
        return [
            SkillMinutes(name, WorkKind(kind), EntryStatus(status), int(n), int(m or 0))
            for name, kind, status, n, m in self._s.execute(stmt)
        ]

    def categories(self, f: EntryFilter) -> list[tuple[str, str, int]]:
        """(English name, Indonesian name, minutes) per category that has entries."""
        c = self._sources.days(f).c
        grouped = (
            select(c.category_id, func.sum(c.minutes).label("minutes"))
            .group_by(c.category_id)
            .subquery()
        )
        stmt = select(CategoryRow.name_en, CategoryRow.name_id, grouped.c.minutes).join(
            grouped, grouped.c.category_id == CategoryRow.id
        )
        return sorted(
            ((en, id_, int(m)) for en, id_, m in self._s.execute(stmt)), key=lambda r: (-r[2], r[0])
        )

    def beneficiaries(self, f: EntryFilter) -> int:
        """People served, as recorded on the entries."""
        c = self._sources.days(f).c
        return int(self._s.scalar(select(func.coalesce(func.sum(c.beneficiaries), 0))) or 0)

    def by_person(self, f: EntryFilter) -> dict[int, dict[WorkKind, int]]:
        """Minutes per person and kind."""
        c = self._sources.people(f).c
        stmt = select(c.person_id, c.kind, func.sum(c.minutes)).group_by(c.person_id, c.kind)
        found: dict[int, dict[WorkKind, int]] = {}
        for person_id, kind, minutes in self._s.execute(stmt):
            found.setdefault(person_id, {})[WorkKind(kind)] = int(minutes or 0)
        return found

    def days_served(self, f: EntryFilter) -> tuple[date | None, date | None, int]:
        """The first and last day with an entry, and how many distinct days have one."""
        first, last, days = self._s.execute(
            select(
                func.min(EntryRow.work_date),
                func.max(EntryRow.work_date),
                func.count(func.distinct(EntryRow.work_date)),
            ).where(*f.where())
        ).one()
        return first, last, int(days or 0)

    def itemised(self, f: EntryFilter) -> list[tuple[date, str, int, str | None, date | None]]:
        """(date, role title, minutes, reviewer, review date) of each entry, oldest first."""
        stmt = (
            select(
                EntryRow.work_date,
                RoleRow.title,
                EntryRow.minutes,
                EntryRow.reviewer,
                EntryRow.reviewed_at,
            )
            .join(RoleRow, RoleRow.id == EntryRow.role_id)
            .where(*f.where())
            .order_by(EntryRow.work_date, EntryRow.id)
        )
        return [
            (day, title, int(minutes), reviewer, reviewed.date() if reviewed else None)
            for day, title, minutes, reviewer, reviewed in self._s.execute(stmt)
        ]
